"""A name that starts with a given name is a person's even after a word that usually announces an
organisation: a trade before a farmer's or a craftsman's name ("Winzer Anton Blauensteiner", "Bauer Josef
Haberlandner"), a body's name and then a person in apposition ("la asociación de vecinos AVEC, Rocío
Almansa"). Names of firms after their kind, without a given name, stay organisations. Invented names and
sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def labels(text: str, lang: str) -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, lang) if s.label in ("PERSON", "ORG", "PLACE")}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Bauer Josef Haberlandner stand am Morgen vor seinem Hof.", "de", "Josef Haberlandner"),
        ("Obstbauer Markus Feldhaider hat die halbe Ernte verloren.", "de", "Markus Feldhaider"),
        (
            "Lo explicó la portavoz de la asociación de vecinos AVEC, Rocío Almansa. La mayoría no reclama.",
            "es",
            "Rocío Almansa",
        ),
        (
            "C'est ce qu'a indiqué la présidente du syndicat agricole SAVL, Mathilde Courtenay, lundi.",
            "fr",
            "Mathilde Courtenay",
        ),
    ],
)
def test_given_name_after_a_kind_is_a_person(text: str, lang: str, name: str) -> None:
    assert labels(text, lang).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Der Energiekonzern Nordwatt erhöht die Preise um 12 Prozent.", "de", "Nordwatt"),
        ("La cooperativa Nueva Cosecha presentó 300 firmas.", "es", "Nueva Cosecha"),
    ],
)
def test_a_firm_after_its_kind_stays_an_organisation(text: str, lang: str, name: str) -> None:
    assert labels(text, lang).get(name) == "ORG"
