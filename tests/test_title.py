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


PAGE = (
    "<html><head><title>Oyster market opens in Cancale</title></head><body><article>"
    "<h1>Oyster market opens in Cancale</h1>"
    "<p>Gwenola Tanguy opened the oyster market in Cancale on Sunday, with forty stalls along the harbour.</p>"
    "<p>The stalls stay until March, she said, and the fishermen sell their catch there each morning.</p>"
    "</article></body></html>"
)


def from_page(db: Path) -> Store:
    from reader.importing.formats import clean_raw

    store = Store(db)
    store.add_article(clean_raw(PAGE, "html", "cancale.html").clean, PAGE, "cancale.html", "html")
    return store


def test_reclean_keeps_a_title_given_by_hand_over_the_cleaners(tmp_path: Path):
    """The cleaner finds a title on the page, the journalist gave another: a reclean kept the
    cleaner's (the journalist's work lost, and a tag on it set aside). The title given by hand is
    marked, as a body chosen by hand is, and every later reclean keeps it."""
    from reader.reclean import reclean

    store = from_page(tmp_path / "r.db")
    cleaners = store.get_article(1).title
    assert cleaners and "Cancale" in cleaners and not store.get_article(1).title_by_hand
    history = History(store, None, "ann")
    hand = "Winter opening: Gwenola Tanguy's market in Cancale"
    set_title(store, 1, hand, history)
    assert store.get_article(1).title_by_hand
    start = hand.index("Gwenola Tanguy")
    tag = store.add_annotation(
        1, "PERSON", start, start + len("Gwenola Tanguy"), annotator="ann", field="title"
    )
    for _ in range(2):  # every later reclean
        reclean(store, 1)
        article = store.get_article(1)
        assert (article.title, article.title_by_hand) == (hand, True)
        assert [(a.id, a.start, a.text) for a in store.annotations(1, field="title")] == [
            (tag.id, start, "Gwenola Tanguy")
        ]
        assert store.set_aside_annotations(1) == []


def test_undoing_a_title_by_hand_puts_back_the_earlier_title_and_its_mark(tmp_path: Path):
    from reader.reclean import reclean

    store = from_page(tmp_path / "r.db")
    cleaners = store.get_article(1).title
    history = History(store, None, "ann")
    set_title(store, 1, "Cancale's market, by hand", history)
    history.undo(1)
    article = store.get_article(1)
    assert (article.title, article.title_by_hand) == (cleaners, False)
    history.redo(1)
    article = store.get_article(1)
    assert (article.title, article.title_by_hand) == ("Cancale's market, by hand", True)
    set_title(store, 1, "Cancale's market, twice by hand", history)
    history.undo(1)  # the earlier hand title, still marked: a reclean keeps it
    reclean(store, 1)
    article = store.get_article(1)
    assert (article.title, article.title_by_hand) == ("Cancale's market, by hand", True)
    # the cleaner's own title typed by hand is marked too (the journalist chose it)
    store2 = from_page(tmp_path / "r2.db")
    set_title(store2, 1, cleaners or "")
    assert store2.get_article(1).title_by_hand
    store2.close()
    store.close()


def test_reader_show_says_the_title_was_given_by_hand(tmp_path: Path):
    import json

    db = tmp_path / "r.db"
    untitled(db).close()
    assert json.loads(run(db, "show", "1", "--json").stdout)["title_given_by_hand"] is False
    run(db, "title", "1", "Cancale's oyster market")
    assert json.loads(run(db, "show", "1", "--json").stdout)["title_given_by_hand"] is True
    assert "title given by hand (reader title: reader reclean keeps it)" in run(db, "show", "1").stdout
