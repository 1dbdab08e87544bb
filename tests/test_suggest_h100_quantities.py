"""h100: QUANTITY boundaries and misses in six languages (invented text): a match's score, half as a
fraction, a range with its "between", a Polish count with its adjective and noun (and not its verb), a mean age
in decimals, sports events and weight classes."""

from __future__ import annotations

import pytest
from suggest_helpers import labelled


def qty(text: str, lang: str) -> list[str]:
    return labelled(text, "QUANTITY", lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The visitors won the cup final 4-2 in front of a small crowd.", "en", ["4-2"]),
        ("De thuisploeg won de finale in Zwolle met 4-2.", "nl", ["4-2"]),
        ("Drużyna pokonała rywali 2:0 w finale.", "pl", ["2:0"]),
        ("Die Gastgeber gewannen das Endspiel mit 3:2.", "de", ["3:2"]),
        ("El equipo ganó la final por 2-0 ante su público.", "es", ["2-0"]),
    ],
)
def test_a_score_is_a_quantity(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Zug fährt um 9:30 ab.", "de"),
        ("The meeting ends at 10:45 tonight.", "en"),
        ("Das Spiel beginnt um 20:15 Uhr.", "de"),
    ],
)
def test_a_clock_time_is_no_score(text: str, lang: str) -> None:
    assert qty(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("More than half of the stalls closed after the fire.", "en", ["half"]),
        ("La mitad de los vecinos vive fuera del pueblo.", "es", ["La mitad"]),
        ("Mehr als die Hälfte der Höfe gibt auf.", "de", ["die Hälfte"]),
        ("Bijna de helft van de leden stemde tegen.", "nl", ["de helft"]),
        ("Ponad połowę kosztów pokryła gmina.", "pl", ["połowę"]),
    ],
)
def test_half_is_a_fraction(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sales rose in the first half of the year.", "en"),
        ("The gates open at half past eight.", "en"),
        ("In der ersten Hälfte des Jahres fiel der Umsatz.", "de"),
        ("In de tweede helft scoorde de spits.", "nl"),
        ("Prace ruszą w połowie października.", "pl"),
        ("Las obras empezarán a mitad de año.", "es"),
    ],
)
def test_half_of_a_period_is_no_quantity(text: str, lang: str) -> None:
    assert qty(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Fees will range between £200 and £400 a year.", "en", ["between £200 and £400 a year"]),
        ("Les loyers varient entre 600 et 900 euros par mois.", "fr", ["entre 600 et 900 euros par mois"]),
        ("Ein Platz kostet zwischen 20 und 30 Euro.", "de", ["zwischen 20 und 30 Euro"]),
    ],
)
def test_a_range_keeps_its_between(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nad jeziorem stoją trzy drewniane domy.", ["trzy drewniane domy"]),
        ("Zgłoszono 40 wniosków, z czego dziewięć dotyczyło szkół.", ["40 wniosków", "dziewięć"]),
    ],
)
def test_polish_count_with_adjective_and_noun_not_verb(text: str, expected: list[str]) -> None:
    assert qty(text, "pl") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'âge moyen des mariés atteint 35,2 ans pour les hommes.", "fr"),
        ("The average age of buyers was 36.8 for women.", "en"),
        ("La edad media de las madres es de 32,7 años.", "es"),
    ],
)
def test_a_mean_age_is_no_quantity(text: str, lang: str) -> None:
    assert qty(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sie wurde Meisterin in der Klasse bis 76 Kilogramm.", "de"),
        ("Hij won de 1500 meter in Heerenveen.", "nl"),
        ("She took the 800m gold at the championships.", "en"),
    ],
)
def test_a_race_or_a_weight_class_is_no_quantity(text: str, lang: str) -> None:
    assert qty(text, lang) == []


def test_a_measured_length_still_counts() -> None:
    assert qty("The wall runs for 800 metres along the river.", "en") == ["800 metres"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nu laten zeven op de tien inwoners hun afval scheiden.", "nl", ["zeven op de tien"]),
        (
            "Co piąty uczeń ma nadwagę, a co dziewiąte małżeństwo się rozpada.",
            "pl",
            ["Co piąty", "co dziewiąte"],
        ),
    ],
)
def test_a_share_without_what_it_counts(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La cantera está a menos de un kilómetro de las casas.", "es", ["un kilómetro"]),
        ("The new homes stand less than a mile from the works.", "en", ["a mile"]),
    ],
)
def test_one_unit_after_a_hedge(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


def test_one_unit_of_a_price_is_no_quantity() -> None:
    assert qty("Für ein Kilo Lammfleisch zahlen Kunden mehr.", "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La mina producirá 12.000 toneladas de zinc al año.", "es", ["12.000 toneladas de zinc al año"]),
        ("El cine vendía 90 entradas a la semana.", "es", ["90 entradas a la semana"]),
        ("Rolnicy zebrali 7,1 tony pszenicy z hektara.", "pl", ["7,1 tony pszenicy z hektara"]),
    ],
)
def test_a_rate_after_a_count_or_a_substance(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Une infirmière débutante gagne 2 100 euros brut par mois.", "fr", ["2 100 euros brut par mois"]),
        ("Elle a battu la tenante du titre par quatre manches à deux.", "fr", ["quatre manches à deux"]),
    ],
)
def test_gross_pay_per_month_and_a_score_in_sets(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected
