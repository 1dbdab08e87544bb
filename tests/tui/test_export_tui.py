"""Export from the TUI: the reading view exports its article, the library what its filters show;
the dialog picks the format and path, the worker writes, a notification gives the path and count."""

from __future__ import annotations

import csv
from pathlib import Path

from pilot_helpers import offsets, open_first, settle

from reader.locations import exports_dir
from reader.store import Store
from reader.tui.export_dialog import ExportDialog


def annotate(store: Store) -> None:
    t1, t3 = store.get_article(1).text, store.get_article(3).text
    store.add_annotation(1, "PERSON", *offsets(t1, "Ayumi Kurose"), annotator="alice")
    store.add_annotation(1, "PLACE", *offsets(t1, "Douai"), annotator="alice", note="a note, with “quotes”")
    store.add_annotation(3, "PLACE", *offsets(t3, "Douai"), annotator="alice")


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


async def export_to(pilot, path: Path) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("X")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    default = dialog.query_one("#path").value
    assert Path(default).parent == exports_dir() and Path(default).name.startswith("reader-export-")
    assert default.endswith(".csv")
    dialog.query_one("#path").value = str(path)
    await pilot.press("enter")
    await settle(pilot)


async def test_export_article_from_reading_view(make_app, seeded: Store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    annotate(seeded)
    out = tmp_path / "article.csv"
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await export_to(pilot, out)
        assert screen.last_export == (out, 2)
        messages = [n.message for n in app._notifications]
        assert any(str(out) in m and "Exported 2 annotations" in m for m in messages)
    rows = read_csv(out)
    stored = seeded.annotations(1)
    assert [(r["annotation_id"], r["label"], r["text"], r["start"], r["end"], r["note"]) for r in rows] == [
        (str(a.id), a.label, a.text, str(a.start), str(a.end), a.note or "")
        for a in sorted(stored, key=lambda a: a.start)
    ]


async def test_export_from_library_follows_the_filter(make_app, seeded: Store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    annotate(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("l", "l", "l")  # label filter: PLACE
        await settle(pilot)
        assert app.screen.label_filter == "PLACE"
        await export_to(pilot, tmp_path / "places.csv")
        assert app.screen.last_export == (tmp_path / "places.csv", 2)
        # with a search: only the matching articles
        await pilot.press("slash")
        await pilot.press(*"wire")
        await pilot.pause(0.3)
        await settle(pilot)
        await pilot.press("enter")  # back to the list, the search kept
        await pilot.pause()
        await pilot.press("X")
        await pilot.pause()
        dialog = app.screen
        assert "1 article matching “wire”" in dialog.query_one("#export-what").render().plain
        dialog.query_one("#format").value = "jsonl"
        await pilot.pause()
        jsonl = dialog.query_one("#path").value
        assert jsonl.endswith(".jsonl")
        await pilot.press("enter")
        await settle(pilot)
    rows = read_csv(tmp_path / "places.csv")
    assert {(r["article_id"], r["label"], r["text"]) for r in rows} == {
        ("1", "PLACE", "Douai"),
        ("3", "PLACE", "Douai"),
    }
    lines = Path(jsonl).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and '"Douai"' in lines[0] and "Kurose" not in lines[0]


async def test_export_dialog_focus_order_and_overwrite(make_app, seeded: Store, tmp_path, monkeypatch):
    from textual.widgets import Button, Input, Select

    from reader.tui.confirm import ConfirmDialog

    monkeypatch.chdir(tmp_path)
    annotate(seeded)
    out = tmp_path / "old.csv"
    out.write_text("precious", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("X")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert isinstance(app.focused, Input) and app.focused.id == "path"
        await pilot.press("tab")  # Cancel, then Export, as in every other dialog (h81)
        assert isinstance(app.focused, Button) and app.focused.id == "cancel"
        await pilot.press("tab")
        assert app.focused.id == "export"
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        assert isinstance(app.focused, Select) and app.focused.id == "format"
        await pilot.press("tab")
        assert app.focused.id == "path"
        dialog.query_one("#path", Input).value = str(out)
        await pilot.press("enter")  # the file exists: asks first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is dialog and out.read_text(encoding="utf-8") == "precious"
        await pilot.press("enter", "y")
        await settle(pilot)
        assert not isinstance(app.screen, (ExportDialog, ConfirmDialog))
    assert sorted(r["text"] for r in read_csv(out)) == ["Ayumi Kurose", "Douai"]


async def test_export_dialog_says_a_folder_is_no_file_before_asking_to_replace(
    make_app, seeded: Store, tmp_path, monkeypatch
):
    """A file format to a folder (or brat to a file) is said at once, in the dialog: it used to
    ask "Replace the existing folder?" and then fail."""
    from textual.widgets import Input, Select

    from reader.tui.confirm import ConfirmDialog

    monkeypatch.chdir(tmp_path)
    annotate(seeded)
    folder = tmp_path / "kept"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        for fmt, path in (("csv", folder), ("brat", folder / "notes.txt")):
            await pilot.press("X")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            dialog.query_one("#format", Select).value = fmt
            dialog.query_one("#path", Input).value = str(path)
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is dialog and not isinstance(app.screen, ConfirmDialog)
            messages = [str(n.message) for n in app._notifications]
            assert any(str(path) in m and ("is a folder" in m or "is a file" in m) for m in messages)
            await pilot.press("escape")
            await pilot.pause()
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"


async def test_export_from_library_follows_the_unsure_filter(make_app, seeded: Store, tmp_path, monkeypatch):
    """Found by reading the code behind `X` (h70): with `c` on, the library listed only the articles
    marked ? but the export wrote every article's annotations ("every annotation in the library")."""
    from reader.low_confidence import threshold

    monkeypatch.chdir(tmp_path)
    annotate(seeded)  # articles 1 and 3 have tags
    with seeded._write() as conn:
        conn.execute("UPDATE articles SET confidence = ? WHERE id = 3", (threshold() / 2,))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")  # only the articles marked ?: article 3
        await settle(pilot)
        await pilot.press("X")
        await pilot.pause()
        what = app.screen.query_one("#export-what").render().plain
        assert "1 article marked ?" in what
        app.screen.query_one("#path").value = str(tmp_path / "unsure.csv")
        await pilot.press("enter")
        await settle(pilot)
        with seeded._write() as conn:
            conn.execute("UPDATE articles SET confidence = 0.99 WHERE id = 3")
        await pilot.press("c")  # all again, then c: none marked ? now
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("X")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)  # nothing to export: said, no dialog
        assert any("nothing to export" in n.message for n in app._notifications)
    rows = read_csv(tmp_path / "unsure.csv")
    assert {(r["article_id"], r["label"], r["text"]) for r in rows} == {("3", "PLACE", "Douai")}


async def test_the_export_dialog_says_which_enter_exports(make_app, seeded: Store):
    """Found in tmux (h70): the dialog's first line read "Export — enter in the path exports · tab
    moves", which a newcomer parsed as "enter something in the path"."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("X")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        head = str(app.screen.query_one(".dialog Static").render())
        assert head == "Export — enter (in the path field) exports · tab moves · escape cancels"


async def test_a_claimreview_export_counts_reviews_and_names_the_unreviewed(
    make_app, seeded: Store, tmp_path, monkeypatch
):
    """As `reader export -f claimreview`: the TUI says "review", and which published reviews are not
    marked reviewed yet (here: needs a second check)."""
    from pilot_helpers import CLAIM

    from reader.factcheck import set_verdict

    monkeypatch.chdir(tmp_path)
    text = seeded.get_article(1).text
    claim = seeded.add_annotation(
        1, "CLAIM", *offsets(text, CLAIM), annotator="alice", claimant="Ayumi Kurose"
    )
    set_verdict(seeded, claim.id, "false", explanation="Fewer experts.", review_state="needs a second check")
    out = tmp_path / "reviews.json"
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("X")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#format").value = "claimreview"
        dialog.query_one("#path").value = str(out)
        await pilot.press("enter")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        said = [m for m in messages if str(out) in m]
        assert said and said[0].startswith("Exported 1 review (claimreview)")
        assert f"1 not marked reviewed (claim {claim.id}: needs a second check)" in said[0]
    assert out.exists()
