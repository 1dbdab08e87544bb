"""Moving and selecting in the reading view: words, sentences, paragraphs, from tag to tag,
between the text and the annotation list. Boundaries come from reader.tui.selection."""

from __future__ import annotations

from textual.widgets import TextArea

from reader.models import Annotation
from reader.tui import selection as sel
from reader.tui.annotation_panel import AnnotationPanel
from reader.tui.reading.base import ReadingBase


class Moving(ReadingBase):
    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        view = self.view
        start, end = view.selected_span
        if start != end:
            return
        if self.show_suggestions:
            self.suggestions_follow_cursor(view.cursor_offset)
        current = self.annotation(self.focused_id)
        offset = view.cursor_offset
        if current is not None and current.start <= offset <= current.end:
            return
        found = self.innermost_at(offset)
        self.set_focus_annotation(found.id if found else None, move=False)

    def _select(self, span: tuple[int, int]) -> None:
        self.view.select_offsets(*span)

    def action_select_word(self) -> None:
        self._select(sel.word_bounds(self.text, self.view.cursor_offset))

    def action_select_sentence(self) -> None:
        self._select(sel.sentence_bounds(self.text, self.view.cursor_offset))

    def action_select_paragraph(self) -> None:
        self._select(sel.paragraph_bounds(self.text, self.view.cursor_offset))

    def action_sentence(self, direction: int, extend: bool = False) -> None:
        i = self.view.cursor_offset
        if direction > 0:
            target = sel.next_sentence(self.text, i)
            if extend:  # extend to the end of the sentence the cursor is in
                s, e = sel.sentence_bounds(self.text, i)
                target = e if i < e else sel.sentence_bounds(self.text, target)[1]
        else:
            target = sel.prev_sentence(self.text, i)
        self.view.move_to(target, extend, center=True)

    def action_paragraph(self, direction: int, extend: bool = False) -> None:
        i = self.view.cursor_offset
        if direction > 0:
            if extend:
                s, e = sel.paragraph_bounds(self.text, i)
                target = e if i < e else sel.paragraph_bounds(self.text, sel.next_paragraph(self.text, i))[1]
            else:
                target = sel.next_paragraph(self.text, i)
        else:
            target = sel.prev_paragraph(self.text, i)
        self.view.move_to(target, extend, center=True)

    def action_switch_focus(self) -> None:
        panel = self.query_one(AnnotationPanel)
        if panel.has_focus:
            self.view.focus()
        else:
            panel.focus()
            panel.show_focused(self.focused_id)

    def on_annotation_panel_chosen(self, message: AnnotationPanel.Chosen) -> None:
        self.set_focus_annotation(message.annotation_id)
        if message.edit:
            self.action_edit_annotation()

    def _step(self, candidates: list[Annotation], direction: int) -> None:
        if not candidates:
            self.notify("No annotations to go to", markup=False, timeout=2)
            return
        order = sorted(candidates, key=lambda a: (a.start, -a.end, a.id))
        current = self.annotation(self.focused_id)
        if current is None:
            i = self.view.cursor_offset
            pick = (
                next((a for a in order if a.start > i), order[0])
                if direction > 0
                else next((a for a in reversed(order) if a.start < i), order[-1])
            )
        else:
            keys = [(a.start, -a.end, a.id) for a in order]
            key = (current.start, -current.end, current.id)
            if direction > 0:
                pick = next((a for a, k in zip(order, keys, strict=False) if k > key), order[0])
            else:
                pick = next(
                    (a for a, k in zip(reversed(order), reversed(keys), strict=False) if k < key), order[-1]
                )
        self.set_focus_annotation(pick.id)

    def action_next_annotation(self, direction: int) -> None:
        self._step(self.annotations, direction)

    def action_next_same_label(self, direction: int) -> None:
        current = self.annotation(self.focused_id)
        if current is None:
            self.notify("Move onto an annotation first (n)", markup=False, timeout=2)
            return
        self._step([a for a in self.annotations if a.label == current.label], direction)
