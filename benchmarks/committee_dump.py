"""Does a committee of dump models that disagree about the region mark the pages the cleaner loses?
(tune material only)

    python benchmarks/committee_dump.py [--model transfer|folds] [--folds-cache F] [--members 5]
        [--committee-cache C] [--written DIR]... [--json OUT]

The cleaner runs with one unit model per page that never saw it (ablate_dump.py's views: `transfer`, a
model trained on the other set; `folds`, the fold model of train_dump_model.py --cv --folds-cache F).
Beside it, a committee of `--members` models, each trained as that model was but on a bootstrap
sample of its pages (train_dump_model.train_members), chooses the region of the page again
(dump.score_regions and pick_region, before the edges are adjusted). A page's disagreement: the share
of members whose region shares under half its words with the cleaner's. Printed per set: lost and good
pages marked by the confidence (as shipped), by the disagreement at each threshold, and by both.
The held-out half is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import ablate_dump as ad  # noqa: E402
import train_dump_model as tdm  # noqa: E402

from reader.clean import LOW_CONFIDENCE, clean, dump, dump_model  # noqa: E402

SEED = 1  # the members' bootstrap samples (train_dump_model.train_members)


def region_words(units: list, start: int, end: int) -> dict[int, int]:
    return {i: units[i].words for i in range(start, end) if units[i].words}


def overlap(a: dict[int, int], b: dict[int, int]) -> float:
    """Words in both regions over words in either (1.0: the same region)."""
    both = sum(w for i, w in a.items() if i in b)
    either = sum(a.values()) + sum(b.values()) - both
    return both / either if either else 1.0


def pick(raw: str, m: dict) -> tuple[list, tuple[int, int]] | None:
    """(units, region) the cleaner's pick_region gives under model m; None for a bare article."""
    dump_model.set_model(m)
    _url, units, scores = dump.page_units(raw)
    if not units or dump._plain_article(units, scores) is not None:
        return None
    sc = dump.score_regions(units, scores)
    return units, dump.pick_region(units, sc)


def committees(mode: str, docs: list[dict], folds_cache: str | None, members: int, cache: str | None) -> dict:
    """The committee of each side (transfer: "181", "ml-tune"; folds: the fold number as a string)."""
    if cache and Path(cache).exists():
        return json.loads(Path(cache).read_text())
    setting = ad._setting()
    feats = {d["id"]: f for d in docs if (f := tdm.featurise(d)) is not None}
    group_of = {d["id"]: d["group"] for d in docs}
    out: dict[str, list[dict]] = {}
    if mode == "transfer":
        sides = {
            side: [
                d["id"]
                for d in docs
                if d["set"].startswith(side) and d["id"] in feats and not d.get("score_only")
            ]
            for side in ("181", "ml-tune")
        }
    else:
        trainable = [d["id"] for d in docs if d["id"] in feats and not d.get("score_only")]
        sides = {str(k): [i for i in trainable if tdm._fold(group_of[i]) != k] for k in range(tdm.FOLDS)}
    for side, ids in sides.items():
        X, y, w, g = tdm.stacked(feats, ids, group_of)
        out[side] = [
            dict(m, **setting) for m in tdm.train_members(X, y, w, g, tdm.ROUNDS, members, seed=SEED)
        ]
        print(f"committee {side}: {members} members", flush=True)
    if cache:
        Path(cache).write_text(json.dumps(out))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", choices=("transfer", "folds"), default="transfer")
    ap.add_argument(
        "--folds-cache", help="transfer: the two models (ablate_dump's cache); folds: the fold models"
    )
    ap.add_argument("--committee-cache", help="a file to keep the committee in")
    ap.add_argument("--members", type=int, default=5)
    ap.add_argument("--written", action="append", default=[])
    ap.add_argument("--json", help="each page's figures and disagreement")
    args = ap.parse_args(argv)
    t0 = time.time()
    docs = ad.load_all(args.written, [], 1.0)
    if args.model == "folds" and not Path(args.folds_cache or "").exists():
        # the fold models as train_dump_model.py --cv trains them (one per fold, on the other folds)
        feats = {d["id"]: f for d in docs if (f := tdm.featurise(d)) is not None}
        group_of = {d["id"]: d["group"] for d in docs}
        trainable = [d["id"] for d in docs if d["id"] in feats and not d.get("score_only")]
        folds = {}
        for k in range(tdm.FOLDS):
            ids = [i for i in trainable if tdm._fold(group_of[i]) != k]
            X, y, w, _g = tdm.stacked(feats, ids, group_of)
            folds[k] = tdm.train(X, y, w, tdm.ROUNDS)
        Path(args.folds_cache).write_text(json.dumps(folds))
    model_for = ad._models(args.model, docs, args.folds_cache)
    comm = committees(args.model, docs, args.folds_cache, args.members, args.committee_cache)
    print(f"{len(docs)} documents ({time.time() - t0:.0f} s)", flush=True)

    def side(d: dict) -> str:
        if args.model == "transfer":
            return "ml-tune" if d["set"].startswith("181") else "181"
        return str(tdm._fold(d["group"]))

    pages = {}
    for d in docs:
        m = model_for(d)
        dump_model.set_model(m)
        result = clean(d["raw"], "text")
        fig = ad.page_figures(d, result.text)
        fig.pop("text", None)
        fig.update(set=d["set"], confidence=result.confidence or 0.0, reason=result.reason)
        fig["low"] = fig["confidence"] < LOW_CONFIDENCE
        base = pick(d["raw"], m)
        if base is not None:
            units, (s, e) = base
            mine = region_words(units, s, e)
            laps = []
            for member in comm[side(d)]:
                got = pick(d["raw"], member)
                laps.append(overlap(mine, region_words(got[0], *got[1])) if got else 1.0)
            fig["overlaps"] = laps
            fig["disagree"] = sum(1 for x in laps if x < 0.5) / len(laps)
        pages[d["id"]] = fig
    dump_model.set_model(None)
    print(f"cleaned ({time.time() - t0:.0f} s)", flush=True)
    sets: dict[str, list[dict]] = {}
    for p in pages.values():
        sets.setdefault(p["set"], []).append(p)
    for name, part in sorted(sets.items()):
        lost = [p for p in part if p["lost"]]
        good = [p for p in part if not p["lost"]]
        row = f"{name:16s} low: lost {sum(p['low'] for p in lost)}/{len(lost)} good {sum(p['low'] for p in good)}/{len(good)}"
        for t in (0.2, 0.4, 0.6):
            dl = sum(p.get("disagree", 0) >= t for p in lost)
            dg = sum(p.get("disagree", 0) >= t for p in good)
            ul = sum(p["low"] or p.get("disagree", 0) >= t for p in lost)
            ug = sum(p["low"] or p.get("disagree", 0) >= t for p in good)
            row += f" | >={t}: {dl}/{len(lost)} {dg}/{len(good)}, with low {ul} {ug}"
        print(row, flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(pages, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
