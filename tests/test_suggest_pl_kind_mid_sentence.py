"""Polish: a kind of body capitalised inside a sentence ("podaje Fundacja X", "chce przejąć Stowarzyszenie X",
"nałożył karę na Bank X S.A.") is the name's first word, as the gold of heldout11..22 writes it (23 of 23);
at a sentence's start it stays a descriptor before a name in the nominative ("Fundacja X protestuje").
Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Autobusów jest coraz mniej – wylicza Fundacja Dróg Gminnych. Jej ekspert mówi o cięciach.",
            "Fundacja Dróg Gminnych",
        ),
        (
            "Budynek chce przejąć Stowarzyszenie Rozwoju Wsi Mokrzany, które prowadzi świetlicę.",
            "Stowarzyszenie Rozwoju Wsi Mokrzany",
        ),
        (
            "Lasów ubywa, podaje Fundacja Zielone Jary. Jej przedstawiciel apeluje do gminy.",
            "Fundacja Zielone Jary",
        ),
        ("Urząd nałożył na Bank Nadwarciański S.A. karę w wysokości 3 mln zł.", "Bank Nadwarciański S.A."),
    ],
)
def test_polish_kind_inside_a_sentence_heads_the_name(text: str, org: str) -> None:
    got = suggest(text, "pl")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]


def test_polish_kind_at_a_sentence_start_stays_a_descriptor() -> None:
    got = suggest("Fundacja Zielone Jary protestuje przeciw wycince.", "pl")
    assert any(g.label == "ORG" and g.text == "Zielone Jary" for g in got), [(g.label, g.text) for g in got]
