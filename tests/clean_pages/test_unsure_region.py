"""Pages where the article's block is ambiguous (tests/clean_pages/unsure/): two or three stories of
about the same size on one page, an article whose sentences stand one by one among menus. The mark
must doubt them, and not the same sites' plain article pages. The learned dump scorer's view of the
region (reader.clean.confidence.learned_signals) gives the doubt "several blocks of the page look as
likely to be the article"; the library and `reader show --json` give it like every other reason."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.clean import LOW_CONFIDENCE, clean
from reader.clean.confidence import (
    FLAG_BOTH_KEPT,
    MODEL_MEASURES,
    UNSURE_CONFIDENCE,
    UNSURE_SECOND,
    _learned_runs,
    assess,
    measure_everything,
    model_doubt,
)
from reader.clean.dump_lines import Unit
from reader.cli.main import cli
from reader.models import CleanResult

from ._load import is_low, paragraphs

UNSURE = Path(__file__).parent / "unsure"
UNSURE_REASON = "several blocks of the page look as likely to be the article"

AMBIGUOUS = [
    "two_stories_en.txt",
    "two_stories_fr.txt",
    "three_blocks_pl.txt",
    "lost_among_menus_de.txt",
    "lost_among_menus_es.txt",
]
# (page, the first words of its article, of its last paragraph)
CLEAR = [
    ("clear_article_en.txt", "The ferry between Northfield", "The harbour master said"),
    ("clear_article_de.txt", "Der Gemeinderat hat am Dienstag", "Die Schulleiterin zeigte sich"),
    ("clear_article_es.txt", "El pleno aprobó el jueves", "La oposición votó a favor"),
    ("clear_article_with_box_fr.txt", "Le marché couvert du centre-ville", "Le marché sera ouvert"),
]


def _cleaned(name: str):
    return clean((UNSURE / name).read_text("utf-8"), "text")


@pytest.mark.parametrize("name", AMBIGUOUS)
def test_a_page_whose_article_block_is_ambiguous_is_marked(name):
    r = _cleaned(name)
    assert is_low(r) and r.reason, (r.confidence, r.reason)


@pytest.mark.parametrize(("name", "first", "last"), CLEAR)
def test_a_clear_article_on_the_same_sites_is_not_marked(name, first, last):
    r = _cleaned(name)
    paras = paragraphs(r)
    assert paras[0].startswith(first) and paras[-1].startswith(last)
    assert not is_low(r) and r.reason is None, (r.confidence, r.reason)
    # the learned scorer is sure of it: one block, nearly all the page's likely article text
    assert r.signals["learned_confidence"] >= UNSURE_CONFIDENCE
    assert r.signals["learned_runs"] == 1.0


def test_two_stories_of_the_same_size_far_apart_give_the_unsure_reason():
    r = _cleaned("two_stories_en.txt")
    # the cleaner took one story whole and left the other: the learned scorer's own view says why
    assert r.text.startswith("The ferry between Northfield") and "Sunday" not in r.text
    assert r.signals["learned_second_ratio"] >= UNSURE_SECOND
    assert r.signals["learned_runs"] == 2.0 and r.signals["learned_inner_runs"] == 1.0
    assert UNSURE_REASON in r.reason


def test_an_article_cut_into_sentences_among_menus_is_mostly_outside_the_body():
    measure_everything()  # (learned_outside is measured for the training script: weight 0 now)
    try:
        results = [_cleaned(name) for name in ("lost_among_menus_de.txt", "lost_among_menus_es.txt")]
    finally:
        measure_everything(False)
    for r in results:
        # one of its three sentences, and the one above it when a close block above is kept too
        # (reader.clean.dump_compete: the page is then marked with that reason)
        assert len(paragraphs(r)) == 1 or (len(paragraphs(r)) == 2 and FLAG_BOTH_KEPT in r.flags)
        assert r.signals["learned_outside"] > 0.5 and r.signals["learned_confidence"] < UNSURE_CONFIDENCE


def _unit(words: int, prob: float) -> Unit:
    return Unit(text="w " * words, words=words, prob=prob)


def test_learned_runs_end_at_a_long_line_or_a_menu_not_at_a_subheading():
    story = [_unit(40, 0.9), _unit(3, 0.2), _unit(40, 0.9)]  # a subheading inside: one run
    menu = [_unit(1, 0.1)] * 4
    units = story + menu + [_unit(35, 0.8)] + [_unit(20, 0.1)] + [_unit(31, 0.7)] + [_unit(10, 0.9)]
    assert _learned_runs(units, 0, len(units)) == 3
    assert _learned_runs(units, 0, 3) == 1
    assert _learned_runs(units, len(units) - 1, len(units)) == 0  # under LEARNED_RUN_WORDS


SENTENCE = "The council voted on Tuesday to keep the library open on Sundays for another year. "


def _signals(**learned: float) -> dict[str, float]:
    return {"word_share": 0.5, "second_ratio": 0.2, "start_share": 0.2, **learned}


def test_the_unsure_doubt_needs_a_close_other_block_and_an_unsure_scorer():
    text = SENTENCE * 10
    close = _signals(learned_second_ratio=0.9, learned_confidence=0.3)
    value, reason = assess("raw", "text", CleanResult(text=text, signals=close))
    assert value < LOW_CONFIDENCE and UNSURE_REASON in reason
    for sig in (
        _signals(learned_second_ratio=0.3, learned_confidence=0.3),  # no close other block
        _signals(learned_second_ratio=0.9, learned_confidence=0.8),  # sure of the body
        # the other block outweighs the body: the cleaner chose the block under the headline
        _signals(learned_second_ratio=1.6, learned_confidence=0.3),
    ):
        _, reason = assess("raw", "text", CleanResult(text=text, signals=sig))
        assert reason is None or UNSURE_REASON not in reason


def test_a_page_without_the_learned_measures_is_read_as_an_average_one():
    """A dump cleaned by hand scores only (no learned model) has no learned measures: the model
    reads them as the average page's, not as zero (which would look like an unsure scorer)."""
    sig = {"log_words": 6.4, "sentence_ends": 0.9, "headed": 1.0, "word_share": 0.6}
    assert any(k.startswith("learned_") for k in MODEL_MEASURES)
    value, _ = model_doubt(sig)
    assert value >= LOW_CONFIDENCE
    assert model_doubt(sig | {"learned_confidence": 0.0, "learned_mean": 0.0})[0] < value


def _run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_the_unsure_reason_reaches_show_json_and_the_library_mark(tmp_path):
    page = tmp_path / "two_stories_en.txt"
    page.write_text((UNSURE / "two_stories_en.txt").read_text("utf-8"), "utf-8")
    assert _run("import", page).exit_code == 0
    (row,) = [json.loads(x) for x in _run("list", "--json", "--low-confidence").stdout.splitlines()]
    data = json.loads(_run("show", row["id"], "--json").stdout)
    assert data["confidence"] < LOW_CONFIDENCE and UNSURE_REASON in data["confidence_reason"]
    shown = " ".join(_run("show", row["id"]).stdout.split())
    assert UNSURE_REASON in shown
