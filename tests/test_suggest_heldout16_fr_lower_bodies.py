"""After held-out 16 (h41): a French body named by its lower-case kind and a complement ending in its
place ("le syndicat mixte des eaux du Val de X", "la coopérative laitière de la X", "le groupement des
producteurs de X", "la brigade de gendarmerie de X"): the kind is part of the name, not a place alone.
Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le syndicat mixte des eaux du Val de Brenne chiffre les travaux à 3 millions d'euros.",
            "syndicat mixte des eaux du Val de Brenne",
        ),
        (
            "La coopérative laitière de la Haute-Sorgue collecte 40 millions de litres par an.",
            "coopérative laitière de la Haute-Sorgue",
        ),
        (
            "Le groupement des producteurs de noix du Pays de Vassieu vend 800 tonnes par an.",
            "groupement des producteurs de noix du Pays de Vassieu",
        ),
        (
            "La brigade de gendarmerie de Saint-Aubrac a relevé 31 infractions en juillet.",
            "brigade de gendarmerie de Saint-Aubrac",
        ),
    ],
)
def test_lower_case_kind_with_its_place(text: str, name: str) -> None:
    assert name in orgs(text, "fr")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La coopérative Valfruit a ouvert un entrepôt à Brenne.", "Valfruit"),
        ("Selon la gendarmerie de Saint-Aubrac, le conducteur était seul.", "gendarmerie de Saint-Aubrac"),
    ],
)
def test_named_body_or_plain_gendarmerie(text: str, name: str) -> None:
    assert name in orgs(text, "fr")
