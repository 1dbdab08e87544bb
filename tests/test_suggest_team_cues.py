"""A side in a match after the result's noun ("a 31-27 win over X", "victoire contre X", "Sieg gegen X",
"zege op X", "victoria ante X", "zwycięstwo nad X") or as "the home club, X" is an organisation; a name
with a given name first stays a person (a player beaten in tennis). Invented teams and people."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def labelled(text: str, lang: str, label: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == label]


@pytest.mark.parametrize(
    ("text", "lang", "team"),
    [
        (
            "The Ravens reached the final with a 31-27 win over Solway Otters on Saturday.",
            "en",
            "Solway Otters",
        ),
        ("The home club, Fenwick Dolphins, trains on a school field.", "en", "Fenwick Dolphins"),
        ("Les Girondins ont signé une victoire contre Pays Vellave mardi.", "fr", "Pays Vellave"),
        ("El equipo celebró la victoria ante Unión Tarazona el domingo.", "es", "Unión Tarazona"),
        ("Na de zege op Rood Wit Westerkwartier was de ploeg kampioen.", "nl", "Rood Wit Westerkwartier"),
        ("Drużyna odniosła zwycięstwo nad Orlęta Radzyń w sobotę.", "pl", "Orlęta Radzyń"),
    ],
)
def test_a_side_beaten_is_an_organisation(text: str, lang: str, team: str) -> None:
    assert team in labelled(text, lang, "ORG")


def test_a_player_beaten_stays_a_person() -> None:
    text = "She secured a win over Maria Kowalczyk in the second round."
    assert "Maria Kowalczyk" in labelled(text, "en", "PERSON")
