"""benchmarks/suggest.py keeps its held-out parts out of sight unless asked: heldout20 is not loaded
without `--held-out`, and the snapshot and `--misses` skip every held-out part (h78).

Only the gold files are read (their article ids, languages and counts), never scored here."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, rel: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / rel)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_heldout20_is_a_held_out_part_loaded_only_on_request(monkeypatch):
    bench = _load("bench_suggest_h78", "benchmarks/suggest.py")
    assert bench.HELD_OUT_3 == "unseen-heldout20"
    assert bench.HELD_OUT_PARTS == (bench.HELD_OUT, bench.HELD_OUT_2, bench.HELD_OUT_3)

    monkeypatch.setattr(sys, "argv", ["suggest.py"])
    assert not [d for d in bench.load_docs() if d["group"] == bench.HELD_OUT_3]
    assert not [d for d in bench.load_docs(held_out=False) if d["group"] == bench.HELD_OUT_3]

    monkeypatch.setattr(sys, "argv", ["suggest.py", "--held-out"])
    docs = [d for d in bench.load_docs() if d["group"] == bench.HELD_OUT_3]
    assert Counter(d["language"] for d in docs) == {lang: 5 for lang in ("en", "de", "fr", "es", "nl", "pl")}
    assert len({d["id"] for d in docs}) == 30
    assert all(d["entities"] and d["claims"] for d in docs)
    # the two earlier held-out parts are loaded either way, as before
    groups = {d["group"] for d in bench.load_docs(held_out=False)}
    assert {bench.HELD_OUT, bench.HELD_OUT_2} <= groups


def test_snapshot_leaves_every_held_out_part_out_unless_asked(monkeypatch):
    snap = _load("bench_snapshot_h78", "benchmarks/suggest_snapshot.py")
    monkeypatch.setattr(sys, "argv", ["suggest_snapshot.py"])
    groups = {d["group"] for d in snap.articles()}
    assert not groups & set(snap.bench.HELD_OUT_PARTS)
    assert "unseen-tune" in groups or "unseen-tune5" in groups
    monkeypatch.setattr(sys, "argv", ["suggest_snapshot.py", "--held-out"])
    assert set(snap.bench.HELD_OUT_PARTS) <= {d["group"] for d in snap.articles()}


def test_audit_wordlists_checks_every_held_out_part():
    audit = _load("bench_audit_h78", "benchmarks/audit_wordlists.py")
    assert [Path(p).name for p in audit.HELD_OUTS] == ["heldout18.txt", "heldout19.txt", "heldout20.txt"]
