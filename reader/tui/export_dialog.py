"""Export from the TUI: a dialog for the format and the output path, then export() in a worker.

The default path is reader-export-YYYYmmdd-HHMMSS.<ext> in the exports folder
(reader.locations.exports_dir: $READER_EXPORTS, else "reader exports" in the documents folder),
shown in full and editable; a name typed without a folder goes there too (the dialog shows the full
path under the field); brat writes a folder of that name. "csv for Excel" is the CSV with a
byte order mark (`reader export --excel`)."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Select, Static

from reader.errors import ReaderError
from reader.export import FORMATS, ExportFilters, counted
from reader.locations import exports_dir
from reader.tui.base import AppScreen
from reader.tui.confirm import ConfirmDialog
from reader.tui.dialog import TypingDialog
from reader.tui.safe import clean
from reader.tui.status_bar import StatusBar
from reader.tui.typing_input import Input

EXCEL = "excel"  # a choice of the dialog: the csv format with excel=True
EXTENSIONS = {
    "csv": ".csv",
    EXCEL: ".csv",
    "jsonl": ".jsonl",
    "brat": "",
    "w3c": ".jsonld",
    "claimreview": ".json",
}
DESCRIPTIONS = {
    "csv": "csv — one row per annotation",
    EXCEL: "csv for Excel — the same, opens in Excel with accents intact",
    "jsonl": "jsonl — one line per article",
    "brat": "brat — a folder of .txt/.ann files",
    "w3c": "w3c — W3C Web Annotation (JSON-LD)",
    "claimreview": "claimreview — schema.org ClaimReview (claims only)",
}

# The formats that write every article the filters choose, tagged or not (the others write tags).
PER_ARTICLE = ("jsonl", "brat")
TAGGED_ONLY = "Only the articles with a tag (as reader export --tagged-only)"


def default_path(fmt: str, folder: Path | None = None, stamp: str | None = None) -> Path:
    stamp = stamp or time.strftime("%Y%m%d-%H%M%S")
    return (folder or exports_dir()) / f"reader-export-{stamp}{EXTENSIONS[fmt]}"


def target_path(value: str) -> Path | None:
    """Where the dialog writes what is typed: a path with no folder (or a relative one) counts
    from the exports folder the dialog proposes, never from where reader was started; ~ is home."""
    value = value.strip()
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_absolute() else exports_dir() / path


def _choices() -> list[str]:
    """The formats, with "csv for Excel" right after csv."""
    out = list(FORMATS)
    out.insert(out.index("csv") + 1 if "csv" in out else len(out), EXCEL)
    return out


@dataclass
class ExportChoice:
    fmt: str  # a reader.export format
    path: Path
    excel: bool = False  # csv with a byte order mark
    tagged_only: bool = False  # article-per-line formats: leave out the articles with no tag


class ExportDialog(TypingDialog[ExportChoice | None]):
    HELP_NAME = "Export"
    FIRST_FIELD = "#path"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what  # "this article's annotations", "12 articles (status: done)", ...
        self.stamp = time.strftime("%Y%m%d-%H%M%S")
        self._default = str(default_path("csv", stamp=self.stamp))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(
                Text("Export — enter (in the path field) exports · tab moves · escape cancels", "bold"),
                markup=False,
            )
            yield Static(Text("What: " + clean(self.what)), id="export-what", markup=False)
            yield Static("Format", classes="field-label", markup=False)
            yield Select(
                [(Text(DESCRIPTIONS[f]), f) for f in _choices()], value="csv", allow_blank=False, id="format"
            )
            yield Static("Write to (a file; brat: a folder)", classes="field-label", markup=False)
            # select_on_focus off: the cursor goes to the end, ready to edit the name
            yield Input(value=self._default, id="path", select_on_focus=False)
            # where it goes in full: a bare name goes to the exports folder, not where reader started
            yield Static(self._where(self._default), id="export-where", markup=False)
            # `reader export --tagged-only`: only where an untagged article is written at all (jsonl, brat)
            tagged = Checkbox(TAGGED_ONLY, id="tagged-only")
            tagged.display = False
            yield tagged
            # Cancel, then the action, as in every other dialog (focus order: format, path, Cancel, Export).
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Export", id="export", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.query_one("#tagged-only", Checkbox).display = event.value in PER_ARTICLE
        path = self.query_one("#path", Input)
        if path.value == self._default:  # not edited by the user: follow the format
            self._default = str(default_path(str(event.value), stamp=self.stamp))
            path.value = self._default
            path.cursor_position = len(path.value)  # ctrl+u then clears it all (h103: "nl" stayed)

    @staticmethod
    def _where(value: str) -> Text:
        path = target_path(value)
        return Text("Writes to: " + clean(path), "dim") if path else Text("Give a file name", "dim")

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "path":
            self.query_one("#export-where", Static).update(self._where(event.value))

    def result(self) -> ExportChoice | None:
        path = target_path(self.query_one("#path", Input).value)
        if path is None:
            self.notify("Give a path to write to", severity="warning", markup=False)
            return None
        choice = str(self.query_one("#format", Select).value)
        if choice == EXCEL:
            return ExportChoice("csv", path, excel=True)
        tagged = self.query_one("#tagged-only", Checkbox)
        return ExportChoice(choice, path, tagged_only=choice in PER_ARTICLE and tagged.value)

    def _submit(self) -> None:
        choice = self.result()
        if choice is None:
            return
        path = choice.path
        # A folder for a file format (or a file for brat) cannot be replaced: say so before asking.
        wrong = (
            f"{path} is a file; brat export writes a folder"
            if choice.fmt == "brat" and path.exists() and not path.is_dir()
            else f"{path} is a folder; give a file name to write the {choice.fmt} export to"
            if choice.fmt != "brat" and path.is_dir()
            else None
        )
        if wrong:
            self.notify(wrong, severity="warning", markup=False)
            self.query_one("#path", Input).focus()
            return
        if path.exists() and not (path.is_dir() and not any(path.iterdir())):
            kind = "folder" if path.is_dir() else "file"
            question = Text(f"Replace the existing {kind}?\n", "bold")
            question.append(clean(path))

            def answered(yes: bool | None) -> None:
                if yes:
                    self.dismiss(choice)
                else:
                    self.query_one("#path", Input).focus()

            self.app.push_screen(ConfirmDialog(question, "Replace"), answered)
            return
        self.dismiss(choice)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export":
            self._submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _unreviewed(store, filters: ExportFilters) -> str:  # noqa: ANN001
    """ " · N not marked reviewed (claim 27: needs a second check)": published reviews whose review
    state is not "reviewed" yet (as `reader export -f claimreview` says); "" when there are none."""
    from reader.export.claimreview_format import reviews_not_reviewed

    try:
        found = reviews_not_reviewed(store, filters)
    except ReaderError:
        return ""
    if not found:
        return ""
    shown = ", ".join(f"{i}: {clean(state)}" for i, state in found[:3]) + (" …" if len(found) > 3 else "")
    return f" · {len(found)} not marked reviewed (claim{'' if len(found) == 1 else 's'} {shown})"


def start_export(screen: AppScreen, filters: ExportFilters, what: str) -> None:
    """Ask for the format and path, then export in a worker thread and notify the path and count."""

    def run(choice: ExportChoice) -> None:
        from reader.export import export

        app = screen.app
        try:
            if choice.path.parent.is_relative_to(exports_dir()):  # the exports folder: made when first used
                choice.path.parent.mkdir(parents=True, exist_ok=True)
            stats: dict = {}
            if choice.tagged_only:
                filters_now = replace(filters, tagged_only=True)
            else:
                filters_now = filters
            n = export(app.store, choice.fmt, choice.path, filters_now, excel=choice.excel, stats=stats)
        except (ReaderError, OSError) as e:
            app.call_from_thread(
                app.notify, "Export failed: " + clean(e), severity="error", markup=False, timeout=8
            )
            return
        what = counted(n, choice.fmt, stats.get("articles"))
        message = (
            f"Exported {what} ({'csv for Excel' if choice.excel else choice.fmt}) to {clean(choice.path)}"
        )
        if choice.fmt == "claimreview":
            message += _unreviewed(app.store, filters)
        app.call_from_thread(done, message, (choice.path, n))

    def done(message: str, last: tuple[Path, int]) -> None:
        screen.last_export = last
        # in the status bar, where "✓ saved" is, and as a toast (it names the file: worth keeping)
        if screen.is_attached and screen.query(StatusBar):
            screen.query_one(StatusBar).flash(message, 10)
        screen.app.notify(message, markup=False, timeout=10)

    def chosen(choice: ExportChoice | None) -> None:
        if choice is not None:
            if screen.query(StatusBar):
                screen.query_one(StatusBar).flash(f"Exporting to {clean(choice.path)}…")
            screen.run_worker(lambda: run(choice), thread=True, group="export", exclusive=False)

    screen.app.push_screen(ExportDialog(what), chosen)
