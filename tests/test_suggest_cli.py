"""`reader suggest`, `reader entities`, `reader claims` through CliRunner, checked against stored rows."""

from __future__ import annotations

import json

from click.testing import CliRunner

from reader.cli.main import cli
from reader.suggestions import pending_suggestions


def jsonl(out: str) -> list:
    """--json output: JSON Lines."""
    return [json.loads(line) for line in out.splitlines()]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def error_line(result) -> str:
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error: ")
    assert "Traceback" not in result.output
    return lines[0]


def test_suggest_json_shape(seed_db):
    result = run("suggest", 1, "--json")
    assert result.exit_code == 0, result.output
    data = jsonl(result.stdout)
    pending = pending_suggestions(seed_db, 1)
    assert len(data) == len(pending) > 0
    text = seed_db.get_article(1).text
    for item, g in zip(data, pending, strict=True):
        assert (item["label"], item["start"], item["end"], item["text"]) == (g.label, g.start, g.end, g.text)
        assert text[item["start"] : item["end"]] == item["text"]
        if item["label"] == "CLAIM":
            assert set(item) == {"label", "start", "end", "text", "claimant", "quantities"}
            for q in item["quantities"]:
                assert set(q) == {"start", "end", "text"} and text[q["start"] : q["end"]] == q["text"]
        else:
            assert set(item) == {"label", "start", "end", "text"}
    claim = next(i for i in data if i["label"] == "CLAIM" and len(i["quantities"]) == 2)
    assert claim["claimant"] == "Ayumi Kurose"
    assert [q["text"] for q in claim["quantities"]] == ["150 Chinese experts", "800 local staff"]
    assert seed_db.annotations(1) == []  # suggesting stores nothing


def test_suggest_table(seed_db):
    result = run("suggest", 1)
    assert result.exit_code == 0, result.output
    assert "label" in result.stdout and "Ayumi Kurose" in result.stdout and "PERSON" in result.stdout


def test_suggest_accept_stores_rows(seed_db):
    persons = [g for g in pending_suggestions(seed_db, 1) if g.label in ("PERSON", "CLAIM")]
    result = run("suggest", 1, "--accept", "person", "--accept", "CLAIM", "--annotator", "alice")
    assert result.exit_code == 0, result.output
    rows = seed_db.annotations(1)
    assert {(a.label, a.start, a.end) for a in rows if a.label != "QUANTITY"} == {
        (g.label, g.start, g.end) for g in persons
    }
    assert {a.origin for a in rows} == {"suggested"} and {a.annotator for a in rows} == {"alice"}
    claim = next(
        a for a in rows if a.label == "CLAIM" and a.claimant == "Ayumi Kurose" and len(a.quantity_ids) == 2
    )
    assert "stored" in result.stdout and f"#{claim.id} CLAIM" in result.stdout
    # again: nothing left to accept for those labels, nothing duplicated
    again = run("suggest", 1, "--accept", "PERSON", "--json")
    assert again.exit_code == 0 and jsonl(again.stdout) == []
    assert len(seed_db.annotations(1)) == len(rows)


def test_suggest_accept_all_json(seed_db):
    pending = pending_suggestions(seed_db, 1)
    result = run("suggest", 1, "--accept", "all", "--json")
    assert result.exit_code == 0, result.output
    data = jsonl(result.stdout)
    rows = {a.id: a for a in seed_db.annotations(1)}
    assert len(rows) == len(pending) and sorted(i["id"] for i in data) == sorted(rows)
    for item in data:
        assert item["origin"] == "suggested" and rows[item["id"]].text == item["text"]
        if item["label"] == "CLAIM":
            assert sorted(q["id"] for q in item["quantities"]) == rows[item["id"]].quantity_ids
    assert jsonl(run("suggest", 1, "--json").stdout) == []


def test_suggest_errors(seed_db):
    assert "unknown label" in error_line(run("suggest", 1, "--accept", "NOPE"))
    assert "no article with id 9" in error_line(run("suggest", 9))
    assert "spaCy" in error_line(run("suggest", 1, "--model", "surely_not_an_installed_pipeline"))
    assert seed_db.annotations(1) == []


def test_entities_and_claims_commands(seed_db):
    assert run("suggest", 1, "--accept", "PERSON", "--accept", "CLAIM").exit_code == 0
    result = run("entities", "--json")
    assert result.exit_code == 0, result.output
    groups = {(g["label"], g["key"]): g for g in jsonl(result.stdout)}
    kurose = groups[("PERSON", "kurose")]
    stored = [
        a for a in seed_db.annotations(1) if a.label == "PERSON" and a.text.lower().startswith("kurose")
    ]
    assert kurose["mentions"] == len(stored) and kurose["articles"] == 1 and kurose["entity"] == "Kurose"
    table = run("entities", "--label", "PERSON")
    assert table.exit_code == 0 and "mentions" in table.stdout and "Kurose" in table.stdout
    assert "QUANTITY" not in table.stdout

    show = run("entities", "--show", "KUROSE’S", "--label", "PERSON", "--json")
    mentions = jsonl(show.stdout)
    assert len(mentions) == len(stored) and all(m["text"] == "Kurose" for m in mentions)
    assert all("Kurose" in m["sentence"] and m["article_id"] == 1 for m in mentions)
    text_show = run("entities", "--show", "Kurose", "--label", "PERSON")
    assert text_show.exit_code == 0 and f"{len(stored)} mentions" in text_show.stdout
    assert "said Kurose" in text_show.stdout

    claims = [a for a in seed_db.annotations(1) if a.label == "CLAIM"]
    seed_db.update_annotation(claims[0].id, claim_status="false")
    data = jsonl(run("claims", "--json").stdout)
    assert [c["id"] for c in data] == [c.id for c in claims]
    unverified = jsonl(run("claims", "--status", "unverified", "--json").stdout)
    assert [c["id"] for c in unverified] == [c.id for c in claims[1:]]
    assert all(c["status"] == "unverified" and c["article_id"] == 1 for c in unverified)
    false = run("claims", "--status", "false")
    assert false.exit_code == 0 and "1 claim" in false.stdout
    assert run("claims", "--status", "maybe").exit_code == 2  # click.Choice
