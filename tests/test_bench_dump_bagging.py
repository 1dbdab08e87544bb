"""benchmarks/train_dump_model.py's bagging (tried on the transfer and out-of-fold views, not shipped):
members on bootstrap samples of the pages, averaged into one model of the shipped form."""

import importlib.util
import sys
from pathlib import Path

import pytest

from reader.clean import dump_model

np = pytest.importorskip("numpy")

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def tdm():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_train_dump_model", BENCH / "train_dump_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _material(n_pages: int = 12, rows: int = 20):
    rng = np.random.default_rng(7)
    F = len(dump_model.FEATURES)
    X = rng.normal(size=(n_pages * rows, F))
    y = (X[:, 2] + 0.3 * rng.normal(size=len(X)) > 0).astype(float)
    w = np.ones(len(X))
    groups = np.repeat([f"page{i}" for i in range(n_pages)], rows)
    return X, y, w, groups


def test_the_bagged_model_scores_the_mean_of_its_members_margins(tdm):
    X, y, w, g = _material()
    members = tdm.train_members(X, y, w, g, rounds=10, bags=3, seed=1)
    bagged = tdm.combine(members)
    assert len(bagged["trees"]) == sum(len(m["trees"]) for m in members)
    rows = X[:15].tolist()
    mean = np.mean([dump_model.margins(m, rows) for m in members], axis=0)
    assert np.allclose(dump_model.margins(bagged, rows), mean)


def test_bootstrap_samples_are_of_pages_and_repeatable(tdm):
    X, y, w, g = _material()
    a = tdm.train_members(X, y, w, g, rounds=5, bags=2, seed=3)
    b = tdm.train_members(X, y, w, g, rounds=5, bags=2, seed=3)
    assert a == b  # deterministic for a seed
    assert a[0] != a[1]  # two samples, two models
    # one bag is the plain model on all the material
    assert tdm.train_bagged(X, y, w, g, rounds=5, bags=1) == tdm.train(X, y, w, 5)


def test_stumps_at_depth_one(tdm, monkeypatch):
    X, y, w, g = _material()
    monkeypatch.setattr(tdm, "DEPTH", 1)
    m = tdm.train(X, y, w, 5)
    assert all(len(t[2]) == 1 and len(t[3]) == 1 for t in m["trees"])
