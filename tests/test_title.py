"""Giving an article a title (found by a journalist's session, h103: an article shown as
"(untitled)" could not be given one). `reader title ID "New title"`, `t` in the reading view (see
tests/tui/test_title_tui.py); tags on the title move with their words, or are set aside when their
words are gone and come back when a later title has them; reclean keeps a title given by hand when
the cleaner finds none."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from reader.cli.main import cli
from reader.history import History
from reader.models import CleanResult
from reader.store import Store
from reader.title import set_title

TEXT = "Gwenola Tanguy opened the oyster market in Cancale on Sunday.\n\nThe stalls stay until March."


def untitled(db: Path) -> Store:
    store = Store(db)
    store.add_article(CleanResult(text=TEXT), TEXT, "cancale.txt", "text")
    return store


def run(db: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)


def test_reader_title_sets_and_changes_the_title(tmp_path: Path):
    db = tmp_path / "r.db"
    untitled(db).close()
    result = run(db, "title", "1", "  Cancale's oyster market  opens ")
    assert result.exit_code == 0, result.output
    assert "Cancale's oyster market opens" in result.stderr + result.stdout
    store = Store(db)
    try:
        assert store.get_article(1).title == "Cancale's oyster market opens"
        assert [h.id for h in store.search("opens")] == [1]  # the search knows it: a word of the title only
    finally:
        store.close()
    listed = run(db, "list").stdout
    assert "Cancale's oyster market opens" in listed and "(untitled)" not in listed
    result = run(db, "title", "1", "   ")
    assert result.exit_code != 0 and "reader: error:" in result.stderr
    result = run(db, "title", "7", "A title")
    assert result.exit_code != 0 and "no article with id 7" in result.stderr


def test_tags_on_the_title_move_or_wait_aside(tmp_path: Path):
    store = untitled(tmp_path / "r.db")
    history = History(store, None, "ann")
    set_title(store, 1, "Oyster market opens in Cancale", history)
    start = "Oyster market opens in ".__len__()
    tag = store.add_annotation(1, "PLACE", start, start + len("Cancale"), annotator="ann", field="title")
    report = set_title(store, 1, "Cancale: the oyster market opens", history)
    moved = store.annotations(1, field="title")
    assert [(a.id, a.start, a.end, a.text) for a in moved] == [(tag.id, 0, 7, "Cancale")]
    assert report.moved and not report.set_aside
    report = set_title(store, 1, "Oyster market opens", history)
    assert store.annotations(1, field="title") == [] and [a.id for a in report.set_aside] == [tag.id]
    assert [a.id for a in store.set_aside_annotations(1)] == [tag.id]
    history.undo(1)  # the title with Cancale again: the tag is back on its word
    assert store.get_article(1).title == "Cancale: the oyster market opens"
    assert [(a.id, a.start, a.text) for a in store.annotations(1, field="title")] == [(tag.id, 0, "Cancale")]
    history.undo(1)
    history.undo(1)  # back to untitled
    assert store.get_article(1).title is None
    history.redo(1)
    assert store.get_article(1).title == "Oyster market opens in Cancale"
    store.close()


def test_reclean_keeps_a_title_given_by_hand_when_the_cleaner_finds_none(tmp_path: Path):
    from reader.reclean import reclean

    store = untitled(tmp_path / "r.db")
    set_title(store, 1, "Cancale's oyster market")
    reclean(store, 1)
    assert store.get_article(1).title == "Cancale's oyster market"
    store.close()
