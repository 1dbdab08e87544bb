"""After held-out 16 (h46): a Polish river or lake in the genitive after a word for its level, gorge, mouth,
bed, basin or trail ("poziom X", "przełomem X", "ujście X", "szlakiem kajakowym X") is a place,
with its adjective when it has one ("poziom Nysy Kłodzkiej"). Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


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
    assert name_labels(text, "pl").get(name) == "PLACE"


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
    assert name_labels(text, "pl").get(name) != "PLACE"


# "Poziom" capitalised opens a sentence or a line only when the text right before it says so; the check looks
# back over the spaces before the match only (linear on a text of many matches), and a text with no match
# skips the pass's other-names scan altogether.
def test_poziom_opens_a_sentence_by_the_spaces_before_it(monkeypatch) -> None:
    from reader.suggest import places_pl

    opens = places_pl._opens_sentence
    assert opens("Poziom", 0) and opens("Tak.  Poziom", 6) and opens("tak\n  Poziom", 6)
    assert opens("Tak… Poziom", 5)
    assert not opens("tak Poziom", 4) and not opens("   Poziom", 3) and not opens("Tak.Poziom", 4)
    calls = []
    monkeypatch.setattr(places_pl, "_other_name_stems", lambda *a: calls.append(a) or set())
    assert places_pl.add_polish_waters("Ala ma kota. " * 100, []) == []
    assert not calls
