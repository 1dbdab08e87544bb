"""`reader entities` (--json, merge, split) and `reader retag` on the seed article, checked against
the stored rows."""

from __future__ import annotations

import json

from click.testing import CliRunner

from reader.cli.main import cli


def jsonl(out: str) -> list:
    """--json output: JSON Lines."""
    return [json.loads(line) for line in out.splitlines()]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def error_line(result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def tag(*args) -> None:
    result = run("tag", 1, *args)
    assert result.exit_code == 0, result.output


def entities_json() -> dict[str, dict]:
    result = run("entities", "--json")
    assert result.exit_code == 0, result.output
    return {e["canonical"]: e for e in jsonl(result.stdout)}


def rows(store, sql, *params):
    return store.conn.execute(sql, params).fetchall()


def test_merge_and_split_kurose(seed_db):
    tag("Ayumi Kurose", "--label", "PERSON")
    for nth in (2, 3):
        tag("Kurose", "--label", "PERSON", "--nth", nth)
    tag("AESC", "--label", "ORG", "--nth", 1)
    before = entities_json()
    assert set(before) == {"Ayumi Kurose", "Kurose", "AESC"}
    assert before["Kurose"]["mentions"] == 2 and before["Kurose"]["aliases"] == ["Kurose"]
    assert [m["text"] for m in before["Kurose"]["mention_list"]] == ["Kurose", "Kurose"]
    assert before["AESC"]["label"] == "ORG" and isinstance(before["AESC"]["id"], int)

    result = run("entities", "merge", "kurose", "--into", "Ayumi Kurose")
    assert result.exit_code == 0, result.output
    assert "merged “Kurose” into PERSON" in result.stdout
    merged = entities_json()
    assert set(merged) == {"Ayumi Kurose", "AESC"}
    ayumi = merged["Ayumi Kurose"]
    assert ayumi["aliases"] == ["Ayumi Kurose", "Kurose"] and ayumi["mentions"] == 3
    assert rows(seed_db, "SELECT DISTINCT entity_id FROM annotations WHERE label_id = 1") == [(ayumi["id"],)]
    # A new tag of an alias joins it.
    tag("Kurose", "--label", "PERSON", "--nth", 4)
    assert entities_json()["Ayumi Kurose"]["mentions"] == 4

    result = run("entities", "split", "Kurose")
    assert result.exit_code == 0, result.output
    split = entities_json()
    assert split["Kurose"]["mentions"] == 3 and split["Ayumi Kurose"]["mentions"] == 1
    assert split["Ayumi Kurose"]["id"] == ayumi["id"]
    (kurose_id,) = {r[0] for r in rows(seed_db, "SELECT entity_id FROM annotations WHERE text = 'Kurose'")}
    assert kurose_id == split["Kurose"]["id"] != ayumi["id"]


def test_merge_and_split_errors(seed_db):
    tag("Ayumi Kurose", "--label", "PERSON")
    tag("AESC", "--label", "ORG", "--nth", 1)
    tag("Douai", "--label", "PLACE", "--nth", 1)
    assert "no entity named “Nobody”" in error_line(run("entities", "merge", "Nobody", "--into", "AESC"))
    assert "one label" in error_line(run("entities", "merge", "Douai", "--into", "AESC"))
    assert "already one entity" in error_line(run("entities", "merge", "aesc", "--into", "AESC"))
    assert "no other name" in error_line(run("entities", "split", "AESC"))
    assert "cannot be empty" in error_line(run("entities", "merge", " ", "--into", "AESC"))
    assert run("entities", "merge", "AESC").exit_code == 2  # --into is required (click)
    tag("Douai", "--label", "ORG", "--nth", 2)
    assert "names 2 entities" in error_line(run("entities", "split", "Douai"))
    assert len(rows(seed_db, "SELECT id FROM entities")) == 4


def test_retag_from_the_command_line(seed_db):
    text = seed_db.get_article(1).text
    tag("Kurose", "--label", "PERSON", "--nth", 1)
    (ann,) = seed_db.annotations(1)
    start = text.index("Ayumi Kurose")
    result = run("retag", ann.id, "--start", start)
    assert result.exit_code == 0, result.output
    assert "“Ayumi Kurose”" in result.stdout and f"was [{ann.start}-{ann.end}]" in result.stdout
    got = rows(seed_db, 'SELECT start, "end", text, sentence FROM annotations WHERE id = ?', ann.id)[0]
    assert got[:3] == (start, ann.end, "Ayumi Kurose") and "Ayumi Kurose" in got[3]
    tag("AESC", "--label", "PERSON", "--nth", 1)
    a = text.index("AESC")
    for args, message in (
        (("--start", 10, "--end", len(text) + 5), "outside the article"),
        (("--start", 20, "--end", 20), "is empty"),
        (("--start", text.index("\n\n"), "--end", text.index("\n\n") + 2), "only white space"),
        (("--start", a, "--end", a + 4), "already tagged PERSON"),
        ((), "give the new span"),
    ):
        assert message in error_line(run("retag", ann.id, *args))
    assert "no annotation with id 99" in error_line(run("retag", 99, "--end", 5))
    assert rows(seed_db, 'SELECT start, "end" FROM annotations WHERE id = ?', ann.id) == [(start, ann.end)]
    # a span that takes in the space before the words: the stored quote is the words
    assert text[start - 1] == " "
    result = run("retag", ann.id, "--start", start - 1)
    assert result.exit_code == 0, result.output
    assert "white space at its ends left out" in result.stdout
    assert rows(seed_db, 'SELECT start, "end", text FROM annotations WHERE id = ?', ann.id) == [
        (start, ann.end, "Ayumi Kurose")
    ]


def test_a_dateline_mention_says_its_field(seed_db):
    """A mention tagged in the dateline is listed with field "dateline" (its offsets count there),
    beside a body mention of the same place, in `entities --json` and `entities --show`."""
    tag("Lambres-Lez-Douai", "--label", "PLACE", "--field", "dateline")
    tag("Douai", "--label", "PLACE", "--nth", 1)
    assert run("entities", "merge", "Douai", "--into", "Lambres-Lez-Douai").exit_code == 0
    stored = {
        r[0]: r[1]
        for r in seed_db._read("SELECT id, field FROM annotations WHERE article_id = 1 ORDER BY id")
    }
    entity = entities_json()["Lambres-Lez-Douai"]
    assert {m["annotation_id"]: m["field"] for m in entity["mention_list"]} == stored
    assert sorted(stored.values()) == ["body", "dateline"]
    shown = jsonl(run("entities", "--show", "Lambres-Lez-Douai", "--json").stdout)
    assert {m["annotation_id"]: m["field"] for m in shown} == stored
    dateline = next(m for m in shown if m["field"] == "dateline")
    assert dateline["sentence"].startswith("Lambres-Lez-Douai") and dateline["start"] == 0
    assert "[0-17 in the dateline]" in run("entities", "--show", "Douai").stdout
