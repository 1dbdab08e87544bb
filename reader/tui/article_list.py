"""The library list: a ScrollView that keeps only the ordered article ids and draws the visible rows.

Rows are fetched from the store a page at a time (store.article_rows) and kept in a small LRU, so
100,000 articles cost one list of ints, not 100,000 widgets."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.low_confidence import MARK, is_low
from reader.models import ArticleRow
from reader.store import Store
from reader.tui.safe import clean

PAGE = 100
MAX_PAGES = 20

# column key, heading, width (None: takes the rest), right-aligned
COLUMNS = [
    ("title", "Title", None, False),
    ("site", "Site", 18, False),
    ("published", "Date", 10, False),
    ("words", "Words", 6, True),
    ("annotations", "Tags", 5, True),
    ("status", "Status", 11, False),
]


def fit(value: str, width: int, right: bool = False) -> str:
    """value in exactly `width` terminal cells: cut with "…", padded. Cells, not characters: a
    Chinese or Japanese character takes two, and counting characters pushed the columns apart."""
    if cell_len(value) > width:
        value = set_cell_size(value, width - 1) + "…" if width > 1 else set_cell_size(value, width)
    pad = " " * (width - cell_len(value))
    return pad + value if right else value + pad


# In a narrow terminal the title is what a journalist reads a row by: below TITLE_WANT cells the
# site column gives up room first (down to SITE_MIN), then the counts are left out (words, then tags).
TITLE_WANT = 30
SITE_MIN = 8
_DROP_ORDER = ("words", "annotations")


def column_widths(total: int) -> list[int]:
    """Each column's width in cells for a list `total` cells wide; 0: the column is left out."""
    widths = [w or 0 for _, _, w, _ in COLUMNS]
    keys = [key for key, _, _, _ in COLUMNS]

    def title_room() -> int:
        shown = [w for i, w in enumerate(widths) if w and i]
        return total - sum(shown) - len(shown)

    site = keys.index("site")
    if title_room() < TITLE_WANT:
        widths[site] -= min(TITLE_WANT - title_room(), widths[site] - SITE_MIN)
    for key in _DROP_ORDER:
        if title_room() < TITLE_WANT - 6:
            widths[keys.index(key)] = 0
    title = keys.index("title")
    widths[title] = max(10, title_room())
    return widths


def join_cells(cells: list[str], widths: list[int]) -> str:
    """The cells fitted to their columns, left-out columns skipped."""
    return " ".join(
        fit(c, w, COLUMNS[i][3]) for i, (c, w) in enumerate(zip(cells, widths, strict=False)) if w
    )


def row_cells(row: ArticleRow) -> list[str]:
    # A low-confidence article's title starts with the mark: "check this text against the page".
    mark = f"{MARK} " if is_low(row.confidence) else ""
    return [
        mark + (clean(row.title) or "(untitled)"),
        clean(row.site),
        clean(row.published),
        str(row.word_count),
        str(row.annotation_count),
        clean(row.status),
    ]


def format_row(cells: list[str], width: int) -> str:
    line = join_cells(cells, column_widths(width))
    return set_cell_size(line, width) if cell_len(line) > width else line


class ArticleList(ScrollView, can_focus=True):
    """Ordered article ids, drawn lazily one row per line."""

    COMPONENT_CLASSES = {"article-list--cursor", "article-list--done", "article-list--new"}

    DEFAULT_CSS = """
    ArticleList { height: 1fr; overflow-x: hidden; }
    ArticleList > .article-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold; }
    ArticleList:blur > .article-list--cursor { background: $block-cursor-blurred-background; text-style: none; }
    ArticleList > .article-list--done { color: $text-muted; }
    ArticleList > .article-list--new { text-style: bold; }
    """

    BINDINGS = [
        Binding("up,k", "cursor_up", "Move up", show=False),
        Binding("down,j", "cursor_down", "Move down", show=False),
        Binding("pageup", "page_up", "Move a page up", show=False),
        Binding("pagedown", "page_down", "Move a page down", show=False),
        Binding("home", "first", "Move to the first article", show=False),
        Binding("end", "last", "Move to the last article", show=False),
        Binding("enter", "open", "Open", tooltip="Open the article", id="library.open"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    @dataclass
    class Opened(Message):
        article_id: int

    class CursorMoved(Message):
        """The cursor is on another row (keys, mouse, a new list): the position shown follows it."""

    class RoomChanged(Message):
        """The scroll bar came or went: the column headings are laid out again beside it."""

    def __init__(self, store: Store, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.store = store
        self.ids: list[int] = []
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        # While a search is on its way (set by the screen), the list shown is stale: the keys that
        # act on it wait here and run on the search's results (keys typed ahead: a paste, a macro).
        self.pending = False
        self._ahead: list[Callable[[], None]] = []

    # -- data -----------------------------------------------------------------------------------

    def set_ids(self, ids: list[int], keep: int | None = None, row: int | None = None) -> None:
        """Show these article ids; keep the cursor on article `keep` when it is still listed, else
        on row `row` (the same list read again: the article that took its place), else the first."""
        self.ids = ids
        self._pages.clear()
        self.virtual_size = Size(self.size.width, len(ids))
        pos = 0
        if keep is not None:
            try:
                pos = ids.index(keep)
            except ValueError:
                pos = row or 0
        self.cursor = min(pos, max(0, len(ids) - 1))
        self.refresh()
        # The new virtual size is laid out on the next refresh: scrolling now would stop at the old
        # list's end (after a sort or a cleared search the cursor row was off screen).
        self.call_after_refresh(self.scroll_to_region_if_needed, self.cursor)

    def await_results(self) -> None:
        """A new search is on its way: keys wait for it, and those waiting for an older one are dropped."""
        self.pending = True
        self._ahead.clear()

    def results_in(self, run: bool = True) -> None:
        """The search's results are shown: run the keys that waited (not when it failed: no list)."""
        self.pending = False
        ahead, self._ahead = self._ahead if run else [], []
        for action in ahead:
            action()

    def hold(self, action: Callable[[], None]) -> bool:
        """While a search is on its way, keep `action` (a key that acts on a row or on the list: the
        screen's status and export keys too) for its results, in the order typed; True when kept."""
        if self.pending:
            self._ahead.append(action)
        return self.pending

    def _typed_ahead(self, action: str) -> bool:
        return self.hold(getattr(self, f"action_{action}"))

    def invalidate(self) -> None:
        """Forget cached rows (after a status or annotation change)."""
        self._pages.clear()
        self.refresh()

    def row(self, index: int) -> ArticleRow | None:
        if not 0 <= index < len(self.ids):
            return None
        page_no = index // PAGE
        page = self._pages.get(page_no)
        if page is None:
            ids = self.ids[page_no * PAGE : (page_no + 1) * PAGE]
            rows = {r.id: r for r in self.store.article_rows(ids)}
            page = [rows.get(i) for i in ids]  # type: ignore[misc]
            self._pages[page_no] = page  # type: ignore[assignment]
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[index - page_no * PAGE]

    @property
    def current_id(self) -> int | None:
        return self.ids[self.cursor] if 0 <= self.cursor < len(self.ids) else None

    # -- drawing --------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.ids))

    def watch_show_vertical_scrollbar(self) -> None:
        # the rows re-fit on their next render; the headings live in the screen, which must be told
        self.post_message(self.RoomChanged())

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.size.width
        base = self.rich_style
        row = self.row(index)
        if row is None:
            return Strip([Segment(" " * width, base)], width)
        style = base
        if row.status == "done":
            style = style + self.get_component_rich_style("article-list--done")
        elif row.status == "new":
            style = style + self.get_component_rich_style("article-list--new")
        if index == self.cursor:
            style = style + self.get_component_rich_style("article-list--cursor")
        # the columns fit beside the scroll bar (which covers the last cells of a full list)
        line = format_row(row_cells(row), self.scrollable_content_region.width or width)
        return Strip([Segment(line.ljust(width), style)], width)

    # -- cursor ---------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()
        self.scroll_to_region_if_needed(new)
        self.post_message(self.CursorMoved())

    def _rows_shown(self) -> int:
        # the rows drawn: no horizontal scroll bar (overflow-x: hidden; rows are cut to fit), but
        # counted from the content region all the same (a bar there hid the highlighted row)
        return max(1, self.scrollable_content_region.height or self.size.height)

    def scroll_to_region_if_needed(self, index: int) -> None:
        top = self.scroll_offset.y
        height = self._rows_shown()
        if index < top:
            self.scroll_to(y=index, animate=False)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False)

    def _move(self, delta: int) -> None:
        if self.ids:
            self.cursor = max(0, min(len(self.ids) - 1, self.cursor + delta))

    def action_cursor_up(self) -> None:
        if self._typed_ahead("cursor_up"):
            return
        self._move(-1)

    def action_cursor_down(self) -> None:
        if self._typed_ahead("cursor_down"):
            return
        self._move(1)

    def action_page_up(self) -> None:
        if self._typed_ahead("page_up"):
            return
        self._move(-max(1, self._rows_shown() - 1))

    def action_page_down(self) -> None:
        if self._typed_ahead("page_down"):
            return
        self._move(max(1, self._rows_shown() - 1))

    def action_first(self) -> None:
        if self._typed_ahead("first"):
            return
        self._move(-len(self.ids))

    def action_last(self) -> None:
        if self._typed_ahead("last"):
            return
        self._move(len(self.ids))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open" and not self.ids and not self.pending:
            return False  # no row to open (an empty library, a filter or search that left none)
        return True

    def action_open(self) -> None:
        if self._typed_ahead("open"):
            return
        if self.current_id is not None:
            self.post_message(self.Opened(self.current_id))

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self.ids):
            if index == self.cursor and event.chain >= 2:
                self.action_open()
            self.cursor = index
