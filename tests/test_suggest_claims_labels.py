"""A number that labels something (a court's "número 2", a bus line, a platform, "Nr. 7") is no figure of a
claim when it is the only one; with another figure the sentence is still a claim. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def claims(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "CLAIM"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Los detenidos pasaron a disposición del Juzgado de Instrucción número 4 de Lorca.", "es"),
        ("Buslijn 27 verdwijnt.", "nl"),
        ("Die Linie 9 fährt künftig über den Marktplatz.", "de"),
        ("La ligne 3 desservira le nouveau quartier.", "fr"),
        ("Autobusy linii 112 pojadą objazdem przez Wolę.", "pl"),
        ("Passengers for route 8 should use the stop on Mill Lane.", "en"),
    ],
)
def test_no_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La ligne 3 du tramway transportera 40 000 voyageurs par jour.", "fr"),
        (
            "El Juzgado de lo Mercantil número 1 de Cuenca declaró en concurso a la empresa, con una deuda de 2 millones de euros.",
            "es",
        ),
    ],
)
def test_still_a_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == [text]
