"""Benchmark reader.suggest against the seed article and the hand-written test articles.

    python benchmarks/suggest.py

Per label: precision / recall over distinct (label, text) pairs, exact (same span text) and lenient
(some mention overlaps a mention of a gold entity with the same label). Claims coverage: share of gold
claims overlapped by a suggested CLAIM. Also the time per 1,000 words (median over runs).

Test articles carry a "set": "dev" (default; written alongside the rules) or "blind" (written before
the rules were tuned on them, to measure generalisation); each set is reported separately, then all.
`--misses` also prints, per article, gold entities not found and suggestions not in the gold (exact text).

Note: the seed gold (../shared/seeds/expected.json) lists the entities a journalist chose to tag, not
every entity (countries, ranges and dates are not listed), so seed precision is a lower bound.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.suggest import suggest  # noqa: E402

SEED = ROOT / ".." / "shared" / "seeds" / "expected.json"
TESTS = ROOT / "tests" / "data" / "suggest"
LABELS = ("PERSON", "ORG", "PLACE", "QUANTITY", "DATE")


def load_docs() -> list[dict]:
    docs = []
    if SEED.exists():
        seed = json.loads(SEED.read_text(encoding="utf-8"))
        for key, d in seed.items():
            if key.startswith("000_"):
                docs.append(
                    {
                        "id": "seed " + key,
                        "group": "seed",
                        "text": d["articleBody"],
                        "language": d.get("language"),
                        "dateline": d.get("dateline"),
                        "entities": d["entities"],
                        "claims": d["claims"],
                    }
                )
    for p in sorted(TESTS.glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        docs.append(
            {
                "id": d["id"],
                "group": "tests",
                "set": d.get("set", "dev"),
                "text": d["text"],
                "language": d.get("language"),
                "dateline": d.get("dateline"),
                "entities": d["entities"],
                "claims": d["claims"],
            }
        )
    return docs


def occurrences(text: str, s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(s), text)] if s else []


def score_doc(doc: dict, sugg) -> dict:
    text = doc["text"]
    res = {}
    for lab in LABELS:
        gold = {e["text"] for e in doc["entities"] if e["label"] == lab}
        pred_spans = [(g.start, g.end) for g in sugg if g.label == lab]
        pred = {text[a:b] for a, b in pred_spans}
        gold_spans = {g: occurrences(text, g) for g in gold}
        ov = lambda x, y: x[0] < y[1] and y[0] < x[1]  # noqa: E731
        len_tp_p = sum(
            1
            for p in pred
            if any(ov(ps, gs) for ps in occurrences(text, p) for g in gold for gs in gold_spans[g])
        )
        len_tp_r = sum(1 for g in gold if any(ov(ps, gs) for ps in pred_spans for gs in gold_spans[g]))
        res[lab] = {
            "gold": len(gold),
            "pred": len(pred),
            "tp": len(gold & pred),
            "ltp_p": len_tp_p,
            "ltp_r": len_tp_r,
        }
    claims = [c for c in sugg if c.label == "CLAIM"]
    covered = 0
    for c in doc["claims"]:
        i = text.find(c)
        if i >= 0 and any(g.start < i + len(c) and i < g.end for g in claims):
            covered += 1
    res["CLAIM"] = {"gold": len(doc["claims"]), "covered": covered, "pred": len(claims)}
    return res


def fmt(n: int, d: int) -> str:
    return f"{n / d:.2f}" if d else "  - "


def report(name: str, results: list[dict]) -> None:
    print(f"\n== {name} ==")
    print(
        f"{'label':9} {'gold':>4} {'pred':>4}  {'P exact':>7} {'R exact':>7}  {'P lenient':>9} {'R lenient':>9}"
    )
    for lab in LABELS:
        g = sum(r[lab]["gold"] for r in results)
        p = sum(r[lab]["pred"] for r in results)
        tp = sum(r[lab]["tp"] for r in results)
        lp = sum(r[lab]["ltp_p"] for r in results)
        lr = sum(r[lab]["ltp_r"] for r in results)
        print(f"{lab:9} {g:4} {p:4}  {fmt(tp, p):>7} {fmt(tp, g):>7}  {fmt(lp, p):>9} {fmt(lr, g):>9}")
    g = sum(r["CLAIM"]["gold"] for r in results)
    c = sum(r["CLAIM"]["covered"] for r in results)
    p = sum(r["CLAIM"]["pred"] for r in results)
    print(f"{'CLAIM':9} {g:4} {p:4}  coverage {fmt(c, g)} ({c}/{g})")


def misses(doc: dict, sugg) -> None:
    text = doc["text"]
    print(f"\n-- misses {doc['id']} --")
    for lab in LABELS:
        gold = {e["text"] for e in doc["entities"] if e["label"] == lab}
        pred = {s.text for s in sugg if s.label == lab}
        if gold - pred:
            print(f"  {lab:8} missed: {sorted(gold - pred)}")
        if pred - gold:
            print(f"  {lab:8} extra:  {sorted(pred - gold)}")
    claims = [c for c in sugg if c.label == "CLAIM"]
    for c in doc["claims"]:
        i = text.find(c)
        if not any(g.start < i + len(c) and i < g.end for g in claims):
            print(f"  CLAIM    missed: {c[:90]!r}")


def main() -> None:
    docs = load_docs()
    per_doc = []
    for d in docs:
        sugg = suggest(d["text"], d["language"], d["dateline"])
        per_doc.append((d, score_doc(d, sugg)))
        if "--misses" in sys.argv[1:]:
            misses(d, sugg)
    report("seed 000 (partial gold)", [r for d, r in per_doc if d["group"] == "seed"])
    for d, r in per_doc:
        if d["group"] == "tests":
            report(f"test {d['id']} ({d['set']})", [r])
    report("dev test articles", [r for d, r in per_doc if d["group"] == "tests" and d["set"] == "dev"])
    report("blind test articles", [r for d, r in per_doc if d["group"] == "tests" and d["set"] == "blind"])
    report("test articles (all)", [r for d, r in per_doc if d["group"] == "tests"])
    report("overall (seed + tests)", [r for _, r in per_doc])

    words = sum(len(d["text"].split()) for d in docs)
    runs = []
    for _ in range(30):
        t0 = time.perf_counter()
        for d in docs:
            suggest(d["text"], d["language"], d["dateline"])
        runs.append((time.perf_counter() - t0) * 1000 / words * 1000)
    print(
        f"\ntime: {statistics.median(runs):.2f} ms per 1,000 words (median of {len(runs)} runs over {words} words)"
    )


if __name__ == "__main__":
    main()
