"""After held-out 16 (h41): an organisation's first word kept or left as it should be. A title word that
heads a name of two more words ending in an organisation word stays in it ("the General Supplies
Agency", "die Forstmeister Holzhandel GmbH"); a German genitive "der"/"des" does not join a common noun
to a firm for its legal form alone ("nach Angaben der X GmbH"). Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "The old customs house sold for $240,000, the General Supplies Agency said on Monday.",
            "en",
            "General Supplies Agency",
        ),
        (
            "Die Lager der Forstmeister Holzhandel GmbH in Talbrunn sind voll.",
            "de",
            "Forstmeister Holzhandel GmbH",
        ),
        (
            "Die Zimmer waren nach Angaben der Kurverwaltung Sonnbach-Tal GmbH zu 90 Prozent belegt.",
            "de",
            "Kurverwaltung Sonnbach-Tal GmbH",
        ),
    ],
)
def test_first_word_of_the_name(text: str, lang: str, name: str) -> None:
    assert name in orgs(text, lang)


def test_title_before_a_person_still_goes() -> None:
    text = "Treasury Secretary Hollis Brandt said the plan would cost $2 billion."
    people = [g.text for g in suggest(text, language="en") if g.label == "PERSON"]
    assert "Hollis Brandt" in people
