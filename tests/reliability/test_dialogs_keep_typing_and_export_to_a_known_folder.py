"""Issue 13 item 29: dialogs lost what was typed right after the key that opened them; the Edit
dialog started in the note but tab led to the buttons; the Export dialog proposed a timestamped
file in the current folder (maybe a git checkout); the TUI export had no Excel option."""

from __future__ import annotations

from textual.widgets import Input, Select

from reader.tui.export_dialog import EXCEL, ExportDialog
from reader.tui.note_dialog import NoteDialog

from .tui_driver import burst, make_app, open_article, rows, run, seeded_store, settle, tag_word, until


def test_keys_typed_right_after_e_go_into_the_note(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=1)
    app = make_app(store)

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 1)
        await tag_word(pilot, screen, "Douai", "3")
        before = rows(db, 'select id, label_id, start, "end" from annotations')
        burst(app, "ecall the mayor")  # e opens the dialog; the rest must be the note, not commands
        await until(pilot, lambda: isinstance(app.screen, NoteDialog))
        await settle(pilot)
        dialog = app.screen
        assert dialog.query_one("#note", Input).value == "call the mayor"
        await pilot.press("tab")  # from the note, tab goes to the label (not to the buttons)
        assert isinstance(dialog.focused, Select) and dialog.focused.id == "label"
        await pilot.press("shift+tab", "enter")
        await settle(pilot)
        assert rows(db, 'select id, label_id, start, "end" from annotations') == before

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select text, note from annotations") == [("Douai", "call the mayor")]
    assert rows(db, "select status from articles") == [("in progress",)]  # no m ran


def test_export_proposes_the_exports_folder_and_offers_excel(tmp_path, monkeypatch):
    exports = tmp_path / "my exports"
    monkeypatch.setenv("READER_EXPORTS", str(exports))
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=1)
    store.add_annotation(1, "PLACE", 0, 5)  # "Ayumi" as a PLACE: what it is does not matter here
    app = make_app(store)
    written = []

    async def script(pilot):  # type: ignore[no-untyped-def]
        await open_article(pilot, 1)
        await pilot.press("X")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog))
        dialog = app.screen
        assert dialog.query_one("#format", Select).value == "csv"
        dialog.query_one("#format", Select).value = EXCEL
        await pilot.pause()
        path = dialog.query_one("#path", Input).value
        assert path.startswith(str(exports)) and path.endswith(".csv")
        await pilot.press("enter")
        await settle(pilot)
        written.append(path)

    try:
        run(app, script)
    finally:
        store.close()
    (path,) = written
    data = open(path, "rb").read()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs
    assert b"Ayumi" in data
    assert not list(tmp_path.glob("reader-export-*"))  # nothing in the current folder
