"""A word cut at its hyphen before "and" shares its end with the next one ("Wildbach- und
Lawinenverbauung", "Industrie- und Handelskammer", "Noord- en Midden-Limburg"): the name is never split
there, so no fragment ending in "-" is suggested. Spanish cooperatives and agrarian companies end in
their legal form ("S.C.A.", "S.A.T."). Invented names and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def named(text: str, lang: str) -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, lang) if s.label in ("PERSON", "ORG", "PLACE")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Geologin sprach von der Wildbach- und Lawinenverbauung in Kärnten.", "de"),
        ("Die Forst- und Jagdverwaltung Oberland hat 40 Hektar gesperrt.", "de"),
        ("De brandweer Noord- en Midden-Limburg rukte 40 keer uit.", "nl"),
    ],
)
def test_no_fragment_cut_at_the_hyphen(text: str, lang: str) -> None:
    assert not any(n.endswith("-") for n in named(text, lang))


def test_the_chamber_keeps_its_whole_name() -> None:
    got = named("Die Industrie- und Handelskammer Nordheide meldet 300 Betriebe.", "de")
    assert got.get("Industrie- und Handelskammer Nordheide") == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La cooperativa Hortícola Sierra Alta S.C.A. exporta 300 toneladas.",
            "Hortícola Sierra Alta S.C.A.",
        ),
        ("La empresa Frutas Vega Baja S.A.T. cerró el año con pérdidas.", "Frutas Vega Baja S.A.T."),
    ],
)
def test_spanish_cooperative_forms_end_the_name(text: str, name: str) -> None:
    assert named(text, "es").get(name) == "ORG"
