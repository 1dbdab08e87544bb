"""After held-out 16 (h41): a German compound for a kind of body before the body's own name
("die Bürgerinitiative X Y", "die Metzgerei X Y", "die Trachtenschneiderei X & Y") describes the
organisation named next: the name after it is the organisation (it had no vote at all). Invented names
and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mit Nachbarn hat sie die Bürgerinitiative Leise Straße Altdorf gegründet.", "Leise Straße Altdorf"),
        ("Geklagt hatte die Bürgerinitiative Rückenwind Elmtal, die Rotmilane zählt.", "Rückenwind Elmtal"),
        ("Die Metzgerei Lammhof Grauberg verliert ihren wichtigsten Lieferanten.", "Lammhof Grauberg"),
        (
            "Die Brennerei Almgeist-Destillerie Obermoser in Sankt Veit darf ab 2027 mehr brennen.",
            "Almgeist-Destillerie Obermoser",
        ),
        ("Die Hutmacherei Brandl & Oswald in Miesbach ist bis Herbst ausgebucht.", "Brandl & Oswald"),
    ],
)
def test_name_after_a_kind_compound(text: str, name: str) -> None:
    assert name in orgs(text, "de")


def test_one_descriptor_at_most() -> None:
    # the club's kind first, then its name, itself a compound of a kind: the name is kept whole
    text = (
        "Angezeigt hatte den Hof der Verein Tierschutzinitiative Hufspur. Deren Obfrau sagt, alles sei eng."
    )
    assert "Tierschutzinitiative Hufspur" in orgs(text, "de")
