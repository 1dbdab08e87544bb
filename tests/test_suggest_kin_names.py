"""A relative named after the word for the kinship ("her husband, Torquil", "son épouse, Ghislaine", "su
esposa, Almudena", "zijn vrouw Wietske", "seine Frau Frauke", "żonę Jolantę"): a person, even when the name
alone is also a place. Invented people."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def labelled(text: str, lang: str, label: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == label]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("She is survived by her husband, Torquil, and three grandchildren.", "en", "Torquil"),
        ("Il laisse son épouse, Ghislaine, et deux enfants.", "fr", "Ghislaine"),
        ("Le sobreviven su esposa, Almudena, y tres hijos.", "es", "Almudena"),
        ("Hij laat zijn vrouw Wietske en drie dochters achter.", "nl", "Wietske"),
        ("Er hinterlässt seine Frau Frauke und zwei Söhne.", "de", "Frauke"),
        ("Pozostawił żonę Jolantę i dwóch synów.", "pl", "Jolantę"),
        ("—Lo aprendí de mi abuela Eulalia.", "es", "Eulalia"),
        # a given name that is also a town's
        ("Le sobrevive su hija, Concepción, que vive en Sevilla.", "es", "Concepción"),
    ],
)
def test_a_relative_is_a_person(text: str, lang: str, name: str) -> None:
    assert name in labelled(text, lang, "PERSON")


def test_a_place_after_a_relative_and_a_preposition_stays_a_place() -> None:
    text = "His daughter moved to Toronto in 2019."
    assert "Toronto" in labelled(text, "en", "PLACE")
    assert labelled(text, "en", "PERSON") == []
