"""The claims screen's CSV (reader.export.claims_csv): one row per claim given, in order, with the
fact-check columns; a cell a spreadsheet would run as a formula is neutralised."""

from __future__ import annotations

import csv
from pathlib import Path

from reader.export.claims_csv import CLAIM_COLUMNS, write_claims_csv
from reader.models import CleanResult
from reader.store import Store


def test_rows_columns_and_formula_cells(tmp_path: Path):
    text = "Officials said 40 percent of the budget went to roads. Critics disagreed."
    with Store(tmp_path / "r.db") as store:
        store.add_article(CleanResult(text=text, title="=HYPERLINK(1)"), "raw", "a.txt", "text")
        claim = store.add_annotation(1, "CLAIM", 0, text.index(".") + 1, claimant="Officials", note="ask")
        store.add_evidence(claim.id, "https://example.org/budget", quote="38 percent", note="@check")
        store.update_annotation(claim.id, claim_status="false", explanation="-2 points off", checked_by="Mia")
        rows = store.claims()
        n = write_claims_csv(rows, tmp_path / "claims.csv", {"Mia": "Mia Jensen"})
    assert n == 1
    with open(tmp_path / "claims.csv", encoding="utf-8", newline="") as f:
        got = list(csv.reader(f))
    assert tuple(got[0]) == CLAIM_COLUMNS
    row = dict(zip(CLAIM_COLUMNS, got[1], strict=True))
    assert row["claim_id"] == str(claim.id) and row["claimant"] == "Officials"
    assert row["article_title"] == "'=HYPERLINK(1)"  # neutralised
    assert row["explanation"] == "'-2 points off"
    assert (row["status"], row["checked_by"], row["note"]) == ("false", "Mia", "ask")
    assert row["published_as"] == "Mia Jensen"  # beside checked_by, as `reader claims --json` gives it
    assert row["evidence"] == "https://example.org/budget — “38 percent” (@check)"


def test_the_claimants_kind_is_a_column_and_in_claims_json(tmp_path: Path):
    """Who made a claim is a person, an organisation or a place: the claims CSV and `reader claims
    --json` say which (claimant_label), as the annotations CSV does. Invented text, Danish."""
    import json

    from click.testing import CliRunner

    from reader.cli.main import cli

    text = "Borgmester Karen Holt sagde, at Havnby fik 5 millioner kroner. Naturstyrelsen er uenig."
    db = tmp_path / "r.db"
    with Store(db) as store:
        store.add_article(CleanResult(text=text), "raw", "a.txt", "text")
        end = text.index(".") + 1
        store.add_annotation(1, "CLAIM", 0, end, claimant="Karen Holt")
        start = text.index("Naturstyrelsen")
        store.add_annotation(1, "CLAIM", start, len(text), claimant="Naturstyrelsen", claimant_label="ORG")
        write_claims_csv(store.claims(), tmp_path / "claims.csv")
    with open(tmp_path / "claims.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["claimant"], r["claimant_label"]) for r in rows] == [
        ("Karen Holt", "PERSON"),
        ("Naturstyrelsen", "ORG"),
    ]
    out = CliRunner().invoke(cli, ["--db", str(db), "claims", "--json"]).output
    assert [json.loads(line)["claimant_label"] for line in out.splitlines()] == ["PERSON", "ORG"]
