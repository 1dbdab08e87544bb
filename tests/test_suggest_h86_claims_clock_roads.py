"""No claim from the clock time of an event, a road's number, a list of days before a date, or two ages set
off by commas in Dutch; no QUANTITY from a clock time or a street's number; a hedge's abbreviation ("ok.",
"ca.") before a figure ends no sentence (issue 12, item 7; helper h86). Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def claims(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "CLAIM"]


def quantities(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gegen 4.20 Uhr brannte eine Scheune in Oberau.", "de"),
        ("Om 23.15 uur sloeg de brandweer alarm.", "nl"),
        ("The van was seen on the M62 near Leeds.", "en"),
        ("Die Fahrer mussten über die B 27 ausweichen.", "de"),
        ("Verkeer wordt omgeleid via de N348.", "nl"),
        ("Die Tarifrunde wird am 9. und 10. April in Kassel fortgesetzt.", "de"),
        ("De verdachten, van 27 en 35 jaar, komen uit Breda.", "nl"),
    ],
)
def test_no_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Das Lokal darf künftig nur noch bis 23 Uhr öffnen.", "de"),
        ("Aux urgences de Lyon, l'attente dépasse 7 heures.", "fr"),
        ("Die Fahrt wurde um 14 Minuten schneller.", "de"),
        ("The M62 carries 120,000 vehicles a day.", "en"),
    ],
)
def test_still_a_claim(text: str, lang: str) -> None:
    assert claims(text, lang) != []


def test_no_quantity_from_a_clock_time_or_a_street_number() -> None:
    assert quantities("Gegen 4.20 Uhr brannte eine Scheune.", "de") == []
    assert quantities("At three o'clock the shop was empty.", "en") == []
    assert quantities("Zeugen sahen auf der Hauptstraße 12 Verdächtige.", "de") == []


def test_a_hedge_abbreviation_before_a_figure_ends_no_sentence() -> None:
    text = "Nocleg kosztuje ok. 240 zł za osobę. Gmina dopłaca 20 zł."
    assert claims(text, "pl") == ["Nocleg kosztuje ok. 240 zł za osobę.", "Gmina dopłaca 20 zł."]
    text = "Die Halle kostet ca. 4 Millionen Euro. Der Bau beginnt im Mai."
    assert claims(text, "de") == ["Die Halle kostet ca. 4 Millionen Euro."]
