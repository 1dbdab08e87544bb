"""A person's (or a thing's) age is no figure of a claim however it is written: "im Alter von 81 Jahren",
"a los 77 años", "w wieku 90 lat", "op 83-jarige leeftijd", "Name (58)", ", de 19 años.", "tiene 88 años",
"ist 40 Jahre alt", "ma 120 lat"; a sentence with another figure, or a large age ("4.5 billion years old"), is
still a claim. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def claims(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "CLAIM"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Liedermacher starb am Freitag im Alter von 81 Jahren in Passau.", "de"),
        ("Das alte Teleskop ist fast 40 Jahre alt.", "de"),
        ("Murió el martes en su casa de Albacete, a los 77 años.", "es"),
        ("Mi abuela tiene 88 años y vive sola.", "es"),
        ("«Lo sabíamos desde el principio», dijo Ortega, de 19 años.", "es"),
        ("Zmarła w środę w Krakowie w wieku 90 lat.", "pl"),
        ("Nasz kościół ma 120 lat i przetrwał pożar.", "pl"),
        ("Schrijver Jelle Vonk is dinsdag op 83-jarige leeftijd overleden in Zwolle.", "nl"),
        ("Marijke Tolsma (58) kreeg vorige maand de cultuurprijs van de gemeente.", "nl"),
        ("The painter died at home in Truro at the age of 92.", "en"),
        ("Her grandson is 7.", "en"),
        ("Il est mort à l'âge de 85 ans à Quimper.", "fr"),
    ],
)
def test_no_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The rock that fell on a field near Omagh is about 4.5 billion years old.", "en"),
        ("Er starb im Alter von 81 Jahren und hinterließ Schulden von 2 Millionen Euro.", "de"),
        ("El 30 % de los vecinos tiene más de 65 años.", "es"),
        ("He was fined £4,000 at the age of 19.", "en"),
    ],
)
def test_still_a_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == [text]
