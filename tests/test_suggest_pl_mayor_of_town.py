"""Polish: a town's office, the town in the genitive, then the office-holder ("Burmistrz Kartuz Anna
Lis", "Prezydent Kalisza, Jan Nowak,", "Sołtys Brzezia, Ewa Wrona"): the word between is the town, not
part of the person's name. Invented names and sentences only (real towns: the gazetteer does not decide)."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "town", "person"),
    [
        ("Burmistrz Ustronia Halina Wolak zapowiedziała kontrolę.", "Ustronia", "Halina Wolak"),
        ("Prezydent Kalisza, Jan Nowak, zaproponował nowy budżet.", "Kalisza", "Jan Nowak"),
        ("Sołtys Brzezia, Ewa Wrona, mówi, że droga jest zniszczona.", "Brzezia", "Ewa Wrona"),
        ("Wójt Lipnicy Tomasz Kania nie zgadza się z decyzją.", "Lipnicy", "Tomasz Kania"),
    ],
)
def test_the_town_between_an_office_and_its_holder_is_a_place(text: str, town: str, person: str) -> None:
    labels = name_labels(text, "pl")
    assert labels.get(town) == "PLACE"
    assert labels.get(person) == "PERSON"


def test_a_surname_after_the_title_stays_a_person() -> None:
    # no office-holder follows: the word is the holder's own name
    assert name_labels("Prezydent Kowalczyk zapowiedział zmiany.", "pl").get("Kowalczyk") != "PLACE"
