"""A Polish body led by an adjective and its head noun, its field going on after "i" ("Narodowe Centrum
Hodowli i Ochrony X", "Krajowy Fundusz Ochrony Łąk i Gospodarki Leśnej"): one organisation, as "Ministerstwo
Kultury i Dziedzictwa Narodowego" already is. Invented bodies and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Grant przyznało Narodowe Centrum Hodowli i Ochrony Pszczół w marcu.",
            "Narodowe Centrum Hodowli i Ochrony Pszczół",
        ),
        (
            "Pieniądze dał Krajowy Fundusz Ochrony Łąk i Gospodarki Leśnej.",
            "Krajowy Fundusz Ochrony Łąk i Gospodarki Leśnej",
        ),
        (
            "Wniosek trafił do Krajowego Funduszu Ochrony Łąk i Gospodarki Leśnej.",
            "Krajowego Funduszu Ochrony Łąk i Gospodarki Leśnej",
        ),
    ],
)
def test_polish_body_led_by_an_adjective_goes_on_after_i(text: str, org: str) -> None:
    got = suggest(text, "pl")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]


def test_two_bodies_stay_two() -> None:
    got = suggest("Umowę podpisały Narodowe Centrum Hodowli i Polskie Koleje Leśne.", "pl")
    assert not any(g.text == "Narodowe Centrum Hodowli i Polskie Koleje Leśne" for g in got), [
        (g.label, g.text) for g in got
    ]
