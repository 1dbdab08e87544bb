"""A German or Dutch descriptor before a body that has a name of its own: a one-word body's name made of a
word and a kind ("Umweltverband Naturschutzbund X", "Natuurorganisatie Heidevereniging") or a kind noun
heading its complement ("Brancheorganisatie Vereniging van X"). The descriptor is no part of the name.
Invented sentences."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        (
            "Der Umweltverband Naturschutzbund Marschland-Nord hat Klage eingereicht, teilte er mit.",
            "de",
            "Naturschutzbund Marschland-Nord",
        ),
        (
            "Natuurorganisatie Heidevereniging is het niet eens met het besluit van de provincie.",
            "nl",
            "Heidevereniging",
        ),
        (
            "Brancheorganisatie Vereniging van Fietsenmakers wil dat de regels worden aangepast.",
            "nl",
            "Vereniging van Fietsenmakers",
        ),
    ],
)
def test_descriptor_dropped(text: str, lang: str, body: str) -> None:
    assert orgs(text, lang) == [body]


def test_body_with_a_connector_in_its_name_keeps_its_head() -> None:
    text = "Der Trägerverein Tierschutzverein Moosried und Umgebung e.V. hat die Verträge gekündigt."
    assert orgs(text, "de") == ["Tierschutzverein Moosried und Umgebung e.V."]
