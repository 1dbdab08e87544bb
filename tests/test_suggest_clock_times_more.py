"""A clock time written with its minutes is no quantity in any language: "a las 6.05" (Spanish, no unit),
"om 21.30 uur" (Dutch), "um 14.45 Uhr" (as before); a duration in hours with a decimal comma or thousands
stays one ("7.520 uur", "2,5 uur"). Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def _quantities(text: str, lang: str) -> list[str]:
    return [g.text for g in suggest(text, lang) if g.label == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "lang", "clock"),
    [
        ("El primer autobús sale a las 6.05 y el último a las 22.40.", "es", "6.05"),
        ("El primer autobús sale a las 6.05 y el último a las 22.40.", "es", "22.40"),
        ("La sesión empieza hacia las 9:30 en el salón de plenos.", "es", "9:30"),
        ("De laatste trein vertrekt na 21.30 uur uit Assen.", "nl", "21.30"),
        ("De winkel gaat om 8.15 uur open.", "nl", "8.15"),
        ("Der Zug fährt um 14.45 Uhr ab.", "de", "14.45"),
    ],
)
def test_a_clock_time_is_no_quantity(text: str, lang: str, clock: str) -> None:
    assert not any(clock in q for q in _quantities(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        ("Vrijwilligers werkten vorig jaar samen 7.520 uur in de tuin.", "nl", "7.520 uur"),
        ("La obra costó 6,05 millones de euros.", "es", "6,05 millones de euros"),
    ],
)
def test_an_amount_stays(text: str, lang: str, amount: str) -> None:
    assert amount in _quantities(text, lang)
