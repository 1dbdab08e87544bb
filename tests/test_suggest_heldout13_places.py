"""Places after heldout13 (issue 12, item 7): Spanish town names "X de (la) Y", with invented names.

The class recurs in h10, h11, h12 and h13 (9 gold places in 7 files were found cut at "de").
"""

import pytest

from reader.suggest import suggest


def places(text: str, language: str = "es") -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "PLACE"]


# A place followed by "de / del / de la" and a capitalised name is one place ("Fuentespina del Jiloca",
# "Jaraíz de la Vera"), and so is a capitalised word before "de" and a place ("Alcázar de San Juan").
@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("La cosecha se vende en Villaseca del Arlanzón, a orillas del río.", "Villaseca del Arlanzón"),
        ("El productor vive en Torrubia de la Sierra desde niño.", "Torrubia de la Sierra"),
        ("La cooperativa de Quintanar de San Mateo paga 3 euros el kilo.", "Quintanar de San Mateo"),
    ],
)
def test_a_spanish_town_named_with_de_is_one_place(sentence: str, place: str) -> None:
    assert place in places(sentence)


# A body or a person after "de" stays apart ("Ayuntamiento de X" is an organisation, "el Sevilla de
# Juan Pérez" a team and its coach).
@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("El Ayuntamiento de Villaseca aprobó el plan.", "Ayuntamiento de Villaseca"),
        ("Viajó de Toledo a Madrid en tren.", "Toledo a Madrid"),
    ],
)
def test_no_join_over_a_body_or_a_route(sentence: str, absent: str) -> None:
    assert absent not in places(sentence)


# A French "pays" named in -ois / -ais after "dans le", "du", "de l'" is a place ("dans le Libournais",
# "du Châtillonnais", "de l'Auxois": 3 of 3 gold places missed, h10, h11, h13); a common noun ("du
# Palais", "du Marais") or a nationality ("du Français") is not.
@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Les vignerons du Montbardois ont perdu la moitié de leur récolte.", "Montbardois"),
        ("Il veut s'installer dans le Gâtinais avec ses chèvres.", "Gâtinais"),
        ("Les éleveurs de l'Avallonnais manquent de foin.", "Avallonnais"),
    ],
)
def test_a_french_pays_in_ois_or_ais_is_a_place(sentence: str, place: str) -> None:
    assert place in places(sentence, "fr")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("La victoire du Français a surpris le peloton.", "Français"),
        ("Le concert a lieu dans le Palais des congrès.", "Palais"),
        ("Le club joue dans le Marais depuis dix ans.", "Marais"),
    ],
)
def test_a_nationality_or_common_noun_in_ais_is_no_pays(sentence: str, word: str) -> None:
    assert word not in places(sentence, "fr")
