"""Fit the confidence model of reader.clean.confidence (a logistic regression over a dump's measures)
and write its weights to reader/clean/confidence_model.py.

    python benchmarks/confidence.py --features /tmp/signals.json
    python benchmarks/confidence_train.py /tmp/signals.json [--good-rate 0.04] [--write]

Trained on what benchmarks/confidence.py writes: the multilingual TUNE half's dumps and the 181-page
set's dumps (real pages with their measured label, and the synthetic "article lost" pages made from
them); never the held-out half. Classes are weighted to count alike, the real lost pages count
REAL_LOST_WEIGHT times (the synthetic ones only stand in for them), and an L2 penalty keeps the
weights small. The model is fitted to the pages the plain doubts (assess without the model) leave
unmarked; its threshold is set so that it and the plain doubts together mark `--good-rate` of the real
good pages, the plain doubts' marks included. Deterministic (full-batch gradient descent from zero). numpy is needed here only: inference
(reader.clean.confidence.model_doubt) is pure Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.clean.confidence import MODEL_MEASURES, model_inputs  # noqa: E402

OUT = REPO / "reader" / "clean" / "confidence_model.py"
REAL_LOST_WEIGHT = 5.0
L2 = 0.01
STEPS = 4000
RATE = 0.5


def fit(records: list[dict], good_rate: float) -> dict:
    keys = list(MODEL_MEASURES)
    # a dump's body chosen among regions, not already marked by the plain doubts (no text, a very short
    # body, a consent notice, teasers, ...): the model is to find what those leave
    dumps = [r for r in records if "word_share" in r["signals"]]
    rows = [r for r in dumps if not r.get("plain_low")]
    X = np.array([[model_inputs(r["signals"])[k] for k in keys] for r in rows])
    y = np.array([1.0 if r["lost"] else 0.0 for r in rows])
    real = np.array([r["variant"] == "real" for r in rows])
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    weight = np.where((y == 1) & real, weight * REAL_LOST_WEIGHT, weight)
    # each weight keeps the sign of its measure's doubtful side (MODEL_MEASURES): a synthetic page has
    # quirks of its own (cutting the article out leaves the page's other blocks small), and a weight
    # that learnt such a quirk (a bigger other block making a page safer) would not hold on real pages
    way = np.array([MODEL_MEASURES[k][1] for k in keys], dtype=float)
    w = np.zeros(len(keys))
    b = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        g = (p - y) * weight
        w -= RATE * (Z.T @ g / len(y) + L2 * w)
        w = np.maximum(0.0, w * way) * way
        b -= RATE * g.mean()
    p = 1 / (1 + np.exp(-(Z @ w + b)))
    good = (y == 0) & real
    # the threshold: the plain doubts and the model together mark `good_rate` of the real good pages
    all_good = sum(1 for r in dumps if r["variant"] == "real" and not r["lost"])
    plain_good = sum(1 for r in dumps if r["variant"] == "real" and not r["lost"] and r.get("plain_low"))
    budget = max(0.0, good_rate * all_good - plain_good) / max(1, int(good.sum()))
    threshold = float(np.quantile(p[good], 1 - budget)) if budget > 0 else float(p.max()) + 1e-6
    flagged = p >= threshold
    plain_lost = sum(1 for r in dumps if r["lost"] and r.get("plain_low"))
    all_lost = sum(1 for r in dumps if r["lost"])
    print(
        f"{len(rows)} pages left by the plain doubts ({int(y.sum())} lost, {int(((y == 1) & real).sum())} of them real); "
        f"threshold {threshold:.3f}: real good flagged {flagged[good].mean():.3f} of these, "
        f"{(plain_good + flagged[good].sum()) / all_good:.3f} in all; lost flagged "
        f"{(plain_lost + flagged[y == 1].sum()) / all_lost:.3f} in all, real lost {int(flagged[(y == 1) & real].sum())}/{int(((y == 1) & real).sum())} of these"
    )
    for k, wk in sorted(zip(keys, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {k:26s} {wk:+.3f}")
    return {
        "keys": keys,
        "weights": [round(float(v), 4) for v in w],
        "mean": [round(float(v), 4) for v in mean],
        "scale": [round(float(v), 4) for v in scale],
        "bias": round(float(b), 4),
        "threshold": round(threshold, 4),
        "pages": len(rows),
    }


def write(model: dict, path: Path) -> None:
    def table(name: str, values: list[float]) -> str:
        lines = [f"{name}: dict[str, float] = {{"]
        lines += [f'    "{k}": {v},' for k, v in zip(model["keys"], values, strict=True)]
        return "\n".join(lines + ["}"])

    path.write_text(
        '"""Weights of the confidence model (reader.clean.confidence.model_doubt): a logistic regression\n'
        "over a dump's measures, written by benchmarks/confidence_train.py from the multilingual tune half\n"
        f'and the 181-page set, real and synthetic pages ({model["pages"]} pages). Do not edit by hand."""\n\n'
        f"BIAS = {model['bias']}\n"
        f"THRESHOLD = {model['threshold']}  # the chance of 'lost' at which a page is marked low\n"
        + table("WEIGHTS", model["weights"])
        + "\n"
        + table("MEAN", model["mean"])
        + "\n"
        + table("SCALE", model["scale"])
        + "\n",
        "utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("features", type=Path, help="the file benchmarks/confidence.py --features wrote")
    parser.add_argument(
        "--good-rate", type=float, default=0.05, help="share of real good pages the model marks"
    )
    parser.add_argument("--write", action="store_true", help=f"write the weights to {OUT.relative_to(REPO)}")
    args = parser.parse_args(argv)
    model = fit(json.loads(args.features.read_text("utf-8")), args.good_rate)
    if args.write:
        write(model, OUT)
        print(f"wrote {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
