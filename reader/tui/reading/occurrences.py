"""Tag every occurrence (o in the article, O in every article after a question), with
reader.suggestions.find_occurrences and tag_every_occurrence, as one undo step."""

from __future__ import annotations

from rich.text import Text
from textual import work

from reader.errors import ReaderError
from reader.models import Annotation
from reader.tui.confirm import ConfirmDialog
from reader.tui.reading.base import ReadingBase, short
from reader.tui.safe import clean
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
        if scope == "article":
            from reader.suggestions import tag_every_occurrence

            history = self.history

            def change() -> int:
                with history.group(f"tag every “{short(ann.text)}”"):
                    return tag_every_occurrence(history, ann, "article")

            def then(n: int) -> None:
                if n:
                    self.say(f"Tagged {n} more “{short(ann.text)}” as {ann.label} (u undoes)")
                else:
                    self.say(f"No other untagged “{short(ann.text)}” in this article")
                self.refresh_annotations(focus=ann.id)

            self.write(change, then=then)
            return
        self.notify(f"Counting “{short(ann.text)}” in all articles…", markup=False, timeout=2)
        self.count_everywhere(ann)

    @work(thread=True, exclusive=True, group="tag-every")
    def count_everywhere(self, ann: Annotation) -> None:
        from reader.suggestions import find_occurrences

        try:
            spans = find_occurrences(self.store, ann.text, ann.label, "all")
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        self.app.call_from_thread(self._confirm_everywhere, ann, spans)

    def _confirm_everywhere(self, ann: Annotation, spans: list[tuple[int, int, int]]) -> None:
        if not spans:
            self.notify(f"No other untagged “{short(ann.text)}” in any article", markup=False, timeout=3)
            return
        articles = len({a for a, _, _ in spans})
        question = Text(
            f"Tag {len(spans)} more occurrence{'s' if len(spans) != 1 else ''} of “{clean(ann.text)}” as {clean(ann.label)} "
            f"in {articles} article{'s' if articles != 1 else ''}?\n",
            "bold",
        )
        question.append("One undo (u) removes them all.")

        def answered(yes: bool | None) -> None:
            if yes:
                self.tag_spans(ann, spans)

        self.app.push_screen(ConfirmDialog(question, f"Tag {len(spans)}"), answered)

    def tag_spans(self, ann: Annotation, spans: list[tuple[int, int, int]]) -> None:
        """The writes (the occurrences the user was asked about), in one undo group, queued on the
        writer like every other change."""
        from reader.suggestions import tag_every_occurrence

        history, progress = self.history, {"done": 0}

        def change() -> tuple[int, str | None]:
            try:
                with history.group(f"tag every “{short(ann.text)}” in all articles"):
                    tag_every_occurrence(
                        history, ann, "all", spans=spans, progress=lambda n: progress.update(done=n)
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
                self.say(f"Tagged {done} more “{short(ann.text)}” as {ann.label} across articles (u undoes)")
            self.refresh_annotations(focus=ann.id)

        self.write(change, then=then)
