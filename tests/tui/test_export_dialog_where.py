"""The export dialog (found by a journalist's session, h103): an Enter typed right after X was lost,
and a bare file name was written to the folder reader was started from. A name without a folder
goes to the exports folder the dialog shows; the dialog and the "Exported" message give the full
path; X then Enter exports at once to the proposed file."""

from __future__ import annotations

import csv

from pilot_helpers import offsets, screen_lines, settle
from textual import events

from reader.store import Store
from reader.tui.export_dialog import ExportDialog


def annotate(store: Store) -> None:
    text = store.get_article(1).text
    store.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="alice")


async def test_enter_typed_right_after_x_exports(make_app, seeded: Store, tmp_path, monkeypatch):
    exports = tmp_path / "exports"
    monkeypatch.setenv("READER_EXPORTS", str(exports))
    monkeypatch.chdir(tmp_path)
    annotate(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        # in one go, as typed fast or sent by tmux: both read before the dialog is up
        app.post_message(events.Key("X", "X"))
        app.post_message(events.Key("enter", "\r"))
        await settle(pilot)
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        written = list(exports.glob("reader-export-*.csv"))
        assert len(written) == 1
        rows = list(csv.DictReader(written[0].open(encoding="utf-8")))
        assert [(r["label"], r["text"]) for r in rows] == [("PLACE", "Douai")]
        assert any(str(written[0]) in n.message for n in app._notifications)


async def test_a_bare_name_goes_to_the_exports_folder(make_app, seeded: Store, tmp_path, monkeypatch):
    exports = tmp_path / "exports"
    started = tmp_path / "started-here"
    started.mkdir()
    monkeypatch.setenv("READER_EXPORTS", str(exports))
    monkeypatch.chdir(started)
    annotate(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("X")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        await pilot.press("ctrl+u", *"corpus.csv")  # the journalist's own name, no folder
        await pilot.pause()
        target = exports / "corpus.csv"
        shown = " ".join(line.strip(" █▌▐") for line in screen_lines(app))
        assert "Writes to: " in shown  # a long path wraps: its parts, in order, on screen
        assert f"Writes to: {target}" == dialog.query_one("#export-where").render().plain
        assert "corpus.csv" in shown
        await pilot.press("enter")
        await settle(pilot)
        assert target.exists() and not (started / "corpus.csv").exists()
        messages = [n.message for n in app._notifications]
        assert any(str(target) in m and "Exported 1 annotation" in m for m in messages)


async def test_a_format_change_leaves_the_cursor_at_the_paths_end(
    make_app, seeded: Store, tmp_path, monkeypatch
):
    """Seen in tmux (h103): after choosing jsonl, ctrl+u then "corpus.jsonl" gave "corpus.jsonlnl"
    (the cursor stayed where the shorter .csv path had ended)."""
    monkeypatch.setenv("READER_EXPORTS", str(tmp_path / "exports"))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("X")
        await pilot.pause()
        dialog = app.screen
        await pilot.press("shift+tab")  # to the format, as a journalist goes
        dialog.query_one("#format").value = "jsonl"
        await pilot.pause()
        await pilot.press("tab", "ctrl+u", *"corpus.jsonl")
        assert dialog.query_one("#path").value == "corpus.jsonl"


async def test_a_jsonl_export_says_how_many_articles(make_app, seeded: Store, tmp_path, monkeypatch):
    """A corpus export names its articles: "Exported 0 annotations (jsonl)" read as an empty file."""
    monkeypatch.setenv("READER_EXPORTS", str(tmp_path / "exports"))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("X")
        await pilot.pause()
        app.screen.query_one("#format").value = "jsonl"
        await pilot.press("ctrl+u", *"corpus.jsonl", "enter")
        await settle(pilot)
        target = tmp_path / "exports" / "corpus.jsonl"
        assert len(target.read_text(encoding="utf-8").splitlines()) == 3
        messages = [n.message for n in app._notifications]
        assert any(f"Exported 3 articles with 0 annotations (jsonl) to {target}" == m for m in messages)
