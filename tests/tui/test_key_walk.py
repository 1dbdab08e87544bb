"""A seeded random keystroke walk (benchmarks/key_walk.py) on the sample articles: about 150 keys
drawn from the bindings of whatever screen is in front, plain keys and typed words; then the app
must not have raised, SQLite must be whole (every quote is its text at its offsets, every row names
what exists), the reading view must show what is stored, Esc must lead back to the library, and
undoing everything must give back every tag, claim, entity and text as they were before the app
opened. benchmarks/key_walk.py --seeds N --keys K runs longer walks."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _walker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_key_walk", BENCH / "key_walk.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_key_walk", mod)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The walks' starting library, made once (sample_data/ imported and tagged); each walk gets a copy."""
    path = tmp_path_factory.mktemp("key-walk") / "start.db"
    _walker().make_library(path)
    return path


@pytest.mark.parametrize("seed", [3, 11, 29])
async def test_key_walk(seed: int, library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)  # an export path typed as a bare name is written there
    kw = _walker()
    path = tmp_path / "walk.db"
    shutil.copyfile(library, path)
    walk = await kw.run_walk(path, seed, 150, size=kw.size_for(seed))
    assert len(walk.keys) >= 150
    assert walk.findings == []
