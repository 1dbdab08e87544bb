"""Issue 13 items 9 and 19: keys.toml. Only names of keys a terminal sends are taken (no escape
sequences reach the footer, the help or `reader keys`; a typo like `notakey` is refused); a key
already taken on the same screen, a label key (1-9) included, is refused. One behaviour, as the
README says: a mistake is one line (`reader: error: ...`) and reader does not start until the file
is fixed; `reader keys` reports the same line."""

from __future__ import annotations

import json

import pytest

from .cli_run import assert_refused, reader


@pytest.fixture
def keys_file(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = tmp_path / "keys.toml"
    monkeypatch.setenv("READER_KEYS", str(path))
    return path


@pytest.mark.parametrize(
    "value, needle",
    [
        ("\\u001b[2J", "no key is called"),  # ESC [ 2 J: a control sequence, not a key
        ("\\u001b]52;c;cHduZWQ=\\u0007", "no key is called"),
        ("notakey", "notakey"),
        ("ctrl+notakey", "ctrl+notakey"),
        ("²", "no key is called"),
    ],
)
def test_a_key_name_no_key_sends_is_refused_in_one_safe_line(tmp_path, keys_file, value, needle):
    keys_file.write_text(f'[keys]\n"reading.undo" = "{value}"\n', encoding="utf-8")
    for args in (("keys",), ("keys", "--json"), ()):  # () is the TUI: it does not start
        result = reader(tmp_path / "r.db", *args)
        line = assert_refused(result, needle)
        assert "\x1b" not in result.output and "\x07" not in result.output, line


def test_a_key_taken_by_a_label_is_refused(tmp_path, keys_file):
    keys_file.write_text('[keys]\n"reading.undo" = "1"\n', encoding="utf-8")
    assert_refused(reader(tmp_path / "r.db", "keys"), "reading.tag1", "reading.undo")


def test_punctuation_is_taken_by_its_character_and_shown_by_its_name(tmp_path, keys_file):
    keys_file.write_text('[keys]\n"reading.undo" = "ctrl+z,."\n', encoding="utf-8")
    # "." is taken by reading.next_suggestion on the reading view: a conflict, refused
    assert_refused(reader(tmp_path / "r.db", "keys"), "reading.next_suggestion")
    keys_file.write_text('[keys]\n"reading.undo" = "ctrl+z,;"\n', encoding="utf-8")
    result = reader(tmp_path / "r.db", "keys", "--json")
    assert result.code == 0, result.output
    undo = next(r for r in map(json.loads, result.stdout.splitlines()) if r["id"] == "reading.undo")
    assert undo["keys"] == "ctrl+z,semicolon"  # the name the binding answers to
