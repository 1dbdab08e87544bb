"""Spanish courts are named with their number and their seat: "Juzgado de Instrucción número 4 de
Benalmar", "Juzgado de lo Social número 2 de Villanueva del Río", "Juzgado de Primera Instancia nº 3 de
Sotoalto". The whole is one organisation, not a court, a number and a town. Invented towns."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def named(text: str) -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, "es") if s.label not in ("CLAIM",)}


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "El caso lo instruye el Juzgado de Instrucción número 4 de Benalmar, que ha citado a dos testigos.",
            "Juzgado de Instrucción número 4 de Benalmar",
        ),
        (
            "La denuncia llegó al Juzgado de lo Social número 2 de Villanueva del Río el lunes.",
            "Juzgado de lo Social número 2 de Villanueva del Río",
        ),
        (
            "El Juzgado de Primera Instancia nº 3 de Sotoalto rechazó la demanda.",
            "Juzgado de Primera Instancia nº 3 de Sotoalto",
        ),
        ("Lo juzgará el Juzgado de lo Penal número 1 en marzo.", "Juzgado de lo Penal número 1"),
    ],
)
def test_a_court_with_its_number_and_seat_is_one_name(text: str, court: str) -> None:
    got = named(text)
    assert got.get(court) == "ORG"
    assert len([n for n in got if n in court]) == 1  # no number or town of its own inside


def test_a_court_without_a_number_is_left_as_it_was() -> None:
    assert named("El Juzgado de Guardia de Benalmar abrió diligencias.") == named(
        "El Juzgado de Guardia de Benalmar abrió diligencias."
    )
    assert "número" not in " ".join(named("El edificio tiene el número 4 de la calle Mayor."))
