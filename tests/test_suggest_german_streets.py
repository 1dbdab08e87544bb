"""German streets and banks named in one word are places ("am Donauufer", "in der Lindengasse"); the bare
noun is not ("am Ufer"). Invented places."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def places(text: str) -> list[str]:
    return [s.text for s in suggest(text, "de") if s.label == "PLACE"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Bühne stand am Donauufer.", "Donauufer"),
        ("Sie wohnt in der Lindengasse.", "Lindengasse"),
        ("Das Café liegt in der Kastanienallee.", "Kastanienallee"),
    ],
)
def test_a_street_or_a_bank_is_a_place(text: str, place: str) -> None:
    assert place in places(text)


def test_the_bare_noun_is_no_place() -> None:
    assert places("Die Partei will die Mieten senken, sagte er am Ufer.") == []
