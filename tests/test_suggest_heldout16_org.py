"""Held-out 16 ORG class: a union's local branch named by its region or town after the union's name,
read after a union kind noun ("le syndicat X Y", "vakbond X regio Y", "the union branch X Y").
Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Le syndicat Force ouvrière Vendrelle demande des embauches dans les ateliers de la ville.",
            "fr",
            "Force ouvrière Vendrelle",
        ),
        (
            "Selon le syndicat enseignant SNAPE-UNL Morvaille, douze postes seront supprimés à la rentrée.",
            "fr",
            "SNAPE-UNL Morvaille",
        ),
        (
            "Vakbond ZBO regio Kleefland overweegt acties in het voorjaar als de school niet bijstuurt.",
            "nl",
            "ZBO regio Kleefland",
        ),
        (
            "Dana Pritchard, secretary of the union branch Conjoint Harlow Fields, said the fees were unfair.",
            "en",
            "Conjoint Harlow Fields",
        ),
    ],
)
def test_union_branch_named_by_region(text: str, lang: str, name: str) -> None:
    assert name in orgs(text, lang)


def test_union_cue_stops_at_the_verb() -> None:
    found = orgs("Le syndicat Force ouvrière Vendrelle demande des embauches.", "fr")
    assert not any("demande" in o for o in found)
