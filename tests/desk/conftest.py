"""A small desk: two articles, tagged by ann and bob."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.models import CleanResult
from reader.store import Store

T1 = "Anna Kurose met Paul Dax in Douai on Monday."
T2 = "The mayor of Lille spoke to the council of Arras."


def at(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


@pytest.fixture
def db(db_path: Path | str) -> Path | str:
    """The desk's library on each backend (tests/conftest.py's db_url): SQLite and PostgreSQL."""
    return db_path


@pytest.fixture
def desk(db: Path):
    store = Store(db)
    store.add_article(
        CleanResult(text=T1, title="Meeting in Douai", url="https://example.org/douai"), T1, None, "text"
    )
    store.add_article(CleanResult(text=T2, title="Lille and Arras"), T2, None, "text")
    store.add_annotation(1, "PERSON", *at(T1, "Anna Kurose"), annotator="ann")
    store.add_annotation(1, "PERSON", *at(T1, "Paul Dax"), annotator="ann")
    store.add_annotation(1, "PLACE", *at(T1, "Douai"), annotator="ann")
    store.add_annotation(1, "PERSON", *at(T1, "Anna Kurose"), annotator="bob")
    store.add_annotation(1, "PERSON", *at(T1, "Dax"), annotator="bob")
    store.add_annotation(1, "PLACE", *at(T1, "Douai"), annotator="bob")
    yield store
    store.close()
