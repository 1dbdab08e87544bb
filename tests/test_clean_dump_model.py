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
    assert m["features"] == dump_model.FEATURES
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
