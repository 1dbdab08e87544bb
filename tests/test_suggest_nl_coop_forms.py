"""Dutch cooperatives write their liability after the name ("U.A.", "W.A.", "B.A."): the form is part of the
organisation's name, as "B.V." or "N.V." are. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Volgens de Coöperatieve Zuivelvereniging Dijkland U.A. daalde de melkprijs.",
            "Coöperatieve Zuivelvereniging Dijkland U.A.",
        ),
        (
            "De leden van Landbouwcoöperatie Noordkamp W.A. stemden in met de fusie.",
            "Landbouwcoöperatie Noordkamp W.A.",
        ),
        (
            "Volgens de Coöperatieve Aardappelvereniging Veenhuizen B.A. kwam de oogst laat.",
            "Coöperatieve Aardappelvereniging Veenhuizen B.A.",
        ),
    ],
)
def test_dutch_cooperative_form_stays_in_the_name(text: str, org: str) -> None:
    got = suggest(text, "nl")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]
