"""No claim from an obituary's survivors ("survived by ... three grandchildren", "hinterlässt ... zwei Kinder")
nor from a distance set after a comma ("à Dijon, à 54 kilomètres"); a figure about children elsewhere is
still one. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def claims(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "CLAIM"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She is survived by her husband, Torquil, and three grandchildren.", "en"),
        ("Er hinterlässt seine Frau Frauke, zwei Kinder und vier Enkel.", "de"),
        ("Il laisse son épouse, Ghislaine, et deux enfants.", "fr"),
        ("Le sobreviven su esposa, Almudena, y tres hijos.", "es"),
        ("Hij laat zijn vrouw Wietske en drie dochters achter.", "nl"),
        ("Pozostawił żonę Jolantę i dwóch synów.", "pl"),
        ("Les patientes devront aller à Dijon, à 54 kilomètres.", "fr"),
        ("Los vecinos tendrán que ir al centro de salud de Soria, a 42 kilómetros.", "es"),
    ],
)
def test_no_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The fire killed 40 children and injured 12 others.", "en"),
        ("The new road will be 54 kilometres long and cost £80 million.", "en"),
        ("He leaves a debt of £2 million and three unpaid suppliers.", "en"),
    ],
)
def test_still_a_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == [text]
