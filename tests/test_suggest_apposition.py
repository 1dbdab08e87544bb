"""A person named after a role and its place ("the mayor of Carlisle, Torven Mercer, said") is no
place of a list ("in Leeds, Bradford and York").

The sentences are written for these tests; none comes from the benchmark articles."""

from __future__ import annotations

import pytest
from suggest_helpers import labelled


@pytest.mark.parametrize(
    ("language", "text", "person", "place"),
    [
        (
            "es",
            "El alcalde de Tordesillas, Ramiro Vélez, pidió ayuda al gobierno.",
            "Ramiro Vélez",
            "Tordesillas",
        ),
        (
            "en",
            "The mayor of Carlisle, Torven Mercer, said the bridge would reopen.",
            "Torven Mercer",
            "Carlisle",
        ),
    ],
)
def test_a_person_after_a_role_and_its_place_is_no_place(
    language: str, text: str, person: str, place: str
) -> None:
    assert person not in labelled(text, "PLACE", language)
    assert labelled(text, "PLACE", language) == [place]


def test_places_listed_with_commas_stay_places() -> None:
    text = "Flooding closed roads in Carlisle, Penrith and Keswick on Monday."
    assert labelled(text, "PLACE", "en") == ["Carlisle", "Penrith", "Keswick"]
