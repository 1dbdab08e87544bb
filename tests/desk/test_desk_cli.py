"""`reader agreement`, `reader assign` and `reader desk` on the small desk of conftest.py (ann and
bob on article 1; figures by hand in test_agreement.py's docstring, PERSON and PLACE only here)."""

from __future__ import annotations

import json
from pathlib import Path

from backends import connect
from reliability.cli_run import assert_refused, reader

from reader.store import Store

from .conftest import T1, at


def records(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_agreement_json_gives_the_hand_figures(desk: Store, db: Path) -> None:
    r = reader(db, "agreement", "--json")
    assert r.code == 0, r.output
    pairs = {(p["label"], p["a"], p["b"]): p for p in records(r.stdout) if p["kind"] == "pair"}
    person = pairs[("PERSON", "ann", "bob")]
    # ann: Anna Kurose, Paul Dax; bob: Anna Kurose, Dax -> exact 2*1/4, overlap 1; kappa 10/13
    assert (person["exact_f1"], person["overlap_f1"]) == (0.5, 1.0)
    assert abs(person["kappa"] - 10 / 13) < 1e-9
    assert pairs[("PLACE", "ann", "bob")]["exact_f1"] == 1.0
    (dis,) = [d for d in records(r.stdout) if d["kind"] == "disagreement"]
    assert (dis["article_id"], dis["start"], dis["end"], dis["text"]) == (1, 16, 24, "Paul Dax")
    assert dis["said"]["bob"] == [{"label": "PERSON", "start": 21, "end": 24}]


def test_agreement_text_and_filters(desk: Store, db: Path) -> None:
    r = reader(db, "agreement", "--label", "place", "--annotators", "ann,bob")
    assert r.code == 0, r.output
    row = next(line.split() for line in r.stdout.splitlines() if line.split()[:1] == ["PLACE"])
    assert row == ["PLACE", "ann", "bob", "1", "1", "1", "1.000", "1.000", "9", "1.000"]
    assert "PERSON" not in r.stdout
    assert "0 disagreements" in r.stdout
    assert_refused(reader(db, "agreement", "--annotators", "ann,zed"), "zed")
    assert_refused(reader(db, "agreement", "--annotators", "ann"), "two annotators")
    assert_refused(reader(db, "agreement", "--gold"), "gold set is empty")
    assert_refused(reader(db, "agreement", "--label", "NOPE"), "NOPE")


def test_agreement_with_the_gold_set(desk: Store, db: Path) -> None:
    for a in desk.annotations(1):
        if a.annotator == "ann":
            desk.accept(a.id, "chief")
    r = reader(db, "agreement", "--gold", "--json", "--label", "PERSON")
    pairs = {(p["a"], p["b"]): p for p in records(r.stdout) if p["kind"] == "pair"}
    assert set(pairs) == {("(gold)", "ann"), ("(gold)", "bob")}  # only pairs with the gold set
    assert pairs[("(gold)", "ann")]["exact_f1"] == 1.0
    assert pairs[("(gold)", "bob")]["exact_f1"] == 0.5
    one = reader(db, "agreement", "--gold", "--annotator", "bob", "--json", "--label", "PERSON")
    assert [(p["a"], p["b"]) for p in records(one.stdout) if p["kind"] == "pair"] == [("(gold)", "bob")]


def test_assign_and_desk(desk: Store, db: Path) -> None:
    r = reader(db, "--annotator", "chief", "assign", "1", "2", "--to", "cat")
    assert (r.code, r.stdout.strip()) == (0, "2 articles assigned to cat"), r.output
    assert (
        reader(db, "assign", "1", "--to", "cat").stdout.strip()
        == "0 articles assigned to cat (1 already assigned)"
    )
    with connect(db) as conn:
        assert conn.execute("SELECT article_id, annotator, assigned_by FROM assignments").fetchall() == [
            (1, "cat", "chief"),
            (2, "cat", "chief"),
        ]
    assert_refused(reader(db, "assign", "7", "--to", "cat"), "no article with id 7")
    assert_refused(reader(db, "assign", "1", "--to", "  "), "name")
    desk_json = records(reader(db, "desk", "--json").stdout)
    cat = next(d for d in desk_json if d["kind"] == "annotator" and d["annotator"] == "cat")
    assert (cat["assigned"], cat["started"], cat["tags"]) == (2, 0, 0)
    first = next(d for d in desk_json if d["kind"] == "article" and d["article_id"] == 1)
    assert first["tags"] == {"ann": 3, "bob": 3} and first["assigned"] == ["cat"]
    # cat's first tag shows as started
    reader(db, "--annotator", "cat", "tag", "1", "Douai", "--label", "PLACE")
    cat = next(d for d in records(reader(db, "desk", "--json").stdout) if d.get("annotator") == "cat")
    assert (cat["started"], cat["tags"]) == (1, 1)
    text = reader(db, "desk").stdout
    assert "Annotators" in text and "ann 3, bob 3, cat 1" in text
    assert (
        reader(db, "assign", "2", "--to", "cat", "--remove").stdout.strip()
        == "1 article taken off cat's list"
    )


def test_agreement_counts_an_assigned_article_with_no_tags(desk: Store, db: Path) -> None:
    # bob is assigned article 2 and tags nothing there; ann tags Lille: a PLACE bob missed.
    text2 = desk.get_article(2).text
    desk.add_annotation(2, "PLACE", *at(text2, "Lille"), annotator="ann")
    before = records(reader(db, "agreement", "--json", "--label", "PLACE").stdout)
    assert before[0]["exact_f1"] == 1.0  # article 2 is not bob's: it does not count
    reader(db, "assign", "2", "--to", "bob")
    after = records(reader(db, "agreement", "--json", "--label", "PLACE").stdout)
    assert abs(after[0]["exact_f1"] - 2 / 3) < 1e-9  # Douai matched, of 2 + 1 tags
    assert T1  # the fixture's first article is unchanged


def test_the_annotator_name_comes_from_the_option_or_the_environment(
    desk: Store, db: Path, monkeypatch
) -> None:
    monkeypatch.setenv("READER_ANNOTATOR", "dana")
    assert reader(db, "tag", "1", "Monday", "--label", "DATE").code == 0
    assert reader(db, "--annotator", "eve", "tag", "1", "Monday", "--label", "DATE").code == 0
    with connect(db) as conn:
        assert conn.execute(
            "SELECT annotator FROM annotations WHERE text = 'Monday' ORDER BY id"
        ).fetchall() == [
            ("dana",),
            ("eve",),
        ]


def test_import_annotations_brings_a_colleagues_layer_in_beside_yours(
    desk: Store, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bob.jsonl"
    assert reader(db, "export", "--format", "jsonl", "--annotator", "bob", "-o", out).code == 0
    for a in desk.annotations(1):
        if a.annotator == "bob":
            desk.delete_annotation(a.id)
    r = reader(db, "import-annotations", out)
    assert r.code == 0, r.output
    with connect(db) as conn:
        # "Anna Kurose" and "Douai" are ann's too: bob's identical tags come back as his
        assert conn.execute(
            "SELECT annotator, count(*) FROM annotations GROUP BY annotator ORDER BY annotator"
        ).fetchall() == [
            ("ann", 3),
            ("bob", 3),
        ]
    again = reader(db, "import-annotations", out)  # the same file twice: nothing new
    assert again.code == 0 and "3 duplicate" in again.output, again.output


def test_retag_from_the_shell_names_who_changed_the_tag(desk: Store, db: Path) -> None:
    """`reader retag` records its annotator: a colleague whose edit it stops is told who it was."""
    import pytest

    from reader.errors import EditConflict

    seen = desk.annotations(1)[0]  # ann's "Anna Kurose", as ann's screen shows it
    r = reader(db, "--annotator", "bob", "retag", seen.id, "--start", T1.index("Kurose"))
    assert r.code == 0, r.output
    with pytest.raises(EditConflict, match="changed by bob"):
        desk.update_annotation(seen.id, annotator="ann", expected=seen, start=0, end=len("Anna"))
    (row,) = desk._read("SELECT text FROM annotations WHERE id = ?", (seen.id,))
    assert row == ("Kurose",)
