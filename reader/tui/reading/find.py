"""Find in the article: a bar that highlights every match of what is typed (case and accents
ignored, like the library search: reader.find), next / previous, escape closes it and leaves the
current match selected (a label key tags it). The hits of a library search are highlighted when its
article opens; ctrl+home / ctrl+end go to the start and the end."""

from __future__ import annotations

from rich.text import Text
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Static

from reader.find import find_all, find_words, fold, next_match
from reader.tui.reading.base import ReadingBase
from reader.tui.safe import shorten
from reader.tui.typing_input import Input


class FindBar(Horizontal):
    """The find field with its count; hidden until / (or ctrl+f) opens it."""

    BINDINGS = [
        Binding("down", "screen.find_next(1)", "Next match", id="find.next"),
        Binding("up", "screen.find_next(-1)", "Previous match", id="find.previous"),
        Binding("escape", "screen.close_find", "Close find", id="find.close"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("Find:", classes="find-label", markup=False)
        field = Input(
            placeholder="a word or a phrase: enter / ↓ next · ↑ previous · escape closes", id="find-input"
        )
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        yield field
        yield Static("", id="find-count", markup=False)

    @property
    def field(self) -> Input:
        return self.query_one("#find-input", Input)

    def show_count(self, current: int | None, total: int, term: str) -> None:
        if not term.strip():
            text = Text("")
        elif total == 0:
            text = Text("no match", "bold red")
        else:
            text = Text(f"{(current or 0) + 1} of {total}")
        self.query_one("#find-count", Static).update(text)


class Find(ReadingBase):
    _folded: tuple[str, str] | None = None  # (the text, folded): folded once per article text
    find_matches: list[tuple[int, int]] = []
    find_index: int | None = None
    find_term: str = ""
    # Where the find started (the bar opened): each letter typed searches again from here, so the
    # first match is the first at or after the place the journalist was reading, going round.
    find_origin: int = 0

    @property
    def find_bar(self) -> FindBar:
        return self.query_one(FindBar)

    def folded_text(self) -> str:
        text = self.text
        if self._folded is None or self._folded[0] is not text:
            self._folded = (text, fold(text))
        return self._folded[1]

    def action_find(self) -> None:
        if isinstance(self.focused, Input):  # a priority key: in a box, "/" is a character
            raise SkipAction()
        bar = self.find_bar
        # read before the bar shows: it takes the view's last rows, where the cursor may stand
        self.find_origin = self.view.reading_offset()
        bar.display = True
        field = bar.field
        # A priority binding that focuses now: keys typed right after "/" are already on their way,
        # and focus() would only move on the next turn (m, u, x would change the article).
        self.set_focus(field)
        if field.value:
            field.select_all()
            self._run_find(field.value, self.find_origin - 1)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "find-input":
            return
        event.stop()
        self._run_find(event.value, self.find_origin - 1)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "find-input":
            return
        event.stop()
        self.action_find_next(1)

    def _run_find(self, term: str, after: int) -> None:
        """Find `term` and go to its first match starting after `after` (going round)."""
        self.find_term = term
        self.find_matches = find_all(self.folded_text(), term) if term.strip() else []
        self.find_index = next_match(self.find_matches, after, 1)
        self._show_find()

    def _show_find(self, select: bool = True) -> None:
        view = self.view
        view.set_find(self.find_matches, self.find_index)
        if self.find_bar.display:
            self.find_bar.show_count(self.find_index, len(self.find_matches), self.find_term)
        if self.find_index is not None and select:
            start, end = self.find_matches[self.find_index]
            view.select_offsets(start, end)

    def action_find_next(self, direction: int) -> None:
        if not self.find_matches:
            if not self.find_term:
                self.action_find()
            else:
                self.notify(f"No match for “{shorten(self.find_term)}”", markup=False, timeout=2)
            return
        if not self.find_bar.display and not self.view.find_matches:  # closed: highlight again
            self.view.set_find(self.find_matches, self.find_index)
        current = self.find_index
        if current is not None and self.find_matches[current] == self.view.selected_span:
            self.find_index = (current + direction) % len(self.find_matches)
        else:  # the cursor (or the text shown) moved since: the next match from where it is now
            start = self.view.reading_offset()
            self.find_index = next_match(self.find_matches, start - (1 if direction > 0 else 0), direction)
        self._show_find()

    def action_close_find(self) -> None:
        """Hide the bar and the highlights; the current match stays selected (a label key tags it)."""
        self.find_bar.display = False
        self.view.set_find([], None)
        self.view.focus()

    def show_search_hits(self, query: str) -> None:
        """Opened from a library search: every hit highlighted, the cursor on the first one."""
        self.find_term = query
        self.find_matches = find_words(self.folded_text(), query)
        self.find_index = 0 if self.find_matches else None
        self.view.set_find(self.find_matches, self.find_index)
        if self.find_index is not None:
            self.view.select_offsets(*self.find_matches[0])
            n = len(self.find_matches)
            self.say(f"{n} hit{'s' if n != 1 else ''} for “{shorten(query, 20)}” (f3: next)")

    def action_text_edge(self, where: str) -> None:
        """ctrl+home / ctrl+end: the start or the end of the article."""
        self.view.move_to(0 if where == "start" else len(self.text), center=True)
