"""A French body named down to its seat ("le tribunal administratif de Rennes", "la Métropole de Lyon")
ends with the seat: the lower-case words after it ("au printemps", "de les aider", "de financer") belong
to the sentence, not to the name. Invented sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Son recours sera examiné par le tribunal administratif de Rennes au printemps.",
            "tribunal administratif de Rennes",
        ),
        ("Les salariés demandent à la Métropole de Lyon de les aider.", "Métropole de Lyon"),
        (
            "Le collectif demande au conseil départemental du Cantal de financer la route.",
            "conseil départemental du Cantal",
        ),
        ("Selon la Chambre de commerce de Vannes, les ventes reculent.", "Chambre de commerce de Vannes"),
    ],
)
def test_a_french_body_ends_with_its_seat(text: str, name: str) -> None:
    assert name in orgs(text, "fr")


def test_a_complement_in_lower_case_before_the_seat_stays() -> None:
    text = "Le Syndicat mixte des eaux de la vallée du Lot a voté le budget."
    assert "Syndicat mixte des eaux de la vallée du Lot" in orgs(text, "fr")


def test_etat_is_no_seat() -> None:
    text = "Selon le Secrétariat d'État aux sports nautiques, les clubs manquent de moniteurs."
    assert "Secrétariat d'État aux sports nautiques" in orgs(text, "fr")
