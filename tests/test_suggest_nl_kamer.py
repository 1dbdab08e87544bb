"""Dutch "Kamer" (a chamber) heads or ends a body's name like "Kammer", "cámara" and "izba" do: "de Tweede
Kamer", "de Eerste Kamer", "de Kamer van Koophandel", "de Kamer voor het Notariaat" are organisations,
not places. Invented sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ook de Tweede Kamer stemde vorige week met ruime meerderheid voor het plan.", "Tweede Kamer"),
        ("Het wetsvoorstel, dat de Eerste Kamer in mei aannam, gaat in 2028 in.", "Eerste Kamer"),
        ("De winkel staat sinds 1998 ingeschreven bij de Kamer van Koophandel.", "Kamer van Koophandel"),
    ],
)
def test_a_dutch_chamber_is_an_organisation(text: str, name: str) -> None:
    assert name_labels(text, "nl").get(name) == "ORG"
