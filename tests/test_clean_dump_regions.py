"""The dump cleaner's candidate regions (reader/clean/dump_regions.py): the best disjoint runs of the
learned scores, the region choice stage and the edge extension (both settings of the model file, off in the shipped one)."""

import pytest

from reader.clean import clean_dump, dump_compete, dump_model, dump_regions
from reader.clean.dump import _extend_edges
from reader.clean.dump_lines import _score, split_units

MENU = ["Home", "News", "Sport", "Weather", "Contact", "Login", "Search", "Jobs"]
STORIES = {
    "en": [
        "The council approved a new cycle lane along the river on Tuesday, after two years of debate.",
        "Work on the two-kilometre lane will start in March and is expected to take about six months.",
        "Residents had asked for a safer route to the station since a cyclist was injured there last spring.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag nach zwei Jahren Streit einen neuen Radweg entlang des Flusses beschlossen.",
        "Die Arbeiten an dem zwei Kilometer langen Weg beginnen im März und sollen etwa sechs Monate dauern.",
        "Anwohner hatten einen sicheren Weg zum Bahnhof gefordert, seit dort im Frühjahr ein Radfahrer verletzt wurde.",
    ],
    "fr": [
        "Le conseil municipal a approuvé mardi une nouvelle piste cyclable le long du fleuve, après deux ans de débats.",
        "Les travaux sur cette piste de deux kilomètres commenceront en mars et devraient durer environ six mois.",
        "Les habitants réclamaient un chemin plus sûr vers la gare depuis qu'un cycliste y a été blessé au printemps.",
    ],
}
OTHER = {
    "en": [
        "The city library will stay open until nine in the evening from next month, the mayor said on Friday.",
        "Longer hours had been requested by students who use the reading rooms to prepare for their exams.",
        "The extra staff will be paid from the culture budget, which was raised by two percent this year.",
    ],
    "de": [
        "Die Stadtbibliothek bleibt ab dem nächsten Monat bis neun Uhr abends geöffnet, sagte der Bürgermeister am Freitag.",
        "Längere Öffnungszeiten hatten vor allem Studierende gefordert, die in den Lesesälen für Prüfungen lernen.",
        "Das zusätzliche Personal wird aus dem Kulturhaushalt bezahlt, der in diesem Jahr um zwei Prozent stieg.",
    ],
    "fr": [
        "La bibliothèque municipale restera ouverte jusqu'à neuf heures du soir dès le mois prochain, a dit le maire vendredi.",
        "Les étudiants qui préparent leurs examens dans les salles de lecture avaient demandé des horaires plus longs.",
        "Le personnel supplémentaire sera payé par le budget de la culture, qui a augmenté de deux pour cent cette année.",
    ],
}


def _page(lines):
    # blank lines around the paragraphs: long lines in a row would read as one hard-wrapped paragraph
    return "\n".join(x if x in MENU else f"\n{x}\n" for x in lines)


def test_candidate_runs_are_disjoint_and_best_first():
    scores = [-1.0, 2.0, 3.0, -5.0, 4.0, -1.0, 1.0, -9.0, 0.5]
    # [1, 3) sums 5; with it taken out, [4, 5) sums 4 (4 - 1 + 1 is no heavier), then [6, 7), [8, 9)
    assert dump_regions.candidate_runs(scores, 4) == [(1, 3), (4, 5), (6, 7), (8, 9)]
    assert dump_regions.candidate_runs(scores, 2) == [(1, 3), (4, 5)]
    assert dump_regions.candidate_runs([-1.0, -2.0], 4) == []


def test_two_close_runs_are_also_offered_joined():
    scores = [5.0, 5.0, -20.0, -20.0, 6.0, -50.0] + [-1.0] * 20 + [3.0]
    cands = dump_regions.candidates(scores, k=3, gap=2)
    assert (4, 5, False) in cands and (0, 2, False) in cands and (26, 27, False) in cands
    assert (0, 5, True) in cands  # two units apart
    assert not any(joined and e == 27 for _, e, joined in cands)  # 21 units apart: never joined


def _choice(prefer_late: float) -> dict:
    # a choice model that reads only where a candidate starts on the page
    names = dump_regions.REGION_FEATURES
    return {
        "mean": [0.0] * len(names),
        "scale": [1.0] * len(names),
        "coef": [prefer_late if n == "start_pos" else 0.0 for n in names],
    }


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_choice_stage_takes_the_candidate_its_model_prefers(lang, monkeypatch):
    # (the two stories are of a size: with the later one chosen, dump_compete would keep the earlier one
    # too; this test is about the choice stage alone)
    monkeypatch.setattr(dump_compete, "KEEP_RATIO", None)
    page = _page(MENU + STORIES[lang] + MENU * 3 + OTHER[lang] + MENU)
    shipped = dump_model.model()
    try:
        dump_model.set_model(dict(shipped, regions=_choice(5.0)))
        assert clean_dump(page).text.split("\n\n") == OTHER[lang]
        dump_model.set_model(dict(shipped, regions=_choice(-5.0)))
        assert clean_dump(page).text.split("\n\n") == STORIES[lang]
    finally:
        dump_model.set_model(None)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_the_ranking_choose_picks_from_is_exposed_and_gives_the_other_story_second(lang, monkeypatch):
    """dump_regions.ranked is the order choose picks from (its margin the first two values apart),
    and dump_candidates.region_texts finishes each region as the cleaner does: the cleaner's own
    text first, the other story next, with either preference of the choice model. (With the later
    story chosen, dump_compete would keep the earlier one too: see tests/clean_pages/test_two_regions.py.)"""
    monkeypatch.setattr(dump_compete, "KEEP_RATIO", None)
    from reader.clean.dump import page_units, score_regions
    from reader.clean.dump_candidates import region_texts

    page = _page(MENU + STORIES[lang] + MENU * 3 + OTHER[lang] + MENU)
    shipped = dump_model.model()
    try:
        for prefer_late, first, second in ((5.0, OTHER, STORIES), (-5.0, STORIES, OTHER)):
            m = dict(shipped, regions=_choice(prefer_late))
            dump_model.set_model(m)
            _url, units, scores = page_units(page)
            sc = score_regions(units, scores)
            order = dump_regions.ranked(units, sc.chosen, sc.scores, m["regions"])
            start, end, margin = dump_regions.choose(units, sc.chosen, sc.scores, m["regions"])
            assert (start, end) == order[0][:2] and margin == order[0][2] - order[1][2]
            assert [v for *_, v in order] == sorted((v for *_, v in order), reverse=True)
            texts = list(region_texts(page))
            assert texts[0] == clean_dump(page).text == "\n\n".join(first[lang])
            assert texts[1] == "\n\n".join(second[lang])
    finally:
        dump_model.set_model(None)
    # the shipped model (no choice stage): the runs by weight, the cleaner's own first
    texts = list(region_texts(page))
    assert texts[0] == clean_dump(page).text
    assert set(texts[:2]) == {"\n\n".join(STORIES[lang]), "\n\n".join(OTHER[lang])}


def test_the_shipped_model_has_no_choice_stage_and_no_edge_extension():
    m = dump_model.model()
    assert not m.get("regions") and not m.get("edge_prob")


EDGES = {
    "en": ("Cycle lane approved", "Work starts in March", "Related articles"),
    "de": ("Radweg beschlossen", "Baubeginn im März", "Ähnliche Artikel"),
    "fr": ("Piste cyclable approuvée", "Début des travaux en mars", "Articles similaires"),
}


@pytest.mark.parametrize("lang", sorted(EDGES))
def test_the_edge_extension_takes_short_lines_the_model_rates_fairly_but_stops_at_a_teaser_head(lang):
    head, item, teaser = EDGES[lang]
    lines = ["Home", head, *STORIES[lang], item, teaser, "Jobs"]
    units = split_units(_page(lines))
    assert [u.text for u in units] == lines
    for u in units:
        _score(u)  # (sets the unit's word count and marks)
    for u, p in zip(units, [0.1, 0.5, 0.9, 0.9, 0.9, 0.5, 0.9, 0.1], strict=True):
        u.prob = p
    body = (2, 5)  # the three paragraphs
    assert _extend_edges(units, *body, {"edge_prob": 0.4, "edge_reach": 2}) == (1, 6)
    assert _extend_edges(units, *body, {"edge_prob": 0.6, "edge_reach": 2}) == body  # rated under the bar
    assert _extend_edges(units, *body, {"edge_prob": 0.4, "edge_reach": 0}) == body
