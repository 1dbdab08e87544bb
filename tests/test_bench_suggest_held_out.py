"""benchmarks/suggest.py keeps its held-out parts out of sight unless asked: heldout26 is not
loaded without `--held-out`, and the snapshot and `--misses` skip every held-out part (h78; heldout18/19 tune sets since
h79, heldout20..25 each once it was read twice). heldout21 itself was written by h84, heldout22 by h90, heldout23 by h92, heldout24 by h96, heldout25 by h101,
heldout26 by h108.

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


def test_heldout26_is_the_held_out_part_loaded_only_on_request(monkeypatch):
    bench = _load("bench_suggest_h78", "benchmarks/suggest.py")
    assert bench.HELD_OUT_6 == "unseen-heldout23"
    assert bench.HELD_OUT_7 == "unseen-heldout24"
    assert bench.HELD_OUT_8 == "unseen-heldout25"
    assert bench.HELD_OUT_9 == "unseen-heldout26"
    # heldout18..25 became tune sets once read twice: heldout26 is held out
    assert bench.HELD_OUT_PARTS == (bench.HELD_OUT_9,)

    monkeypatch.setattr(sys, "argv", ["suggest.py"])
    for part in bench.HELD_OUT_PARTS:
        assert not [d for d in bench.load_docs() if d["group"] == part]
        assert not [d for d in bench.load_docs(held_out=False) if d["group"] == part]
    # the earlier held-out parts are loaded either way (tune sets now)
    groups = {d["group"] for d in bench.load_docs(held_out=False)}
    tuned = {
        bench.HELD_OUT,
        bench.HELD_OUT_2,
        bench.HELD_OUT_3,
        bench.HELD_OUT_4,
        bench.HELD_OUT_5,
        bench.HELD_OUT_6,
        bench.HELD_OUT_7,
        bench.HELD_OUT_8,
    }
    assert tuned <= groups
    docs = [d for d in bench.load_docs(held_out=False) if d["group"] == bench.HELD_OUT_3]
    assert Counter(d["language"] for d in docs) == {lang: 5 for lang in ("en", "de", "fr", "es", "nl", "pl")}


def test_heldout21_loads_thirty_articles(monkeypatch):
    """heldout21.txt (h84, a tune set since it was read twice): its 30 articles, five per language, each with
    entities and claims, load into HELD_OUT_4. Counts only, never a score."""
    bench = _load("bench_suggest_h84", "benchmarks/suggest.py")
    assert (ROOT / "tests/data/suggest/unseen/heldout21.txt").exists()
    monkeypatch.setattr(sys, "argv", ["suggest.py"])
    docs = [d for d in bench.load_docs() if d["group"] == bench.HELD_OUT_4]
    assert len(docs) == 30
    assert Counter(d["language"] for d in docs) == {lang: 5 for lang in ("en", "de", "fr", "es", "nl", "pl")}
    assert all(d["entities"] and d["claims"] for d in docs)
    assert len({d["id"] for d in docs}) == 30
    for d in docs:  # every gold span is in its article's text
        assert all(e["text"] in d["text"] for e in d["entities"])
        assert all(c in d["text"] for c in d["claims"])


def test_heldout22_loads_thirty_articles(monkeypatch):
    """heldout22.txt (h90, a tune set since it was read twice): its 30 articles, five per language, each with
    entities and claims, load into HELD_OUT_5. Counts only, never a score."""
    bench = _load("bench_suggest_h90", "benchmarks/suggest.py")
    assert (ROOT / "tests/data/suggest/unseen/heldout22.txt").exists()
    monkeypatch.setattr(sys, "argv", ["suggest.py"])
    docs = [d for d in bench.load_docs() if d["group"] == bench.HELD_OUT_5]
    assert len(docs) == 30
    assert Counter(d["language"] for d in docs) == {lang: 5 for lang in ("en", "de", "fr", "es", "nl", "pl")}
    assert all(d["entities"] and d["claims"] for d in docs)
    assert len({d["id"] for d in docs}) == 30
    for d in docs:  # every gold span is in its article's text
        assert all(e["text"] in d["text"] for e in d["entities"])
        assert all(c in d["text"] for c in d["claims"])


def test_heldout23_loads_thirty_articles(monkeypatch):
    """heldout23.txt (h92, a tune set since it was read twice, before and after h93/h94): its 30 articles,
    five per language, each with entities and claims, load into HELD_OUT_6 with or without the flag.
    Counts only, never a score."""
    bench = _load("bench_suggest_h92", "benchmarks/suggest.py")
    assert (ROOT / "tests/data/suggest/unseen/heldout23.txt").exists()
    monkeypatch.setattr(sys, "argv", ["suggest.py"])
    assert len([d for d in bench.load_docs() if d["group"] == bench.HELD_OUT_6]) == 30
    monkeypatch.setattr(sys, "argv", ["suggest.py", "--held-out"])
    docs = [d for d in bench.load_docs() if d["group"] == bench.HELD_OUT_6]
    assert len(docs) == 30
    assert Counter(d["language"] for d in docs) == {lang: 5 for lang in ("en", "de", "fr", "es", "nl", "pl")}
    assert all(d["entities"] and d["claims"] for d in docs)
    assert len({d["id"] for d in docs}) == 30
    for d in docs:  # every gold span is in its article's text
        assert all(e["text"] in d["text"] for e in d["entities"])
        assert all(c in d["text"] for c in d["claims"])


def test_heldout24_loads_thirty_articles(monkeypatch):
    """heldout24.txt (h96, a tune set since it was read twice): its 30 articles, five per language, each
    with entities and claims, load into HELD_OUT_7 with or without the flag. Counts only, never a score."""
    bench = _load("bench_suggest_h96", "benchmarks/suggest.py")
    assert (ROOT / "tests/data/suggest/unseen/heldout24.txt").exists()
    monkeypatch.setattr(sys, "argv", ["suggest.py"])
    loaded = bench.load_docs()
    docs = [d for d in loaded if d["group"] == bench.HELD_OUT_7]
    assert len(docs) == 30
    assert Counter(d["language"] for d in docs) == {lang: 5 for lang in ("en", "de", "fr", "es", "nl", "pl")}
    assert all(d["entities"] and d["claims"] for d in docs)
    assert len({d["id"] for d in docs}) == 30
    for d in docs:  # every gold span is in its article's text
        assert all(e["text"] in d["text"] for e in d["entities"])
        assert all(c in d["text"] for c in d["claims"])
    # heldout23 (a tune set) loads beside it, and no id is shared with it
    both = [d for d in loaded if d["group"] == bench.HELD_OUT_6]
    assert len(both) == 30
    assert not {d["id"] for d in docs} & {d["id"] for d in both}


def test_heldout25_loads_thirty_articles(monkeypatch):
    """heldout25.txt (h101, a tune set since it was read twice): its 30 articles, five per language, each
    with entities and claims, load into HELD_OUT_8 with or without the flag. Counts only, never a score."""
    bench = _load("bench_suggest_h101", "benchmarks/suggest.py")
    assert (ROOT / "tests/data/suggest/unseen/heldout25.txt").exists()
    monkeypatch.setattr(sys, "argv", ["suggest.py"])
    loaded = bench.load_docs()
    docs = [d for d in loaded if d["group"] == bench.HELD_OUT_8]
    assert len(docs) == 30
    assert Counter(d["language"] for d in docs) == {lang: 5 for lang in ("en", "de", "fr", "es", "nl", "pl")}
    assert all(d["entities"] and d["claims"] for d in docs)
    assert len({d["id"] for d in docs}) == 30
    for d in docs:  # every gold span is in its article's text
        assert all(e["text"] in d["text"] for e in d["entities"])
        assert all(c in d["text"] for c in d["claims"])
    # heldout24 (a tune set) loads beside it, and no id is shared with it
    h24 = [d for d in loaded if d["group"] == bench.HELD_OUT_7]
    assert len(h24) == 30
    assert not {d["id"] for d in docs} & {d["id"] for d in h24}


def test_heldout26_loads_thirty_articles_with_the_flag(monkeypatch):
    """heldout26.txt (h108, the held-out part): with `--held-out` its 30 articles, five per
    language, each with entities and claims, load into HELD_OUT_9; without the flag none do. Counts only,
    never a score (heldout25 is compared by its ids only)."""
    bench = _load("bench_suggest_h108", "benchmarks/suggest.py")
    assert (ROOT / "tests/data/suggest/unseen/heldout26.txt").exists()
    monkeypatch.setattr(sys, "argv", ["suggest.py"])
    assert not [d for d in bench.load_docs() if d["group"] == bench.HELD_OUT_9]
    assert not [d for d in bench.load_docs(held_out=False) if d["group"] == bench.HELD_OUT_9]
    monkeypatch.setattr(sys, "argv", ["suggest.py", "--held-out"])
    loaded = bench.load_docs()
    docs = [d for d in loaded if d["group"] == bench.HELD_OUT_9]
    assert len(docs) == 30
    assert Counter(d["language"] for d in docs) == {lang: 5 for lang in ("en", "de", "fr", "es", "nl", "pl")}
    assert all(d["entities"] and d["claims"] for d in docs)
    assert all(len(d["claims"]) >= 3 for d in docs)
    assert all(len({e["label"] for e in d["entities"]}) >= 3 for d in docs)
    assert len({d["id"] for d in docs}) == 30
    for d in docs:  # every gold span is in its article's text
        assert all(e["text"] and e["text"] in d["text"] for e in d["entities"])
        assert all(c and c in d["text"] for c in d["claims"])
    # heldout25 (a tune set) loads beside it, and no id is shared with it
    h25 = [d for d in loaded if d["group"] == bench.HELD_OUT_8]
    assert len(h25) == 30
    assert not {d["id"] for d in docs} & {d["id"] for d in h25}


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
    assert [Path(p).name for p in audit.HELD_OUTS] == [f"heldout{n}.txt" for n in range(18, 27)]


def test_audit_wordlists_leaves_the_parts_still_held_out_unread_unless_asked():
    """The audit printed the word-list entries found in each held-out file, so whoever ran it while
    tuning learned words of the held-out part (it happened in h100's round). By default it now reads
    no article of a part still held out (benchmarks/suggest.py's HELD_OUT_PARTS) and says so;
    `--held-out` (for the one who reads the part) checks them as before."""
    audit = _load("bench_audit_h106", "benchmarks/audit_wordlists.py")
    bench = _load("bench_suggest_h106", "benchmarks/suggest.py")
    held_now = audit.held_out_now()
    assert {Path(f).name for f in held_now} == {
        f"{g.removeprefix('unseen-')}.txt" for g in bench.HELD_OUT_PARTS
    }
    assert set(held_now) <= set(audit.HELD_OUTS)
    read = {f for f, _, _ in audit.audited_articles(held_out=False)}
    assert not read & set(held_now)
    assert f"{audit.TESTS}/unseen/heldout23.txt" in read  # a tune set now: read
    assert set(held_now) <= {f for f, _, _ in audit.audited_articles(held_out=True)}
