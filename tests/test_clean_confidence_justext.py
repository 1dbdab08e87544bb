"""jusText's second opinion in the confidence mark (reader.clean.confidence.justext_signals): where an
independent, language-aware cleaner finds the page's prose against the region ours chose."""

import pytest

from reader.clean.confidence import (
    MODEL_MEASURES,
    justext_signals,
    measure_everything,
    model_inputs,
)
from reader.clean.dump_lines import Unit

MENU = {
    "en": ["Home", "News", "Sport", "Weather", "Contact", "Search"],
    "de": ["Startseite", "Politik", "Sport", "Wetter", "Kontakt", "Suche"],
    "fr": ["Accueil", "Politique", "Sport", "Météo", "Contact", "Recherche"],
}
# teaser headlines: short lines with few function words
TEASERS = {
    "en": ["Harbour terminal closing", "New bus line opens", "Storm warning for coast", "Coach extends deal"],
    "de": [
        "Hafen schließt Terminal",
        "Neue Buslinie eröffnet",
        "Sturmwarnung für Küste",
        "Trainer verlängert",
    ],
    "fr": ["Fermeture du terminal", "Nouvelle ligne de bus", "Alerte tempête côte", "Entraîneur prolongé"],
}
PROSE = {
    "en": [
        "The council said on Tuesday that it would close the old bridge over the river for at least three"
        " months, because engineers had found that the steel in two of its piers was worn and that the"
        " repairs could not wait until the spring.",
        "Residents who drive to the market will have to take a detour of about four miles, and the bus"
        " company said that it was working on a new timetable that it would publish next week.",
        "The mayor told reporters that the town had no other choice and that the work would be paid for"
        " out of the reserve that was set aside for the roads in the last budget.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstag beschlossen, dass die alte Brücke über den Fluss für mindestens"
        " drei Monate gesperrt wird, weil die Ingenieure an zwei Pfeilern Schäden gefunden haben, die nicht"
        " bis zum Frühjahr warten können.",
        "Wer mit dem Auto zum Markt fährt, muss einen Umweg von etwa sechs Kilometern nehmen, und die"
        " Busgesellschaft will in der nächsten Woche einen neuen Fahrplan vorlegen, wie sie mitteilte.",
        "Der Bürgermeister sagte, die Stadt habe keine andere Wahl gehabt, und die Arbeiten würden aus der"
        " Rücklage bezahlt, die im letzten Haushalt für die Straßen angelegt worden sei.",
    ],
    "fr": [
        "Le conseil municipal a annoncé mardi que le vieux pont sur la rivière serait fermé pendant au moins"
        " trois mois, car les ingénieurs ont trouvé que l'acier de deux de ses piles était usé et que les"
        " travaux ne pouvaient pas attendre le printemps.",
        "Les habitants qui se rendent au marché en voiture devront faire un détour de six kilomètres, et la"
        " compagnie de bus a dit qu'elle travaillait sur un nouvel horaire qui sera publié la semaine"
        " prochaine.",
        "Le maire a dit aux journalistes que la ville n'avait pas d'autre choix et que les travaux seraient"
        " payés par la réserve qui avait été mise de côté pour les routes dans le dernier budget.",
    ],
}


def _units(texts: list[str]) -> list[Unit]:
    return [Unit(text=t, words=len(t.split())) for t in texts]


def _page(lang: str) -> tuple[list[Unit], tuple[int, int], tuple[int, int]]:
    """A page: menu, a block of teasers, the menu again, the story's three paragraphs, the menu.
    Returns its units, the teasers' region and the story's."""
    menu, teasers, prose = MENU[lang], TEASERS[lang], PROSE[lang]
    texts = menu + teasers + menu + prose + menu
    t0 = len(menu)
    p0 = t0 + len(teasers) + len(menu)
    return _units(texts), (t0, t0 + len(teasers)), (p0, p0 + len(prose))


def _measures(units: list[Unit], start: int, end: int) -> dict[str, float]:
    measure_everything()
    try:
        return justext_signals(units, start, end)
    finally:
        measure_everything(False)


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_a_region_of_teasers_beside_the_page_s_prose_is_seen_as_such(lang):
    units, teasers, story = _page(lang)
    wrong = _measures(units, *teasers)
    right = _measures(units, *story)
    # jusText calls the story's paragraphs good, the teaser lines not
    assert wrong["jt_inside"] == 0.0 and right["jt_inside"] == 1.0
    assert wrong["jt_outside"] == 1.0 and right["jt_outside"] == 0.0
    assert wrong["jt_other_run"] == 1.0 and right["jt_other_run"] == 0.0
    assert wrong["jt_run_ratio"] > 1.0 >= right["jt_run_ratio"]
    for k, v in wrong.items():
        group, way = MODEL_MEASURES[k]
        assert way * (v - right[k]) >= 0, k  # never on the reassuring side for the wrong block


def test_two_stories_on_one_page_each_leave_the_other_outside():
    """A page with two stories: the region on either leaves the other's good words outside."""
    units = _units(MENU["en"] + PROSE["en"][:2] + MENU["en"] + PROSE["en"][2:] + MENU["en"])
    n = len(MENU["en"])
    first = _measures(units, n, n + 2)
    second = _measures(units, 2 * n + 2, 2 * n + 3)
    assert 0.0 < first["jt_outside"] < second["jt_outside"] < 1.0
    assert first["jt_other_run"] == 0.0 and second["jt_other_run"] == 1.0


def test_no_region_or_no_units_gives_no_measures():
    units, _, story = _page("en")
    assert _measures(units, 5, 5) == {}
    assert _measures([], 0, 0) == {}


def test_run_time_leaves_jt_measures_out_unless_the_model_weighs_them():
    from reader.clean.confidence_model import WEIGHTS

    units, _, story = _page("de")
    lean = justext_signals(units, *story)
    assert set(lean) == {k for k in lean if WEIGHTS.get(k)}


def test_a_page_without_jt_measures_is_read_as_the_average_page():
    x = model_inputs({"log_words": 5.0})
    assert not any(k.startswith("jt_") for k in x)
