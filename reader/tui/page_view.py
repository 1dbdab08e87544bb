"""The original page (P in the reading view): the page as it was saved, with the article marked, where
the journalist chooses the body by hand.

The page is shown as reader.body renders it (a dump as it is, HTML as text) and cut into the same
paragraphs reader.body works on. The cursor goes from paragraph to paragraph: `s` marks where the
article starts, `e` where it ends, `d` drops (or keeps again) a paragraph inside, `enter` applies
the choice through reader.body.fix_body, the same core as `reader body`, on the app's writer thread.
`n` / `N` mark the cleaner's next / previous candidate for the body (reader.body_candidates: its own
choice and the regions it ranked next, found in a worker once the page is shown); `enter` applies
the one marked as a hand fix (candidate 1, the cleaner's own text, as `reader body --auto`).
Page text is drawn as Segments (never parsed as markup) after reader.tui.safe.clean."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import getters, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from reader.body import BodySpec, Paragraph
from reader.body_candidates import Candidate
from reader.body_marks import PageMarks, initial_marks, spec_from_marks
from reader.errors import ReaderError
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.footer import Footer
from reader.tui.safe import clean, shorten

GUTTER = {"body": "│ ", "dropped": "× ", "outside": "  "}
STYLES = {
    "body": Style(),
    "dropped": Style(dim=True, strike=True),
    "outside": Style(dim=True),
}
GUTTER_STYLES = {"body": Style(color="green", bold=True), "dropped": Style(color="red"), "outside": Style()}
CURSOR = Style(reverse=True)


class PageLines(ScrollView, can_focus=True):
    """The page's paragraphs, word-wrapped to the width, drawn one row at a time, with a gutter
    that shows what is in the article."""

    DEFAULT_CSS = "PageLines { height: 1fr; }"

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.page = ""
        self.paras: list[Paragraph] = []
        self.marks = PageMarks(0, -1, set())
        self.cursor = 0
        self._rows: list[tuple[int, str]] = []  # (paragraph index, text of the row)
        self._first_row: list[int] = []  # the first row of each paragraph
        self._width = 0

    # The screen's keys (page.up, page.down, ...; remappable) move the paragraph cursor. A
    # ScrollView's own bindings for the same keys would take them first and only scroll the view
    # once the page is longer than the screen: skipped here (the mouse wheel still scrolls).
    def _skip(self) -> None:
        raise SkipAction()

    action_scroll_up = action_scroll_down = action_scroll_home = action_scroll_end = _skip
    action_page_up = action_page_down = action_scroll_left = action_scroll_right = _skip

    def set_page(self, page: str, paras: list[Paragraph], marks: PageMarks) -> None:
        self.page, self.paras, self.marks = page, paras, marks
        self.cursor = marks.start if 0 <= marks.start < len(paras) else 0
        self._layout_rows()
        self.call_after_refresh(self.show_cursor)

    def _layout_rows(self) -> None:
        width = max(10, self.size.width - len(GUTTER["body"]) - 1)
        self._width = self.size.width
        self._rows, self._first_row = [], []
        for i, p in enumerate(self.paras):
            self._first_row.append(len(self._rows))
            for line in self.page[p.start : p.end].split("\n"):
                for row in textwrap.wrap(clean(line), width) or [""]:
                    self._rows.append((i, row))
            self._rows.append((-1, ""))  # a blank row between paragraphs
        self.virtual_size = Size(self.size.width, len(self._rows))
        self.refresh()

    def on_resize(self) -> None:
        if self.size.width != self._width:
            # the rows wrap anew, so the same scroll offset shows another part of the page: bring
            # the cursor's paragraph back into view (a page opened before its first layout, or a
            # scrollbar appearing, resizes it too)
            self._layout_rows()
            self.call_after_refresh(self.show_cursor)
        elif self.paras:
            self.show_cursor()  # a lower window must still show the cursor's paragraph

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.size.width
        if not 0 <= index < len(self._rows):
            return Strip([Segment(" " * width)], width)
        para, row = self._rows[index]
        if para < 0:
            return Strip([Segment(" " * width)], width)
        state = self.marks.state(para)
        style = STYLES[state] + (CURSOR if para == self.cursor else Style())
        gutter = GUTTER[state]
        if para == self.marks.start and index == self._first_row[para]:
            gutter = "┌ "
        elif para == self.marks.end and (index + 1 == len(self._rows) or self._rows[index + 1][0] != para):
            gutter = "└ "
        body = set_cell_size(row, max(0, width - cell_len(gutter)))
        return Strip([Segment(gutter, GUTTER_STYLES[state]), Segment(body, style)], width)

    def show_cursor(self) -> None:
        if not self._first_row:
            return
        top = self._first_row[self.cursor]
        bottom = (
            self._first_row[self.cursor + 1] if self.cursor + 1 < len(self._first_row) else len(self._rows)
        ) - 1
        height = max(1, self.size.height)
        if top < self.scroll_offset.y:
            self.scroll_to(y=top, animate=False)
        elif bottom >= self.scroll_offset.y + height:
            self.scroll_to(y=max(top, bottom - height + 1), animate=False)

    def move(self, delta: int) -> None:
        if self.paras:
            self.cursor = max(0, min(len(self.paras) - 1, self.cursor + delta))
            self.refresh()
            self.show_cursor()

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self._rows) and self._rows[index][0] >= 0:
            self.cursor = self._rows[index][0]
            self.refresh()


class CleanersText:
    """What the page view is dismissed with when the journalist takes candidate 1: the cleaner's
    own text (reader.body.automatic_body)."""


class PageScreen(Screen[BodySpec | CleanersText | None]):
    """The stored page of one article; dismissed with the BodySpec to apply, CleanersText, or None."""

    HELP_NAME = "Original page"
    BINDINGS = [
        Binding(
            "escape,q",
            "dismiss_page",
            "Back",
            tooltip="Back to the article, changing nothing",
            id="page.back",
        ),
        Binding("up,k", "move(-1)", "Up", show=False, id="page.up"),
        Binding("down,j", "move(1)", "Down", show=False, id="page.down"),
        Binding("pageup", "move(-10)", "Page up", show=False, id="page.page_up"),
        Binding("pagedown", "move(10)", "Page down", show=False, id="page.page_down"),
        Binding("home", "move(-1000000)", "First", show=False, id="page.first"),
        Binding("end", "move(1000000)", "Last", show=False, id="page.last"),
        Binding(
            "s", "mark_start", "Start here", tooltip="The article starts at this paragraph", id="page.start"
        ),
        Binding("e", "mark_end", "End here", tooltip="The article ends with this paragraph", id="page.end"),
        Binding(
            "d",
            "toggle_drop",
            "Drop/keep",
            tooltip="Leave this paragraph out (or keep it again)",
            id="page.drop",
        ),
        Binding(
            "enter", "apply", "Apply", tooltip="Make the marked part the article's text", id="page.apply"
        ),
        Binding(
            "n",
            "candidate(1)",
            "Next candidate",
            tooltip="Mark the cleaner's next candidate for the article's text",
            id="page.next_candidate",
        ),
        Binding(
            "N",
            "candidate(-1)",
            "Previous candidate",
            show=False,
            tooltip="Mark the cleaner's previous candidate for the article's text",
            id="page.prev_candidate",
        ),
    ]

    DEFAULT_CSS = """
    PageScreen #page-header { height: auto; padding: 0 1; background: $boost; }
    """

    def __init__(self, article_id: int) -> None:
        super().__init__()
        self.article_id = article_id
        self.candidates: list[Candidate] | None = None  # None until the worker has found them
        self.current: int | None = None  # the candidate number the article has now, if any
        self.candidate: int | None = None  # index of the candidate marked, None for other marks
        self._pending = 0  # n / N pressed before the candidates were found

    app = getters.app(ReaderApp)  # typed access to the app (as reader.tui.base.AppScreen)

    _store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:  # kept once read, as AppScreen.store (a worker at shutdown)
            self._store = self.app.store
        return self._store

    def compose(self) -> ComposeResult:
        yield Static(Text("Original page: loading…"), id="page-header", markup=False)
        yield PageLines(id="page-lines")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(PageLines).focus()
        self.load_page()

    @work(thread=True, exclusive=True, group="page")
    def load_page(self) -> None:
        from reader.body import page_text, paragraphs

        try:
            article = self.store.get_article(self.article_id, with_raw=True)
            fmt = self.store.article_format(self.article_id) or "text"
            page = page_text(article.raw or "", fmt)
            paras = paragraphs(page)
            marks = initial_marks(page, paras, article.text, article.body_choice)
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        self.app.call_from_thread(self._show, page, paras, marks)
        if not paras:
            return
        # then the cleaner's candidates (seconds on a large page: the page is shown meanwhile)
        from reader.body_candidates import body_candidates, current_number

        try:
            found = body_candidates(article.raw or "", fmt, None if article.body_choice else article.text)
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            found = []
        current = current_number(found, article.text, article.body_choice)
        self.app.call_from_thread(self._got_candidates, found, current)

    def _got_candidates(self, found: list[Candidate], current: int | None) -> None:
        if not self.is_attached:
            return  # (the journalist left the page before they were found)
        self.candidates, self.current = found, current
        pending, self._pending = self._pending, 0
        if pending:
            self.action_candidate(pending)
        else:
            self._update_header()

    def _show(self, page: str, paras: list[Paragraph], marks: PageMarks) -> None:
        if not paras:
            self.notify("This article has no stored page to show", severity="warning", markup=False)
            self.dismiss(None)
            return
        self.query_one(PageLines).set_page(page, paras, marks)
        self._update_header()

    @property
    def lines(self) -> PageLines:
        return self.query_one(PageLines)

    def _update_header(self) -> None:
        lines = self.lines
        marks = lines.marks
        kept = sum(1 for i in range(marks.start, marks.end + 1) if i not in marks.dropped)
        dropped = sum(1 for i in marks.dropped if marks.start <= i <= marks.end)
        out = Text("Original page", "bold")
        out.append(f" of article {self.article_id} · {len(lines.paras)} paragraphs · ")
        out.append(f"article: {kept} kept", "green")
        if dropped:
            out.append(f", {dropped} dropped", "red")
        found = self.candidates
        if found and self.candidate is not None:
            c = found[self.candidate]
            out.append("\n")
            out.append(f"Candidate {c.number} of {len(found)} ({c.label}): {c.words} words", "bold")
            if c.number == self.current:
                out.append(" · the article's text now")
        n = "n/N the cleaner's candidates" + (" (finding…)" if found is None else f" ({len(found)})")
        out.append(f"\n{n} · s start · e end · d drop/keep a paragraph · enter apply · escape back", "italic")
        self.query_one("#page-header", Static).update(out)

    def action_move(self, delta: int) -> None:
        self.lines.move(delta)

    def action_mark_start(self) -> None:
        lines = self.lines
        marks = lines.marks
        marks.start = lines.cursor
        if marks.end < marks.start:
            marks.end = len(lines.paras) - 1
        self.candidate = None
        lines.refresh()
        self._update_header()

    def action_mark_end(self) -> None:
        lines = self.lines
        marks = lines.marks
        if lines.cursor < marks.start:
            self.notify(
                "The end cannot come before the start (s marks the start)", severity="warning", markup=False
            )
            return
        marks.end = lines.cursor
        self.candidate = None
        lines.refresh()
        self._update_header()

    def action_toggle_drop(self) -> None:
        lines = self.lines
        marks = lines.marks
        if not marks.start <= lines.cursor <= marks.end:
            self.notify(
                "Only a paragraph inside the article can be dropped", severity="warning", markup=False
            )
            return
        marks.dropped ^= {lines.cursor}
        self.candidate = None
        lines.refresh()
        self._update_header()

    def action_apply(self) -> None:
        lines = self.lines
        if not lines.paras:
            return
        marks = lines.marks
        if all(i in marks.dropped for i in range(marks.start, marks.end + 1)):
            self.notify("Nothing would be left of the article", severity="warning", markup=False)
            return
        if self.candidates and self.candidate is not None:
            spec = self.candidates[self.candidate].spec
            self.dismiss(CleanersText() if spec is None else spec)
            return
        self.dismiss(spec_from_marks(lines.page, lines.paras, marks))

    def action_candidate(self, delta: int) -> None:
        """Mark the cleaner's next (delta 1) or previous (-1) candidate, after the one marked (or the
        one the article has now), going round."""
        found = self.candidates
        if found is None:
            self._pending = delta
            self.notify("Finding the cleaner's candidates…", markup=False, timeout=3)
            return
        if not found or (len(found) == 1 and self.current == 1):
            self.notify(
                "The cleaner found no other candidate on this page: mark the article yourself: s where it "
                "starts, e where it ends, d drops a paragraph, enter applies",
                severity="warning",
                markup=False,
            )
            return
        at = self.candidate if self.candidate is not None else (self.current - 1 if self.current else None)
        index = (0 if delta > 0 else len(found) - 1) if at is None else (at + delta) % len(found)
        c = found[index]
        lines = self.lines
        lines.marks = PageMarks(c.marks.start, c.marks.end, set(c.marks.dropped))
        lines.cursor = c.marks.start
        self.candidate = index
        lines.refresh()
        lines.show_cursor()
        self._update_header()

    def action_dismiss_page(self) -> None:
        self.dismiss(None)


def open_page(screen, on_applied: Callable[[], None]) -> None:  # noqa: ANN001
    """Show the article's stored page over the reading screen; a choice made there is applied
    with reader.body.fix_body (one undo step) through screen.write, then on_applied() reloads."""
    from reader.body import automatic_body, fix_body

    article_id = screen.article_id
    if article_id is None:
        return

    def chosen(spec: BodySpec | CleanersText | None) -> None:
        if spec is None:
            return

        def then(report) -> None:  # noqa: ANN001
            on_applied()
            if not report.changed:
                screen.say("The article already has this text")
                return
            n_back, n_aside = len(report.brought_back), len(report.set_aside)
            back = f", {n_back} set-aside tag{'' if n_back == 1 else 's'} back" if n_back else ""
            aside = f", {n_aside} tag{'' if n_aside == 1 else 's'} set aside" if n_aside else ""
            kept, moved = len(report.choice.kept), len(report.moved)
            screen.say(
                f"Text replaced: {kept} paragraph{'' if kept == 1 else 's'}, "
                f"{moved} tag{'' if moved == 1 else 's'} moved{aside}{back} (u undoes)"
            )
            if report.set_aside:
                n = len(report.set_aside)
                listed = "; ".join(
                    f"#{a.id} {clean(a.label)} “{shorten(a.text)}”" for a in report.set_aside[:5]
                )
                more = f" and {n - 5} more" if n > 5 else ""
                screen.notify(
                    f"{n} tag{'s' if n != 1 else ''} set aside (their words are no longer in the text; "
                    f"`reader show {article_id}` lists them, u brings them back): {listed}{more}",
                    severity="warning",
                    markup=False,
                    timeout=15,
                )

        if isinstance(spec, CleanersText):
            screen.write(lambda: automatic_body(screen.store, article_id, screen.history), then=then)
        else:
            screen.write(lambda: fix_body(screen.store, article_id, spec, screen.history), then=then)

    screen.app.push_screen(PageScreen(article_id), chosen)
