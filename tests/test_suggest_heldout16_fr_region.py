"""After held-out 16 (h41): a French region named as the body that acts, at the head of its sentence
("La région Vexin-Marche a voté ...") or written with the institution's capital ("la Région X"), is the
organisation "région X"; after "de la" it stays the place. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La région Vexin-Marche a promis une aide de 2 millions d'euros.", "région Vexin-Marche"),
        (
            "Les élus ont protesté. La région Grand Causse apportera une aide, selon l'élue.",
            "région Grand Causse",
        ),
        ("Le projet avance depuis que la Région Haute-Brière a voté une aide.", "Région Haute-Brière"),
    ],
)
def test_region_as_the_body(text: str, name: str) -> None:
    assert name_labels(text, "fr").get(name) == "ORG"


def test_region_after_de_la_stays_a_place() -> None:
    labels = name_labels("Le président de la région Vexin-Marche réclame une aide de l'État.", "fr")
    assert labels.get("Vexin-Marche") == "PLACE"
    assert "région Vexin-Marche" not in labels
