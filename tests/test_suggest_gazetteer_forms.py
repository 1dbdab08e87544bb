"""Subdivision names as the packaged gazetteer (pycountry) writes them: "Catalunya [Cataluña]",
"Valenciana, Comunidad", "Murcia, Región de". Each is read as the names a text uses.

The sentences are written for these tests; none comes from the benchmark articles."""

from __future__ import annotations

import pytest

from reader.suggest import suggest
from reader.suggest.gazetteer import place_weight


@pytest.mark.parametrize(
    "name",
    [
        "Catalunya",  # "Catalunya [Cataluña]": the local name and the Spanish one in brackets
        "Cataluña",
        "Galicia",  # "Galicia [Galicia]"
        "Islas Baleares",
        "Comunidad Valenciana",  # "Valenciana, Comunidad": turned round
        "Región de Murcia",  # "Murcia, Región de"
        "Principado de Asturias",
        "Comunidad de Madrid",
    ],
)
def test_subdivisions_written_with_brackets_or_turned_round_are_places(name: str) -> None:
    assert place_weight(name) == 3.0


def test_the_turned_round_part_alone_is_no_place() -> None:
    # "wallonne, Région": the lower-case half is an adjective, not a place of its own
    assert place_weight("wallonne") == 0.0
    assert place_weight("Comunidad") == 0.0


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("es", "Los pantanos de Cataluña están al 31 % de su capacidad.", "Cataluña"),
        ("es", "Los hoteles de Illes Balears esperan un verano récord.", "Illes Balears"),
        ("es", "La sequía afecta sobre todo a Galicia y Asturias.", "Galicia"),
    ],
)
def test_those_places_are_found_in_a_sentence(language: str, text: str, place: str) -> None:
    assert place in [g.text for g in suggest(text, language) if g.label == "PLACE"]
