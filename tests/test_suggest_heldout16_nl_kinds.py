"""After held-out 16 (h41): a Dutch noun for a kind of body right before a name ("woningcorporatie X",
"zorginstelling X", "Zuivelfabriek X", "vervoerder X") describes the organisation named next; the name
alone is the organisation, not a person. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Volgens woningcorporatie Woonrijk Haverdal staan 2.100 mensen op de wachtlijst, zei directeur"
            " Sanne Bol.",
            "Woonrijk Haverdal",
        ),
        (
            "Het project draait met vrijwilligers en cliënten van zorginstelling Welzijnshof Brammert.",
            "Welzijnshof Brammert",
        ),
        ("Zuivelfabriek De Hoeve in Aldermeer heeft dit jaar 12 miljoen liter melk verwerkt.", "De Hoeve"),
        ("Vervoerder Lijnvast schrapt vanaf maart de nachtbus naar het station.", "Lijnvast"),
    ],
)
def test_kind_noun_before_a_body(text: str, name: str) -> None:
    assert name_labels(text, "nl").get(name) == "ORG"


def test_person_after_a_role_stays_a_person() -> None:
    labels = name_labels(
        "Directeur Sanne Bol van woningcorporatie Woonrijk Haverdal wil 40 woningen slopen.", "nl"
    )
    assert labels.get("Sanne Bol") == "PERSON"
