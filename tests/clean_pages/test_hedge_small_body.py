"""A hedged body (reader.clean.dump_hedge): when the cleaner takes a small side block of the page (a consent
notice, a teaser list, one entry of a live blog) and its own flags doubt it, while the region it ranked
next is much larger, both are kept, the page is marked "both kept", and the page view still offers the
block alone and the larger region alone. The wrong pick is forced here (as a scorer that has not seen
the page's kind makes it): the shipped scorer takes these invented pages right."""

from pathlib import Path

import pytest

from reader.body_candidates import body_candidates
from reader.clean import clean, dump, dump_candidates, dump_hedge
from reader.clean.confidence import FLAG_BOTH_KEPT, FLAG_SHORT_ON_PAGE, FLAG_SMALL_SHARE
from reader.clean.dump import page_units
from reader.clean.dump_lines import Unit

from ._load import is_low

HEDGE = Path(__file__).parent / "hedge"
REASON = "two parts of the page compete: both kept"

# (page, the first words of the side block the cleaner is made to take, how many lines it has, the
# first words of the article, a sentence of the article far from the side block)
PAGES = [
    (
        "consent_above_de.txt",
        "Damit diese Seite gut funktioniert,",
        2,
        "Nach gut zwei Jahren Bauzeit",
        "Die Reste der alten Brücke sollen bis zum Frühjahr abgetragen werden.",
    ),
    (
        "teasers_above_es.txt",
        "El ayuntamiento aprueba el nuevo plan",
        3,
        "La biblioteca municipal abrirá",
        "El acceso seguirá siendo libre y gratuito para cualquier persona.",
    ),
    (
        "live_entry_it.txt",
        "A Chiavari il torrente Entella",
        1,
        "La protezione civile ha prorogato",
        "Il lungomare è stato chiuso dopo che le onde hanno superato la passeggiata.",
    ),
]
IDS = ["consent-de", "teasers-es", "live-entry-it"]


def _raw(name: str) -> str:
    return (HEDGE / name).read_text("utf-8")


def _force_pick(monkeypatch: pytest.MonkeyPatch, raw: str, first: str, lines: int) -> None:
    """Make the cleaner choose the side block that starts with `first` (`lines` units)."""
    _url, units, _scores = page_units(raw)
    i = next(k for k, u in enumerate(units) if u.text.startswith(first))
    monkeypatch.setattr(dump, "pick_region", lambda units, sc: (i, i + lines))
    monkeypatch.setattr(dump_candidates, "pick_region", lambda units, sc: (i, i + lines))


@pytest.mark.parametrize(("name", "block", "lines", "article", "far"), PAGES, ids=IDS)
def test_a_small_doubted_block_is_kept_with_the_larger_next_region(
    monkeypatch, name, block, lines, article, far
):
    raw = _raw(name)
    _force_pick(monkeypatch, raw, block, lines)
    r = clean(raw, "text")
    assert block in r.text and article in r.text and far in r.text
    assert FLAG_BOTH_KEPT in r.flags
    # the doubt about the block the cleaner chose stays, and the mark says the cleaner was unsure
    assert FLAG_SMALL_SHARE in r.flags or FLAG_SHORT_ON_PAGE in r.flags
    assert is_low(r) and r.reason and REASON in r.reason


@pytest.mark.parametrize(("name", "block", "lines", "article", "far"), PAGES, ids=IDS)
def test_without_the_hedge_the_article_is_lost(monkeypatch, name, block, lines, article, far):
    raw = _raw(name)
    _force_pick(monkeypatch, raw, block, lines)
    monkeypatch.setattr(dump_hedge, "HEDGE_TIMES", None)
    r = clean(raw, "text")
    assert block in r.text and far not in r.text
    assert FLAG_BOTH_KEPT not in r.flags


@pytest.mark.parametrize(("name", "block", "lines", "article", "far"), PAGES, ids=IDS)
def test_the_page_view_offers_the_hedged_body_then_the_block_alone(
    monkeypatch, name, block, lines, article, far
):
    raw = _raw(name)
    _force_pick(monkeypatch, raw, block, lines)
    cands = body_candidates(raw, "text")
    assert cands[0].text == clean(raw, "text").text  # the cleaner's (hedged) text first
    # the block the cleaner chose, alone, is its second choice (one key drops the larger region)
    assert len(cands) >= 2 and cands[1].text.startswith(block) and far not in cands[1].text


@pytest.mark.parametrize("name", [p[0] for p in PAGES])
def test_a_page_taken_right_is_unchanged(monkeypatch, name):
    raw = _raw(name)
    r = clean(raw, "text")
    monkeypatch.setattr(dump_hedge, "HEDGE_TIMES", None)
    alone = clean(raw, "text")
    assert FLAG_BOTH_KEPT not in r.flags
    assert (r.text, r.title, r.confidence) == (alone.text, alone.title, alone.confidence)


SENTENCE_PL = "Rada gminy przyjęła w czwartek budżet na przyszły rok, choć opozycja głosowała przeciw."
NOTICE_EN = "We use cookies to improve your experience and to measure how our pages are used."


def _units(rows: list[str]) -> list[Unit]:
    return [Unit(text=t, words=len(t.split())) for t in rows]


def _finish(kept_rows: range):  # noqa: ANN202
    """A stand-in for the cleaner's finish of the next region: it keeps `kept_rows` of the copy."""
    return lambda work, s, e: (s, e, [work[i] for i in kept_rows])


def test_the_hedge_needs_a_doubt_from_the_cleaners_flags():
    units = _units([NOTICE_EN] * 2 + [SENTENCE_PL] * 20)
    kept = units[:2]
    got = dump_hedge.hedged_body(units, units, kept, [FLAG_SMALL_SHARE], (2, 22), _finish(range(2, 22)))
    assert got is not None and got[0] == 0 and [u.text for u in got[1]] == [u.text for u in units]
    assert dump_hedge.hedged_body(units, units, kept, [], (2, 22), _finish(range(2, 22))) is None


def test_the_next_region_must_be_much_larger_and_long():
    units = _units([SENTENCE_PL] * 8 + [NOTICE_EN] + [SENTENCE_PL] * 9)
    kept = units[:8]  # 104 words; the next region: 9 lines, 117 words (not twice as many)
    assert (
        dump_hedge.hedged_body(units, units, kept, [FLAG_SHORT_ON_PAGE], (9, 18), _finish(range(9, 18)))
        is None
    )
    short = _units([NOTICE_EN, SENTENCE_PL, SENTENCE_PL])
    # twice the body's words but under HEDGE_WORDS: no article of its own
    assert (
        dump_hedge.hedged_body(short, short, short[:1], [FLAG_SMALL_SHARE], (1, 3), _finish(range(1, 3)))
        is None
    )


def test_a_next_region_below_is_kept_after_the_body():
    units = _units([NOTICE_EN] * 2 + ["Więcej"] + [SENTENCE_PL] * 12)
    got = dump_hedge.hedged_body(units, units, units[:2], [FLAG_SMALL_SHARE], (3, 15), _finish(range(3, 15)))
    assert got is not None
    assert [u.text for u in got[1]] == [NOTICE_EN] * 2 + [SENTENCE_PL] * 12  # (what lies between left out)
