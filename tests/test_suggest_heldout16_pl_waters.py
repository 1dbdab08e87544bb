"""After held-out 16 (h46): a Polish river or lake in the genitive after a word for its level, gorge, mouth,
bed, basin or trail ("poziom X", "przełomem X", "ujście X", "szlakiem kajakowym X") is a place,
with its adjective when it has one ("poziom Nysy Kłodzkiej"). Invented names and sentences only."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def _labels(text: str) -> dict[str, str]:
    return {g.text: g.label for g in suggest(text, language="pl") if g.label in ("PERSON", "ORG", "PLACE")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Poziom Lubrzy w Zawadach spadł w czwartek o 40 cm.", "Lubrzy"),
        ("Hydrolog mówi, że poziom Mrzeli Górskiej przekroczył stan alarmowy.", "Mrzeli Górskiej"),
        ("Spływ tratwami przełomem Wiercicy wybrało 21 tys. osób.", "Wiercicy"),
        ("Tego lata szlakiem kajakowym Dobrzycy spłynęło 30 tys. osób.", "Dobrzycy"),
        ("Spółka musiała utrzymać poziom Jeziora Lubniewskiego z powodu suszy.", "Jeziora Lubniewskiego"),
        ("Przy ujściu Pilicki zbudowano nową przystań.", "Pilicki"),
    ],
)
def test_water_after_its_level_or_gorge(text: str, name: str) -> None:
    assert _labels(text).get(name) == "PLACE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Poziom Ekstraklasy jest wyższy niż przed rokiem, mówi trener Jan Wiercik.", "Ekstraklasy"),
        ("Trener Marek Zalewski chwali poziom Zalewskiego juniora.", "Zalewskiego"),
        ("Poziom Agnieszki w tym sezonie zaskoczył trenera.", "Agnieszki"),
        ("Stowarzyszenie Flisaków Przełomu Wiercicy ma 40 członków.", "Wiercicy"),
        ("Trener chwali poziom Nowaka w tym sezonie.", "Nowaka"),
        ("Zdaniem eksperta poziom Solidarności spadł.", "Solidarności"),
        ("Poziom Sejmu jest niski, mówi politolog.", "Sejmu"),
        ("Anna Wiśla gra świetnie. Poziom Wiśli rośnie.", "Wiśli"),
    ],
)
def test_no_water_after_the_same_words(text: str, name: str) -> None:
    assert _labels(text).get(name) != "PLACE"
