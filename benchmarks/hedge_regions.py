"""When the dump cleaner hesitates, would a hedged body (its region and the next one together) lose fewer
articles? Per-page records for policies, on pages the unit model has not seen (tune material only).

    python benchmarks/hedge_regions.py --model transfer|folds --folds-cache F \
        --written benchmarks/data/written_pages --written benchmarks/data/kind_pages/train \
        --written benchmarks/data/kind_pages/check --records OUT.json
    python benchmarks/hedge_regions.py --from OUT.json            # the policies' figures only

Each document of ablate_dump.py's material (multilingual TUNE half, the 181 set's dumps, the written
pages) is cleaned as in ablate_dump.py's view; for each page it records the cleaner's text and its
figures, its hesitation signals (the learned scorer's best other run against the body's, its confidence,
the flags, the body's share of the page's words) and, for the cleaner's next two candidate regions
(reader.clean.dump_candidates.region_texts' order), their place, words, sentence-end share, weight
against the body's and the figures of the body with that region's text added in page order. Then it
prints, for a grid of hedging policies, F1 (lost) per set and the pages each policy makes better and worse.
The held-out half is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import ablate_dump as ab  # noqa: E402

from reader.clean import LOW_CONFIDENCE, clean, dump_hedge, dump_model  # noqa: E402
from reader.clean.dump import (  # noqa: E402
    _plain_article,
    finish_body,
    page_units,
    pick_region,
    ranked_regions,
    score_regions,
)
from reader.clean.dump_compete import sentence_share  # noqa: E402
from reader.clean.paragraphs import paragraphs_from_lines  # noqa: E402


def _figs(doc: dict, text: str) -> dict:
    f = ab.page_figures(doc, text)
    f.pop("text", None)
    return f


def record(doc: dict) -> dict:
    result = clean(doc["raw"], "text")
    rec: dict = {
        "id": doc["id"],
        "set": doc["set"],
        "own": _figs(doc, result.text),
        "confidence": result.confidence or 0.0,
        "flags": list(result.flags),
        "signals": {k: v for k, v in (result.signals or {}).items() if isinstance(v, float)},
        "words": len(result.text.split()),
        "others": [],
    }
    _url, units, scores = page_units(doc["raw"])
    if not units or _plain_article([replace(u) for u in units], scores) is not None:
        return rec
    sc = score_regions(units, scores)
    own = pick_region(units, sc)
    weight = sum(sc.chosen[own[0] : own[1]])
    page_words = sum(u.words for u in units) or 1
    rec["page_words"] = page_words
    rec["own_region"] = list(own)
    rec["own_weight"] = weight
    for region in [r for r in ranked_regions(units, sc) if r != own][:3]:
        work = [replace(u) for u in units]
        s, e, kept = finish_body(work, sc, *region)
        text = "\n\n".join(paragraphs_from_lines([u.text for u in kept]))
        if not text.strip():
            continue
        above = region[1] <= own[0]
        both = text + "\n\n" + result.text if above else result.text + "\n\n" + text
        rec["others"].append(
            {
                "region": list(region),
                "above": above,
                "gap": own[0] - region[1] if above else region[0] - own[1],
                "words": sum(u.words for u in kept),
                "sentences": sentence_share(kept),
                "ratio": sum(sc.chosen[region[0] : region[1]]) / weight if weight > 0 else 0.0,
                "mean_prob": (
                    sum((u.prob or 0.0) * u.words for u in units[region[0] : region[1]])
                    / max(1, sum(u.words for u in units[region[0] : region[1]]))
                ),
                "alone": _figs(doc, text),
                "both": _figs(doc, both),
            }
        )
    return rec


def records(args: argparse.Namespace) -> list[dict]:
    docs = ab.load_all(args.written, [], 1.0)
    # "none": the hand scores alone choose the region (a cleaner whose scorer saw nothing: more lost pages)
    if args.model == "none":
        dump_model.model = lambda: None  # type: ignore[assignment]
    model_for = (lambda d: None) if args.model == "none" else ab._models(args.model, docs, args.folds_cache)
    ab._memoise()
    out = []
    t0 = time.time()
    for d in docs:
        dump_model.set_model(model_for(d))
        out.append(record(d))
    dump_model.set_model(None)
    print(f"{len(out)} pages recorded ({time.time() - t0:.0f} s)", file=sys.stderr)
    return out


def _set_figs(recs: list[dict], pick) -> tuple[float, int, int]:  # noqa: ANN001
    """(F1, lost, pages) of `recs` with each page's figures as `pick(rec)` gives them."""
    figs = [pick(r) for r in recs]
    lost = sum(f["lost"] for f in figs)
    if "tp" in figs[0]:
        tp, fp, fn = (sum(f[k] for f in figs) for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return (2 * p * r / (p + r) if p + r else 0.0), lost, len(figs)
    return sum(f["f1"] for f in figs) / len(figs), lost, len(figs)


def hesitates(rec: dict, cond: dict) -> dict | None:
    """The candidate region a policy `cond` keeps beside the body, or None."""
    if rec["confidence"] >= cond.get("conf", 1.01):
        return None
    if cond.get("flags") and not any(f in rec["flags"] for f in dump_hedge.DOUBTS):
        return None
    sig = rec["signals"]
    for o in rec["others"][: cond.get("top", 1)]:
        if o["ratio"] < cond.get("ratio", 0.0):
            continue
        if o["words"] < cond.get("words", 0) or o["sentences"] < cond.get("sentences", 0.0):
            continue
        if cond.get("bigger") and o["words"] < cond["bigger"] * rec["words"]:
            continue
        if cond.get("below") is False and not o["above"]:
            continue
        if sig.get("learned_second_ratio", 2.0) < cond.get("second", 0.0):
            continue
        return o
    return None


def policy_figs(rec: dict, cond: dict) -> dict:
    o = hesitates(rec, cond)
    return rec["own"] if o is None else o["both"]


GRID = [
    # the rule as landed (dump_hedge): the flags doubt a small body, the next region 2x its words, 100+
    {"flags": True, "bigger": 2.0, "words": 100},
    {"conf": 0.5, "ratio": 0.3, "sentences": 0.5, "words": 50},
    {"conf": 0.5, "ratio": 0.5, "sentences": 0.5, "words": 50},
    {"conf": 0.5, "ratio": 0.3, "sentences": 0.5, "words": 50, "bigger": 1.0},
    {"conf": 0.5, "ratio": 0.0, "sentences": 0.5, "words": 100, "bigger": 2.0},
    {"conf": 0.5, "ratio": 0.3, "sentences": 0.5, "words": 50, "top": 2},
    {"conf": 0.6, "ratio": 0.3, "sentences": 0.5, "words": 50},
    {"conf": 0.6, "ratio": 0.5, "sentences": 0.5, "words": 50},
    {"conf": 0.5, "ratio": 0.5, "sentences": 0.3, "words": 30},
    {"conf": 0.4, "ratio": 0.3, "sentences": 0.5, "words": 50},
    {"conf": 1.01, "ratio": 0.6, "sentences": 0.5, "words": 50},
    {"conf": 1.01, "ratio": 0.8, "sentences": 0.5, "words": 50},
]


def report(recs: list[dict], grid: list[dict]) -> None:
    sets: dict[str, list[dict]] = {}
    for r in recs:
        sets.setdefault(r["set"], []).append(r)
    names = sorted(sets)
    print("policy".ljust(60) + "".join(n[:14].ljust(22) for n in names))
    base = "".join("{:.4f} ({})".format(*_set_figs(sets[n], lambda r: r["own"])[:2]).ljust(22) for n in names)
    print("as cleaned".ljust(60) + base)
    lost = [r["id"] for r in recs if r["own"]["lost"]]
    print(
        "  lost as cleaned: "
        + " ".join(f"{i}({next(r for r in recs if r['id'] == i)['confidence']:.2f})" for i in lost)
    )
    for r in recs:
        if r["own"]["lost"]:
            tops = [
                (o["above"], o["words"], round(o["ratio"], 2), round(o["sentences"], 2), o["both"]["lost"])
                for o in r["others"]
            ]
            print(f"    {r['id']} {r['set']} words {r['words']} conf {r['confidence']:.2f} others {tops}")
    for cond in grid:
        cells = []
        ups, downs, touched = 0, 0, 0
        for n in names:
            f1, lost_n, _ = _set_figs(sets[n], lambda r, c=cond: policy_figs(r, c))
            cells.append(f"{f1:.4f} ({lost_n})".ljust(22))
        for r in recs:
            if hesitates(r, cond) is None:
                continue
            touched += 1
            after = policy_figs(r, cond)["f1"]
            ups += after > r["own"]["f1"] + 0.001
            downs += after < r["own"]["f1"] - 0.001
        label = ",".join(f"{k}={v}" for k, v in cond.items()) + f" [{touched}: +{ups} -{downs}]"
        print(label.ljust(60) + "".join(cells))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", choices=("shipped", "transfer", "folds", "none"), default="transfer")
    ap.add_argument("--folds-cache")
    ap.add_argument("--written", action="append", default=[])
    ap.add_argument("--records", help="write the per-page records here")
    ap.add_argument("--from", dest="source", help="read the records from here instead of cleaning")
    ap.add_argument(
        "--rounds", type=int, help="transfer: trees per model (fewer: a weaker scorer, more lost pages)"
    )
    ap.add_argument("--depth", type=int, help="transfer: each tree's depth (1 or 2)")
    ap.add_argument(
        "--no-hedge", action="store_true", help="clean without dump_hedge (the records' 'as cleaned')"
    )
    args = ap.parse_args(argv)
    if args.no_hedge:
        dump_hedge.HEDGE_TIMES = None
    ab.tdm.ROUNDS = args.rounds or ab.tdm.ROUNDS
    ab.tdm.DEPTH = args.depth or ab.tdm.DEPTH
    if args.source:
        recs = json.loads(Path(args.source).read_text())
    else:
        recs = records(args)
        if args.records:
            Path(args.records).write_text(json.dumps(recs))
    report(recs, GRID)
    _ = LOW_CONFIDENCE
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
