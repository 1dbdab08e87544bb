"""The export dialog's "tagged articles only" (h111), as `reader export --tagged-only`: for the
article-per-line formats (jsonl, brat), where an article with no tag is written too (empty spans).
Reached by the keyboard: tab from the path to the box, space ticks it."""

from __future__ import annotations

import json

from pilot_helpers import offsets, settle
from textual.widgets import Checkbox

from reader.store import Store
from reader.tui.export_dialog import ExportDialog


async def test_tagged_only_writes_only_the_tagged_articles(make_app, seeded: Store, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_EXPORTS", str(tmp_path / "exports"))
    text = seeded.get_article(3).text
    seeded.add_annotation(3, "PLACE", *offsets(text, "Douai"), annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("X")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        box = dialog.query_one("#tagged-only", Checkbox)
        assert not box.display  # csv: one row per tag anyway
        await pilot.press("shift+tab", "down")  # the format list, opened
        await pilot.press("down", "down", "enter")  # csv, csv for Excel, jsonl
        await pilot.pause()
        assert dialog.query_one("#format").value == "jsonl"
        assert box.display and not box.value
        await pilot.press("tab", "ctrl+u", *"tagged.jsonl", "tab")
        assert app.focused is box
        await pilot.press("space")
        assert box.value
        await pilot.press("shift+tab", "enter")
        await settle(pilot)
    lines = (tmp_path / "exports" / "tagged.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [3]


async def test_without_it_every_article_is_written(make_app, seeded: Store, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_EXPORTS", str(tmp_path / "exports"))
    text = seeded.get_article(3).text
    seeded.add_annotation(3, "PLACE", *offsets(text, "Douai"), annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("X")
        await pilot.pause()
        app.screen.query_one("#format").value = "jsonl"
        await pilot.press("ctrl+u", *"all.jsonl", "enter")
        await settle(pilot)
    lines = (tmp_path / "exports" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [1, 2, 3]
