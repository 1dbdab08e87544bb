"""German inns and restaurants named "Zum ..."/"Zur ..." after their kind word ("im Gasthaus Zum Roten Hahn",
"der Biergarten des Gasthofs Zur Eiche"): the name, from "Zum"/"Zur", is an organisation, the kind word
outside (as the gold writes "Gasthaus [[Zum X|O]]"). Invented names and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Der Kegelclub trifft sich im Gasthaus Zum Roten Hahn.", "Zum Roten Hahn"),
        ("Der Biergarten des Gasthofs Zur Eiche schließt um 22 Uhr.", "Zur Eiche"),
        ("Das Wirtshaus Zum Goldenen Kessel hat einen neuen Pächter.", "Zum Goldenen Kessel"),
        ("Die Wahlparty fand in der Gaststätte Zur Alten Mühle statt.", "Zur Alten Mühle"),
    ],
)
def test_inn_name_after_its_kind_word(text: str, org: str) -> None:
    got = suggest(text, "de")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]
