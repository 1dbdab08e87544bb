"""A German compound that names a kind of body, alone ("die Sparkasse", "der Mieterverein", "die
Frauenklinik", "der Klinikverbund", "des Zollamts"), refers to one only with its name: no organisation by
itself. Federal and state bodies, ministries, courts and governments are names by themselves ("das
Bundeskriminalamt", "das Kultusministerium", "der Bundesgerichtshof", "die Landesregierung").
Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    "text",
    [
        "Den Rest zahlt der Klinikverbund, sagte die Sprecherin.",
        "Der Mieterverein hält die Erhöhung für überzogen.",
        "Die Chirurgen und die Frauenklinik ziehen in den Neubau.",
        "Im Bezirk des Zollamts wurden 40 Kilogramm Tabak gefunden.",
    ],
)
def test_a_kind_of_body_alone_is_no_name(text: str) -> None:
    got = suggest(text, "de")
    assert not any(g.label == "ORG" for g in got), [(g.label, g.text) for g in got]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Das Bundeskriminalamt ermittelt seit Januar.", "Bundeskriminalamt"),
        ("Das Kultusministerium stellt 300 Lehrer ein.", "Kultusministerium"),
        ("Die Landesregierung will das Gesetz ändern.", "Landesregierung"),
    ],
)
def test_unique_bodies_stay_names(text: str, org: str) -> None:
    got = suggest(text, "de")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]
