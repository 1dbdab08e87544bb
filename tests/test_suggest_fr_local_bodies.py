"""A French region, department or town named by its kind word as the body that acts ("la région X a voté",
"financé par le département du X", "rappelle la ville de X", "déféré au parquet de X", "selon la criée du
X"): one organisation, kind word in; inside a place ("dans la région X") or after a title ("le président de
la région X") the name stays a place. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Le projet est financé par l'État et la région Haute-Vérasse, qui apporte la moitié.",
            "région Haute-Vérasse",
        ),
        ("Le chantier a reçu l'aide du département de la Brévonne en mars.", "département de la Brévonne"),
        (
            "Le musée restera fermé, rappelle la ville de Castelmorin dans un communiqué.",
            "ville de Castelmorin",
        ),
        ("Le conducteur a été déféré au parquet de Saint-Ornay mardi.", "parquet de Saint-Ornay"),
        ("Les ventes ont baissé de 8 %, selon la criée du Travennec.", "criée du Travennec"),
        ("La Ville de Morlanges a financé la salle.", "Ville de Morlanges"),
    ],
)
def test_french_local_body_named_by_its_kind(text: str, org: str) -> None:
    got = suggest(text, "fr")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les pluies ont inondé des caves dans la région Haute-Vérasse en janvier.", "Haute-Vérasse"),
        ("Le président de la région Haute-Vérasse, Paul Ternier, a visité l'usine.", "Haute-Vérasse"),
    ],
)
def test_french_region_as_a_place_stays_a_place(text: str, place: str) -> None:
    got = suggest(text, "fr")
    assert not any(g.label == "ORG" and place in g.text for g in got), [(g.label, g.text) for g in got]
