"""h94: QUANTITY boundaries and misses in six languages (invented text): long periods are durations, other
languages' number words are no numbers, ratios stand without their noun, a bare count that stands for a noun
named before it."""

from __future__ import annotations

import pytest
from suggest_helpers import labelled


def qty(text: str, lang: str) -> list[str]:
    return labelled(text, "QUANTITY", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The bakery has been run by the same family for four generations.", "en"),
        ("The pitch has flooded over three seasons in a row.", "en"),
        ("Das Gasthaus ist seit drei Generationen in Familienbesitz.", "de"),
        ("La ferme appartient à la famille depuis six générations.", "fr"),
        ("Ils devront travailler trois étés au village.", "fr"),
        ("Es la peor cosecha en tres décadas.", "es"),
        ("De molen staat er al vier eeuwen.", "nl"),
        ("Hij zat twee termijnen in de raad.", "nl"),
        ("Burmistrz rządził miastem przez cztery kadencje.", "pl"),
        ("Wyniki dostałam po czterech dniach.", "pl"),
        ("Po 28 latach sklep zostanie zamknięty.", "pl"),
    ],
)
def test_long_periods_are_durations(text: str, lang: str) -> None:
    assert qty(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sur les sept premiers mois de l'année, le trafic a reculé.", "fr"),
        ("En los seis primeros meses del año, las ventas cayeron.", "es"),
    ],
)
def test_first_months_of_a_year_are_no_quantity(text: str, lang: str) -> None:
    assert qty(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("„Voor onze leden is dit een slechte dag”, zegt de voorzitter.", "nl"),
        ("De dijk moet ten minste een meter hoger.", "nl"),
        ("Ten most był zamknięty przez tydzień.", "pl"),
    ],
)
def test_other_languages_number_words_are_no_numbers(text: str, lang: str) -> None:
    assert qty(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "En 2010 el club tenía tres pistas y hoy tiene catorce pistas.",
            "es",
            ["tres pistas", "catorce pistas"],
        ),
        ("Im Stall stehen siebzehn Pferde.", "de", ["siebzehn Pferde"]),
        ("Er werken dertien vrijwilligers.", "nl", ["dertien vrijwilligers"]),
    ],
)
def test_more_spelled_numbers(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A survey found one in six tenants behind on rent.", "en", ["one in six"]),
        ("Seven in ten of the riders were local.", "en", ["Seven in ten"]),
        ("Un élève sur quatre mange à la cantine.", "fr", ["Un élève sur quatre"]),
        ("Le taux est d'un sur six seulement.", "fr", ["un sur six"]),
        ("Siete de cada diez vecinos votaron.", "es", ["Siete de cada diez"]),
        ("Jeder vierte Haushalt heizt mit Holz.", "de", ["Jeder vierte"]),
        ("Eén op de dertig fietsen werd gestolen.", "nl", ["Eén op de dertig"]),
    ],
)
def test_ratios_without_their_noun(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


def test_french_part_of_a_whole_with_a_noun_keeps_the_count() -> None:
    assert qty("Le club a perdu 14 licenciés sur 90 cette année.", "fr") == ["14 licenciés", "90"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The shop had 40 staff, nine fewer than in 2020.", "en", ["40 staff", "nine"]),
        ("Es gibt 54 Stände, zwei mehr als im Vorjahr.", "de", ["54 Stände", "zwei"]),
        ("Er waren 61 kramen, acht minder dan vorig jaar.", "nl", ["61 kramen", "acht"]),
        ("Sala ma 180 miejsc, o 40 więcej niż dawniej.", "pl", ["180 miejsc", "40"]),
        ("El club tiene 70 socios, doce más que el año pasado.", "es", ["70 socios", "doce"]),
    ],
)
def test_a_count_compared_after_it(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Zahl der Mitglieder ist von 45 auf 80 gestiegen.", "de", ["45", "80"]),
        ("La línea pasará de 30 a 18 trenes diarios.", "es", ["30", "18 trenes diarios"]),
        ("The choir cut its singers from 40 to 25 last year.", "en", ["40", "25"]),
    ],
)
def test_both_sides_of_a_change(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In 2010 gab es noch 60 Bäcker, heute sind es neun.", "de", ["60 Bäcker", "neun"]),
        ("W gminie działa ich osiem.", "pl", ["osiem"]),
        ("Le village n'en compte plus que 12.", "fr", ["12"]),
        ("Il n'en reste que 45 pour tout le canton.", "fr", ["45"]),
        ("Sur les huit postes d'infirmier, cinq sont vacants.", "fr", ["huit postes", "cinq"]),
        ("De los 40 puestos del mercado, solo 22 tienen dueño.", "es", ["40 puestos", "22"]),
    ],
)
def test_a_bare_count_standing_for_a_noun_named_before(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nobody could call 999 for four hours.", "en"),
        ("Veel bellers konden niet naar het alarmnummer 112 bellen.", "nl"),
    ],
)
def test_emergency_numbers_are_no_quantity(text: str, lang: str) -> None:
    assert qty(text, lang) == []


def test_ages_and_clock_times_stay_out() -> None:
    assert qty("Maria Lopez, 34, said the van came at 9.", "en") == []
    assert qty("Er kwam om kwart over twee vlammen uit het dak.", "nl") == []


def test_a_count_that_reaches_112_is_a_quantity() -> None:
    assert qty("Cases of mumps rose to 112 this year.", "en") == ["112"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La cuota será de 52,10 euros mensuales.", "es", ["52,10 euros mensuales"]),
        ("Des fissures dans quatre piliers sur sept.", "fr", ["quatre piliers", "sept"]),
    ],
)
def test_periodic_adjectives_and_french_wholes(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


def test_an_emergency_number_called_in_the_article_stays_out_everywhere() -> None:
    text = 'Nobody could dial 999 that night. "I pressed 999 nine times," she said. "Treat 999 as sacred."'
    assert qty(text, "en") == ["nine times"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Polizei war da. Sieben Autos brannten aus.", "de", ["Sieben Autos"]),
        ("Twee vrouwen zijn aangehouden.", "nl", ["Twee vrouwen"]),
        ("Im Gasthaus Drei Linden gab es Streit.", "de", []),
    ],
)
def test_a_capitalised_number_word_opening_a_sentence(text: str, lang: str, expected: list[str]) -> None:
    assert qty(text, lang) == expected


def test_an_agency_wire_date() -> None:
    assert labelled("Lima, 9 nov (EFE).- El Gobierno peruano anunció un plan.", "DATE", "es") == ["9 nov"]
    assert qty("Lima, 9 nov (EFE).- El Gobierno peruano anunció un plan.", "es") == []
