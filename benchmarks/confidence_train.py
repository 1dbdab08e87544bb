"""Fit the confidence model of reader.clean.confidence (a logistic regression over a dump's measures)
and write its weights to reader/clean/confidence_model.py.

    python benchmarks/confidence.py --features /tmp/signals.json
    python benchmarks/confidence_train.py /tmp/signals.json [--good-rate 0.04] [--write]

Trained on what benchmarks/confidence.py writes: the multilingual TUNE half's dumps and the 181-page
set's dumps (real pages with their measured label, and the synthetic "article lost" pages made from
them); never the held-out half. Classes are weighted to count alike, the real lost pages count
REAL_LOST_WEIGHT times (the synthetic ones only stand in for them), and an L2 penalty keeps the
weights small. The threshold is set so that the model alone marks `--good-rate` of the real good
pages. Deterministic (full-batch gradient descent from zero). numpy is needed here only: inference
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
REAL_LOST_WEIGHT = 20.0
L2 = 0.01
STEPS = 4000
RATE = 0.5


def fit(records: list[dict], good_rate: float) -> dict:
    keys = list(MODEL_MEASURES)
    rows = [r for r in records if "word_share" in r["signals"]]  # a dump's body chosen among regions
    X = np.array([[model_inputs(r["signals"])[k] for k in keys] for r in rows])
    y = np.array([1.0 if r["lost"] else 0.0 for r in rows])
    real = np.array([r["variant"] == "real" for r in rows])
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    weight = np.where((y == 1) & real, weight * REAL_LOST_WEIGHT, weight)
    w = np.zeros(len(keys))
    b = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        g = (p - y) * weight
        w -= RATE * (Z.T @ g / len(y) + L2 * w)
        b -= RATE * g.mean()
    p = 1 / (1 + np.exp(-(Z @ w + b)))
    good = (y == 0) & real
    threshold = float(np.quantile(p[good], 1 - good_rate))
    flagged = p >= threshold
    print(
        f"{len(rows)} pages ({int(y.sum())} lost, {int(((y == 1) & real).sum())} of them real); "
        f"threshold {threshold:.3f}: real good flagged {flagged[good].mean():.3f}, "
        f"lost flagged {flagged[y == 1].mean():.3f}, real lost {int(flagged[(y == 1) & real].sum())}/{int(((y == 1) & real).sum())}"
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
        "--good-rate", type=float, default=0.045, help="share of real good pages the model marks"
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
