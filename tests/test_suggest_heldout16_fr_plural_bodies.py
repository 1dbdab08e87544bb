"""After held-out 16 (h41): a French body named by a capitalised plural noun after "les", with its
adjectives or its complement ("les Transports publics de X", "les Vanniers et vannières du Y", "les
Tuileries de la X", "chez les Compagnons du Z"): French writes common nouns in lower case, so the capital
makes the name. Not a place of that shape ("les Pays de la Loire"). Invented names
and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Les Transports publics vaudrois ont transporté 80 millions de voyageurs.",
            "Transports publics vaudrois",
        ),
        (
            "Les Vanniers et vannières réunis du Morvan ont vendu 4 000 paniers.",
            "Vanniers et vannières réunis du Morvan",
        ),
        ("Les Tuileries de la Basse-Vienne rouvriront en mars leur four.", "Tuileries de la Basse-Vienne"),
        ("Il a appris le métier chez les Charpentiers du Devoir, à Tours.", "Charpentiers du Devoir"),
    ],
)
def test_plural_body(text: str, name: str) -> None:
    assert name in orgs(text, "fr")


def test_plural_place_stays() -> None:
    assert orgs("Les Pays de la Loire ont reçu 30 millions d'euros.", "fr") == []


def test_plural_event_stays() -> None:
    assert orgs("Les Fêtes de Vassieu ont attiré 200 000 visiteurs cet été.", "fr") == []
