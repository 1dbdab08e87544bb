"""After held-out 16 (h41): a Dutch noun for a kind of body right before a name ("woningcorporatie X",
"zorginstelling X", "Zuivelfabriek X", "vervoerder X") describes the organisation named next; the name
alone is the organisation, not a person. Invented names and sentences only."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def _labels(text: str) -> dict[str, str]:
    return {g.text: g.label for g in suggest(text, language="nl") if g.label in ("PERSON", "ORG", "PLACE")}


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
    assert _labels(text).get(name) == "ORG"


def test_person_after_a_role_stays_a_person() -> None:
    labels = _labels("Directeur Sanne Bol van woningcorporatie Woonrijk Haverdal wil 40 woningen slopen.")
    assert labels.get("Sanne Bol") == "PERSON"
