"""Several programs opening the same database at the same moment (the TUI and an import started
together, on a new file or on one that needs upgrading): each opens it, none fails, the schema is
built or upgraded once."""

from __future__ import annotations

import subprocess
import sys

from reader.store import Store

OPEN = """
import sys, time
from reader.store import Store
start = float(sys.argv[2])
while time.time() < start:
    pass
Store(sys.argv[1]).close()
"""


def open_together(path, n: int = 3) -> list[subprocess.CompletedProcess]:
    import time

    start = str(time.time() + 1.0)  # every process is started and waiting when the moment comes
    procs = [
        subprocess.Popen([sys.executable, "-c", OPEN, str(path), start], stderr=subprocess.PIPE, text=True)
        for _ in range(n)
    ]
    return [(p.wait(timeout=60), p.stderr.read()) for p in procs]


def test_a_new_database_opened_by_three_programs_at_once(tmp_path):
    for round_ in range(4):
        path = tmp_path / f"new{round_}.db"
        results = open_together(path)
        assert all(code == 0 for code, _ in results), [err for _, err in results]
        store = Store(path)
        assert [r[0] for r in store.conn.execute("SELECT name FROM labels ORDER BY id")][:2] == [
            "PERSON",
            "ORG",
        ]
        assert store.conn.execute("SELECT count(*) FROM labels").fetchone()[0] == 6  # seeded once
        store.close()


def test_an_old_database_upgraded_by_two_programs_at_once(tmp_path, monkeypatch):
    from reader.store import connection as store_module
    from reader.store import schema

    for round_ in range(3):
        path = tmp_path / f"old{round_}.db"
        monkeypatch.setattr(store_module, "MIGRATIONS", schema.MIGRATIONS[:1])
        monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
        Store(path).close()
        monkeypatch.undo()
        results = open_together(path, 2)
        assert all(code == 0 for code, _ in results), [err for _, err in results]
        store = Store(path)
        assert store.schema_version == schema.SCHEMA_VERSION
        store.close()
        assert (tmp_path / f"old{round_}.db.v1.bak").exists()
