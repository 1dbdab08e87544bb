"""Dutch public bodies named by a lower-case kind and their region: the fire service, the water board, a
police unit ("De brandweer Veluwe-Zuid rukte uit", "Het waterschap Groote Aa", "De politie eenheid
Zuid-Limburg", "De brandweer Noord- en Oost-Gelderland"). Invented regions and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("De brandweer Veluwe-Zuid rukte die nacht veertig keer uit.", "brandweer Veluwe-Zuid"),
        ("Het waterschap Groote Leye verhoogt de heffing.", "waterschap Groote Leye"),
        ("De politie eenheid Zuid-Kempen zoekt getuigen.", "politie eenheid Zuid-Kempen"),
        ("De brandweer Noord- en Oost-Kempenland had het druk.", "brandweer Noord- en Oost-Kempenland"),
    ],
)
def test_dutch_lower_case_body_with_its_region(text: str, org: str) -> None:
    got = suggest(text, "nl")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]
