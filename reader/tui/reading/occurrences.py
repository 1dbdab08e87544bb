"""Tag every occurrence (o in the article, O in every article), reviewed first: the whole-word
occurrences, each in its sentence with a tick box (reader.occurrence_review; one inside a longer
tag starts unticked), then the ticked ones tagged with tag_every_occurrence as one undo step."""

from __future__ import annotations

from textual import work

from reader.errors import ReaderError
from reader.models import Annotation
from reader.occurrence_review import Occurrence
from reader.tui.occurrence_review_dialog import OccurrenceReviewDialog
from reader.tui.reading.base import ReadingBase
from reader.tui.safe import clean, shorten
from reader.tui.save_state import SaveState


class Occurrences(ReadingBase):
    def action_tag_everywhere(self, scope: str) -> None:
        ann = self.annotation(self.focused_id)
        if ann is None:
            self.notify(
                "Tag a span first (or move onto an annotation with n), then press o / O",
                markup=False,
                timeout=3,
            )
            return
        if ann.kind == "claim":
            self.notify(
                "Claims are tagged one by one: tag every occurrence is for entities", markup=False, timeout=3
            )
            return
        where = "this article" if scope == "article" else "all articles"
        # in the status line: a toast would stand over the review dialog's heading when it opens
        self.say(f"Looking for “{shorten(ann.text)}” in {where}…")
        self.find_to_review(ann, scope)

    @work(thread=True, exclusive=True, group="tag-every")
    def find_to_review(self, ann: Annotation, scope: str) -> None:
        from reader.occurrence_review import occurrences_to_review

        try:
            found = occurrences_to_review(self.store, ann, scope)
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        self.app.call_from_thread(self._review, ann, scope, found)

    def _review(self, ann: Annotation, scope: str, found: list[Occurrence]) -> None:
        where = "this article" if scope == "article" else "any article"
        if not found:
            self.notify(f"No other untagged “{shorten(ann.text)}” in {where}", markup=False, timeout=3)
            return
        articles = len({o.article_id for o in found})
        heading = (
            f"Tag “{clean(ann.text)}” as {clean(ann.label)}: {len(found)} occurrence{'s' if len(found) != 1 else ''}"
            + (f" in {articles} article{'s' if articles != 1 else ''}" if scope == "all" else "")
            + ". One undo (u) removes them all."
        )

        texts = {o.article_id: o.text for o in found}  # each as the occurrences were found in it

        def answered(spans: list[tuple[int, int, int]] | None) -> None:
            if spans:
                self.tag_spans(ann, spans, scope, texts)
            elif spans is not None:
                self.say("Nothing ticked: nothing tagged")

        self.app.push_screen(OccurrenceReviewDialog(heading, found, scope == "all"), answered)

    def tag_spans(
        self,
        ann: Annotation,
        spans: list[tuple[int, int, int]],
        scope: str = "all",
        texts: dict[int, str] | None = None,
    ) -> None:
        """The writes (the occurrences the user was asked about), in one undo group, queued on the
        writer like every other change. texts: each article's text as the spans were found in it."""
        seen = (texts or {}).get(self.open_id)
        from reader.suggestions import tag_every_occurrence

        history, progress = self.history, {"done": 0}

        def change() -> tuple[int, str | None]:
            try:
                where = " in all articles" if scope == "all" else ""
                with history.group(f"tag every “{shorten(ann.text)}”{where}", article_id=ann.article_id):
                    tag_every_occurrence(
                        history,
                        ann,
                        scope,
                        spans=spans,
                        progress=lambda n: progress.update(done=n),
                        seen_texts=texts,
                    )
            except ReaderError as e:
                return progress["done"], clean(e)
            return progress["done"], None

        def then(result: tuple[int, str | None]) -> None:
            done, error = result
            if error:
                self.show_save_state(SaveState.NOT_SAVED)
                self.notify(f"Stopped after {done}: {error}", severity="error", markup=False)
            else:
                across = " across articles" if len({a for a, _, _ in spans}) > 1 else ""
                self.say(f"Tagged {done} more “{shorten(ann.text)}” as {ann.label}{across} (u undoes)")
            self.refresh_annotations(focus=ann.id)
            if seen is not None and not error:
                self.say_if_text_changed(seen, "the tags were")

        self.write(change, then=then)
