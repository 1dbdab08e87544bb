"""`reader export -o` never writes onto the database (by any name) nor replaces a file unless --force."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.store import Store

from .cli_run import assert_refused, dump, reader
from .conftest import add_article


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "reader.db"
    with Store(path) as store:
        add_article(store, 1)
        store.add_annotation(1, "PERSON", 0, 2)
    return path


def test_export_onto_the_database_is_refused(db: Path) -> None:
    before = db.read_bytes()
    assert_refused(reader(db, "export", "-o", db), "is the database")
    assert_refused(reader(db, "export", "-o", db, "--force"), "is the database")
    assert db.read_bytes() == before


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "w3c", "claimreview"])
def test_export_onto_the_database_through_a_link_is_refused(db: Path, tmp_path: Path, fmt: str) -> None:
    before = dump(db)
    (tmp_path / "sym.csv").symlink_to(db)
    os.link(db, tmp_path / "hard.csv")
    for name in ("sym.csv", "hard.csv"):
        assert_refused(reader(db, "export", "-f", fmt, "-o", tmp_path / name, "--force"), "is the database")
    assert dump(db) == before


def test_export_onto_the_wal_file_is_refused(db: Path, tmp_path: Path) -> None:
    # Another program holding the database open keeps its -wal file beside it.
    holder = Store(db)
    try:
        wal = db.with_name(db.name + "-wal")
        assert wal.exists()
        assert_refused(reader(db, "export", "-o", wal, "--force"), "is the database")
    finally:
        holder.close()


def test_export_never_replaces_an_existing_file_without_force(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.csv"
    out.write_text("my notes\n")
    assert_refused(reader(db, "export", "-o", out), "exists", "--force")
    assert out.read_text() == "my notes\n"
    result = reader(db, "export", "-o", out, "--force")
    assert result.code == 0, result.output
    assert out.read_text().startswith("annotation_id,")


def test_brat_export_refuses_a_file_a_full_folder_and_the_database_folder(db: Path, tmp_path: Path) -> None:
    before = dump(db)
    a_file = tmp_path / "file.txt"
    a_file.write_text("keep")
    assert_refused(reader(db, "export", "-f", "brat", "-o", a_file, "--force"), "is a file")
    assert a_file.read_text() == "keep"
    full = tmp_path / "full"
    full.mkdir()
    (full / "mine.txt").write_text("keep")
    assert_refused(reader(db, "export", "-f", "brat", "-o", full), "--force")
    assert sorted(p.name for p in full.iterdir()) == ["mine.txt"]
    assert_refused(reader(db, "export", "-f", "brat", "-o", tmp_path, "--force"), "holds the database")
    assert dump(db) == before
    result = reader(db, "export", "-f", "brat", "-o", tmp_path / "new")
    assert result.code == 0, result.output
    assert (tmp_path / "new" / "annotation.conf").exists()
