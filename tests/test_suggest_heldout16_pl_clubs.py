"""After held-out 16 (h41): a Polish club named by a word and its town ("Orlęta Kłodzko", "Stal Lublin")
is an organisation, not a person or the town; so is the side after "mecz z" ("mecz ze Zniczem Płock").
Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sokół Lublin sprzedał 12 tys. karnetów na nowy sezon.", "Sokół Lublin"),
        ("Budżet klubu wynosi 9 mln zł, a Orlęta Płock szukają sponsora.", "Orlęta Płock"),
        ("Na mecz ze Zniczem Wrocław przyjdzie ok. 8 tys. kibiców.", "Zniczem Wrocław"),
        ("Bilet na mecz z Koroną kosztuje 40 zł.", "Koroną"),
    ],
)
def test_club_with_its_town(text: str, name: str) -> None:
    assert name_labels(text, "pl").get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marek Lublin, rzecznik spółki, nie skomentował sprawy.", "Marek Lublin"),
        ("Stalowa Wola dostanie 12 mln zł na nowy most.", "Stalowa Wola"),  # a town: an adjective first
        ("Pociąg z Krakowa do Lublina jedzie trzy godziny.", "Krakowa"),
    ],
)
def test_people_and_towns_stay(text: str, name: str) -> None:
    assert name_labels(text, "pl").get(name) != "ORG"


@pytest.mark.parametrize(
    "text",
    ["Lotnisko Lublin obsłużyło 2 mln pasażerów.", "Dworzec Płock przejdzie remont za 40 mln zł."],
)
def test_a_place_in_the_town_is_no_club(text: str) -> None:
    assert "ORG" not in name_labels(text, "pl").values()
