"""`reader tag` and `reader untag` find whole words only, as the reading view tags them: --nth counts
whole-word occurrences, and text found only inside longer words is refused in one line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.models import CleanResult
from reader.store import Store

from .cli_run import assert_refused, dump, reader

TEXT = "The councillor told the council that the council budget grew. Councils and counsel: 300 or 3000?"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store.add_article(CleanResult(text=TEXT, title="Council"), TEXT, None, "text")
    return path


def spans(db: Path) -> list[tuple[int, int, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute('SELECT start, "end", text FROM annotations ORDER BY start').fetchall()
    finally:
        conn.close()


def test_nth_counts_whole_words(db: Path) -> None:
    r = reader(db, "tag", "1", "council", "-l", "ORG", "--nth", "2")
    assert r.code == 0, r.output
    second = TEXT.index("council", TEXT.index("the council") + 5)
    assert spans(db) == [(second, second + 7, "council")]
    assert TEXT[second - 4 : second + 14] == "the council budget"


def test_nth_beyond_the_whole_words_is_refused(db: Path) -> None:
    before = dump(db)
    assert_refused(reader(db, "tag", "1", "council", "-l", "ORG", "--nth", "3"), "occurs 2 times")
    assert dump(db) == before


def test_text_only_inside_words_is_refused(db: Path) -> None:
    before = dump(db)
    assert_refused(reader(db, "tag", "1", "ouncil", "-l", "ORG"), "only inside other words", "whole words")
    assert_refused(reader(db, "tag", "1", "counc", "-l", "ORG", "--nth", "1"), "only inside other words")
    assert dump(db) == before


def test_a_claim_quantity_is_a_whole_number(db: Path) -> None:
    r = reader(db, "tag", "1", "Councils and counsel: 300 or 3000?", "-l", "CLAIM", "--quantity", "300")
    assert r.code == 0, r.output
    start = TEXT.index("300 ")
    assert (start, start + 3, "300") in spans(db)


def test_untag_finds_the_whole_word(db: Path) -> None:
    assert reader(db, "tag", "1", "council", "-l", "ORG", "--nth", "1").code == 0
    r = reader(db, "untag", "1", "council", "-l", "ORG", "--nth", "1")
    assert r.code == 0, r.output
    assert spans(db) == []
