"""An import that fails says each refusal once, on stderr: no `refused:` line on stdout repeating
the `reader: error:` line."""

from __future__ import annotations

from pathlib import Path

from .cli_run import assert_refused, reader


def test_one_refused_input_is_one_error_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = reader(tmp_path / "r.db", "import", empty)
    assert_refused(r, "empty file")
    assert r.stdout == ""


def test_several_refused_inputs_are_each_said_once(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    r = reader(tmp_path / "r.db", "import", empty, tmp_path / "missing.txt")
    assert r.code == 1 and r.stdout == "", r.output
    lines = r.stderr.splitlines()
    assert lines[-1] == "reader: error: nothing imported: all 2 inputs were refused"
    assert sum("empty.txt" in line for line in lines) == 1
    assert sum("missing.txt" in line for line in lines) == 1
