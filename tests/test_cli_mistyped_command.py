"""A mistyped command is taken for a path to import (the bare `reader PATH` opens the library): when
no such file is there and the word is close to a command, the one error line says which command.

Found in tmux (h70): `reader opne` said "cannot import /…/opne: no such file or folder", and a
newcomer who meant `reader open` (or `reader lables`) had no hint that it is read as a path."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from reader.cli.main import cli


@pytest.mark.parametrize(
    ("typed", "meant"), [("opne", "open"), ("lables", "labels"), ("serach", "search"), ("cliams", "claims")]
)
def test_a_word_close_to_a_command_names_it(typed, meant, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "r.db"), typed])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error: cannot import")
    assert f"no command is called “{typed}” either: did you mean `reader {meant}`?" in lines[0]


def test_a_missing_file_is_only_a_missing_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "r.db"), "Bericht_über_Zürich.html"])
    assert result.exit_code == 1
    assert "did you mean" not in result.stderr and "no such file or folder" in result.stderr
    far = CliRunner().invoke(cli, ["--db", str(tmp_path / "r.db"), "zzzqqq"])
    assert far.exit_code == 1 and "did you mean" not in far.stderr
