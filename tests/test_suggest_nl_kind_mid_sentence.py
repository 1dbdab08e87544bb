"""Dutch writes a kind of body in lower case ("de vakbond X"): capitalised inside a sentence ("De
Bewonersvereniging X wil", "meldt Weerbureau X", "van de Ondernemersvereniging X") it is the name's first
word, as the gold of the unseen sets writes it; opening the sentence ("Pensioenfonds X verhoogt") it stays
a descriptor before the name. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "De Bewonersvereniging Oude Lindewijk wil dat de gemeente ingrijpt.",
            "Bewonersvereniging Oude Lindewijk",
        ),
        ("Er viel 60 millimeter regen, meldt Weerbureau Zuidwest. Dat is veel.", "Weerbureau Zuidwest"),
        (
            "Dat zegt Anke Mol van de Ondernemersvereniging Brakeldam Centrum.",
            "Ondernemersvereniging Brakeldam Centrum",
        ),
        ("De exploitant, Veerdienst Lekoever BV, schrapt de zondagdiensten.", "Veerdienst Lekoever BV"),
    ],
)
def test_dutch_kind_inside_a_sentence_heads_the_name(text: str, org: str) -> None:
    got = suggest(text, "nl")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Pensioenfonds Metaalzorg verhoogt de pensioenen.", "Metaalzorg"),
        ("Telecomaanbieder Snelnet B.V. krijgt een boete.", "Snelnet B.V."),
    ],
)
def test_dutch_kind_opening_a_sentence_stays_a_descriptor(text: str, org: str) -> None:
    got = suggest(text, "nl")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]


def test_dutch_school_opening_a_sentence_is_a_descriptor() -> None:
    got = suggest("Basisschool De Klimop krijgt een nieuw dak.", "nl")
    assert any(g.label == "ORG" and g.text == "De Klimop" for g in got), [(g.label, g.text) for g in got]
