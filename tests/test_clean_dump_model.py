"""The dump cleaner's learned unit scorer (reader/clean/dump_model.py and its shipped weights)."""

import json

from reader.clean import clean_dump, dump_model
from reader.clean.dump import context_passes
from reader.clean.dump_lines import _score, split_units

MENU = ["Home", "News", "Sport", "Weather", "Contact", "Login", "Search", "Jobs"]
STORY = [
    "The council approved a new cycle lane along the river on Tuesday, after two years of debate.",
    "Work on the two-kilometre lane will start in March and is expected to take about six months.",
    "Residents had asked for a safer route to the station since a cyclist was injured there last spring.",
]


def _page(lines):
    # blank lines around the paragraphs: long lines in a row would read as one hard-wrapped paragraph
    return "\n".join(x if x in MENU else f"\n{x}\n" for x in lines)


def _probabilities(lines):
    units = split_units(_page(lines))
    hand = [_score(u) for u in units]
    lifted = list(hand)
    context_passes(units, lifted)
    return units, dump_model.probabilities(units, hand, lifted)


def test_the_shipped_model_loads_and_names_its_features():
    m = dump_model.model()
    assert m is not None and m["kind"] == "trees" and m["trees"]
    # features added later go at the end: the model's names are a prefix of FEATURES, so its trees'
    # feature indices keep their meaning
    assert dump_model.FEATURES[: len(m["features"])] == m["features"]
    nodes = list(m["trees"])
    while nodes:
        t = nodes.pop()
        if len(t) == 4:
            assert 0 <= t[0] < len(m["features"])
            nodes += [t[2], t[3]]
    assert json.loads(dump_model.MODEL_PATH.read_text("utf-8"))["threshold"] == m["threshold"]


def test_prose_scores_above_the_menu_around_it():
    units, probs = _probabilities(MENU + STORY + MENU)
    prose = [p for u, p in zip(units, probs, strict=True) if u.text in STORY]
    menu = [p for u, p in zip(units, probs, strict=True) if u.text in MENU]
    assert len(prose) == 3 and len(menu) == 16
    assert all(0.0 <= p <= 1.0 for p in probs)
    assert min(prose) > max(menu)
    assert min(prose) > dump_model.model()["threshold"] > max(menu)


def test_one_feature_row_per_unit_of_the_same_length():
    units = split_units(_page(MENU + STORY))
    hand = [_score(u) for u in units]
    rows = dump_model.unit_features(units, hand, list(hand))
    assert len(rows) == len(units)
    assert {len(r) for r in rows} == {len(dump_model.FEATURES)}


def test_the_article_between_menus_is_chosen_with_the_model_and_without_it(monkeypatch):
    page = _page(MENU + STORY + MENU)
    assert clean_dump(page).text.split("\n\n") == STORY
    # no weights file: the hand scores choose the region
    monkeypatch.setattr(dump_model, "MODEL_PATH", dump_model.MODEL_PATH.with_name("missing.json"))
    assert dump_model.model() is None
    assert clean_dump(page).text.split("\n\n") == STORY


def test_a_stacked_model_reads_its_first_stage_probabilities():
    units = split_units(_page(MENU + STORY + MENU))
    hand = [_score(u) for u in units]
    lifted = list(hand)
    context_passes(units, lifted)
    f = dump_model.FEATURES.index
    # a first stage that takes long units, a second stage that takes what the first stage takes
    stage1 = {"kind": "trees", "base": 0.0, "trees": [[f("log_words"), 2.0, [-3.0], [3.0]]], "unused": []}
    stacked = {"kind": "trees", "base": 0.0, "trees": [[f("p1"), 0.5, [-3.0], [3.0]]], "unused": []}
    p1 = dump_model.probabilities(units, hand, lifted, stage1)
    p2 = dump_model.probabilities(units, hand, lifted, dict(stacked, stage1=stage1))
    assert [u.text in STORY for u in units] == [q > 0.5 for q in p1] == [q > 0.5 for q in p2]
    rows = dump_model.unit_features(units, hand, lifted, probs1=p1)
    assert rows[0][f("p1")] == p1[0] and rows[0][f("p1_-1")] == -1.0 and rows[1][f("p1_-1")] == p1[0]
    # a model without a first stage reads zeros there
    assert {r[f("p1")] for r in dump_model.unit_features(units, hand, lifted)} == {0.0}
    settings = {k: v for k, v in dump_model.model().items() if k not in ("trees", "base", "unused")}
    dump_model.set_model(dict(settings, **stacked, stage1=stage1, stage1_mix=0.5))
    try:
        assert clean_dump(_page(MENU + STORY + MENU)).text.split("\n\n") == STORY
    finally:
        dump_model.set_model(None)


def _bench_train():
    import importlib.util
    import sys
    from pathlib import Path

    import pytest

    pytest.importorskip("numpy")  # the training script's (not the reader's) dependency
    bench = Path(__file__).resolve().parents[1] / "benchmarks"
    sys.path.insert(0, str(bench))
    spec = importlib.util.spec_from_file_location("bench_train_dump_model", bench / "train_dump_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_training_renders_html_with_w3m_once_and_says_so_when_it_is_missing(tmp_path, monkeypatch, capsys):
    import shutil

    train = _bench_train()
    cache = tmp_path / "w3m"
    monkeypatch.setenv("READER_W3M_CACHE", str(cache))
    html = b"<html><body><h1>Title</h1><p>" + " ".join(STORY).encode() + b"</p></body></html>"
    if shutil.which("w3m") is not None:
        text = train.w3m_dump(html, 60)
        assert "cycle lane" in text and max(len(x) for x in text.split("\n")) <= 60
        assert len(list(cache.iterdir())) == 1  # cached by the HTML's hash and the width
        monkeypatch.setattr(shutil, "which", lambda name: None)
        assert train.w3m_dump(html, 60) == text  # from the cache
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert train.w3m_dump(html + b" ", 60) is None
    assert train.w3m_dump(html + b"  ", 60) is None
    assert capsys.readouterr().err.count("w3m not found") == 1  # one line, and the material is skipped


def _walked(m, rows):
    """The margins as the trees are walked one by one (what the compiled scorer must give back)."""
    out = []
    for row in rows:
        z = m["base"]
        for t in m["trees"]:
            z += dump_model._tree_value(t, row)
        out.append(z)
    return out


def test_the_compiled_scorer_gives_the_very_floats_of_the_tree_walk():
    """The trees run as one compiled function (4x faster); same sums in the same order, so the same
    floats, bit for bit, on real pages in two languages and on rows at every threshold."""
    m = dump_model.model()
    pages = [
        MENU + STORY + MENU,
        ["Startseite", "Politik"]
        + ["Der Stadtrat hat am Dienstag nach zwei Jahren Streit einen neuen Radweg am Fluss beschlossen."]
        + ["Impressum"],
    ]
    for lines in pages:
        units = split_units(_page(lines))
        hand = [_score(u) for u in units]
        lifted = list(hand)
        context_passes(units, lifted)
        rows = dump_model.unit_features(units, hand, lifted)
        assert dump_model.margins(m, rows) == _walked(m, rows)
        assert list(dump_model.iter_unit_features(units, hand, lifted)) == rows
    nodes, edges = list(m["trees"]), []
    while nodes:
        t = nodes.pop()
        if len(t) == 4:
            edges.append((t[0], t[1]))
            nodes += [t[2], t[3]]
    width = len(dump_model.FEATURES)
    rows = [[0.0] * width] + [[0.0] * width for _ in edges]
    for row, (feature, threshold) in zip(rows[1:], edges, strict=True):
        row[feature] = threshold  # exactly on the threshold: the "<=" side
    assert dump_model.margins(m, rows) == _walked(m, rows)
