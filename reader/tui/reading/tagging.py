"""Tagging in the reading view: tag the selection with a label key, edit, delete, undo, redo.
Every change goes through reader.history (undoable) on the app's writer."""

from __future__ import annotations

from reader.history import ActionChange, Change, GroupChange
from reader.models import Annotation
from reader.tui import selection as sel
from reader.tui.note_dialog import NoteDialog
from reader.tui.reading.base import ReadingBase, short
from reader.tui.safe import clean


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
        if label.kind == "claim":
            self.open_claim_form(label.name, start, end)
            return
        history, article_id = self.history, self.article_id
        self.write(
            lambda: history.add(article_id, label.name, start, end),
            f"Tagged {label.name}: {short(self.text[start:end], 40)}",
            then=self._show_new(end),
        )

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
            self._update(ann.id, label=result["label"], note=result["note"] or None)

        self.app.push_screen(NoteDialog(ann, self.claim_labels()), done_note)

    def _update(self, annotation_id: int, **fields: object) -> None:
        self.write(
            lambda: self.history.update(annotation_id, **fields),
            "Annotation saved",
            then=lambda ann: self.refresh_annotations(focus=ann.id),
        )

    def action_delete_annotation(self) -> None:
        ann = self.annotation(self.focused_id)
        if ann is None:
            self.notify("No annotation here to delete", markup=False, timeout=2)
            return

        def then(_: object) -> None:
            if self.focused_id == ann.id:
                self.focused_id = None
            self.refresh_annotations()

        self.write(lambda: self.history.delete(ann.id), f"Deleted {ann.label} (u undoes)", then=then)

    # Undo and redo go through the writer queue too: they apply after every change queued before
    # them, so "is there anything to undo" is answered there, not here.
    def action_undo(self) -> None:
        def then(change: Change | ActionChange | GroupChange | None) -> None:
            if change is None:
                self.say("Nothing to undo")
                return
            self.say("Undid: " + clean(change.description))
            self._after_history(change.before)

        self.write(self.history.undo, then=then)

    def action_redo(self) -> None:
        def then(change: Change | ActionChange | GroupChange | None) -> None:
            if change is None:
                self.say("Nothing to redo")
                return
            self.say("Redid: " + clean(change.description))
            self._after_history(change.after)

        self.write(self.history.redo, then=then)

    def _after_history(self, shown: Annotation | None) -> None:
        if shown is not None and shown.article_id == self.article_id:
            self.refresh_annotations(focus=shown.id)
            self.view.move_to(shown.start, center=True)
        else:
            self.refresh_annotations()
