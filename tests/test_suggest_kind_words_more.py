"""Kinds of body that head a name, in Spanish ("Cofradía de Pescadores de X", "Agrupación Musical X",
"Ateneo Obrero de X", "Escuela de X", "Hermandad de X"), Dutch ("Bibliotheek X",
"Basisschool X") and German ("Versicherung", "Bergrettung X"): the whole name is one organisation.
Invented names and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        (
            "Entenza es miembro de la Cofradía de Pescadores de Miraval desde 1998.",
            "es",
            "Cofradía de Pescadores de Miraval",
        ),
        (
            "La Agrupación Musical Torrealbense ofreció un concierto el sábado.",
            "es",
            "Agrupación Musical Torrealbense",
        ),
        (
            "Ganó el premio de novela del Ateneo Obrero de Villacastro en 2019.",
            "es",
            "Ateneo Obrero de Villacastro",
        ),
        (
            "Durante años dirigió la Escuela de Danza Clásica del Norte con su hermana.",
            "es",
            "Escuela de Danza Clásica del Norte",
        ),
        (
            "Ella es socia de la Cofradía de Pescadores San Telmo de Miraval desde 1998.",
            "es",
            "Cofradía de Pescadores San Telmo de Miraval",
        ),
        (
            "De leerlingen van Basisschool De Klimop gaan naar een andere school.",
            "nl",
            "Basisschool De Klimop",
        ),
        ("Het filiaal van Bibliotheek Dinkelland-Zuid sluit in maart.", "nl", "Bibliotheek Dinkelland-Zuid"),
        ("Im Vorjahr musste die Bergrettung Hohenstein elf Mal ausrücken.", "de", "Bergrettung Hohenstein"),
    ],
)
def test_kind_word_heads_the_name(text: str, lang: str, org: str) -> None:
    got = suggest(text, lang)
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]
