"""After held-out 16 (h46): a Polish town named with a regional adjective in -ski / -cki, in the locative
after "w" ("w Lesznie Mazurskim", "w Dobrej Woli Śląskiej", "w Borku Pomorskim-Dolnym"), or after "i" when
a town in the locative comes just before it, is a place, not a person. People after other words stay
people. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zakład w Borku Pomorskim-Dolnym produkuje okna i drzwi.", "Borku Pomorskim-Dolnym"),
        ("Most w Grodzie Odrzańskim-Zaciszu zostanie zamknięty w maju.", "Grodzie Odrzańskim-Zaciszu"),
        ("Spółka chce wybudować w Dobrej Woli Śląskiej halę na 200 osób.", "Dobrej Woli Śląskiej"),
        ("Najwięcej szkód było w Lesznie Mazurskim.", "Lesznie Mazurskim"),
        ("Najwięcej w Tczewku Dolnym i Wierzbinie Kaszubskiej.", "Wierzbinie Kaszubskiej"),
    ],
)
def test_town_with_a_regional_adjective_in_the_locative(text: str, name: str) -> None:
    assert name_labels(text, "pl").get(name) == "PLACE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rozmawiałem z Janem Kowalskim w piątek.", "Janem Kowalskim"),
        ("Myśli o Ewie Sadurskiej i Annie Kowalskiej.", "Annie Kowalskiej"),
        ("Zarząd spotkał się z Wiesławem Pąchalskim i Markiem Brzezińskim.", "Markiem Brzezińskim"),
    ],
)
def test_people_in_the_locative_or_instrumental(text: str, name: str) -> None:
    assert name_labels(text, "pl").get(name) != "PLACE"
