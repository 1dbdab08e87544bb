"""A standard output that cannot encode everything (PYTHONIOENCODING=cp1252 or ascii, a Windows
console or redirect) gets "?" for what it cannot show: no command fails on reader's own ■ · “."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.models import CleanResult
from reader.store import Store

from .conftest import child_env, run_cli

TEXT = "“Anna Kurose” said the plant hired 300 workers in Douai — in 2024 · ■ 北京. The council agreed."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store.add_article(CleanResult(text=TEXT, title="Plant · “北京”"), TEXT, None, "text")
        store.add_annotation(1, "PERSON", 1, 12, note="“quoted” ■")
        store.add_annotation(1, "CLAIM", 0, 60, claimant="Anna Kurose")
    return path


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
@pytest.mark.parametrize(
    "args",
    [("show", "1"), ("claims",), ("stats",), ("labels",), ("suggest", "1"), ("list",), ("entities",)],
    ids=" ".join,
)
def test_commands_print_on_a_narrow_encoding(db: Path, args: tuple[str, ...], encoding: str) -> None:
    proc = run_cli(
        "--db", str(db), *args, env=child_env(PYTHONIOENCODING=encoding), timeout=120, encoding=encoding
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "PYTHONIOENCODING" not in proc.stderr, proc.stderr
    assert proc.stdout.strip()
