"""Fit the confidence model of reader.clean.confidence (a logistic regression over a dump's measures)
and write its weights to reader/clean/confidence_model.py.

    python benchmarks/confidence.py --features /tmp/signals.json --out-of-fold
    python benchmarks/confidence_train.py /tmp/signals.json --good-rate 0.035 [--write | --cross] [--without learned_]

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


def _matrix(rows: list[dict], keys: list[str]) -> np.ndarray:
    return np.array([[model_inputs(r["signals"])[k] for k in keys] for r in rows])


def _train(rows: list[dict], keys: list[str]) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """(weights, bias, mean, scale) of the sign-kept logistic regression over `rows`."""
    X = _matrix(rows, keys)
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
    return w, b, mean, scale


def _chance(rows: list[dict], keys: list[str], w: np.ndarray, b: float, mean, scale) -> np.ndarray:
    if not rows:
        return np.zeros(0)
    return 1 / (1 + np.exp(-(((_matrix(rows, keys) - mean) / scale) @ w + b)))


def _threshold(dumps: list[dict], p: np.ndarray, good_rate: float) -> float:
    """The chance at which the plain doubts and the model together mark `good_rate` of the real good
    pages among `dumps` (p: the model's chance for each of the pages the plain doubts leave)."""
    rows = [r for r in dumps if not r.get("plain_low")]
    good = np.array([r["variant"] == "real" and not r["lost"] for r in rows])
    all_good = sum(1 for r in dumps if r["variant"] == "real" and not r["lost"])
    plain_good = sum(1 for r in dumps if r["variant"] == "real" and not r["lost"] and r.get("plain_low"))
    budget = max(0.0, good_rate * all_good - plain_good) / max(1, int(good.sum()))
    return float(np.quantile(p[good], 1 - budget)) if budget > 0 else float(p.max()) + 1e-6


def _marked(dumps: list[dict], p: np.ndarray, threshold: float) -> list[bool]:
    """Whether each of `dumps` is marked: by the plain doubts, or by the model at `threshold`."""
    it = iter(p >= threshold)
    return [True if r.get("plain_low") else bool(next(it)) for r in dumps]


def _dumps(records: list[dict]) -> list[dict]:
    # a dump's body chosen among regions: the model weighs its measures
    return [r for r in records if "word_share" in r["signals"]]


def measures(records: list[dict]) -> list[str]:
    """The measures of MODEL_MEASURES every dump page has (the learned scorer's only when it ran)."""
    inputs = [model_inputs(r["signals"]) for r in _dumps(records)]
    return [k for k in MODEL_MEASURES if all(k in x for x in inputs)]


def fit(records: list[dict], good_rate: float, keys: list[str] | None = None) -> dict:
    keys = measures(records) if keys is None else keys
    dumps = _dumps(records)
    # not already marked by the plain doubts (no text, a very short body, a consent notice, teasers,
    # ...): the model is to find what those leave
    rows = [r for r in dumps if not r.get("plain_low")]
    w, b, mean, scale = _train(rows, keys)
    p = _chance(rows, keys, w, b, mean, scale)
    threshold = _threshold(dumps, p, good_rate)
    marked = _marked(dumps, p, threshold)
    good = [m for r, m in zip(dumps, marked, strict=True) if r["variant"] == "real" and not r["lost"]]
    lost = [m for r, m in zip(dumps, marked, strict=True) if r["lost"]]
    real_lost = [m for r, m in zip(dumps, marked, strict=True) if r["lost"] and r["variant"] == "real"]
    print(
        f"{len(rows)} pages left by the plain doubts of {len(dumps)}; threshold {threshold:.3f}: "
        f"real good flagged {sum(good) / len(good):.3f}, lost flagged {sum(lost) / len(lost):.3f}, "
        f"real lost {sum(real_lost)}/{len(real_lost)} (in sample)"
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


def cross(records: list[dict], good_rate: float, keys: list[str]) -> list[str]:
    """Trained on one tune set (the multilingual tune half, or the 181-page set) with its threshold
    set there, tested on the other: lines of (lost flagged, real lost flagged, real good flagged)."""
    sets = {"ml": lambda r: r["group"] == "ml tune", "181": lambda r: r["group"].startswith("181")}
    out = []
    for train_name, test_name in (("ml", "181"), ("181", "ml")):
        train = _dumps([r for r in records if sets[train_name](r)])
        test = _dumps([r for r in records if sets[test_name](r)])
        rows = [r for r in train if not r.get("plain_low")]
        w, b, mean, scale = _train(rows, keys)
        threshold = _threshold(train, _chance(rows, keys, w, b, mean, scale), good_rate)
        left = [r for r in test if not r.get("plain_low")]
        marked = _marked(test, _chance(left, keys, w, b, mean, scale), threshold)

        def share(pick, marked=marked, test=test) -> str:
            chosen = [m for r, m in zip(test, marked, strict=True) if pick(r)]
            return f"{sum(chosen)}/{len(chosen)} ({100 * sum(chosen) / max(1, len(chosen)):.1f}%)"

        out.append(
            f"train {train_name:3s} -> test {test_name:3s}: lost flagged "
            + share(lambda r: r["lost"])
            + ", real lost "
            + share(lambda r: r["lost"] and r["variant"] == "real")
            + ", real good "
            + share(lambda r: not r["lost"] and r["variant"] == "real")
        )
    return out


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
    parser.add_argument(
        "--cross", action="store_true", help="train on one tune set, test on the other (both ways)"
    )
    parser.add_argument(
        "--without", default="", help="comma-separated measure prefixes left out (e.g. learned_)"
    )
    args = parser.parse_args(argv)
    records = json.loads(args.features.read_text("utf-8"))
    drop = tuple(x for x in args.without.split(",") if x)
    keys = [k for k in measures(records) if not (drop and k.startswith(drop))]
    if args.cross:
        print("\n".join(cross(records, args.good_rate, keys)))
        return 0
    model = fit(records, args.good_rate, keys)
    if args.write:
        write(model, OUT)
        print(f"wrote {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
