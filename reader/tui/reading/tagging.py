"""Tagging in the reading view: tag the selection with a label key, edit, delete, undo, redo.
Every change goes through reader.history (undoable) on the app's writer."""

from __future__ import annotations

from reader.errors import InvalidInput
from reader.history import ActionChange, Change, GroupChange, said
from reader.models import Annotation
from reader.tui import selection as sel
from reader.tui.note_dialog import NoteDialog
from reader.tui.reading.base import ReadingBase
from reader.tui.safe import clean, shorten


class Tagging(ReadingBase):
    def tag_span(self) -> tuple[int, int] | None:
        start, end = self.view.selected_span
        if start == end:
            start, end = sel.word_bounds(self.text, start)
        else:
            start, end = sel.trim_to_words(self.text, start, end)
        start, end = sel.snap_to_words(self.text, start, end)
        return (start, end) if start < end else None

    def action_tag(self, hotkey: str) -> None:
        label = next((lab for lab in self.labels if lab.hotkey == hotkey), None)
        if label is None:
            self.notify(f"No label on key {hotkey}", markup=False, severity="warning")
            return
        span = self.tag_span()
        if span is None:
            self.notify(
                "Select some text first (shift+arrows, w, s, p or the mouse)",
                markup=False,
                severity="warning",
            )
            return
        start, end = span
        if label.kind == "claim":  # a claim may run over sentences and paragraphs
            self.open_claim_form(label.name, start, end)
            return
        if self._crosses_paragraphs(label.name, start, end):
            return
        history, article_id, seen = self.history, self.open_id, self.text
        self.write(
            lambda: history.add(article_id, label.name, start, end, seen_text=seen),
            f"Tagged {label.name}: {shorten(self.text[start:end], 40)}",
            then=self._show_new(end, seen),
        )

    def _crosses_paragraphs(self, label: str, start: int, end: int) -> bool:
        """An entity (a name, a place, a number, a date) stays inside one paragraph: a span over
        several is refused with a word of why (claims may run over paragraphs)."""
        lab = next((lab for lab in self.labels if lab.name == label), None)
        if lab is None or lab.kind == "claim" or "\n" not in self.text[start:end]:
            return False
        self.notify(
            f"{clean(label)} tags stay inside one paragraph: select less (a claim may run over paragraphs)",
            markup=False,
            severity="warning",
            timeout=5,
        )
        return True

    def action_edit_annotation(self) -> None:
        ann = self.annotation(self.focused_id)
        if ann is None:
            self.notify(
                "No annotation here: move onto one (n / N) or pick it in the list", markup=False, timeout=3
            )
            return
        if ann.kind == "claim":
            self.edit_claim(ann)
            return

        def done_note(result: dict | None) -> None:
            if result is None:
                return
            start, end = result["start"], result["end"]
            moved = (start, end) != (ann.start, ann.end)
            if (result["label"] != ann.label or moved) and self._crosses_paragraphs(
                result["label"], start, end
            ):
                return
            if moved:  # the span and the rest, one undo step
                self.retag_span(ann, start, end, label=result["label"], note=result["note"] or None)
                return
            self._update(ann.id, label=result["label"], note=result["note"] or None)

        self.app.push_screen(NoteDialog(ann, self.claim_labels(), self.text), done_note)

    def _update(self, annotation_id: int, **fields: object) -> None:
        # The tag as this screen shows it: if someone else changed it since (two people editing
        # one tag), the store refuses with EditConflict and the screen shows what is stored now.
        seen = self.annotation(annotation_id)
        self.write(
            lambda: self.history.update(annotation_id, expected=seen, **fields),
            "Annotation saved",
            then=lambda ann: self.refresh_annotations(focus=ann.id),
            undo=self.refresh_annotations,
        )

    def action_delete_annotation(self) -> None:
        ann = self.annotation(self.focused_id)
        if ann is None:
            self.notify("No annotation here to delete", markup=False, timeout=2)
            return

        # Let go of it now, not once it is deleted: a fast second x (or h, e) must not act on the
        # tag already on its way out ("no annotation with id N", "not saved").
        self.focused_id = None

        # A colleague's tag (shown with T) is theirs: say whose it was.
        mine = ann.annotator in (self.app.annotator, None, "")
        whose = "" if mine else f"{clean(ann.annotator or '')}'s "

        def put_back() -> None:  # refused (read-only database...): it is still there
            self.refresh_annotations(focus=ann.id)

        self.write(
            lambda: self.history.delete(ann.id, expected=ann),
            f"Deleted {whose}{ann.label} “{shorten(ann.text)}” (u undoes)",
            then=lambda _: self.refresh_annotations(),
            undo=put_back,
        )

    # Undo and redo go through the writer queue too: they apply after every change queued before
    # them, so "is there anything to undo" is answered there, not here. They are per article: u
    # undoes the last change to the article on screen (README, "Undo"); a change that also touched
    # other articles (O) says how many.
    def action_undo(self) -> None:
        self._history_step(forward=False)

    def action_redo(self) -> None:
        self._history_step(forward=True)

    def _history_step(self, forward: bool) -> None:
        history, article_id = self.history, self.article_id
        step = history.redo if forward else history.undo

        def change() -> Change | ActionChange | GroupChange | str | None:
            try:
                return step(article_id)
            except InvalidInput as e:  # a change shared with other articles, changed since
                return str(e)

        def then(done: Change | ActionChange | GroupChange | str | None) -> None:
            if done is None:
                self.say(f"Nothing to {'redo' if forward else 'undo'} in this article")
                return
            if isinstance(done, str):
                self.notify(clean(done), markup=False, severity="warning", timeout=6)
                return
            others = len(done.article_ids - {article_id})
            where = f" (also in {others} other article{'s' if others != 1 else ''})" if others else ""
            self.say(f"{clean(said(done, forward))}{where}")
            self._after_history(done.after if forward else done.before)

        self.write(change, then=then)

    def _after_history(self, shown: Annotation | None) -> None:
        if shown is not None and shown.article_id == self.article_id:
            self.refresh_annotations(focus=shown.id)
            self.view.move_to(shown.start, center=True)
        else:
            self.refresh_annotations()
