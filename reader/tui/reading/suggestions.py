"""Suggestions in the reading view: show them (computed in a worker), step through them,
accept or reject one, all of a label, or all. The work is reader.suggestions'."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.worker import get_current_worker

from reader.errors import ReaderError
from reader.models import Annotation
from reader.suggest import Suggestion
from reader.tui.confirm import ConfirmDialog
from reader.tui.reading.base import ReadingBase
from reader.tui.safe import clean, shorten
from reader.tui.text_view import Span


class Suggestions(ReadingBase):
    def __init__(
        self, article_id: int | None = None, ids: list[int] | None = None, focus: int | None = None
    ) -> None:
        super().__init__(article_id, ids, focus)
        self.suggestions: list[Suggestion] = []  # in text order
        self.focused_suggestion: int | None = None  # index into suggestions
        # The run whose result is awaited (0: none). A long article takes the suggester tens of
        # seconds: the status line says so meanwhile, and only the latest run's result is shown.
        self._suggestion_run = 0
        self._suggestion_runs = 0

    def reload_suggestions(self) -> None:
        self.load_suggestions()

    def load_suggestions(self) -> None:
        """Recompute what is pending in a worker; "finding suggestions…" until it is shown."""
        self._suggestion_runs += 1
        self._suggestion_run = self._suggestion_runs
        self.update_status()
        self._find_suggestions(self.open_id, self._suggestion_run)

    @work(thread=True, exclusive=True, group="suggestions")
    def _find_suggestions(self, article_id: int, run: int) -> None:
        """pending_suggestions (the rule-based suggester, minus rejected and already annotated) off the loop."""
        from reader.suggestions import pending_suggestions

        worker = get_current_worker()
        try:
            found = pending_suggestions(self.store, article_id)
        except ReaderError as e:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._suggestions_failed, clean(e), run)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_suggestions, found, article_id, run)

    def _suggestions_failed(self, message: str, run: int) -> None:
        if run == self._suggestion_run and self.is_attached:
            self._suggestion_run = 0
            self.update_status()
            self.notify(message, severity="error", markup=False)

    def _show_suggestions(self, found: list[Suggestion], article_id: int, run: int) -> None:
        # a late result: for an article left meanwhile, or overtaken by a newer run
        if run != self._suggestion_run or article_id != self.article_id or not self.is_attached:
            return
        self._suggestion_run = 0
        if not self.show_suggestions:
            return
        current = self.current_suggestion()
        self.suggestions = sorted(found, key=lambda g: (g.start, -g.end, g.label))
        keys = [(g.label, g.start, g.end) for g in self.suggestions]
        key = (current.label, current.start, current.end) if current is not None else None
        self.focused_suggestion = keys.index(key) if key in keys else None
        self._draw_suggestions()

    def _draw_suggestions(self) -> None:
        colours = self.colours
        spans = [
            Span(-1 - n, g.start, g.end, colours.get(g.label, "#888888"), g.label)
            for n, g in enumerate(self.suggestions)
        ]
        self.view.set_suggestions(spans if self.show_suggestions else [], self.focused_suggestion)
        self.update_status()

    def current_suggestion(self) -> Suggestion | None:
        if self.focused_suggestion is None or not (0 <= self.focused_suggestion < len(self.suggestions)):
            return None
        return self.suggestions[self.focused_suggestion]

    def suggestion_message(self) -> str:
        if not self.show_suggestions:
            return ""
        if self._suggestion_run and not self.suggestions:
            return "finding suggestions…"
        n = len(self.suggestions)
        out = f"{n} suggestion{'s' if n != 1 else ''}"
        g = self.current_suggestion()
        if g is not None:
            out += f" · {g.label} “{shorten(g.text)}”: a accept · r reject · A all {g.label}"
        elif n:
            out += " · . next"
        return out

    def _focus_suggestion(self, index: int | None) -> None:
        self.focused_suggestion = index
        self.view.set_focused_suggestion(index)
        self.update_status()

    def suggestions_follow_cursor(self, offset: int) -> None:
        current = self.current_suggestion()
        if current is not None and current.start <= offset <= current.end:
            return
        inside = [n for n, g in enumerate(self.suggestions) if g.start <= offset < g.end]
        pick = (
            min(inside, key=lambda n: self.suggestions[n].end - self.suggestions[n].start) if inside else None
        )
        if pick != self.focused_suggestion:
            self._focus_suggestion(pick)

    def action_toggle_suggestions(self) -> None:
        self.show_suggestions = not self.show_suggestions
        if self.show_suggestions:
            self.notify(
                "Suggestions on: . next · a accept · r reject · A accept label · R reject all · g hides",
                markup=False,
                timeout=4,
            )
            self.load_suggestions()
        else:
            self._suggestion_run = 0  # a run still going is no longer awaited
            self.suggestions = []
            self.focused_suggestion = None
            self._draw_suggestions()

    def _need_suggestion(self) -> Suggestion | None:
        if not self.show_suggestions:
            self.notify("Suggestions are hidden: press g to show them", markup=False, timeout=3)
            return None
        g = self.current_suggestion()
        if g is None:
            msg = (
                "No suggestion here: press . for the next one" if self.suggestions else "No suggestions left"
            )
            self.notify(msg, markup=False, timeout=3)
        return g

    def action_next_suggestion(self, direction: int) -> None:
        if not self.show_suggestions:
            self.notify("Suggestions are hidden: press g to show them", markup=False, timeout=3)
            return
        if not self.suggestions:
            self.notify("No suggestions left", markup=False, timeout=2)
            return
        n = len(self.suggestions)
        i = self.focused_suggestion
        if i is None:
            at = self.view.cursor_offset
            if direction > 0:
                i = next((k for k, g in enumerate(self.suggestions) if g.start >= at), 0)
            else:
                i = next((k for k in range(n - 1, -1, -1) if self.suggestions[k].start < at), n - 1)
        else:
            i = (i + direction) % n
        self._focus_suggestion(i)
        g = self.suggestions[i]
        self.view.move_to(g.start, center=True)

    def _forget(self, picked: list[Suggestion]) -> None:
        """Drop handled suggestions at once (the worker recomputes the rest)."""
        gone = {(g.label, g.start, g.end) for g in picked}
        self.suggestions = [g for g in self.suggestions if (g.label, g.start, g.end) not in gone]
        self.focused_suggestion = None
        self._draw_suggestions()

    def action_accept_suggestion(self) -> None:
        from reader.suggestions import accept

        g = self._need_suggestion()
        if g is None:
            return

        history, article_id, seen = self.history, self.open_id, self.text

        def change() -> Annotation:
            with history.group(f"accept {g.label} “{shorten(g.text)}”"):
                return accept(history, article_id, g, seen_text=seen)

        self._forget([g])

        def then(ann: Annotation) -> None:
            self.refresh_annotations(focus=ann.id)
            self.view.move_to(ann.start)
            self.say_if_text_changed(seen)

        self.write(change, f"Accepted {g.label}: {shorten(g.text)} (e edits, u undoes)", then=then)

    def action_reject_suggestion(self) -> None:
        from reader.suggestions import reject

        g = self._need_suggestion()
        if g is None:
            return

        history, article_id = self.history, self.open_id
        self._forget([g])

        def then(_: object) -> None:
            if self.show_suggestions:
                self.load_suggestions()

        self.write(
            lambda: reject(history, article_id, g),
            f"Rejected {g.label}: {shorten(g.text)} (u undoes)",
            then=then,
        )

    def action_accept_label(self) -> None:
        from reader.suggestions import accept_many

        g = self._need_suggestion()
        if g is None:
            return
        picked = [s for s in self.suggestions if s.label == g.label]
        picked.sort(key=lambda s: s.label == "CLAIM")

        history, article_id, seen = self.history, self.open_id, self.text

        def change() -> list[Annotation]:
            with history.group(f"accept all {g.label}"):
                return accept_many(history, article_id, picked, seen_text=seen)

        def then(_: object) -> None:
            self.refresh_annotations()
            self.say_if_text_changed(seen, "the tags were")

        self._forget(picked)
        self.write(
            change,
            f"Accepted {len(picked)} {g.label} suggestion{'s' if len(picked) != 1 else ''} (u undoes)",
            then=then,
        )

    def action_reject_all(self) -> None:
        from reader.suggestions import reject_all

        if not self.show_suggestions:
            self.notify("Suggestions are hidden: press g to show them", markup=False, timeout=3)
            return
        picked = list(self.suggestions)
        if not picked:
            self.notify("No suggestions left", markup=False, timeout=2)
            return
        question = Text(f"Reject all {len(picked)} suggestions for this article?\n", "bold")
        question.append("They will not be offered again for it.", "")

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            history, article_id = self.history, self.open_id

            def then(rejected: list[Suggestion]) -> None:
                self.say(f"Rejected {len(rejected)} suggestions (u undoes)")
                self.load_suggestions()

            self._forget(picked)
            # the core finds what is pending again as it rejects: the same, unless tagged meanwhile
            self.write(lambda: reject_all(history, article_id), then=then)

        self.app.push_screen(ConfirmDialog(question, "Reject all"), answered)
