"""IDs of 2^63 or more (no SQLite row can have one) are a one-line "no article with id N", never an
OverflowError, in every command that takes an id; nothing stored changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.models import CleanResult
from reader.store import Store

from .cli_run import assert_refused, dump, reader

TEXT = "Anna Kurose said the plant hired 300 workers in Douai last year."
HUGE = [str(2**63), str(2**64), "9" * 40]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store.add_article(CleanResult(text=TEXT, title="Plant"), TEXT, None, "text")
        store.add_annotation(1, "PERSON", 0, 11)
    return path


@pytest.mark.parametrize("big", HUGE)
@pytest.mark.parametrize(
    "args",
    [
        ("show", "{}"),
        ("show", "{}", "--json"),
        ("tag", "{}", "Anna", "-l", "ORG"),
        ("untag", "{}"),
        ("untag", "{}", "Anna", "-l", "PERSON"),
        ("reclean", "{}"),
        ("suggest", "{}"),
        ("suggest", "{}", "--accept", "all"),
        ("export", "--article", "{}"),
    ],
    ids=lambda a: " ".join(a) if isinstance(a, tuple) else a,
)
def test_huge_id_is_not_found(db: Path, args: tuple[str, ...], big: str) -> None:
    before = dump(db)
    assert_refused(reader(db, *(a.format(big) for a in args)), f"with id {big}")
    assert dump(db) == before


def test_huge_map_target_is_refused(db: Path, tmp_path: Path) -> None:
    export = tmp_path / "in.jsonl"
    export.write_text(
        json.dumps({"id": 7, "text": TEXT, "spans": [{"label": "ORG", "start": 0, "end": 4}]}) + "\n"
    )
    before = dump(db)
    assert_refused(
        reader(db, "import-annotations", export, "--map", f"7={2**63}"), f"no article with id {2**63}"
    )
    assert dump(db) == before


def test_huge_limit_is_taken_as_no_limit(db: Path) -> None:
    r = reader(db, "search", "Kurose", "--limit", "9" * 30)
    assert r.code == 0 and "Plant" in r.stdout, r.output


@pytest.mark.parametrize("ref", [f"#{2**63}", "#" + "9" * 40, "#²", "#0"])
@pytest.mark.parametrize(
    "args",
    [
        ("entities", "merge", "{}", "--into", "Anna Kurose"),
        ("entities", "merge", "Anna Kurose", "--into", "{}"),
        ("entities", "split", "{}"),
        ("tag", "1", "the plant hired 300 workers", "-l", "CLAIM", "--claimant", "{}"),
    ],
    ids=lambda a: " ".join(a) if isinstance(a, tuple) else a,
)
def test_an_entity_named_by_an_impossible_id_is_not_found(db: Path, args: tuple[str, ...], ref: str) -> None:
    """Found by hand (h61): `reader entities merge '#99999999999999999999999' --into X` ended in an
    OverflowError traceback ("#²" in a ValueError): an entity named by an id no row can have is a
    one-line "no entity with id N"."""
    before = dump(db)
    assert_refused(reader(db, *(a.format(ref) for a in args)), f"no entity with id {ref[1:]}")
    assert dump(db) == before
