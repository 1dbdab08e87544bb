"""A score written with a colon ("3:1", as Polish, German and Dutch write it) after a name marks a team,
as "3-1" does; a clock time ("7:45") does not. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("W finale drużyna pokonała Orla Gniewino 3:1 na oczach 9 tys. widzów.", "pl", "Orla Gniewino"),
        ("Im Endspiel unterlag man Blau Weiß Kellingen 2:3 nach Verlängerung.", "de", "Blau Weiß Kellingen"),
        ("In de finale werd het tegen Rood Zwart Elsloo 4:2.", "nl", "Rood Zwart Elsloo"),
    ],
)
def test_a_name_before_a_score_with_a_colon_is_a_team(text: str, lang: str, name: str) -> None:
    assert name_labels(text, lang).get(name) == "ORG"


def test_a_clock_time_is_no_score() -> None:
    assert name_labels("Pociąg z Gdańska przyjechał o 7:45 rano.", "pl").get("Gdańska") != "ORG"
