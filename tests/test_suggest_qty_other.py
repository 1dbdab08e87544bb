"""A number, "other" and what it counts is one quantity in every language: "two other candidates", "deux
autres candidats", "neun weitere Tiere", "drie andere bedrijven", "trzy inne szkoły", "12 otras
localidades"; "other" alone after a number adds nothing. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def _quantities(text: str, lang: str) -> list[str]:
    return [g.text for g in suggest(text, lang) if g.label == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        ("Officials said two other candidates had withdrawn.", "en", "two other candidates"),
        ("Police later arrested 12 other men at the port.", "en", "12 other men"),
        ("Selon la préfecture, deux autres candidats se sont retirés.", "fr", "deux autres candidats"),
        ("La mesure touche 19 autres communes du canton.", "fr", "19 autres communes"),
        ("Gerettet wurden neun weitere Tiere.", "de", "neun weitere Tiere"),
        ("Im Herbst schließen drei andere Betriebe.", "de", "drei andere Betriebe"),
        ("Dit jaar sluiten drie andere bedrijven.", "nl", "drie andere bedrijven"),
        ("W czerwcu zamknięto trzy inne szkoły.", "pl", "trzy inne szkoły"),
        ("Esperan 12 otras localidades de la comarca.", "es", "12 otras localidades"),
    ],
)
def test_number_other_noun(text: str, lang: str, amount: str) -> None:
    assert amount in _quantities(text, lang)


def test_other_alone_adds_nothing() -> None:
    got = _quantities("The first came in 2019 and 14 others followed.", "en")
    assert not any("other" in q and "others" not in q for q in got)
