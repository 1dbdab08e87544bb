"""The Textual application: `ReaderApp` and `run_app`, the entry point the CLI calls."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from reader.history import History
from reader.store import Store
from reader.tui.commands import ReaderCommands


class ReaderApp(App[None]):
    """A reader and annotator for news articles, over one Store."""

    CSS_PATH = "styles.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, show=False),
    ]

    def __init__(self, store: Store, annotator: str, session: bool = True) -> None:
        super().__init__()
        self.store = store
        self.annotator = annotator
        self.record_session = session
        self.session_id: int | None = None
        self.history = History(store, None, annotator)
        self.cursor_blink = True  # tests switch it off for stable snapshots

    def on_mount(self) -> None:
        if self.record_session and self.session_id is None:
            self.session_id = self.store.start_session(self.annotator)
            self.history.session_id = self.session_id
        from reader.tui.library import LibraryScreen

        self.push_screen(LibraryScreen())

    def end_session(self) -> None:
        if self.session_id is not None:
            try:
                self.store.end_session(self.session_id)
            finally:
                self.session_id = None

    def on_unmount(self) -> None:
        self.end_session()

    def action_help(self) -> None:
        from reader.tui.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def open_article(self, article_id: int, ids: list[int] | None = None, focus: int | None = None) -> None:
        """Open the reading view; focus selects that annotation (from the entity index or claims)."""
        from reader.tui.reading import ReadingScreen

        self.push_screen(ReadingScreen(article_id, ids or [article_id], focus=focus))

    def action_entities(self) -> None:
        from reader.tui.entities_screen import EntityIndexScreen

        if not isinstance(self.screen, EntityIndexScreen):
            self.push_screen(EntityIndexScreen())

    def action_claims(self) -> None:
        from reader.tui.claims_screen import ClaimsScreen

        if not isinstance(self.screen, ClaimsScreen):
            self.push_screen(ClaimsScreen())


def run_app(store_path: Path, annotator: str) -> None:
    """Open the database, run the TUI until the user quits, close the database."""
    store = Store(store_path)
    app = ReaderApp(store, annotator)
    try:
        app.run()
    finally:
        try:
            app.end_session()
        finally:
            store.close()
