"""A body's list of fields where each field is a mention of its own (German nouns, "und" in lower case):
"Landesamt für Umwelt, Naturschutz und Geologie" is one ORG, as "Department for Environment, Food and Rural
Affairs" already is; a list of bodies stays a list. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        (
            "Das Landesamt für Umwelt, Naturschutz und Geologie prüft den Antrag.",
            "de",
            "Landesamt für Umwelt, Naturschutz und Geologie",
        ),
        (
            "Das Ministerium für Wirtschaft, Verkehr und Wohnungsbau lehnte den Plan ab.",
            "de",
            "Ministerium für Wirtschaft, Verkehr und Wohnungsbau",
        ),
        (
            "The Department for Environment, Food and Rural Affairs said no.",
            "en",
            "Department for Environment, Food and Rural Affairs",
        ),
    ],
)
def test_fields_of_a_body_are_one_org(text: str, lang: str, org: str) -> None:
    got = suggest(text, lang)
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]


def test_a_list_of_bodies_stays_a_list() -> None:
    got = suggest("Geklagt hatten die Stadtwerke Kiel, Vattenfall und Eon.", "de")
    assert not any(g.label == "ORG" and "," in g.text for g in got), [(g.label, g.text) for g in got]
