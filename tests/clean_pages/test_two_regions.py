"""Two blocks of prose compete and the body the cleaner chose is the lower one (tests/clean_pages/compete/):
both are kept, in page order, what lies between left out, and the page is marked low with the reason
that says so; a page with a clear winner is unchanged. The original-page view shows a two-block body as
its first to its last paragraph with the paragraphs between dropped, and `reader reclean` keeps both."""

from pathlib import Path

import pytest

from reader.body import choose_body, page_text, paragraphs
from reader.clean import clean, dump_compete
from reader.clean.confidence import FLAG_BOTH_KEPT
from reader.clean.dump_lines import Unit
from reader.tui.page_view import initial_marks, spec_from_marks

from ._load import is_low

COMPETE = Path(__file__).parent / "compete"
UNSURE = Path(__file__).parent / "unsure"
REASON = "two parts of the page compete: both kept"

# (page, the upper block's first words, the lower block's last words, a line between them)
TWO = [
    (
        "two_blocks_en.txt",
        "Work to repair the old stone bridge",
        "on the day the pool reopens.",
        "Obituaries",
    ),
    (
        "two_blocks_de.txt",
        "Die Arbeiten an der alten Steinbrücke",
        "ist der Eintritt für alle frei.",
        "Traueranzeigen",
    ),
]
CLEAR = [
    "clear_article_en.txt",
    "clear_article_de.txt",
    "clear_article_es.txt",
    "clear_article_with_box_fr.txt",
]


def _raw(folder: Path, name: str) -> str:
    return (folder / name).read_text("utf-8")


@pytest.mark.parametrize(("name", "first", "last", "between"), TWO, ids=["en", "de"])
def test_both_blocks_are_kept_in_page_order_and_marked(name, first, last, between):
    r = clean(_raw(COMPETE, name), "text")
    assert r.text.startswith(first) and r.text.endswith(last)
    assert between not in r.text
    assert FLAG_BOTH_KEPT in r.flags
    assert is_low(r) and r.reason and REASON in r.reason


@pytest.mark.parametrize("name", [t[0] for t in TWO])
def test_without_the_rule_only_the_lower_block_is_the_body(name, monkeypatch):
    both = clean(_raw(COMPETE, name), "text")
    monkeypatch.setattr(dump_compete, "KEEP_RATIO", None)
    alone = clean(_raw(COMPETE, name), "text")
    assert FLAG_BOTH_KEPT not in alone.flags
    assert both.text.endswith(alone.text) and len(both.text) > len(alone.text)


@pytest.mark.parametrize("name", CLEAR)
def test_a_page_with_a_clear_winner_is_unchanged(name, monkeypatch):
    r = clean(_raw(UNSURE, name), "text")
    monkeypatch.setattr(dump_compete, "KEEP_RATIO", None)
    alone = clean(_raw(UNSURE, name), "text")
    assert FLAG_BOTH_KEPT not in r.flags
    assert (r.text, r.title, r.confidence) == (alone.text, alone.title, alone.confidence)


def _units(texts_scores: list[tuple[str, float]]) -> tuple[list[Unit], list[float]]:
    units = [Unit(text=t, words=len(t.split())) for t, _ in texts_scores]
    return units, [s for _, s in texts_scores]


PROSE_ES = "El ayuntamiento aprobó el jueves el presupuesto del tranvía, según dijo la alcaldesa."
PROSE_FR = "Le conseil municipal a voté mardi la rénovation de la piscine, a annoncé le maire."


def test_runner_up_above_is_kept_only_when_close_above_and_prose():
    units, scores = _units(
        [(PROSE_ES, 4.0), (PROSE_ES + " Otra frase.", 3.0), ("Inicio", -5.0), ("Contacto", -5.0)]
        + [(PROSE_FR, 5.0), (PROSE_FR + " Encore.", 5.0)]
    )
    got = dump_compete.runner_up_above(units, scores, 4, 6)
    assert got is not None and got[0] == 0 and [u.text for u in got[1]] == [units[0].text, units[1].text]
    # the same block below the body is not kept: a block after the article is comments or teasers
    below = units[4:] + units[2:4] + units[:2]
    assert dump_compete.runner_up_above(below, scores[4:] + scores[2:4] + scores[:2], 0, 2) is None
    # a light block above is not kept
    light = [0.5, 0.5] + scores[2:]
    assert dump_compete.runner_up_above(units, light, 4, 6) is None


def test_a_menu_above_the_body_is_no_runner_up_to_keep():
    units, scores = _units(
        [("Inicio Noticias Deportes", 4.0), ("Cultura Economía Opinión", 4.0), ("Contacto", -5.0)]
        + [(PROSE_FR, 5.0), (PROSE_FR + " Encore.", 5.0)]
    )
    assert dump_compete.runner_up_above(units, scores, 3, 5) is None


@pytest.mark.parametrize("name", [t[0] for t in TWO])
def test_the_page_view_marks_a_two_block_body_with_the_paragraphs_between_dropped(name):
    raw = _raw(COMPETE, name)
    r = clean(raw, "text")
    page = page_text(raw, "text")
    paras = paragraphs(page)
    marks = initial_marks(page, paras, r.text, None)
    states = [marks.state(i) for i in range(len(paras))]
    body = [i for i, s in enumerate(states) if s == "body"]
    assert r.text.startswith(paras[body[0]].text[:30]) and r.text.endswith(paras[body[-1]].text[-20:])
    assert "dropped" in states[body[0] : body[-1]]  # the menu between the two blocks
    # the marks stand for a body spec that gives the same two blocks back
    choice = choose_body(page, spec_from_marks(page, paras, marks))
    assert " ".join(choice.text.split()) == " ".join(r.text.split())


def test_reclean_keeps_both_blocks_and_the_mark(store, tmp_path):
    from reader.importing import import_paths
    from reader.reclean import reclean

    page = tmp_path / "two.txt"
    page.write_text(_raw(COMPETE, "two_blocks_en.txt"), "utf-8")
    (aid,) = import_paths(store, [page]).imported
    first = store.get_article(aid)
    assert REASON in (first.confidence_reason or "")
    reclean(store, aid)
    again = store.get_article(aid)
    assert again.text == first.text and again.confidence_reason == first.confidence_reason


@pytest.mark.parametrize(("name", "first", "last", "between"), TWO, ids=["en", "de"])
def test_the_next_candidates_are_each_block_alone(name, first, last, between):
    """`n` in the original page: the cleaner's text (both blocks) first, then the lower block alone
    (the region the cleaner chose), then the upper one alone."""
    from reader.body_candidates import body_candidates

    raw = _raw(COMPETE, name)
    cands = body_candidates(raw, "text")
    both = clean(raw, "text").text
    assert cands[0].text == both
    lower, upper = cands[1].text, cands[2].text
    assert lower.endswith(last) and first not in lower and both.endswith(lower)
    assert upper.startswith(first) and last not in upper and both.startswith(upper)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_story_above_a_close_feature_is_no_longer_lost(lang):
    """tests/candidate_pages.py's page (written for the candidates: the cleaner took the feature under
    the story): the story above is kept too now, and the page is marked."""
    from candidate_pages import DE_FEATURE, DE_STORY, EN_FEATURE, EN_STORY, lost_page

    story, feature = {"en": (EN_STORY, EN_FEATURE), "de": (DE_STORY, DE_FEATURE)}[lang]
    r = clean(lost_page(lang), "text")
    assert r.text == "\n\n".join(story + feature)
    assert FLAG_BOTH_KEPT in r.flags and REASON in (r.reason or "")
