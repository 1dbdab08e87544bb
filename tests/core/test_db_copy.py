"""`reader db copy`: a whole library moved into the backend under test and back into a new SQLite
file holds every row of every table as it was, ids included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.models import CleanResult
from reader.store import Store
from reader.store.copy import copy_library, row_counts
from reader.store.pg_schema import TABLES

TEXT = (
    "Ayumi Kurose runs the plant in Douai. Kurose said 150 experts came from Japan.\n\n"
    "The Élysée denied it on 3 March. Kurose’s team left."
)


def build_library(path: Path) -> None:
    """One of everything: articles, a new label, entity tags merged, a claim with a quantity and
    evidence, a session with events, a rejected suggestion, a set-aside tag, a setting."""
    with Store(path) as s:
        a = s.add_article(
            CleanResult(text=TEXT, title="Plant", url="https://x.example/a"), "raw", "a.txt", "text"
        )
        b = s.add_article(
            CleanResult(text="A short one about Douai and Kurose.", title="Short"), "r", "b", "text"
        )
        s.add_label("WEAPON", colour="#112233", hotkey="7", description="arms")
        session = s.start_session("ana")
        p1 = s.add_annotation(a.article_id, "PERSON", 0, 12, annotator="ana", session_id=session)
        p2 = s.add_annotation(a.article_id, "PERSON", 38, 44, annotator="ana", session_id=session)
        s.add_annotation(b.article_id, "PLACE", 18, 23, annotator="ben", note="a note")
        q = s.add_annotation(a.article_id, "QUANTITY", 50, 61, annotator="ana")
        claim = s.add_annotation(
            a.article_id, "CLAIM", 38, 77, claimant="Kurose", quantity_ids=[q.id], annotator="ana"
        )
        s.add_evidence(claim.id, "https://evidence.example/1", quote="150", note="checked", added_by="ana")
        s.update_annotation(claim.id, claim_status="true", explanation="It holds.", review_state="reviewed")
        if p1.entity_id != p2.entity_id:
            s.merge_entities([p2.entity_id], p1.entity_id)
        s.end_session(session)
        s.reject_suggestion(a.article_id, "ORG", 79, 85)
        gone = s.add_annotation(b.article_id, "PERSON", 29, 35, annotator="ben")
        text = s.get_article(b.article_id).text
        s.replace_body(
            b.article_id,
            text[:28],
            body_choice='{"lines": [0]}',
            confidence=0.5,
            reason="short",
            placements={x.id: (x.start, x.end) for x in s.annotations(b.article_id) if x.id != gone.id},
            set_aside=[gone.id],
        )
        s.set_setting("display-name", "The Desk")
        s.assign([a.article_id, b.article_id], "ben", by="ana")
        s.accept(p1.id, "chief")
        s.delete_annotation(s.add_annotation(a.article_id, "DATE", 95, 102).id)  # an id never reused


def every_row(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows in key order, as SQLite gives them."""
    from reader.store.copy import ORDER

    conn = sqlite3.connect(path)
    try:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY {ORDER.get(t, 'id')}").fetchall() for t in TABLES
        }
    finally:
        conn.close()


def test_a_library_goes_there_and_back_row_for_row(tmp_path, db_url):
    first, back = tmp_path / "first.db", tmp_path / "back.db"
    build_library(first)
    with Store(first) as src, Store(db_url) as mid:
        moved = copy_library(src, mid)
        assert moved == row_counts(src) == row_counts(mid)
        assert all(moved[t] for t in TABLES), moved  # the fixture fills every table
        # What the middle one gives through the Store is what the first gives.
        for article_id in src.article_ids():
            assert mid.annotations(article_id) == src.annotations(article_id)
            assert mid.get_article(article_id) == src.get_article(article_id)
            assert mid.set_aside_annotations(article_id) == src.set_aside_annotations(article_id)
        assert [h.id for h in mid.search("kurose")] == [h.id for h in src.search("kurose")]
        assert [h.id for h in mid.search("elysee")] == [h.id for h in src.search("elysee")] != []
        assert mid.entity_index() == src.entity_index()
        assert mid.stats() == src.stats()
        assert mid.settings() == src.settings()
    with Store(db_url) as mid, Store(back) as dst:
        copy_library(mid, dst)
    assert every_row(back) == every_row(first)


def test_new_rows_after_a_copy_get_new_ids(tmp_path, db_url):
    first = tmp_path / "first.db"
    build_library(first)
    with Store(first) as src, Store(db_url) as mid:
        copy_library(src, mid)
        highest = max(r[0] for r in mid._read("SELECT id FROM annotations"))
        article_id = src.article_ids()[0]
        (counted,) = mid.article_rows([article_id])
        new = mid.add_annotation(article_id, "ORG", 70, 75)
        assert new.id > highest
        # The copy's counts are right, and the tag counting goes on after it.
        assert counted.annotation_count == src.article_rows([article_id])[0].annotation_count
        assert mid.article_rows([article_id])[0].annotation_count == counted.annotation_count + 1
        assert mid.get_article(article_id).id == article_id


def test_copy_refuses_a_destination_that_holds_a_library(tmp_path, db_url):
    first = tmp_path / "first.db"
    build_library(first)
    with Store(db_url) as other:
        other.add_article(CleanResult(text="Already here."), "r", "x", "text")
    result = CliRunner().invoke(cli, ["db", "copy", str(first), db_url])
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("reader: error: ") and line.endswith(
        "already holds a library; copy into a new, empty one"
    )
    with Store(db_url) as other:
        assert other.count_articles() == 1


def test_the_command_copies_and_says_what(tmp_path, db_url):
    first, back = tmp_path / "first.db", tmp_path / "back.db"
    build_library(first)
    runner = CliRunner()
    there = runner.invoke(cli, ["db", "copy", str(first), db_url])
    assert there.exit_code == 0, there.stderr
    assert there.stdout.startswith("copied 2 articles, 7 labels, ")
    again = runner.invoke(cli, ["db", "copy", db_url, str(back)])
    assert again.exit_code == 0, again.stderr
    assert every_row(back) == every_row(first)


@pytest.mark.parametrize("args", [["missing.db", "x.db"], ["same.db", "same.db"]])
def test_bad_arguments_are_one_line(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    Store(tmp_path / "same.db").close()
    result = CliRunner().invoke(cli, ["db", "copy", *args])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("reader: error: ")
