"""The Textual application: `ReaderApp` and `run_app`, the entry point the CLI calls."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from reader.history import History
from reader.store import Store
from reader.tui.commands import ReaderCommands
from reader.tui.safe import clean
from reader.tui.writer import WriteFinished, Writer

QUIT_NOTE_AFTER_S = 0.3  # quitting with changes still queued: say so if they take longer than this


class ReaderApp(App[None]):
    """A reader and annotator for news articles, over one Store."""

    CSS_PATH = "styles.tcss"
    # Screens get -narrow below 100 columns (styles.tcss: a narrower annotation panel).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    # ... and -short below 32 lines (dialogs drop their padding and input borders to fit 24 lines).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
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
        self.writer = Writer(self.post_message)  # every store change, in order, off the event loop
        self._quitting = False

    def on_mount(self) -> None:
        if self.record_session and self.session_id is None and not self.store.readonly:
            self.session_id = self.store.start_session(self.annotator)
            self.history.session_id = self.session_id
        if self.store.readonly:
            self.notify("This database is read-only: you can read and search, not tag.", severity="warning")
        from reader.tui.library import LibraryScreen

        self.push_screen(LibraryScreen())

    def end_session(self) -> None:
        if self.session_id is not None:
            try:
                self.store.end_session(self.session_id)
            finally:
                self.session_id = None

    def write(self, change, done=None, failed=None) -> None:  # type: ignore[no-untyped-def]
        """Queue one store change for the writer thread; done(result) / failed(message) run here after."""
        self.writer.submit(change, done, failed)

    def on_write_finished(self, message: WriteFinished) -> None:
        job = message.job
        try:
            if message.error is None:
                if job.done is not None:
                    job.done(message.result)
            elif job.failed is not None:
                job.failed(clean(message.error))
            else:
                self.notify(clean(message.error), severity="error", markup=False)
        finally:
            hook = getattr(self.screen, "after_write", None)
            if hook is not None and self.screen.is_mounted:
                hook()
            if self._quitting:
                if message.error is not None:  # stay, so the error can be read and the change redone
                    self._quitting = False
                    self.notify(
                        "Not quitting: a change was not saved (see above)", severity="warning", markup=False
                    )
                elif self.writer.idle:
                    self.exit()

    def action_quit(self) -> None:
        """Quit once every queued change is committed (nothing shown as saved is lost); the screen
        keeps working meanwhile, and says so if it takes more than a moment."""
        if self.writer.idle:
            self.exit()
            return
        self._quitting = True
        self.set_timer(QUIT_NOTE_AFTER_S, self._quit_note)

    def _quit_note(self) -> None:
        if self._quitting:
            self.notify("saving… (quitting when the last changes are written)", markup=False, timeout=30)

    def on_unmount(self) -> None:
        self.writer.stop()
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
            app.writer.stop()
            app.end_session()
        finally:
            store.close()
