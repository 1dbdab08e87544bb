"""Shared fixtures. Every test gets its own database and home folders: nothing touches real files."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    return db


@pytest.fixture
def db_path(isolated_env: Path) -> Path:
    """The database file READER_DB names for this test."""
    return isolated_env


@pytest.fixture
def store(db_path: Path):
    from reader.store import Store

    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def seed_db(store):
    """The store with the sample article imported as article 1."""
    from reader.importing import import_paths

    report = import_paths(store, [SEED_FILE])
    assert report.imported == [1], report
    return store
