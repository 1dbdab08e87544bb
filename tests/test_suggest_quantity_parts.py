"""Quantities of more than one number, shares and counts of times (the conventions heldout18/19 wrote down):
a part of a whole, a vote or a score with both sides, a range with a bare first bound, "between X and Y",
fractions, and how often with a spelled-out number. Invented sentences in six languages."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def quantities(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "lang", "quantity"),
    [
        ("The clinic will close six of its 16 beds from March.", "en", "six of its 16 beds"),
        ("The party won 61 of the 120 seats in May.", "en", "61 of the 120 seats"),
        ("Er traf 44 von 47 Versuchen.", "de", "44 von 47 Versuchen"),
        ("Er stemden 142 van de 168 aanwezige leden voor.", "nl", "142 van de 168 aanwezige leden"),
        ("Se suprimirán dos de los cuatro trenes diarios.", "es", "dos de los cuatro trenes diarios"),
        ("The motion passed by 68 votes to 49.", "en", "68 votes to 49"),
        ("The motion passed by seven votes to four.", "en", "seven votes to four"),
        ("Der Rat stimmte mit 15 zu 4 Stimmen für den Plan.", "de", "15 zu 4 Stimmen"),
        ("El equipo ganó por 31 goles a 27 ante su público.", "es", "31 goles a 27"),
        ("Die Preise stiegen um 6 bis 7 Prozent.", "de", "6 bis 7 Prozent"),
        ("On attend trois à quatre tempêtes par saison.", "fr", "trois à quatre tempêtes par saison"),
        ("Die Kosten liegen zwischen 2.900 und 6.500 Euro.", "de", "zwischen 2.900 und 6.500 Euro"),
        (
            "Sales will be between £2.1 billion and £2.3 billion.",
            "en",
            "between £2.1 billion and £2.3 billion",
        ),
        ("A quarter of the staff left.", "en", "A quarter"),
        ("Ein Drittel der Höfe gab auf.", "de", "Ein Drittel"),
        ("La moitié des élèves sont venus, un sur cinq en bus.", "fr", "un sur cinq"),
        ("Een derde van de leden stemde voor.", "nl", "Een derde"),
        ("Stemde een op de vijf kinderen?", "nl", "een op de vijf"),
        ("Jedną trzecią budżetu wydano na drogi.", "pl", "Jedną trzecią"),
        ("Ze zijn drie keer verhuisd.", "nl", "drie keer"),
        ("Autobus jeździ cztery razy dziennie.", "pl", "cztery razy dziennie"),
        ("Das Video wurde 400.000-mal angesehen.", "de", "400.000-mal"),
        ("Der Bus fährt zweimal pro Woche.", "de", "zweimal pro Woche"),
    ],
)
def test_a_quantity_of_parts(text: str, lang: str, quantity: str) -> None:
    assert quantity in quantities(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Rooms cost from €2 to €4 per guest per night.", "en", "€2 to €4 per guest per night"),
        ("Cases have risen since 1980 to 422 million.", "en", "1980 to 422 million"),
        ("The river held almost three times the limit.", "en", "three times"),
        ("The match ended in the third quarter of an hour.", "en", "a quarter"),
        ("Prices rose 5% to 7% in a year.", "en", "5% to 7% in a year"),
    ],
)
def test_no_quantity_of_parts(text: str, lang: str, absent: str) -> None:
    assert absent not in quantities(text, lang)
