"""import-annotations given a file that is not what it expects (the CSV export, a W3C page read as
JSON Lines) says so in one line and exits 1, instead of one complaint per line of the file; a JSON
Lines export with one damaged line still reports that line and imports the rest."""

from __future__ import annotations

import io

from click.testing import CliRunner

from reader.cli.main import cli
from reader.export import export


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _exports(tagged, tmp_path):
    for fmt, name in (("csv", "tags.csv"), ("w3c", "tags.w3c"), ("jsonl", "tags.jsonl")):
        export(tagged.store, fmt, tmp_path / name)


def test_the_csv_export_is_refused_in_one_line(tagged, tmp_path):
    _exports(tagged, tmp_path)
    for args in ((), ("--format", "jsonl")):
        result = run("import-annotations", tmp_path / "tags.csv", *args)
        assert result.exit_code == 1
        lines = result.output.strip().splitlines()
        assert len(lines) == 1, result.output
        assert "CSV" in lines[0] and "JSONL, brat or W3C export" in lines[0]


def test_a_w3c_page_read_as_json_lines_is_one_line(tagged, tmp_path):
    _exports(tagged, tmp_path)
    result = run("import-annotations", tmp_path / "tags.w3c", "--format", "jsonl")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "not JSON Lines" in lines[0] and "--format w3c" in lines[0]


def test_one_damaged_line_of_json_lines_is_reported_and_the_rest_imported(tagged, tmp_path):
    buf = io.StringIO()
    export(tagged.store, "jsonl", buf)
    path = tmp_path / "damaged.jsonl"
    path.write_text("{ broken\n" + buf.getvalue(), encoding="utf-8")
    result = run("--db", tagged.store.path, "import-annotations", path)
    assert "damaged.jsonl line 1: not valid JSON" in result.output
    assert "16 duplicates skipped" in result.output and "line 2" not in result.output
