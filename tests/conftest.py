"""Shared fixtures. Every test gets its own database and home folders: nothing touches real files."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import schema_url

# Counts of hostile input, summed over xdist workers and printed at the end of the run.
from hostile_counts import (  # noqa: F401
    _count_hostile_items,
    pytest_runtest_logreport,
    pytest_terminal_summary,
)

SAMPLE_DATA = Path(__file__).resolve().parent.parent / "sample_data"
SEED_FILE = SAMPLE_DATA / "000_d13f4cea6e1b214d.txt"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """READER_DB, HOME and the XDG folders point into tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    db = tmp_path / "reader.db"
    monkeypatch.setenv("READER_DB", str(db))
    monkeypatch.delenv("READER_ANNOTATOR", raising=False)  # a desk member's own setting
    monkeypatch.delenv("READER_TRASH", raising=False)  # deleted articles go beside the test's library
    from reader.suggest_memo import forget

    forget()  # the suggester's kept results: a test that replaces the suggester sees its own
    return db


@pytest.fixture
def db_path(db_url: str) -> Path | str:
    """The library READER_DB names for this test: the SQLite file, or the PostgreSQL URL (a test
    that takes it runs on both backends; tests/backends.py reads what it stored)."""
    return db_url if db_url.startswith("postgresql://") else Path(db_url)


# The PostgreSQL server the both-backends tests use (.ci/run starts one and sets these): a URL
# to a database where this role may create schemas. READER_REQUIRE_PG=1 makes a missing server a
# failure instead of a skip, so CI never passes by skipping them.
PG_URL = os.environ.get("READER_TEST_PG", "")
PG_REQUIRED = os.environ.get("READER_REQUIRE_PG") == "1"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Where a both-backends test keeps its library: an SQLite file, or a schema of its own on the
    PostgreSQL server (dropped afterwards). READER_DB names it, so CLI commands use it too."""
    if request.param == "sqlite":
        url = str(tmp_path / "reader.db")
        monkeypatch.setenv("READER_DB", url)
        yield url
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("SQLite only: " + request.node.get_closest_marker("sqlite_only").args[0])
    if not PG_URL:
        if PG_REQUIRED:
            pytest.fail("READER_REQUIRE_PG=1 but READER_TEST_PG names no server")
        pytest.skip("PostgreSQL: no server (set READER_TEST_PG=postgresql://... to run these)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = schema_url(PG_URL, schema)
    monkeypatch.setenv("READER_DB", url)
    try:
        yield url
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(db_url: str):
    """A library on each backend (db_url): the tests that take it run on SQLite and PostgreSQL."""
    from reader.store import Store

    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture
def seed_db(store):
    """The store with the sample article imported as article 1."""
    from reader.importing import import_paths

    report = import_paths(store, [SEED_FILE])
    assert report.imported == [1], report
    return store
