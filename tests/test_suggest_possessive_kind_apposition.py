"""A kind of body after a possessive, then a comma and a name ("Okafor's club, Dunmere Harriers,", "the
shop's insurer, Calder Mutual,", "Zijn ploeg, Team Rode Heide,") names that body: the name is an
organisation, not a person (a role there names a person: "the club's coach, Tom Ellery"). Invented names
and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Okafor's club, Dunmere Harriers, suspended him on Monday.", "en", "Dunmere Harriers"),
        ("The bakery's insurer, Harwood Mutual, refused to pay.", "en", "Harwood Mutual"),
        ("Her party, the Coastal Renewal Movement, lost two seats.", "en", "Coastal Renewal Movement"),
        ("Zijn ploeg, Team Rode Heide, zette zijn contract stop.", "nl", "Team Rode Heide"),
        ("Son club, Vélo Club Pontivien, a suspendu le coureur.", "fr", "Vélo Club Pontivien"),
        ("Su club, Atlético Valdemar, le ha suspendido.", "es", "Atlético Valdemar"),
    ],
)
def test_a_name_after_a_possessive_kind_and_a_comma_is_an_organisation(
    text: str, lang: str, name: str
) -> None:
    assert name_labels(text, lang).get(name) == "ORG"


def test_a_role_after_the_possessive_names_a_person() -> None:
    assert name_labels("The club's coach, Tom Ellery, resigned.", "en").get("Tom Ellery") == "PERSON"
