"""h100: DATE boundaries (invented text): a span of years or days as one date with its preposition, the Polish
"r." after a year, the Spanish "este" before a weekday."""

from __future__ import annotations

import pytest
from suggest_helpers import labelled


def dates(text: str, lang: str) -> list[str]:
    return labelled(text, "DATE", lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The dune moved 40 metres between 2011 and 2021.", "en", ["between 2011 and 2021"]),
        ("Die Zahl sank zwischen 2010 und 2020 um ein Viertel.", "de", ["zwischen 2010 und 2020"]),
        ("Entre 1960 et 2010, la plage a reculé.", "fr", ["Entre 1960 et 2010"]),
        ("El censo bajó entre 2012 y 2022.", "es", ["entre 2012 y 2022"]),
        ("De rechten liepen tussen 1980 en 2001 af.", "nl", ["tussen 1980 en 2001"]),
        ("Gmina wydała w latach 2018–2022 ok. 40 mln zł.", "pl", ["w latach 2018–2022"]),
        ("Le salon aura lieu du 4 au 7 avril.", "fr", ["du 4 au 7 avril"]),
        ("Het toernooi loopt van 9 tot en met 12 maart.", "nl", ["van 9 tot en met 12 maart"]),
        ("Festiwal potrwa od 3 lipca do 6 lipca 2027 r.", "pl", ["od 3 lipca do 6 lipca 2027 r."]),
        ("Barbecues are banned from May to August.", "en", ["from May to August"]),
    ],
)
def test_a_span_of_time_is_one_date(text: str, lang: str, expected: list[str]) -> None:
    assert dates(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firma powstała w 2017 r. jako spółka.", ["w 2017 r."]),
        ("Budżet na 2027 r. wynosi 3 mln zł.", ["2027 r."]),
        ("Kościół z 1912 roku wymaga remontu.", ["z 1912 roku"]),
    ],
)
def test_polish_year_keeps_its_abbreviation(text: str, expected: list[str]) -> None:
    assert dates(text, "pl") == expected


def test_spanish_weekday_keeps_este() -> None:
    assert dates("La junta lo aprobó este martes en Lugo.", "es") == ["este martes"]
