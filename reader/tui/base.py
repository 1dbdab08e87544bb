"""What every reader screen shares: typed access to the app, and the one way to write.

    screen.write(change, "Tagged PERSON", then=..., undo=...)

queues `change()` on the app's writer thread (in order with every other change), shows
"saving…" now, "✓ saved" once it has committed (then `then(result)` runs), and on failure
"not saved" (or "already tagged" for a refused duplicate), a toast, and `undo()` to put the
screen back as it was before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from textual import getters
from textual.screen import Screen

from reader.errors import AlreadyTagged, TextChanged
from reader.tui.app import ReaderApp
from reader.tui.save_state import SaveState
from reader.tui.status_bar import StatusBar
from reader.tui.writer import Failure

if TYPE_CHECKING:
    from reader.history import History
    from reader.store import Store

ResultT = TypeVar("ResultT")


def save_state_for(message: str) -> SaveState:
    """The state to show for a refused change: a duplicate is not a failure to save."""
    if isinstance(message, Failure) and issubclass(message.kind, AlreadyTagged):
        return SaveState.ALREADY_TAGGED
    return SaveState.NOT_SAVED


class AppScreen(Screen[ResultT]):
    """A screen of the ReaderApp, with a StatusBar (or none: then only the toasts)."""

    last_export: tuple[Path, int] | None = None  # (path, count) of the last export from this screen

    # Textual's typed getter: self.app is a ReaderApp (checked), so no attr-defined ignores.
    app = getters.app(ReaderApp)

    _store: Store | None = None

    @property
    def store(self) -> Store:
        # Kept once read: a worker still reading as the app shuts down finds no app behind a
        # detached screen (NoActiveAppError), and the app's store never changes in a session.
        if self._store is None:
            self._store = self.app.store
        return self._store

    @property
    def history(self) -> History:
        return self.app.history

    def key(self, binding_id: str) -> str:
        """The key a hint on this screen names for one of its bindings: as remapped in keys.toml."""
        from reader.tui.bindings import hint_key

        owners = [self, *getattr(self, "HELP_ALSO", ())]
        default = next(
            (b.key for o in owners for b in o.BINDINGS if getattr(b, "id", None) == binding_id), "?"
        )
        return hint_key(self.app.keymap, binding_id, default)

    def _status_bar(self) -> StatusBar | None:
        if not self.is_attached:  # the screen has been closed
            return None
        found = self.query(StatusBar)
        return found.first() if found else None

    def show_save_state(self, state: SaveState) -> None:
        bar = self._status_bar()
        if bar is not None:
            bar.show(save_state=state)

    def write(
        self,
        change: Callable[[], Any],
        success: str | None = None,
        then: Callable[[Any], None] | None = None,
        undo: Callable[[], None] | None = None,
    ) -> None:
        """Queue one store change (committed in its own transaction, on the app's writer thread, in
        order) and show "saving…" now; only when it has committed, show it saved and run then(result).
        undo() puts back what the screen showed ahead of the commit, when the change fails."""
        self.show_save_state(SaveState.SAVING)

        def done(result: Any) -> None:
            self.app.saved_this_session = True
            if self._status_bar() is None:  # the screen has been closed
                return
            self.show_saved()
            if success:
                self.say(success)
            if then is not None:
                then(result)

        def failed(message: str) -> None:
            if self._status_bar() is None:  # the screen has been closed: nothing there to put back
                self.app.notify(message, severity="error", markup=False, timeout=8)
                return
            if undo is not None:
                undo()
            if isinstance(message, Failure) and issubclass(message.kind, TextChanged):
                self.on_store_changed()  # a colleague replaced the text: show the new one now
            self.show_save_state(save_state_for(message))
            self.app.notify(message, severity="error", markup=False, timeout=8)

        self.app.write(change, done, failed)

    def show_saved(self) -> None:
        self.show_save_state(SaveState.SAVED if self.app.writer.idle else SaveState.SAVING)

    def after_write(self) -> None:
        """The app calls this after each queued change (also other screens' ones)."""
        bar = self._status_bar()
        if bar is not None and bar.save_state == SaveState.SAVING:
            self.show_saved()

    def on_store_changed(self) -> None:
        """Another program changed the database (ReaderApp polls PRAGMA data_version): show what is
        stored now. Screens with a list reload it."""

    # Set by the app when another program changed the database while this screen was covered (only
    # the screen in front hears of a change): it catches up when it is in front again.
    missed_change = False

    def on_screen_resume(self) -> None:
        bar = self._status_bar()
        if bar is not None and bar.save_state == SaveState.NOTHING and self.app.saved_this_session:
            bar.show(save_state=SaveState.SAVED)  # a change of this session is stored (the library:
            # its reload puts NOTHING back when it lists no article)
        if self.missed_change and self.is_mounted:
            self.missed_change = False
            self.on_store_changed()

    def say(self, message: str) -> None:
        """A routine confirmation: in the status bar (toasts are for errors and warnings)."""
        bar = self._status_bar()
        if bar is not None:
            bar.flash(message)


class ListScreen(AppScreen[None]):
    """A screen that lists what is stored: it loads each time it is shown (the first time too, after
    on_mount: the one place that loads) and when another program changes the database."""

    def on_screen_resume(self) -> None:
        # what it lists may have changed on another screen (a tag in the reading view). Textual then
        # runs AppScreen's handler too (it calls each class's): this reload is its catch-up as well.
        if self.is_mounted:
            self.missed_change = False
            self.reload()

    def on_store_changed(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Load what the screen lists (in a worker)."""
        raise NotImplementedError
