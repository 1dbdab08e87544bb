"""A refused file whose name holds control, bidi or undecodable bytes is named with those characters
shown as escapes (\\x1b, \\u202e, \\xff): never sent to the terminal, and never silently dropped
either (the line named "missing.txt" for a file called "missing<ESC>[2J.txt", which is not there)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile_counts import exercised

from reader.importing import import_paths

from .cli_run import assert_refused, reader
from .conftest import unsafe_chars


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("missing\x1b[2J.txt", "missing\\x1b[2J.txt"),
        ("gone\x1b]52;c;aGk=\x07.html", "gone\\x1b]52;c;aGk=\\x07.html"),
        ("txt.\u202eevil.md", "txt.\\u202eevil.md"),
        ("line\nbreak.txt", "line\\nbreak.txt"),
    ],
)
def test_the_refusal_line_shows_the_odd_characters_of_a_name(tmp_path: Path, name: str, shown: str) -> None:
    exercised("files", 1)
    line = assert_refused(reader(tmp_path / "lib.db", "import", tmp_path / name), "no such file")
    assert f"{tmp_path}/{shown}: no such file" in line, line
    assert not unsafe_chars(line), line


def test_an_undecodable_byte_in_a_name_is_shown_as_that_byte(store, tmp_path: Path) -> None:  # noqa: ANN001
    exercised("files", 1)
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/Stra\xdfe\x1b[31m.txt"  # Latin-1 "Straße" and an escape
    with open(raw, "wb") as f:
        f.write(b"")
    report = import_paths(store, [folder])
    ((label, reason),) = report.refused
    assert label.endswith("/Stra\\xdfe\\x1b[31m.txt") and "empty" in reason, label
    assert not unsafe_chars(label)
