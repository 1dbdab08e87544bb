"""After held-out 16 (h41): a Dutch league or union named by one compound in "-bond" ("de Wandelaarsbond",
"de Tuindersbond") is an organisation (Dutch writes common nouns in lower case, so a capitalised compound
inside a sentence is a name); before a name it still only describes it ("Onderwijsbond X"). Invented names
and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens de Wandelaarsbond is het pad langs de dijk te smal.", "Wandelaarsbond"),
        ("De Tuindersbond vindt dat niet genoeg en wil een hogere vergoeding.", "Tuindersbond"),
    ],
)
def test_league_named_by_its_compound(text: str, name: str) -> None:
    assert name in orgs(text, "nl")


def test_league_word_before_a_name_describes_it() -> None:
    found = orgs("De Leraarsbond LBV dreigt met acties in maart.", "nl")
    assert "LBV" in found
    assert "Leraarsbond LBV" not in found


def test_league_with_its_local_branch() -> None:
    found = orgs("De Wandelaarsbond afdeling Kleidorp wil een tweede brug over de vaart.", "nl")
    assert "Wandelaarsbond afdeling Kleidorp" in found
    assert "Wandelaarsbond" not in found
