"""Renaming a built-in label keeps its suggestions: they follow the label (its id), not its name."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.models import CleanResult
from reader.store import Store

from .cli_run import reader

TEXT = (
    "Anna Kurose, the mayor of Douai, said on Monday that the plant hired 1,200 workers in 2024.\n\n"
    "Marc Dubois of Stellantis said 300 more would follow."
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store.add_article(CleanResult(text=TEXT, title="Plant"), TEXT, None, "text")
    return path


def stored(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT l.name, a.text FROM annotations a JOIN labels l ON l.id = a.label_id ORDER BY a.start"
        ).fetchall()
    finally:
        conn.close()


def person_suggestions(db: Path, label: str) -> list[str]:
    result = reader(db, "suggest", "1", "--json")
    assert result.code == 0, result.output
    return [
        g["text"] for g in [json.loads(line) for line in result.stdout.splitlines()] if g["label"] == label
    ]


def test_suggestions_follow_a_renamed_label(db: Path) -> None:
    people = person_suggestions(db, "PERSON")
    assert "Anna Kurose" in people
    assert reader(db, "labels", "rename", "PERSON", "PEOPLE").code == 0
    assert person_suggestions(db, "PEOPLE") == people  # shown under the label's name now
    result = reader(db, "suggest", "1", "--accept", "PEOPLE")
    assert result.code == 0, result.output
    assert {text for name, text in stored(db)} == set(people)
    assert {name for name, _ in stored(db)} == {"PEOPLE"}


def test_built_in_name_still_accepts_after_rename(db: Path) -> None:
    assert reader(db, "labels", "rename", "PERSON", "PEOPLE").code == 0
    result = reader(db, "suggest", "1", "--accept", "PERSON")
    assert result.code == 0, result.output
    assert stored(db) and {name for name, _ in stored(db)} == {"PEOPLE"}


def test_claims_link_a_renamed_quantity_label(db: Path) -> None:
    assert reader(db, "labels", "rename", "QUANTITY", "NUMBER").code == 0
    assert reader(db, "labels", "rename", "CLAIM", "STATEMENT").code == 0
    result = reader(db, "suggest", "1", "--accept", "all", "--json")
    assert result.code == 0, result.output
    claims = [
        a for a in [json.loads(line) for line in result.stdout.splitlines()] if a["label"] == "STATEMENT"
    ]
    assert claims and any(c["quantities"] for c in claims)
    names = {name for name, _ in stored(db)}
    assert "NUMBER" in names and "QUANTITY" not in names


def test_tag_links_a_renamed_quantity_label(db: Path) -> None:
    assert reader(db, "labels", "rename", "QUANTITY", "NUMBER").code == 0
    result = reader(
        db, "tag", "1", "Marc Dubois of Stellantis said 300 more", "-l", "CLAIM", "--quantity", "300"
    )
    assert result.code == 0, result.output
    assert stored(db) == [("CLAIM", "Marc Dubois of Stellantis said 300 more"), ("NUMBER", "300")]
