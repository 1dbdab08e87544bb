"""After held-out 16 (h41): bodies named in Catalan or Galician inside Spanish text ("la Conselleria de
Pesca", "el Sindicat de Veïns", "la Xunta"), which the Spanish head words do not cover. Invented names
and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Los regantes piden a la Conselleria de Pesca que revise el cupo de este año.",
            "Conselleria de Pesca",
        ),
        (
            "La Consellería do Medio Rural cerró el lunes el plazo de las ayudas.",
            "Consellería do Medio Rural",
        ),
        (
            "El Sindicat de Veïns de Marvella pidió más controles en el barrio.",
            "Sindicat de Veïns de Marvella",
        ),
        (
            "La Federació d'Entitats de Pescadors de Vallfosca pide limitar las licencias.",
            "Federació d'Entitats de Pescadors de Vallfosca",
        ),
        (
            "Según el Institut d'Estudis de les Terres Altes, el paro bajó un 3 %.",
            "Institut d'Estudis de les Terres Altes",
        ),
        (
            "Un estudio de la Universitat Pere Dalmau confirma la caída de las capturas.",
            "Universitat Pere Dalmau",
        ),
        ("La Fundació Mar Clara recogió 400 kilos de plástico en la playa.", "Fundació Mar Clara"),
    ],
)
def test_coofficial_body_with_its_name(text: str, name: str) -> None:
    assert name in orgs(text, "es")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("El portavoz de la Xunta dijo que el plan llegará en marzo.", "Xunta"),
        ("La Generalitat aprobó el martes una ayuda de 12 millones.", "Generalitat"),
        ("El Govern ha pedido un informe sobre las obras del puerto.", "Govern"),
    ],
)
def test_regional_government_named_alone(text: str, name: str) -> None:
    assert name in orgs(text, "es")


@pytest.mark.parametrize(
    "text",
    [
        "El gobierno de la región pidió calma a los vecinos.",
        "La junta directiva del club se reunirá el lunes.",
    ],
)
def test_lower_case_kinds_stay_unlabelled(text: str) -> None:
    assert orgs(text, "es") == []
