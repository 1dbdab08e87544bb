"""`reader import tags.csv`: reader's own CSV exports are refused with a reason that names the way
back, instead of becoming an "(untitled)" article made of the spreadsheet's cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.export.claims_csv import CLAIM_COLUMNS
from reader.export.csv_format import COLUMNS

PAGE = (
    "Harbour pilots in Vellmar went on strike on Monday, said Ilse Marchetti of the pilots' union.\n\n"
    "The port authority said 40 ships were waiting outside the breakwater by the evening.\n"
)


def run(*args: object, input: str | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.mark.parametrize("excel", [False, True], ids=["csv", "csv-for-excel"])
def test_importing_a_tags_csv_export_is_refused_with_the_way_back(db_url, tmp_path: Path, excel: bool):
    page = tmp_path / "strike.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert run("import", page).exit_code == 0
    assert run("tag", "1", "Ilse Marchetti", "--label", "PERSON").exit_code == 0
    out = tmp_path / "tags.csv"
    assert run("export", "-o", out, *(["--excel"] if excel else [])).exit_code == 0

    result = run("import", out)

    assert result.exit_code == 1
    assert "reader's CSV export of tags, not a page" in result.stderr
    assert "import-annotations" in result.stderr and "--format jsonl" in result.stderr
    listed = run("list", "--json")
    assert listed.stdout.count("\n") == 1  # still the one article: no "(untitled)" made of the CSV


def test_a_claims_csv_export_is_refused_too(db_url, tmp_path: Path):
    claims = tmp_path / "reader-claims.csv"
    claims.write_text(",".join(CLAIM_COLUMNS) + "\r\n27,1,A title,The port is closed,Port authority\r\n")
    result = run("import", claims)
    assert result.exit_code == 1
    assert "reader's CSV export of claims, not a page" in result.stderr


def test_a_text_that_only_mentions_the_columns_is_still_an_article(db_url, tmp_path: Path):
    note = tmp_path / "note.txt"
    note.write_text("The export has the columns " + ",".join(COLUMNS[:3]) + " first.\n\n" + PAGE)
    result = run("import", note)
    assert result.exit_code == 0, result.output
    assert "imported 1 article" in result.stdout
