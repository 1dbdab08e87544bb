"""The desk in the store: a layer per annotator, assignments and progress, the gold set, two
people editing one tag, and the views Datasette and the sqlite-utils CLI browse."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from backends import connect

from reader.errors import AlreadyTagged, EditConflict, NotFound
from reader.store import Store

from .conftest import T1, at


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_same_tag_by_two_annotators_is_two_annotations(desk: Store, db: Path) -> None:
    stored = rows(db, "SELECT annotator FROM annotations WHERE text = 'Anna Kurose' ORDER BY annotator")
    assert stored == [("ann",), ("bob",)]
    with pytest.raises(AlreadyTagged):  # the duplicate check is per annotator
        desk.add_annotation(1, "PERSON", *at(T1, "Anna Kurose"), annotator="ann")
    # bob's "Dax" moved onto ann's span and label is still bob's own: allowed
    dax = next(a for a in desk.annotations(1) if a.text == "Dax")
    desk.update_annotation(dax.id, start=at(T1, "Paul Dax")[0])
    assert rows(db, "SELECT count(*) FROM annotations WHERE text = 'Paul Dax'") == [(2,)]
    with pytest.raises(AlreadyTagged):  # but not onto bob's own tag
        desk.update_annotation(dax.id, start=0, end=len("Anna Kurose"))


def test_assignments_and_progress(desk: Store, db: Path) -> None:
    assert desk.assign([1, 2], "ann", by="chief") == 2
    assert desk.assign([1, 2], "ann") == 0  # already assigned: nothing added
    assert desk.assign([2], "cat") == 1
    assert rows(db, "SELECT article_id, annotator, assigned_by FROM assignments ORDER BY 1, 2") == [
        (1, "ann", "chief"),
        (2, "ann", "chief"),
        (2, "cat", None),
    ]
    with pytest.raises(NotFound, match="no article with id 9"):
        desk.assign([1, 9], "ann")
    desk.set_status(2, "done")
    by_name = {p.annotator: p for p in desk.progress_by_annotator()}
    assert sorted(by_name) == ["ann", "bob", "cat"]
    ann, bob, cat = by_name["ann"], by_name["bob"], by_name["cat"]
    assert (ann.assigned, ann.started, ann.done, ann.tags, ann.articles) == (2, 1, 1, 3, 1)
    assert (bob.assigned, bob.started, bob.tags) == (0, 0, 3)
    assert (cat.assigned, cat.started, cat.done, cat.tags) == (1, 0, 1, 0)
    articles = {a.article_id: a for a in desk.progress_by_article()}
    assert articles[1].tags == {"ann": 3, "bob": 3} and articles[1].assigned == ["ann"]
    assert articles[2].assigned == ["ann", "cat"] and articles[2].tags == {}
    assert desk.unassign([2], "cat") == 1


def test_accept_copies_into_the_gold_set_and_undo_takes_it_out(desk: Store, db: Path) -> None:
    ann_kurose, bob_kurose = (a for a in desk.annotations(1) if a.text == "Anna Kurose")
    desk.accept(ann_kurose.id, "chief")
    desk.accept(bob_kurose.id, "chief")  # the same tag: one gold copy, two decisions
    gold = rows(db, "SELECT id, annotator, text FROM annotations WHERE gold = 1")
    assert [(g[1], g[2]) for g in gold] == [("chief", "Anna Kurose")]
    assert rows(db, "SELECT annotation_id, decision, gold_id FROM reviews ORDER BY 1") == [
        (ann_kurose.id, "accepted", gold[0][0]),
        (bob_kurose.id, "accepted", gold[0][0]),
    ]
    assert all(a.text != "Anna Kurose" or a.id != gold[0][0] for a in desk.annotations(1))  # not a layer tag
    desk.undecide(bob_kurose.id)
    assert rows(db, "SELECT count(*) FROM annotations WHERE gold = 1") == [(1,)]  # ann's still holds it
    desk.undecide(ann_kurose.id)
    assert rows(db, "SELECT count(*) FROM annotations WHERE gold = 1") == [(0,)]
    assert rows(db, "SELECT count(*) FROM reviews") == [(0,)]
    dax = next(a for a in desk.annotations(1) if a.text == "Dax")
    desk.reject(dax.id, "chief")
    assert rows(db, "SELECT decision, reviewer FROM reviews") == [("rejected", "chief")]


def test_the_gold_copy_is_edited_apart_from_the_annotators_tag(desk: Store, db: Path) -> None:
    dax = next(a for a in desk.annotations(1) if a.text == "Dax")
    review = desk.accept(dax.id, "chief")
    assert review.gold_id is not None
    desk.update_annotation(review.gold_id, start=at(T1, "Paul Dax")[0])
    assert rows(
        db,
        "SELECT text, gold FROM annotations WHERE annotator IN ('bob', 'chief') AND label_id = 1 "
        "AND text LIKE '%Dax' ORDER BY gold",
    ) == [("Dax", 0), ("Paul Dax", 1)]


def test_export_takes_the_gold_set_or_one_annotator(desk: Store, db: Path) -> None:
    from reliability.cli_run import reader

    dax = next(a for a in desk.annotations(1) if a.text == "Dax")
    desk.accept(dax.id, "chief")
    out = reader(db, "export", "--format", "jsonl", "--gold")
    assert out.code == 0, out.output
    spans = [s for line in out.stdout.splitlines() for s in json.loads(line)["spans"]]
    assert [(s["label"], s["text"]) for s in spans] == [("PERSON", "Dax")]
    everyone = reader(db, "export")
    assert everyone.stdout.count("\r\n") == 1 + 6  # header and the six layer tags, not the gold copy
    bob = reader(db, "export", "--annotator", "bob")
    assert bob.stdout.count("\r\n") == 1 + 3


def test_two_people_editing_one_tag_is_a_conflict(desk: Store, db: Path) -> None:
    seen = next(a for a in desk.annotations(1) if a.text == "Douai" and a.annotator == "bob")
    other = Store(db)  # ann, in another window, changes bob's tag first
    try:
        other.update_annotation(seen.id, note="a town, not a city", annotator="ann")
    finally:
        other.close()
    with pytest.raises(EditConflict, match="changed by ann"):
        desk.update_annotation(seen.id, expected=seen, note="mine", annotator="bob")
    assert rows(db, "SELECT note FROM annotations WHERE id = ?", (seen.id,)) == [("a town, not a city",)]
    fresh = desk.get_annotation(seen.id)
    desk.update_annotation(seen.id, expected=fresh, note="both", annotator="bob")  # seen again: fine
    assert rows(db, "SELECT note FROM annotations WHERE id = ?", (seen.id,)) == [("both",)]


def test_views_for_datasette_return_rows(desk: Store, db: Path) -> None:
    claim = desk.add_annotation(1, "CLAIM", 0, len(T1) - 1, annotator="ann", claimant="Paul Dax")
    desk.add_evidence(claim.id, "https://example.org/minutes", quote="met in Douai")
    tags = rows(db, "SELECT label, text, article_title, url, sentence, layer FROM tags ORDER BY tag_id")
    assert tags[0] == ("PERSON", "Anna Kurose", "Meeting in Douai", "https://example.org/douai", T1, "ann")
    assert len(tags) == 7
    claims = rows(
        db, "SELECT claim, claimant, claimant_entity, verdict, evidence_count, evidence FROM claims"
    )
    assert claims == [
        (T1[:-1], "Paul Dax", "Paul Dax", "unverified", 1, "https://example.org/minutes “met in Douai”")
    ]


@pytest.mark.sqlite_only("the sqlite-utils command line reads SQLite files")
def test_views_through_the_sqlite_utils_cli(desk: Store, db: Path) -> None:
    desk.add_annotation(1, "CLAIM", 0, len(T1) - 1, annotator="ann", claimant="Paul Dax")
    exe = shutil.which("sqlite-utils", path=str(Path(sys.executable).parent)) or shutil.which("sqlite-utils")
    if exe is None:
        pytest.skip("the sqlite-utils command is not installed")
    views = subprocess.run([exe, "views", str(db), "--counts"], capture_output=True, text=True, check=True)
    counts = {v["view"]: v["count"] for v in json.loads(views.stdout)}
    assert (counts["tags"], counts["claims"]) == (7, 1)
    out = subprocess.run(
        [exe, "query", str(db), "SELECT article_title, label, text FROM tags WHERE layer = 'bob'"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert [r["text"] for r in json.loads(out.stdout)] == ["Anna Kurose", "Dax", "Douai"]
    claims = subprocess.run([exe, "rows", str(db), "claims"], capture_output=True, text=True, check=True)
    assert json.loads(claims.stdout)[0]["claimant"] == "Paul Dax"


def test_an_edit_of_a_tag_deleted_meanwhile_says_so(desk: Store, db: Path) -> None:
    """Found by hand (h61): the claim form saved on a claim a colleague had untagged meanwhile said
    only "no annotation with id 15". The editor is told which tag and why nothing was saved."""
    seen = next(a for a in desk.annotations(1) if a.text == "Dax")
    desk.delete_annotation(seen.id, annotator="ann")
    with pytest.raises(NotFound, match="“Dax” was deleted since you opened it"):
        desk.update_annotation(seen.id, expected=seen, note="mine", annotator="bob")
