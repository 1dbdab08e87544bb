"""The learned scorer's committee (reader/clean/dump_committee.py): models trained as the shipped one on
other samples of its pages choose the region again; where most of them take another part of the page,
the cleaner hesitated and the mark says so. Invented pages; the members here are made by hand (one tree
each, on the unit's place in the page), so that which block each one takes is known."""

from pathlib import Path

import pytest

from reader.clean import LOW_CONFIDENCE, clean, dump, dump_model
from reader.clean.confidence import COMMITTEE_DOUBT, HESITATED, assess
from reader.clean.dump import _pick, context_passes
from reader.clean.dump_committee import disagreement, overlap
from reader.clean.dump_lines import _score, split_units
from reader.models import CleanResult

UNSURE = Path(__file__).parent / "unsure"

MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Kontakt", "Impressum"]
FIRST = [
    "Der Stadtrat von Lindenau hat am Montagabend den Bau einer neuen Brücke über die Saale beschlossen.",
    "Die Kosten von rund zwölf Millionen Euro teilen sich die Stadt, das Land und der Bund zu gleichen Teilen.",
    "Mit dem Bau soll im kommenden Frühjahr begonnen werden, die Arbeiten dauern voraussichtlich zwei Jahre.",
    "Anwohner hatten seit Jahren eine zweite Verbindung zwischen den beiden Ortsteilen gefordert.",
]
SECOND = [
    "La bibliothèque municipale de Valcourt rouvrira ses portes le premier samedi du mois prochain.",
    "Les travaux de rénovation ont duré dix-huit mois et ont coûté près de deux millions d'euros à la commune.",
    "Une nouvelle salle de lecture pour les enfants a été aménagée au rez-de-chaussée du bâtiment.",
    "Les horaires d'ouverture seront élargis le mercredi et le samedi après-midi, selon la mairie.",
]


def _page() -> str:
    # two stories of the same size, far apart, menus around and between them
    lines = MENU + FIRST + MENU + MENU + SECOND + MENU
    return "\n".join(x if x in MENU else f"\n{x}\n" for x in lines)


def _member(first_half: bool) -> dict:
    """A member that takes the units of one half of the page (by their place, `page_position`)."""
    f = dump_model.FEATURES.index("page_position")
    high, low = [6.0], [-6.0]
    return {"base": 0.0, "trees": [[f, 0.5, high, low] if first_half else [f, 0.5, low, high]]}


def _with_committee(*halves: bool) -> dict:
    shipped = dump_model.model()
    assert shipped is not None
    return dict(shipped, committee=[_member(h) for h in halves])


def _scored():
    units = split_units(_page())
    hand = [_score(u) for u in units]
    lifted = list(hand)
    context_passes(units, lifted)
    return units, hand, lifted


def _region_of(units, lines):
    idx = [i for i, u in enumerate(units) if u.text in lines]
    return idx[0], idx[-1] + 1


@pytest.fixture
def committee():
    def use(*halves: bool) -> None:
        dump_model.set_model(_with_committee(*halves))

    yield use
    dump_model.set_model(None)


def test_overlap_counts_the_words_both_regions_hold():
    units, _hand, _lifted = _scored()
    first = _region_of(units, FIRST)
    second = _region_of(units, SECOND)
    assert overlap(units, first, first) == 1.0
    assert overlap(units, first, second) == 0.0
    half = (first[0], first[0] + 2)
    assert 0.3 < overlap(units, first, half) < 0.7


@pytest.mark.parametrize(
    ("halves", "expected"),
    [((True, True, True), 0.0), ((True, True, False), 1 / 3), ((False, False, True), 2 / 3), ((False,), 1.0)],
)
def test_the_share_of_members_that_take_another_block(halves, expected):
    units, hand, lifted = _scored()
    m = _with_committee(*halves)
    _probs, members = dump_model.with_committee(units, hand, lifted, m)
    got = disagreement(
        units, lifted, _region_of(units, FIRST), m, members, lambda chosen: _pick(units, chosen)
    )
    assert got == pytest.approx(expected)


def test_no_committee_no_measure():
    units, _hand, lifted = _scored()
    m = dict(dump_model.model() or {}, committee=[])
    assert disagreement(units, lifted, (0, len(units)), m, [], lambda chosen: _pick(units, chosen)) is None


def test_the_cleaner_reads_the_committee_beside_its_choice(committee):
    base = clean(_page(), "text")
    units, hand, _lifted = _scored()
    picked = dump.pick_region(units, dump.score_regions(units, list(hand)))
    first = picked == _region_of(units, FIRST)  # (the shipped model may take either story)
    assert first or picked == _region_of(units, SECOND)
    committee(first, first, first, first, first)
    agreed = clean(_page(), "text")
    committee(not first, not first, not first, first, first)
    torn = clean(_page(), "text")
    # the body is the same: the committee only reads the choice
    assert base.text == agreed.text == torn.text
    assert 0.0 <= base.signals["committee_disagree"] <= 1.0  # (the shipped committee's)
    assert agreed.signals["committee_disagree"] == 0.0
    assert HESITATED not in (agreed.reason or "")
    assert torn.signals["committee_disagree"] == pytest.approx(0.6)
    assert torn.confidence is not None and torn.confidence < LOW_CONFIDENCE


def _result(text: str, disagree: float) -> CleanResult:
    return CleanResult(
        text=text, title=None, signals={"committee_disagree": disagree, "learned_confidence": 0.9}
    )


BODY = "\n\n".join(FIRST * 3)


def test_the_reason_is_given_at_the_threshold_and_not_under_it():
    low, reason = assess(_page(), "text", _result(BODY, COMMITTEE_DOUBT))
    assert low < LOW_CONFIDENCE and reason == HESITATED
    value, reason = assess(_page(), "text", _result(BODY, COMMITTEE_DOUBT - 0.2))
    assert reason is None or reason != HESITATED
    # an HTML page has no committee: the measure is read on dumps only
    _value, reason = assess("<p>" + BODY + "</p>", "html", _result(BODY, 1.0))
    assert reason != HESITATED


def test_the_shipped_committee_agrees_on_a_clear_article():
    r = clean((UNSURE / "clear_article_de.txt").read_text("utf-8"), "text")
    assert r.signals["committee_disagree"] == 0.0
    assert r.confidence is not None and r.confidence >= LOW_CONFIDENCE and r.reason is None


def test_one_pass_for_the_model_and_its_committee_gives_the_models_own_probabilities():
    units, hand, lifted = _scored()
    m = _with_committee(True, False)
    probs, members = dump_model.with_committee(units, hand, lifted, m)
    assert probs == dump_model.probabilities(units, hand, lifted, m)
    assert len(members) == 2 and all(len(p) == len(units) for p in members)
    first = [i for i, u in enumerate(units) if u.text in FIRST]
    assert all(members[0][i] > 0.99 and members[1][i] < 0.01 for i in first)
