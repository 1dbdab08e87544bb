"""The library screen: every article, sortable, searchable and filterable, drawn lazily."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.timer import Timer
from textual.widgets import Static
from textual.worker import get_current_worker

from reader.errors import ReaderError
from reader.low_confidence import MARK
from reader.models import ARTICLE_STATUSES
from reader.store.store import RANK_LIMIT
from reader.tui.article_list import COLUMNS, ArticleList, column_widths, join_cells
from reader.tui.base import ListScreen
from reader.tui.footer import Footer
from reader.tui.safe import clean
from reader.tui.save_state import SaveState
from reader.tui.status_bar import StatusBar
from reader.tui.typing_input import Input

SEARCH_DEBOUNCE_S = 0.15

EMPTY_HELP = """\
Your library is empty.

Import articles from the command line, then start reader again:

    reader import PATH        import a saved page, a folder of pages or a URL
    reader PATH               import PATH and open the library

reader keeps each article's cleaned text and your annotations in its database.
Press q to quit.
"""

SORT_KEYS = {
    "title": "title",
    "site": "site",
    "published": "published",
    "words": "words",
    "annotations": "annotations",
    "status": "status",
    "imported": "imported",
}


# the sort as the status line names it: as the column headings do
SORT_NAMES = {"published": "date", "annotations": "tags", "imported": "import time"}


FILTER = Binding.Group("Filter", compact=True)  # one footer entry: "f l c Filter"

# what needs an article: an empty library neither offers these keys nor runs them
NEEDS_ARTICLES = {
    "search",
    "clear_search",
    "cycle_status",
    "filter_status",
    "filter_label",
    "filter_low_confidence",
    "filter_assigned",
    "sort",
    "export",
    "delete_article",
}
NEEDS_A_ROW = {"cycle_status", "delete_article"}  # and the list's own Open


class LibraryScreen(ListScreen):
    HELP_NAME = "Library"
    HELP_ALSO = (ArticleList,)  # the list's own keys (open, move) are in the help too
    BINDINGS = [
        # priority: run as the app reads the key, before it passes on the keys typed after it
        # (tmux send-keys '/mtrump', a macro): they go to the search box, not to library commands.
        Binding("slash", "search", "Search", id="library.search", priority=True),
        Binding("escape", "clear_search", "Clear search", show=False, id="library.clear_search"),
        Binding(
            "m",
            "cycle_status",
            "Status",
            tooltip="Status: mark the article new / in progress / done",
            id="library.status",
        ),
        Binding("f", "filter_status", "Filter status", id="library.filter_status", group=FILTER),
        Binding("l", "filter_label", "Filter label", id="library.filter_label", group=FILTER),
        Binding(
            "c",
            "filter_low_confidence",
            "Filter unsure",
            tooltip="Filter: only the articles whose text the cleaner was unsure of (marked ?)",
            id="library.filter_low_confidence",
            group=FILTER,
        ),
        Binding(
            "A",
            "filter_assigned",
            "Filter mine",
            tooltip="Filter: only the articles assigned to you (reader assign)",
            show=False,  # a desk's key: in the help, the footer keeps its room
            id="library.filter_assigned",
        ),
        Binding("t", "sort('title')", "Sort title", show=False, id="library.sort_title"),
        Binding("s", "sort('site')", "Sort site", show=False, id="library.sort_site"),
        Binding("d", "sort('published')", "Sort date", show=False, id="library.sort_date"),
        Binding("w", "sort('words')", "Sort words", show=False, id="library.sort_words"),
        Binding("a", "sort('annotations')", "Sort tags", show=False, id="library.sort_annotations"),
        Binding("g", "sort('status')", "Sort status", show=False, id="library.sort_status"),
        Binding("i", "sort('imported')", "Sort import time", show=False, id="library.sort_imported"),
        Binding("E", "app.entities", "Entities", id="library.entities"),
        Binding("C", "app.claims", "Claims", id="library.claims"),
        Binding(
            "D",
            "app.desk",
            "Desk",
            tooltip="Desk: progress per annotator and per article",
            show=False,
            id="library.desk",
        ),
        Binding(
            "G",
            "app.agreement",
            "Agreement",
            tooltip="Agreement between annotators, and their disagreements",
            show=False,
            id="library.agreement",
        ),
        Binding("X", "export", "Export", id="library.export"),
        Binding("q", "app.quit", "Quit", id="library.quit"),
        # after Quit: an 80-column footer keeps the keys it showed, this one is in the help (?)
        Binding(
            "x,delete",
            "delete_article",
            "Delete",
            tooltip="Delete the article from the library, with its tags and claims (asks first)",
            id="library.delete",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort = "imported"
        self.descending = False
        self.status_filter: str | None = None
        self.label_filter: str | None = None
        self.low_confidence = False
        self.assigned: str | None = None  # only the articles assigned to this annotator (A: you)
        self.query_text = ""
        self._debounce: Timer | None = None
        self.total = 0
        self._shown_view: tuple | None = None  # the search, sort and filters of the list shown
        self.empty = False  # no article at all (known once the first list is read)

    def compose(self) -> ComposeResult:
        with Vertical(id="library"):
            yield Static("", id="library-title", markup=False)
            search = Input(
                placeholder=f"Search titles and text: {self.key('library.search')}"
                f" ({self.key('library.clear_search')}: back to the list)",
                id="search",
            )
            search.cursor_blink = getattr(self.app, "cursor_blink", True)
            yield search
            yield Static("", id="columns", markup=False)
            yield ArticleList(self.store, id="articles")
            yield Static(Text(EMPTY_HELP), id="empty", markup=False)
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#empty").display = False
        self.query_one(ArticleList).focus()

    # -- loading (in a worker thread) --------------------------------------------------------------

    def _view(self) -> tuple:
        return (
            self.query_text,
            self.sort,
            self.descending,
            self.status_filter,
            self.label_filter,
            self.low_confidence,
            self.assigned,
        )

    def reload(self) -> None:
        lst = self.query_one(ArticleList)
        # the same list read again (back from an article, a change elsewhere): an article that left
        # it (tagged, so no longer "new") leaves the highlight on the row that takes its place
        row = lst.cursor if self._view() == self._shown_view else None
        self.load_ids(
            self.query_text,
            self.sort,
            self.descending,
            self.status_filter,
            self.label_filter,
            lst.current_id,
            self.low_confidence,
            row,
            self.assigned,
        )

    @work(thread=True, exclusive=True, group="library-load")
    def load_ids(
        self,
        query: str,
        sort: str,
        descending: bool,
        status: str | None,
        label: str | None,
        keep: int | None,
        low_confidence: bool = False,
        row: int | None = None,
        assigned: str | None = None,
    ) -> None:
        worker = get_current_worker()
        view = (query, sort, descending, status, label, low_confidence, assigned)
        try:
            total = self.store.count_articles()
            ids = self.store.article_ids(
                sort=sort,
                descending=descending,
                status=status,
                label=label,
                query=query.strip() or None,
                low_confidence=low_confidence,
                assigned=assigned,
            )
        except ReaderError as e:
            if not worker.is_cancelled:
                self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
                self.app.call_from_thread(self._search_failed, query)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_ids, ids, total, keep, query, row, view)

    def _search_failed(self, query: str) -> None:
        if query == self.query_text and self.is_attached:  # the keys typed ahead have no list to act on
            self.query_one(ArticleList).results_in(run=False)

    def _show_ids(
        self,
        ids: list[int],
        total: int,
        keep: int | None,
        query: str,
        row: int | None = None,
        view: tuple | None = None,
    ) -> None:
        try:
            lst = self.query_one(ArticleList)
        except NoMatches:  # the app quit while the search ran in its worker: nothing to show it on
            return
        self.total = total
        self._shown_view = view
        wanted = getattr(self.app, "highlight", None)
        if wanted and ids:  # `reader PATH`: the first article it imported, as listed (once)
            found = set(wanted)
            keep = next((i for i in ids if i in found), keep)
            self.app.highlight = []  # type: ignore[attr-defined]
        lst.set_ids(ids, keep, row)
        self.refresh_bindings()  # a list with no row offers no key for one (Open, Status, Delete)
        empty = total == 0
        self.query_one("#empty").display = empty
        lst.display = not empty
        self.query_one("#columns").display = not empty
        # Nothing to search in an empty library: without the search field nothing takes the
        # focus, so q (and every other key) reaches the screen. Disabled too: a hidden field could
        # still take the focus back when a screen above closes (Esc from the desk did).
        search = self.query_one("#search")
        search.display = not empty
        search.disabled = empty
        if empty and (search.has_focus or lst.has_focus):  # a hidden list offered "⏎ Open"
            self.set_focus(None)
        bar = self.query_one(StatusBar)
        if empty:  # nothing to save, nothing saved: no "✓ saved"
            bar.show(save_state=SaveState.NOTHING)
        elif bar.save_state == SaveState.NOTHING and self.app.saved_this_session:
            bar.show(save_state=SaveState.SAVED)
        if empty != self.empty:
            self.empty = empty
            self.refresh_bindings()  # the footer offers the keys that work on what is there
        self._update_header()
        if not empty:  # once the rows are drawn, get a reading screen ready for the first open
            self.call_after_refresh(self.app.prepare_reading)
        if query == self.query_text:  # not an older search's results: the keys typed ahead act on these
            lst.results_in()

    def _update_header(self) -> None:
        lst = self.query_one(ArticleList)
        n = len(lst.ids)
        title = Text("Library", "bold")
        parts = []
        if self.query_text.strip():
            parts.append(f"{n} match{'es' if n != 1 else ''} for “{clean(self.query_text.strip())}”")
            if n > RANK_LIMIT:
                parts.append("too many to rank: newest first")
        else:
            noun = "article" if self.total == 1 else "articles"
            parts.append(f"{n} of {self.total} {noun}" if n != self.total else f"{self.total} {noun}")
        if self.status_filter:
            parts.append(f"status: {self.status_filter}")
        if self.label_filter:
            parts.append(f"with {clean(self.label_filter)}")
        if self.low_confidence:
            parts.append(f"{MARK} text unsure only")
        if self.assigned is not None:
            parts.append(f"assigned to {clean(self.assigned)}")
        title.append("  " + " · ".join(parts))
        self.query_one("#library-title", Static).update(title)
        widths = column_widths(max(20, lst.scrollable_content_region.width or self.size.width))
        heads = []
        for key, head, _, right in COLUMNS:
            if SORT_KEYS.get(key) == self.sort:
                arrow = "▼" if self.descending else "▲"
                # before a right-aligned heading, close to it: "▼Tags" fits the 5-cell column
                # where "Tags ▼" was cut to "Tags…"
                head = arrow + head if right else f"{head} {arrow}"
            heads.append(head)
        self.query_one("#columns", Static).update(Text(join_cells(heads, widths), "bold"))
        pos = f"{lst.cursor + 1}/{n}" if n else "0/0"
        if not n and self.total:
            order = self._why_none()
        elif not self.query_text.strip():
            order = f"sorted by {SORT_NAMES.get(self.sort, self.sort)}"
        elif n > RANK_LIMIT:
            order = "newest first (too many matches to rank)"
        else:  # the sort keys wait until the search is cleared (action_sort says so)
            order = "ordered by relevance"
        self.query_one(StatusBar).show(position=pos, message=order)

    def _why_none(self) -> str:
        """What left the list empty in a library that has articles, and the key that undoes it."""
        if self.query_text.strip():
            clear = self.key("library.clear_search")
            return f"no article matches “{clean(self.query_text.strip())}” ({clear} clears the search)"
        every = f"all {self.total}"
        if self.low_confidence:
            return f"no article is marked {MARK} ({self.key('library.filter_low_confidence')} again: {every})"
        if self.assigned is not None:
            return f"no article is assigned to {clean(self.assigned)} ({self.key('library.filter_assigned')} again: {every})"
        if self.status_filter or self.label_filter:
            keys = f"{self.key('library.filter_status')}, {self.key('library.filter_label')}"
            return f"no article passes the filters ({keys}: the next one, then all)"
        return "no article is listed"

    def on_resize(self) -> None:
        self._update_header()

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        self.app.open_article(
            message.article_id, list(self.query_one(ArticleList).ids), search=self.query_text.strip() or None
        )

    # -- search --------------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        self.query_text = event.value
        self.query_one(ArticleList).await_results()
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(SEARCH_DEBOUNCE_S, self.reload)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        lst = self.query_one(ArticleList)
        if self.focused is lst:
            # an Enter typed right behind the one that left the box (a paste, tmux send-keys) reached
            # the box before the focus moved: it was meant for the list, to open the first hit
            lst.action_open()
            return
        self.set_focus(lst)  # at once, not focus() (the next turn of the loop)

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus:  # the key is a priority binding: in the box, it is a character
            search.insert_text_at_cursor("/")
            return
        # focus now (focus() waits for the next turn of the loop, after the keys already typed)
        self.set_focus(search)

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        if search.value:  # from the box or from the list of its hits (README: Esc clears)
            search.value = ""
        self.query_one(ArticleList).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.empty and action in NEEDS_ARTICLES:
            return False  # hidden from the footer, and the key does nothing it could seem to do
        if action in NEEDS_A_ROW:
            found = self.query(ArticleList)
            lst = found.first() if found else None
            if lst is not None and not lst.ids and not lst.pending:  # a filter or search left none
                return False
        return True

    # -- sorting, filtering, status -------------------------------------------------------------

    def action_sort(self, column: str) -> None:
        if self.sort == column:
            self.descending = not self.descending
        else:
            self.sort = column
            self.descending = column in ("published", "words", "annotations", "imported")
        if self.query_text.strip():
            self.notify("Search results are ordered by relevance; clear the search to sort.", markup=False)
        self.reload()

    def action_filter_status(self) -> None:
        cycle = [None, *ARTICLE_STATUSES]
        self.status_filter = cycle[(cycle.index(self.status_filter) + 1) % len(cycle)]
        self.reload()

    def action_filter_label(self) -> None:
        cycle = [None, *(label.name for label in self.store.labels())]
        try:
            i = cycle.index(self.label_filter)
        except ValueError:
            i = 0
        self.label_filter = cycle[(i + 1) % len(cycle)]
        self.reload()

    def action_filter_low_confidence(self) -> None:
        self.low_confidence = not self.low_confidence
        self.reload()

    def action_filter_assigned(self) -> None:
        self.assigned = None if self.assigned is not None else self.app.annotator
        self.reload()

    def action_cycle_status(self) -> None:
        lst = self.query_one(ArticleList)
        if lst.hold(self.action_cycle_status):  # typed ahead of a search: its hit, not the old row
            return
        article_id = lst.current_id
        row = lst.row(lst.cursor)
        if article_id is None or row is None:
            return
        new = ARTICLE_STATUSES[(ARTICLE_STATUSES.index(row.status) + 1) % len(ARTICLE_STATUSES)]
        row.status = new  # the next m goes on from here, even before this one commits
        store = self.store

        def reload_rows() -> None:  # refused (a read-only database): show what is stored
            if self.is_attached:
                lst.invalidate()

        self.write(
            lambda: store.set_status(article_id, new),
            f"Marked {new}",
            then=lambda _: lst.invalidate(),
            undo=reload_rows,
        )

    def after_write(self) -> None:
        """After any queued change (also from the reading view): rows may have changed."""
        super().after_write()
        self.query_one(ArticleList).invalidate()

    def action_export(self) -> None:
        """Export the annotations of what the library shows: the status and label filters, and with a
        search only the matching articles."""
        from reader.export import ExportFilters
        from reader.tui.export_dialog import start_export

        if self.query_one(ArticleList).hold(self.action_export):  # the search's articles, not the old list
            return
        ids: tuple[int, ...] = ()
        parts = []
        searching = bool(self.query_text.strip())
        if searching or self.low_confidence or self.assigned is not None:
            # the articles listed (the mark and the assignment are no export filters)
            ids = tuple(self.query_one(ArticleList).ids)
            if not ids:
                why = "No article matches the search" if searching else "No article is listed"
                self.notify(f"{why}: nothing to export", markup=False, severity="warning")
                return
            listed = [f"{len(ids)} article{'s' if len(ids) != 1 else ''}"]
            if searching:
                listed.append(f"matching “{clean(self.query_text.strip())}”")
            if self.low_confidence:
                listed.append(f"marked {MARK}")
            if self.assigned is not None:
                listed.append(f"assigned to {clean(self.assigned)}")
            parts.append(" ".join(listed))
        if self.status_filter:
            parts.append(f"articles {self.status_filter}")
        if self.label_filter:
            parts.append(f"{clean(self.label_filter)} annotations only")
        filters = ExportFilters(
            labels=(self.label_filter,) if self.label_filter else (),
            article_ids=ids,
            status=self.status_filter,
            tagged_only=bool(self.label_filter),  # the list shows only the articles with that label
        )
        start_export(
            self, filters, " · ".join(parts) if parts else "the whole library: every article and its tags"
        )

    def action_delete_article(self) -> None:
        lst = self.query_one(ArticleList)
        if lst.hold(self.action_delete_article):  # typed ahead of a search: its hit, not the old row
            return
        if lst.current_id is not None:
            self._ask_delete(lst.current_id)

    @work(thread=True, exclusive=True, group="library-delete")
    def _ask_delete(self, article_id: int) -> None:
        """Read what the article would take with it, then ask (on the event loop)."""
        try:
            counts = self.store.article_tag_counts([article_id])
            title = self.store.get_article(article_id).title if counts else None
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        if article_id in counts:  # else deleted meanwhile (another program): the reload shows it
            self.app.call_from_thread(self._confirm_delete, article_id, title, *counts[article_id])

    def _confirm_delete(self, article_id: int, title: str | None, tags: int, claims: int) -> None:
        from reader.deleting import tags_and_claims
        from reader.tui.confirm import ConfirmDialog

        name = clean(title) if title else f"article {article_id} (untitled)"
        question = Text("Delete “", "bold").append(name).append("” from the library?\n\n")
        if tags or claims:
            question.append(f"Its {tags_and_claims(tags, claims)} go with it. ")
        question.append("A copy goes to the trash first: reader restore brings it back.", "bold")
        store, history = self.store, self.history

        def delete() -> Path:
            from reader.trash import delete_to_trash

            path, _ = delete_to_trash(store, [article_id])
            history.forget([article_id])  # its tags' undo steps have no article left to act on
            return path

        def deleted(path: Path) -> None:
            from reader.trash import restore_command

            self.say(f"Deleted “{name}”: a copy is in the trash")
            # the command is longer than a status line at 80 columns: a notice wraps it whole
            self.app.notify(f"{restore_command(path)} brings “{name}” back", markup=False, timeout=15)
            self.reload()

        def answered(yes: bool | None) -> None:
            if yes and self.is_attached:
                self.write(delete, then=deleted)

        # tags or claims would be lost for good: enter (pressed by habit) keeps them, y deletes
        self.app.push_screen(ConfirmDialog(question, "Delete", default_yes=not (tags or claims)), answered)

    def on_article_list_cursor_moved(self, message: ArticleList.CursorMoved) -> None:
        self._update_header()

    def on_article_list_room_changed(self, message: ArticleList.RoomChanged) -> None:
        self._update_header()
