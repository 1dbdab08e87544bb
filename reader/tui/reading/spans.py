"""Adjusting the focused tag's span in the reading view: its start or its end one word (or, with
shift, one character) left or right. reader.span_edit.adjust_span finds the new span and
History.retag stores it: each press is one undo step, and the stored quote, context and sentence
follow (the store recomputes them)."""

from __future__ import annotations

from reader.errors import InvalidInput
from reader.models import Annotation
from reader.span_edit import Edge, Unit, adjust_span
from reader.tui.reading.base import ReadingBase
from reader.tui.safe import clean, shorten

# The keys (screen.py) by where they sit on the keyboard: h j move the start, k l the end; the
# left key of each pair moves the edge left. (edge, grow) for each.
MOVES: dict[str, tuple[Edge, bool]] = {
    "start_left": ("start", True),
    "start_right": ("start", False),
    "end_left": ("end", False),
    "end_right": ("end", True),
}


class Spans(ReadingBase):
    # Presses that have not committed yet: the span the next press starts from (a fast "l l l"
    # grows three words, not one three times).
    _pending_spans: dict[int, tuple[int, int]] | None = None
    # What this screen's last span change stored, per tag, until the screen has drawn it: the next
    # press may start from it without calling it someone else's change.
    _saved_spans: dict[int, Annotation] | None = None

    def action_adjust_span(self, move: str, unit: str = "word") -> None:
        ann = self.annotation(self.focused_id)
        if ann is None:
            self.notify(
                "Move onto a tag first (n / N), then h j k l change its span", markup=False, timeout=3
            )
            return
        if self._pending_spans is None:
            self._pending_spans = {}
        start, end = self._pending_spans.get(ann.id, (ann.start, ann.end))
        edge, grow = MOVES[move]
        try:
            chosen: Unit = "char" if unit == "char" else "word"
            new = adjust_span(self.text, start, end, edge=edge, grow=grow, unit=chosen)
        except InvalidInput as e:
            self.notify(clean(str(e)), markup=False, severity="warning", timeout=3)
            return
        if self._crosses_paragraph(ann, *new):
            return
        self.retag_span(ann, *new)

    def _crosses_paragraph(self, ann: Annotation, start: int, end: int) -> bool:
        """An entity tag stays inside one paragraph (a claim may run over several)."""
        if ann.kind == "claim" or "\n" not in self.text[start:end]:
            return False
        self.notify(
            f"{clean(ann.label)} tags stay inside one paragraph", markup=False, severity="warning", timeout=3
        )
        return True

    def retag_span(self, ann: Annotation, start: int, end: int, **fields: object) -> None:
        """Store a new span for ann (with other changed fields: one step), through History."""
        pending = self._pending_spans if self._pending_spans is not None else {}
        self._pending_spans = pending
        pending[ann.id] = (start, end)
        saved = self._saved_spans if self._saved_spans is not None else {}
        self._saved_spans = saved
        history, seen_text = self.history, self.text

        def change() -> Annotation:
            # The tag as this screen showed it (or as its own previous press stored it): a
            # colleague's change since is an EditConflict, shown, never overwritten.
            seen = [ann] + ([saved[ann.id]] if ann.id in saved else [])
            after = history.update(ann.id, start=start, end=end, expected=seen, seen_text=seen_text, **fields)
            saved[ann.id] = after
            return after

        def then(stored: Annotation) -> None:
            if pending.get(ann.id) == (start, end) or stored.on_new_text:
                pending.pop(ann.id, None)
            self.refresh_annotations(focus=stored.id)
            self.say_if_text_changed(seen_text, "the new span was")

        def put_back() -> None:
            # Refused (someone else changed the tag, or the span is not allowed): the presses
            # queued after this one start again from what is stored, which the screen now shows.
            pending.pop(ann.id, None)
            saved.pop(ann.id, None)
            self.refresh_annotations(focus=ann.id)

        self.write(
            change,
            f"{ann.label} now “{shorten(self.text[start:end], 40)}” (u undoes)",
            then=then,
            undo=put_back,
        )
