"""A German company with its legal form keeps a head word that names it ("Stadtwerke X AG", "Landesbank X
AG") and a kind word before a place named by its shape ("Hafenbetriebe Bad X GmbH"); before a name of its
own the kind word stays out ("Betreibergesellschaft Torfa AG"). Invented names and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Die Stadtwerke Lindental AG erhöhen den Wasserpreis.", "Stadtwerke Lindental AG"),
        ("Die Landesbank Nordmark AG meldet einen Gewinn.", "Landesbank Nordmark AG"),
        ("Die Stadtwerke Bad Kornau GmbH spülen die Leitungen.", "Stadtwerke Bad Kornau GmbH"),
    ],
)
def test_legal_form_keeps_the_head(text: str, org: str) -> None:
    got = suggest(text, "de")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]
