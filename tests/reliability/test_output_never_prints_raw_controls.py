"""Whatever a (tampered or old) database holds, no command prints a raw control, escape or bidi
character: JSON writes them as \\u escapes (the value read back is the stored one), text and CSV
show them neutralised."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hostile_counts import exercised

from reader.models import CleanResult
from reader.store import Store

from .cli_run import reader
from .conftest import unsafe_chars

HOSTILE = "\x1b[2J\x1b]52;c;cHduZWQ=\x07X\u009bY\u009dZ\u202eW\u2028\U000e0041"
TEXT = "Anna Kurose said the plant hired 300 workers in Douai last year. More text follows here."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Values stored raw behind reader's back, as an older version or another program could."""
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store.add_article(CleanResult(text=TEXT, title="Plant"), TEXT, None, "text")
        store.add_annotation(1, "PERSON", 0, 11)
        store.add_annotation(1, "CLAIM", 0, 40, claimant="Anna")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE annotations SET note = ?, annotator = ?", (HOSTILE, "bob" + HOSTILE))
        conn.execute("UPDATE annotations SET claimant = ? WHERE claimant IS NOT NULL", (HOSTILE,))
        conn.execute("UPDATE articles SET title = ?, byline = ?, site = ?", (HOSTILE, HOSTILE, HOSTILE))
        conn.execute("UPDATE labels SET description = ?", (HOSTILE,))
        conn.execute(
            "INSERT INTO sessions (annotator, started) VALUES (?, '2025-01-01T00:00:00+00:00')", (HOSTILE,)
        )
    conn.close()
    return path


COMMANDS = [
    ("list",),
    ("show", "1"),
    ("search", "Kurose"),
    ("claims",),
    ("entities",),
    ("entities", "--show", "Anna Kurose"),
    ("labels",),
    ("stats",),
    ("suggest", "1"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_text_output_has_no_raw_controls(db: Path, args: tuple[str, ...]) -> None:
    exercised("strings", 1)
    r = reader(db, *args)
    assert r.code == 0, r.output
    assert not unsafe_chars(r.stdout.replace("\n", "")), r.stdout
    assert not unsafe_chars(r.stderr.replace("\n", ""))


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_json_output_escapes_controls_and_keeps_values(db: Path, args: tuple[str, ...]) -> None:
    exercised("strings", 1)
    r = reader(db, *args, "--json")
    assert r.code == 0, r.output
    assert not unsafe_chars(r.stdout.replace("\n", "")), r.stdout
    for line in r.stdout.splitlines():
        json.loads(line)


def test_show_and_claims_json_give_the_stored_values_back(db: Path) -> None:
    shown = json.loads(reader(db, "show", "1", "--json").stdout)
    assert {a["note"] for a in shown["annotations"]} == {HOSTILE}
    claims = [json.loads(line) for line in reader(db, "claims", "--json").stdout.splitlines()]
    assert claims[0]["claimant"] == HOSTILE


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "w3c", "claimreview"])
def test_export_to_stdout_has_no_raw_controls(db: Path, fmt: str) -> None:
    exercised("strings", 1)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE annotations SET claim_status = 'false' WHERE claimant IS NOT NULL")
    conn.close()
    r = reader(db, "export", "-f", fmt)
    assert r.code == 0, r.output
    assert "X" in r.stdout
    assert not unsafe_chars(r.stdout.replace("\r\n", "").replace("\n", "")), r.stdout[:500]
