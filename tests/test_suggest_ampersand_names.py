"""Capitalised words joined by "&" name a firm, a shop or a group, never a person or a place: "Marlow &
Tench", "Brook & Lantern Florists". Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Jo Penrose, who runs Brook & Lantern Florists, said orders fell.",
            "en",
            "Brook & Lantern Florists",
        ),
        ("Prices rose 3 per cent, according to the letting agent Marlow & Tench.", "en", "Marlow & Tench"),
        ("Thieves broke into Ashdown & Pike Opticians on Tuesday night.", "en", "Ashdown & Pike Opticians"),
        ("Kledingzaak Velde & Zoon V.O.F. aan de Markt sluit in mei.", "nl", "Velde & Zoon V.O.F."),
        (
            "Su abogado, del despacho Ortuño & Vidal Abogados, recurrirá la multa.",
            "es",
            "Ortuño & Vidal Abogados",
        ),
        ("Selon le cabinet Lemarchand & Roussel, les loyers baissent.", "fr", "Lemarchand & Roussel"),
    ],
)
def test_a_name_joined_by_an_ampersand_is_an_organisation(text: str, lang: str, name: str) -> None:
    assert name_labels(text, lang).get(name) == "ORG"
