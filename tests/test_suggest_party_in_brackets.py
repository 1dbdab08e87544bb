"""A person's party, union or list in brackets right after the name ("Karin Holtby (Grüne)", "Joost
Verbeek (D66)", "Claire Aubin (Les Indépendants)") is an organisation, whole, article included; a place,
an age or a lower-case aside in that position is not. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels, orgs


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Baudezernentin Karin Holtby (Grüne) lehnte den Antrag ab.", "de", "Grüne"),
        ("Wethouder Joost Verbeek (D66) wil meer fietsenstallingen.", "nl", "D66"),
        ("L'élu Claire Aubin (Les Indépendants) a voté contre le budget.", "fr", "Les Indépendants"),
        ("La concejala Marta Ibáñez (Vecinos Unidos) pidió una auditoría.", "es", "Vecinos Unidos"),
        ("Radny Piotr Malec (Wspólny Gród) zapowiedział skargę.", "pl", "Wspólny Gród"),
        ("Councillor Ruth Ambler (Independent Alliance) voted against.", "en", "Independent Alliance"),
    ],
)
def test_a_party_in_brackets_after_a_person_is_an_organisation(text: str, lang: str, name: str) -> None:
    assert name in orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Die Bäuerin Karin Holtby (München) verkauft ihre Milch selbst.", "de", "München"),
        ("The winner, Ruth Ambler (Spain), finished in 2:31.", "en", "Spain"),
    ],
)
def test_a_place_in_brackets_stays_a_place(text: str, lang: str, word: str) -> None:
    assert name_labels(text, lang).get(word) != "ORG"
