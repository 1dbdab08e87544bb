"""A database whose folder or file system is read-only still opens for reading (list, show,
export), as the README says; writes are refused in one line. Tests run as root, where chmod does
not stop anything: the -wal and -shm names are taken by folders instead, so SQLite really cannot
create them, as on a read-only file system."""

from __future__ import annotations

from pathlib import Path

from reader.models import CleanResult
from reader.store import Store

from .cli_run import assert_refused, dump, reader

TEXT = "Anna Kurose said the plant hired 300 workers in Douai last year."


def test_read_only_folder_opens_for_reading(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "reader.db"
    with Store(db) as store:
        store.add_article(CleanResult(text=TEXT, title="Plant"), TEXT, None, "text")
        store.add_annotation(1, "PERSON", 0, 11)
    (folder / "reader.db-wal").mkdir()
    (folder / "reader.db-shm").mkdir()
    before = dump(db)
    listed = reader(db, "list")
    assert listed.code == 0 and "Plant" in listed.stdout, listed.output
    shown = reader(db, "show", "1")
    assert shown.code == 0 and "Anna Kurose" in shown.stdout, shown.output
    exported = reader(db, "export")
    assert exported.code == 0 and "PERSON" in exported.stdout, exported.output
    assert_refused(reader(db, "tag", "1", "Douai", "-l", "PLACE"), "read-only")
    assert dump(db) == before
