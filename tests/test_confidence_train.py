"""benchmarks/confidence_train.py: the sign-kept logistic fit, its threshold held to the good-page rate,
and the check across tune sets, on made-up measures (no benchmark data needed)."""

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from reader.clean.confidence import MODEL_MEASURES

pytest.importorskip("numpy")

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _train_module():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_confidence_train", BENCH / "confidence_train.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _page(rng: random.Random, group: str, lost: bool, learned: bool = True) -> dict:
    """A page's measures: a lost page's body is short, with few sentences, and its learned scorer is
    unsure; a good page's is long prose the scorer is sure of (with noise, so that some overlap)."""
    words = rng.gauss(4.0 if lost else 6.0, 0.8)
    sig = {
        "word_share": rng.random(),
        "log_words": words,
        "sentence_ends": min(1.0, max(0.0, rng.gauss(0.4 if lost else 0.8, 0.2))),
        "headed": float(rng.random() < (0.3 if lost else 0.7)),
        "start_share": rng.random(),
    }
    if learned:
        sig["learned_confidence"] = min(1.0, max(0.0, rng.gauss(0.3 if lost else 0.8, 0.15)))
        sig["learned_outside"] = 1.0 - sig["learned_confidence"]
    variant = "cut" if lost and rng.random() < 0.9 else "real"
    return {"group": group, "variant": variant, "lost": lost, "plain_low": False, "signals": sig}


def _records(learned: bool = True) -> list[dict]:
    rng = random.Random(7)
    return [
        _page(rng, group, lost, learned)
        for group in ("ml tune", "181 flat")
        for lost in (False, True)
        for _ in range(150)
    ]


def test_the_fit_keeps_each_weight_on_its_measure_s_doubtful_side_and_the_good_rate():
    train = _train_module()
    records = _records()
    model = train.fit(records, 0.05)
    for key, weight in zip(model["keys"], model["weights"], strict=True):
        assert weight * MODEL_MEASURES[key][1] >= 0, key
    weights = dict(zip(model["keys"], model["weights"], strict=True))
    assert weights["learned_confidence"] < 0 or weights["learned_outside"] > 0
    # the threshold marks about 5% of the real good pages (the plain doubts mark none here)
    good = [r for r in records if r["variant"] == "real" and not r["lost"]]
    keys = model["keys"]
    import numpy as np

    p = train._chance(
        good,
        keys,
        np.array(model["weights"]),
        model["bias"],
        np.array(model["mean"]),
        np.array(model["scale"]),
    )
    assert abs((p >= model["threshold"]).mean() - 0.05) <= 2 / len(good)


def test_the_measures_a_page_lacks_are_left_out_of_the_fit():
    train = _train_module()
    keys = train.measures(_records(learned=False))
    assert "log_words" in keys and not any(k.startswith("learned_") for k in keys)
    assert "learned_confidence" in train.measures(_records())


def test_cross_trains_on_one_tune_set_and_tests_on_the_other():
    train = _train_module()
    records = _records()
    lines = train.cross(records, 0.05, train.measures(records))
    assert [line.split(":")[0] for line in lines] == ["train ml  -> test 181", "train 181 -> test ml "]
    for line in lines:
        lost = line.split("lost flagged ")[1].split(" ")[0]
        flagged, total = (int(n) for n in lost.split("/"))
        assert total == 150 and flagged > 0.6 * total  # the made-up lost pages are easy to tell apart
