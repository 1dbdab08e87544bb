"""Paired bootstrap of a switch's effect on F1, from an ablate_dump.py --json file (tune material only).

    python benchmarks/paired_bootstrap.py OUT.json [--switch NAME] [--resamples 1000]

For each set of the file: F1 as the base row has it and with the switch, and the 90% interval of the
difference (switch minus base) over resamples of the set's pages (the same pages on both sides). The
multilingual sets pool passages (tp, fp, fn); the others average page F1. The held-out half is never read.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def _f1(figs: list[dict]) -> float:
    if figs and "tp" in figs[0]:
        tp, fp, fn = (sum(f[k] for f in figs) for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0
    return sum(f["f1"] for f in figs) / len(figs) if figs else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("json")
    ap.add_argument("--switch", help="the switch's name (default: the file's first)")
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    report = json.loads(Path(args.json).read_text())
    name = args.switch or next(iter(report["switches"]))
    changed = report["switches"][name]["changed"]
    sets: dict[str, list[str]] = {}
    for i, page in report["pages"].items():
        sets.setdefault(page["set"], []).append(i)
    rng = random.Random(args.seed)
    print(f"switch {name}: the switch minus the base row")
    for s, ids in sorted(sets.items()):
        base = [report["pages"][i] for i in ids]
        other = [changed.get(i, report["pages"][i]) for i in ids]
        diffs = []
        for _ in range(args.resamples):
            pick = [rng.randrange(len(ids)) for _ in ids]
            diffs.append(_f1([other[k] for k in pick]) - _f1([base[k] for k in pick]))
        diffs.sort()
        lo, hi = diffs[int(0.05 * len(diffs))], diffs[int(0.95 * len(diffs)) - 1]
        lost_b = sum(p["lost"] for p in base)
        lost_o = sum(p["lost"] for p in other)
        print(
            f"{s:16} base {_f1(base):.4f} ({lost_b} lost)  switch {_f1(other):.4f} ({lost_o} lost)  "
            f"d {_f1(other) - _f1(base):+.4f}  90% {lo:+.4f}..{hi:+.4f}  pages changed "
            f"{sum(1 for i in ids if i in changed)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
