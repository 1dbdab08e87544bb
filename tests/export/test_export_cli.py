from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from export_fixtures import add_seed_article, tag_seed

from reader.cli.main import cli
from reader.store.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    with Store(path) as store:
        tag_seed(store, add_seed_article(store))
    return path


def run(db, *args, input=None):
    return CliRunner().invoke(cli, ["--db", str(db), *map(str, args)], input=input, catch_exceptions=False)


def test_export_csv_to_stdout_by_default(db):
    result = run(db, "export")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert len(rows) == 16
    assert result.stdout.startswith("annotation_id,article_id,article_title,")
    assert "wrote 16 annotations" in result.stderr


def test_export_filters_and_excel(db, tmp_path):
    out = tmp_path / "claims.csv"
    result = run(db, "export", "--label", "CLAIM", "--status", "mostly true", "--excel", "-o", out)
    assert result.exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["claimant"] for r in rows] == ["Ayumi Kurose"]


def test_excel_to_stdout_starts_with_the_byte_order_mark(db):
    """Found by trying the README's `reader export --excel > tags.csv` (h57): the stdout guard that
    shows format characters as U+FFFD turned the byte order mark itself into one (bytes EF BF BD)."""
    result = CliRunner().invoke(cli, ["--db", str(db), "export", "--excel"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfannotation_id,")
    assert "\ufffd" not in result.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "w3c", "claimreview"])
def test_other_formats_to_stdout(db, fmt):
    result = run(db, "export", "--format", fmt)
    assert result.exit_code == 0
    if fmt == "jsonl":
        assert len(json.loads(result.stdout.splitlines()[0])["spans"]) == 16
    else:
        json.loads(result.stdout)


def test_brat_round_trip_through_the_cli(db, tmp_path):
    folder = tmp_path / "brat"
    assert run(db, "export", "-f", "brat", "-o", folder).exit_code == 0
    assert (folder / "annotation.conf").exists()
    fresh = tmp_path / "fresh.db"
    with Store(fresh) as store:
        store.add_label("SUBHEAD", "entity", "#aaaaaa")
        add_seed_article(store)
    result = run(fresh, "import-annotations", folder)
    assert result.exit_code == 0
    assert "imported 16 annotations into 1 article; 0 duplicates skipped" in result.stderr
    with Store(fresh) as store:
        assert len(store.annotations(1)) == 16


def test_user_errors_are_one_line(db, tmp_path):
    for args in (
        ["export", "--status", "bogus"],
        ["export", "--label", "NOPE"],
        ["export", "--since", "last week"],
        ["export", "--article", "42"],
        ["export", "-f", "brat"],
        ["import-annotations", tmp_path, "--map", "oops"],
    ):
        result = run(db, *args)
        assert result.exit_code != 0, args
        assert result.stderr.startswith("reader: error: ") and result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.output


def test_import_of_unknown_article_exits_1(db, tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(
        json.dumps({"id": 1, "text": "Another text.", "spans": [{"label": "ORG", "start": 0, "end": 7}]})
    )
    result = run(db, "import-annotations", path)
    assert result.exit_code == 1
    assert "no article with this text" in result.stderr


def test_commands_have_help():
    for name in ("export", "import-annotations"):
        assert cli.get_command(None, name).help


def test_bad_filter_writes_nothing(db, tmp_path):
    result = run(db, "export", "--status", "nope")
    assert result.exit_code == 1 and result.stdout == ""
    out = tmp_path / "never.csv"
    assert run(db, "export", "--label", "NOPE", "-o", out).exit_code == 1
    assert not out.exists()


def test_an_annotator_nobody_is_is_one_line_not_an_empty_export(db, tmp_path):
    """`--annotator` naming nobody who tagged (a typo, another case) says so, with who did tag,
    instead of writing an empty export; one who did tag exports theirs."""
    out = tmp_path / "jane.csv"
    result = run(db, "export", "--annotator", "jane doe", "-o", out)
    assert result.exit_code == 1 and not out.exists()
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1
    assert "no annotations by 'jane doe'" in line and "Jane Doe" in line
    result = run(db, "export", "--annotator", "Jane Doe", "-o", out)
    assert result.exit_code == 0 and "wrote 14 annotations" in result.stderr
