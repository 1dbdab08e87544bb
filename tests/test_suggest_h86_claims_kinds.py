"""Sentence kinds that are no claims under the unseen sets' conventions (issue 12, item 7; helper h86):
a demand or a hope ("pide ayudas de", "reclaman una subida del", "demande un", "hofft auf", "hoopt dat"),
a place's population set off as its profile ("El pueblo, de 900 habitantes, ..."), a duration in words
("has six months to appeal"). The same figures stated as facts stay claims. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def claims(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "CLAIM"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La asociación de regantes pide ayudas de 2.000 euros por hectárea.", "es"),
        ("Los conductores reclaman una subida del 6 % y un plus de 90 euros.", "es"),
        ("El concejal pidió 12 agentes más para el verano.", "es"),
        ("Le collectif demande une baisse de 20 % des loyers.", "fr"),
        ("Die Trainerin hofft auf 30 Prozent Zuschuss vom Land.", "de"),
        ("De wethouder hoopt dat er 40 woningen komen.", "nl"),
        ("El pueblo, de 640 habitantes, vive del turismo rural.", "es"),
        ("La commune, qui compte 820 habitants, cherche un médecin.", "fr"),
        ("Pour Saint-Aubrac, bourg de 1 900 habitants, la fête est essentielle.", "fr"),
        ("Der Bürgermeister sagt, die Gemeinde mit ihren 3.100 Einwohnern brauche eine Schule.", "de"),
        ("The quarry company has six months to appeal.", "en"),
        ("Le liquidateur dispose de trois mois pour trouver un repreneur.", "fr"),
        ("Il a fallu deux ans pour réparer le pont.", "fr"),
    ],
)
def test_no_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La asociación de regantes recibió ayudas de 2.000 euros por hectárea.", "es"),
        ("Los productores vendieron 300 toneladas, pero piden más.", "es"),
        ("L'Otan demande à ses membres de consacrer 2 % de leur PIB à la défense.", "fr"),
        ("El pueblo, de 640 habitantes, recibió 5.200 visitantes en agosto.", "es"),
        ("La commune compte 820 habitants de plus qu'en 2015.", "fr"),
        ("The council spent £2 million on the quarry road.", "en"),
        ("The repair took 18 months and cost €3 million.", "en"),
    ],
)
def test_still_a_claim(text: str, lang: str) -> None:
    assert claims(text, lang) != []
