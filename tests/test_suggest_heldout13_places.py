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
