"""The Textual application: `ReaderApp` and `run_app`, the entry point the CLI calls."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from reader.errors import ReaderError
from reader.history import History
from reader.store import Store

if TYPE_CHECKING:
    from reader.tui.reading import ReadingScreen
from reader.tui.commands import ReaderCommands
from reader.tui.safe import clean
from reader.tui.writer import Failure, WriteFinished, Writer

EXTERNAL_POLL_S = 1.0  # how often to look for changes other programs made to the database
QUIT_NOTE_AFTER_S = 0.3  # quitting with changes still queued: say so if they take longer than this


class ReaderApp(App[None]):
    """A reader and annotator for news articles, over one Store."""

    CSS_PATH = "styles.tcss"
    # Screens get -narrow below 100 columns and -tiny below 70 (styles.tcss: a narrower annotation
    # panel, then one that takes a share of the width, so the text keeps most of it).
    HORIZONTAL_BREAKPOINTS = [(0, "-tiny"), (70, "-narrow"), (100, "-wide")]
    # ... and -short below 32 lines (dialogs drop their padding and input borders to fit 24 lines).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, show=False),
    ]

    def __init__(
        self,
        store: Store,
        annotator: str,
        session: bool = True,
        keymap: dict[str, str] | None = None,
        notice: list[str] | None = None,
        highlight: list[int] | None = None,
    ) -> None:
        super().__init__()
        self.notice = list(notice or [])  # the import summary of `reader PATH`, shown on opening
        # the articles `reader PATH` just imported: the library opens on the first of them listed
        self.highlight = list(highlight or [])
        self.store = store
        # Keys the user remapped (reader.tui.keymap: keys.toml), binding id -> keys.
        self.keymap = dict(keymap or {})
        if self.keymap:
            self.set_keymap(self.keymap)
        self.annotator = annotator
        # Issue 14: the reading view shows your own tags; L shows every annotator's (kept across articles).
        self.show_everyone = False
        self.record_session = session
        self.session_id: int | None = None
        self.history = History(store, None, annotator)
        self.cursor_blink = True  # tests switch it off for stable snapshots
        # every store change, in order, off the event loop, in the app's context (Writer)
        self.writer = Writer(self.post_message, self._context)
        self._quitting = False
        # "✓ saved" only once a change made in this session has committed (not on opening)
        self.saved_this_session = False
        self._spare_reading: ReadingScreen | None = (
            None  # a blank ReadingScreen, composed ahead (prepare_reading)
        )
        self._gc_frozen = False

    def on_mount(self) -> None:
        if self.record_session and self.session_id is None and not self.store.readonly:
            # On the writer, not here: a library another program holds the write lock of (or a
            # slow server) would keep the screen blank, then fail. Changes queued after it see it.
            self.writer.submit(self._start_session, failed=lambda _: None)  # a tag says it, if it fails too
        if self.store.readonly:
            self.notify("This database is read-only: you can read and search, not tag.", severity="warning")
        # Changes other programs make (reader tag/untag from a shell, another window) show here:
        # PRAGMA data_version, read in a worker, tells when someone else committed.
        self._data_version: int | None = None
        try:  # the baseline now: a change made before the first poll must count too
            self._data_version = self.store.data_version()
        except (ReaderError, sqlite3.Error):
            pass
        self.set_interval(EXTERNAL_POLL_S, self._check_external, name="external changes")
        from reader.tui.library import LibraryScreen

        self.push_screen(LibraryScreen())
        if self.notice:
            self.show_notice(self.notice)

    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """App.call_from_thread, except that a callback reaching the event loop once the app has
        begun to close is dropped (returns None): Textual prunes the screens' widgets, then clears
        the stack, and a worker's result shown then (a reload heard from another program) met a
        screen half taken down ("No nodes match", "No screens on stack"). The check runs on the
        event loop, when the callback would run; nothing in between can await."""

        def unless_closing() -> Any:
            if not self.is_running or not self._screen_stack:
                return None
            return callback(*args, **kwargs)

        return super().call_from_thread(unless_closing)

    def _check_external(self) -> None:
        self.run_worker(self._read_data_version, thread=True, exclusive=True, group="data-version")

    def _read_data_version(self) -> None:
        try:
            version = self.store.data_version()
        except (ReaderError, sqlite3.Error):  # closed while quitting, busy: the next poll
            return
        if version != self._data_version:
            first = self._data_version is None
            self._data_version = version
            if not first:
                self.call_from_thread(self._external_change)

    def _external_change(self) -> None:
        """Another program changed the database: the screen shows what is stored now."""
        for covered in self.screen_stack[:-1]:  # each catches up when back in front (AppScreen)
            if hasattr(covered, "missed_change"):
                covered.missed_change = True
        hook = getattr(self.screen, "on_store_changed", None)
        if hook is not None and self.screen.is_mounted:
            hook()

    # Keys typed fast after a key that opens a dialog (e, X, o...): the app hands every key to the
    # focused widget as it reads it, before the first one has come back up as an action, so the
    # rest went to the screen below and ran as its commands (or were lost). Each key is marked
    # with the screen it was handed to; one coming back after another screen opened goes there.
    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and self._screen_stack:
            event._reader_screen = self.screen  # type: ignore[attr-defined]
        await super().on_event(event)

    async def _on_key(self, event: events.Key) -> None:
        handed_to = getattr(event, "_reader_screen", None)
        if handed_to is not None and handed_to is not self.screen and self._screen_stack:
            event.prevent_default()  # not a command of the screen that is no longer in front
            early = getattr(self.screen, "early_key", None)
            if early is not None and early(event):  # a dialog's Enter (reader.tui.dialog)
                return
            target = self.focused or self.screen
            key = events.Key(event.key, event.character)
            key._reader_screen = self.screen  # type: ignore[attr-defined]
            target.post_message(key)
        # else App._on_key runs next (Textual calls the handler of each class in turn)

    def show_notice(self, lines: list[str], most: int = 8) -> None:
        """The import summary as a toast that stays a while: problems first, then the counts."""
        if len(lines) > most:  # the problems cut, the counts (the last line) kept
            hidden = len(lines) - (most - 1)
            lines = [*lines[: most - 2], f"… and {hidden} more (printed in the terminal too)", lines[-1]]
        shown = [clean(line) for line in lines]
        # a duplicate is no problem (the quick start's second sample page is one): only a refusal
        # keeps the notice a warning for half a minute, over the list's columns
        problems = any(line.startswith("refused:") for line in lines)
        self.notify(
            "\n".join(shown),
            title="Import"
            if any(line.startswith(("imported", "refused:", "duplicate:")) for line in lines)
            else "Library",
            severity="warning" if problems else "information",
            timeout=30 if problems else 8,
            markup=False,
        )

    def _start_session(self) -> None:  # on the writer thread
        self.session_id = self.history.session_id = self.store.start_session(self.annotator)

    def end_session(self) -> None:
        """The session's end time (bookkeeping for `reader stats`): not written when the library is
        busy or gone, which must not turn quitting into a traceback."""
        if self.session_id is not None:
            try:
                self.store.end_session(self.session_id)
            except (ReaderError, sqlite3.Error):
                pass
            finally:
                self.session_id = None

    def write(self, change, done=None, failed=None) -> None:  # type: ignore[no-untyped-def]
        """Queue one store change for the writer thread; done(result) / failed(message) run here after."""
        self.writer.submit(change, done, failed)

    def on_write_finished(self, message: WriteFinished) -> None:
        job = message.job
        try:
            if message.error is None:
                # a screen below (the article under the claims screen or the entity index) shows
                # what was stored before: it catches up when back in front, as after another
                # program's change (a verdict set there still read "unverified" in the article)
                for covered in self.screen_stack[:-1]:
                    if hasattr(covered, "missed_change"):
                        covered.missed_change = True
                if job.done is not None:
                    job.done(message.result)
            elif job.failed is not None:
                job.failed(Failure(clean(message.error), message.kind))
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

    async def action_quit(self) -> None:  # async as App's: Textual awaits it
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

    def action_command_palette(self) -> None:
        """Textual's palette, with page keys that wait for its list (commands.ReaderCommandPalette)."""
        from textual.command import CommandPalette

        from reader.tui.commands import ReaderCommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(ReaderCommandPalette(id="--command-palette"))

    def action_help(self) -> None:
        from reader.tui.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def open_article(
        self,
        article_id: int,
        ids: list[int] | None = None,
        focus: int | None = None,
        search: str | None = None,
    ) -> None:
        """Open the reading view; focus selects that annotation (from the entity index or claims);
        search: the library search it was found by (its hits are highlighted)."""
        from reader.tui.reading import ReadingScreen

        # The import summary belongs to the library: over the article it would hide the text (and
        # Textual drew it once per screen). It is printed in the terminal too.
        self.clear_notifications()
        ids = ids or [article_id]
        screen = self._spare_reading
        self._spare_reading = None
        if screen is not None and screen.blank and screen.is_mounted:
            screen.load(article_id, ids, focus=focus, search=search)
        else:
            if screen is not None:  # not composed yet: drop it and build this one as usual
                self.call_later(screen.remove)
            screen = ReadingScreen(article_id, ids, focus=focus, search=search)
        self.push_screen(screen)

    def prepare_reading(self) -> None:
        """Compose a blank reading screen and lay it out at the terminal's size, off screen, while
        the app is idle: opening an article then only loads the text and the annotations into it
        (the widgets, their styles and the layout are ready). One is kept; each is used once.

        Textual has no public call for mounting a screen that is not shown: this uses
        App._get_screen (as push_screen does), and the screen calls its _refresh_layout (textual
        is pinned; tests/tui/test_reading.py checks both)."""
        if self._spare_reading is not None or not self.is_running:
            return
        if not self._gc_frozen:
            # What exists once the library is up (modules, Textual's classes and caches, the
            # library screen) lives as long as the app: leave it out of garbage collection, so
            # a full collection (50 ms or more here) does not stall opening an article or a key.
            self._gc_frozen = True
            gc.freeze()
        from reader.tui.reading import ReadingScreen

        screen = ReadingScreen()
        self._spare_reading = screen
        self._load_screen_css(screen)
        self._get_screen(screen)  # registers it: it composes, mounts, then lays itself out

    def action_entities(self) -> None:
        from reader.tui.entities_screen import EntityIndexScreen

        self._open_list(EntityIndexScreen)

    def action_claims(self) -> None:
        from reader.tui.claims_screen import ClaimsScreen

        self._open_list(ClaimsScreen)

    def _open_list(self, kind: type[Screen]) -> None:
        """Open the entity index or the claims; the one just under the screen in front is gone back
        to, so going between the two (E, C, E, ...) never piles up screens to Esc through."""
        if isinstance(self.screen, kind):
            return
        if len(self.screen_stack) > 2 and isinstance(self.screen_stack[-2], kind):
            self.pop_screen()
        else:
            self.push_screen(kind())

    def action_desk(self) -> None:
        from reader.tui.desk_screen import DeskScreen

        if not isinstance(self.screen, DeskScreen):
            self.push_screen(DeskScreen())

    def action_agreement(self) -> None:
        from reader.tui.agreement_screen import AgreementScreen

        if not isinstance(self.screen, AgreementScreen):
            self.push_screen(AgreementScreen())


def run_app(
    store_path: Path | str,
    annotator: str,
    keymap: dict[str, str] | None = None,
    notice: list[str] | None = None,
    highlight: list[int] | None = None,
) -> None:
    """Open the database, run the TUI until the user quits, close the database. notice: lines to
    show when it opens (the import summary of `reader PATH`); highlight: the articles it imported
    (the library opens on the first of them)."""
    from reader.tui.terminal import keys_from_terminal

    keys_from_terminal()  # `echo text | reader -`: stdin was the article
    store = Store(store_path)
    app = ReaderApp(store, annotator, keymap=keymap, notice=notice, highlight=highlight)
    try:
        app.run()
    finally:
        try:
            app.writer.stop()
            app.end_session()
        finally:
            store.close()
