"""`reader evidence`, `reader verdict`, `reader claims --json`, `reader config` and the ClaimReview
export from the command line, on the seed article's Kurose claim, checked against the stored rows."""

from __future__ import annotations

import json

from click.testing import CliRunner

from reader.cli.main import cli

CLAIM = (
    "He said there are currently nearly 150 Chinese experts working at the Douai directing 800 local staff."
)
PRIVATE = "Check AESC headcount with company press office"


def jsonl(out: str) -> list:
    """--json output: JSON Lines."""
    return [json.loads(line) for line in out.splitlines()]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def error_line(result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error: "), result.stderr
    return lines[0]


def kurose_claim(store) -> int:
    result = run(
        "tag",
        1,
        CLAIM,
        "--label",
        "CLAIM",
        "--claimant",
        "Ayumi Kurose",
        "--note",
        PRIVATE,
        "--annotator",
        "root",
    )
    assert result.exit_code == 0, result.output
    return next(a.id for a in store.annotations(1) if a.label == "CLAIM")


def row(store, sql, *params):
    return store.conn.execute(sql, params).fetchone()


def test_evidence_verdict_and_claims_json(seed_db):
    claim_id = kurose_claim(seed_db)
    added = run(
        "evidence", "add", claim_id, "https://example.org/aesc-press", "--quote", "about 150 engineers",
        "--note", "called 11 Dec", "--annotator", "ana",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert run("evidence", "add", claim_id, "AESC annual report 2024, p. 12").exit_code == 0
    (first_id, source, quote, note, by) = row(
        seed_db,
        "SELECT id, source, quote, note, added_by FROM evidence WHERE claim_id = ? ORDER BY id",
        claim_id,
    )
    assert (source, quote, note, by) == (
        "https://example.org/aesc-press",
        "about 150 engineers",
        "called 11 Dec",
        "ana",
    )
    listed = jsonl(run("evidence", "list", claim_id, "--json").stdout)
    assert [e["source"] for e in listed] == [
        "https://example.org/aesc-press",
        "AESC annual report 2024, p. 12",
    ]

    verdict = run(
        "verdict", claim_id, "mostly true", "--explanation", "AESC confirms about 150 experts.",
        "--review-state", "needs a second check", "--annotator", "ana",
    )  # fmt: skip
    assert verdict.exit_code == 0, verdict.output
    assert row(
        seed_db,
        "SELECT claim_status, explanation, note, review_state, checked_by, checked_at IS NOT NULL "
        "FROM annotations WHERE id = ?",
        claim_id,
    ) == ("mostly true", "AESC confirms about 150 experts.", PRIVATE, "needs a second check", "ana", 1)

    (claim,) = jsonl(run("claims", "--json").stdout)
    assert claim["status"] == "mostly true" and claim["explanation"] == "AESC confirms about 150 experts."
    assert claim["review_state"] == "needs a second check" and claim["checked_by"] == "ana"
    assert claim["checked_at"] and claim["note"] == PRIVATE
    assert claim["claimant"] == "Ayumi Kurose" and claim["claimant_entity"] == "Ayumi Kurose"
    assert (
        claim["claimant_entity_id"]
        == row(seed_db, "SELECT claimant_entity_id FROM annotations WHERE id = ?", claim_id)[0]
    )
    assert [e["source"] for e in claim["evidence"]] == [e["source"] for e in listed]
    assert claim["evidence"][0]["quote"] == "about 150 engineers"
    filtered = jsonl(run("claims", "--review-state", "reviewed", "--json").stdout)
    assert filtered == []

    removed = run("evidence", "remove", first_id)
    assert removed.exit_code == 0, removed.output
    assert row(seed_db, "SELECT count(*) FROM evidence WHERE claim_id = ?", claim_id) == (1,)


def test_fact_check_errors(seed_db):
    claim_id = kurose_claim(seed_db)
    assert "public explanation" in error_line(run("verdict", claim_id, "false"))
    assert "no annotation with id 99" in error_line(run("evidence", "add", 99, "https://x.org"))
    assert "URL or a document reference" in error_line(run("evidence", "add", claim_id, "  "))
    assert "no evidence with id 5" in error_line(run("evidence", "remove", 5))
    assert run("verdict", claim_id, "perhaps", "--explanation", "x").exit_code == 2  # click.Choice
    assert "unknown setting" in error_line(run("config", "set", "colour", "red"))
    assert row(seed_db, "SELECT claim_status, explanation FROM annotations WHERE id = ?", claim_id) == (
        "unverified",
        None,
    )


def test_claimreview_uses_public_fields_and_the_display_name(seed_db, tmp_path):
    claim_id = kurose_claim(seed_db)
    run("evidence", "add", claim_id, "https://example.org/x", "--note", "secret source: the union")
    run(
        "verdict",
        claim_id,
        "misleading",
        "--explanation",
        "The plant employs 80 experts.",
        "--annotator",
        "root",
    )
    out = run("export", "--format", "claimreview")
    assert out.exit_code == 0, out.output
    assert PRIVATE not in out.stdout and "secret source" not in out.stdout and "root" not in out.stdout
    assert "no display name for root:" in out.stderr and "reader config set display-name" in out.stderr
    (review,) = json.loads(out.stdout)["@graph"]
    assert review["reviewRating"]["ratingExplanation"] == "The plant employs 80 experts."
    assert review["author"]["name"] == "Unnamed fact-checker"

    assert run("config", "set", "display-name", "Jane Doe", "--annotator", "root").exit_code == 0
    assert row(seed_db, "SELECT value FROM settings WHERE key = 'display-name:root'") == ("Jane Doe",)
    assert row(seed_db, "SELECT value FROM settings WHERE key = 'display-name'") is None
    assert run("config", "get", "display-name", "--annotator", "root").stdout == "Jane Doe\n"
    assert "display-name = Jane Doe" in run("config", "--annotator", "root").stdout
    out = run("export", "--format", "claimreview")
    (review,) = json.loads(out.stdout)["@graph"]
    assert review["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert "no display name" not in out.stderr and "root" not in out.stdout
    assert run("config", "unset", "display-name", "--annotator", "root").exit_code == 0
    assert "not set" in error_line(run("config", "get", "display-name", "--annotator", "root"))


def test_two_colleagues_on_one_library_each_publish_under_their_own_name(seed_db):
    """A desk: ana and ben set their display names on the same library and each sets a verdict; the
    ClaimReview export names each review's own checker, and checked_by keeps the logins."""
    first = kurose_claim(seed_db)
    run("tag", 1, "nearly 150 Chinese experts", "--label", "CLAIM", "--annotator", "ben")
    (second,) = row(seed_db, "SELECT id FROM annotations WHERE annotator = 'ben'")
    assert run("config", "set", "display-name", "Ana Ruiz", "--annotator", "ana").exit_code == 0
    assert run("config", "set", "display-name", "Ben Okafor", "--annotator", "ben").exit_code == 0
    assert run("config", "get", "display-name", "--annotator", "ana").stdout == "Ana Ruiz\n"
    run("verdict", first, "false", "--explanation", "The plant employs 80.", "--annotator", "ana")
    run("verdict", second, "true", "--explanation", "Payroll shows 150.", "--annotator", "ben")
    run("evidence", "add", second, "https://example.org/payroll", "--annotator", "ben")
    assert row(seed_db, "SELECT checked_by FROM annotations WHERE id = ?", first) == ("ana",)
    assert row(seed_db, "SELECT checked_by FROM annotations WHERE id = ?", second) == ("ben",)
    assert row(seed_db, "SELECT added_by FROM evidence WHERE claim_id = ?", second) == ("ben",)
    assert sorted(seed_db.conn.execute("SELECT key, value FROM settings").fetchall()) == [
        ("display-name:ana", "Ana Ruiz"),
        ("display-name:ben", "Ben Okafor"),
    ]
    listed = run("config", "--annotator", "ana").stdout
    assert "display-name = Ana Ruiz" in listed and "display-name of ben = Ben Okafor" in listed
    out = run("export", "--format", "claimreview")
    assert out.exit_code == 0 and "no display name" not in out.stderr
    authors = {r["reviewRating"]["ratingExplanation"]: r["author"] for r in json.loads(out.stdout)["@graph"]}
    assert authors == {
        "The plant employs 80.": {"@type": "Person", "name": "Ana Ruiz"},
        "Payroll shows 150.": {"@type": "Person", "name": "Ben Okafor"},
    }
    published = {c["id"]: (c["checked_by"], c["published_as"]) for c in jsonl(run("claims", "--json").stdout)}
    assert published == {first: ("ana", "Ana Ruiz"), second: ("ben", "Ben Okafor")}
    # --search finds a colleague's claims by the name a journalist knows them by, or by their login
    found = jsonl(run("claims", "--search", "ben OKAFOR", "--json").stdout)
    assert [(c["id"], c["published_as"]) for c in found] == [(second, "Ben Okafor")]
    assert [c["id"] for c in jsonl(run("claims", "--search", "ana", "--json").stdout)] == [first]
    table = run("claims", "--search", "Ruiz").stdout
    assert table.rstrip().endswith("1 claim") and "He said there are currently" in table
    none = run("claims", "--search", "Unnamed")
    assert none.exit_code == 0 and none.stdout.strip() == "No claims matching “Unnamed”."


def test_an_older_single_display_name_is_the_desk_wide_fallback(seed_db):
    """A library from before per-colleague names keeps one "display-name" row: its reviews export
    with the same author, checkers without a name of their own are told, and --desk manages it."""
    claim_id = kurose_claim(seed_db)
    run("verdict", claim_id, "false", "--explanation", "The plant employs 80.", "--annotator", "root")
    seed_db.set_setting("display-name", "The Desk")  # what `reader config set` wrote before
    out = run("export", "--format", "claimreview")
    (review,) = json.loads(out.stdout)["@graph"]
    assert review["author"] == {"@type": "Person", "name": "The Desk"}
    assert "no display name for root: their reviews name the desk-wide “The Desk”" in out.stderr
    assert run("config", "get", "display-name", "--annotator", "root").stdout == "The Desk\n"
    assert [c["published_as"] for c in jsonl(run("claims", "--json").stdout)] == ["The Desk"]
    assert "display-name --desk = The Desk" in run("config", "--annotator", "root").stdout
    assert run("config", "set", "display-name", "Rosa Diaz", "--annotator", "root").exit_code == 0
    (review,) = json.loads(run("export", "--format", "claimreview").stdout)["@graph"]
    assert review["author"]["name"] == "Rosa Diaz"
    assert row(seed_db, "SELECT value FROM settings WHERE key = 'display-name'") == ("The Desk",)
    assert run("config", "unset", "display-name", "--desk").exit_code == 0
    assert row(seed_db, "SELECT value FROM settings WHERE key = 'display-name'") is None


def test_claims_and_entities_piped_keep_each_row_on_one_line(seed_db):
    """`reader claims > file` and `reader entities | grep`: each claim or entity on one line, its text
    whole (as `reader list` does), not wrapped into an 80-column table."""
    claim_id = kurose_claim(seed_db)
    lines = run("claims").stdout.splitlines()
    line = next(x for x in lines if x.lstrip().startswith(str(claim_id)))
    assert CLAIM in line and "Ayumi Kurose" in line
    run("tag", 1, "Ayumi Kurose", "--label", "PERSON")
    line = next(x for x in run("entities").stdout.splitlines() if "Ayumi Kurose" in x)
    assert line.split()[1:4] == ["PERSON", "Ayumi", "Kurose"]


def test_tag_with_a_status_records_who_checked_it(tmp_path):
    """Found by hand (h61): `reader tag ... --status false` stored a verdict with no checker, so
    the ClaimReview export named "Unnamed fact-checker" and said "no display name for (no checker
    recorded)". The tagger is the checker, as with `reader verdict`."""
    db = str(tmp_path / "r.db")
    page = tmp_path / "a.txt"
    page.write_text("Oskar Nowak said the bridge cost 40 million euros.\n\nIt opened in May.\n")
    run = CliRunner().invoke
    assert run(cli, ["--db", db, "import", str(page)]).exit_code == 0
    r = run(
        cli,
        [
            "--db",
            db,
            "--annotator",
            "ola",
            "tag",
            "1",
            "the bridge cost 40 million euros",
            "--label",
            "CLAIM",
            "--status",
            "false",
        ],
    )
    assert r.exit_code == 0, r.output
    r = run(cli, ["--db", db, "claims", "--json"])
    (claim,) = jsonl(r.output)
    assert claim["checked_by"] == "ola" and claim["checked_at"]


def test_claimreview_export_names_the_reviews_without_a_public_explanation(tmp_path):
    """A verdict set quickly (m, 1-6, `tag --status`) has no public explanation: the export says which
    reviews went out without one and how to add it, and stops saying so once it is added."""
    db = str(tmp_path / "r.db")
    page = tmp_path / "a.txt"
    page.write_text("Lena Brandt said the tunnel cost 90 million euros.\n\nIt opened in June.\n")
    invoke = CliRunner().invoke
    assert invoke(cli, ["--db", db, "import", str(page)]).exit_code == 0
    tagged = invoke(
        cli,
        ["--db", db, "tag", "1", "the tunnel cost 90 million euros", "--label", "CLAIM", "--status", "false"],
    )
    assert tagged.exit_code == 0, tagged.output
    (claim,) = jsonl(invoke(cli, ["--db", db, "claims", "--json"]).output)
    out = invoke(cli, ["--db", db, "export", "--format", "claimreview"])
    assert out.exit_code == 0
    (review,) = json.loads(out.stdout)["@graph"]
    assert "ratingExplanation" not in review["reviewRating"]
    notice = [line for line in out.stderr.splitlines() if "public explanation" in line]
    assert notice == [
        f"reader: 1 review without a public explanation (claim {claim['id']}): "
        "reader verdict CLAIM_ID STATUS --explanation TEXT adds it"
    ]
    v = invoke(
        cli, ["--db", db, "verdict", str(claim["id"]), "false", "--explanation", "It cost 60 million."]
    )
    assert v.exit_code == 0, v.output
    out = invoke(cli, ["--db", db, "export", "--format", "claimreview"])
    assert "public explanation" not in out.stderr
    (review,) = json.loads(out.stdout)["@graph"]
    assert review["reviewRating"]["ratingExplanation"] == "It cost 60 million."


def test_claimreview_export_names_the_reviews_not_yet_marked_reviewed(tmp_path):
    """A verdict whose review state is "unreviewed" or "needs a second check" still goes out in a
    ClaimReview export: the export counts reviews (not "annotations") and names those claims, with
    their state and the command that marks them reviewed; once reviewed, it says nothing."""
    db = str(tmp_path / "r.db")
    page = tmp_path / "a.txt"
    page.write_text("The ferry company said the crossing lost 4 million euros.\n\nIt closes in May.\n")
    invoke = CliRunner().invoke
    assert invoke(cli, ["--db", db, "import", str(page)]).exit_code == 0
    claim_text = "the crossing lost 4 million euros"
    assert invoke(cli, ["--db", db, "tag", "1", claim_text, "--label", "CLAIM"]).exit_code == 0
    (claim,) = jsonl(invoke(cli, ["--db", db, "claims", "--json"]).output)
    cid = str(claim["id"])
    why = ["--explanation", "The accounts show 3.1 million."]
    v = invoke(
        cli, ["--db", db, "verdict", cid, "misleading", *why, "--review-state", "needs a second check"]
    )
    assert v.exit_code == 0, v.output
    out = invoke(cli, ["--db", db, "export", "--format", "claimreview", "-o", str(tmp_path / "cr.json")])
    assert out.exit_code == 0
    assert f"wrote 1 review to {tmp_path / 'cr.json'}" in out.stderr
    notice = [line for line in out.stderr.splitlines() if "not marked reviewed" in line]
    assert notice == [
        f"reader: 1 review not marked reviewed (claim {cid}: needs a second check): "
        "reader verdict CLAIM_ID STATUS --explanation TEXT --review-state reviewed marks it"
    ]
    v = invoke(cli, ["--db", db, "verdict", cid, "misleading", *why, "--review-state", "reviewed"])
    assert v.exit_code == 0, v.output
    out = invoke(cli, ["--db", db, "export", "--format", "claimreview"])
    assert "not marked reviewed" not in out.stderr and "wrote 1 review" in out.stderr
