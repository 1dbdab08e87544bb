"""Legal forms written without dots or in lower case end an organisation's name ("SARL", "VOF", "mbH",
"gGmbH", "Ltd", "A/S"), and a kind of company capitalised inside a Dutch, French, Spanish or English
sentence is the name's first word ("bij Scheepswerf Sliedrecht BV"). Invented companies."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def orgs(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        (
            "Le marché a été attribué à Menuiseries Grandjacquet SARL sans mise en concurrence.",
            "fr",
            "Menuiseries Grandjacquet SARL",
        ),
        (
            "Die Ahrtaler Verkehrsgesellschaft mbH betreibt den Bus.",
            "de",
            "Ahrtaler Verkehrsgesellschaft mbH",
        ),
        ("Das Haus gehört der Westpfalz Theater gGmbH seit 2010.", "de", "Westpfalz Theater gGmbH"),
        ("De order ging naar Scheepswerf Sliedrecht BV in Sliedrecht.", "nl", "Scheepswerf Sliedrecht BV"),
        ("Het werk gaat naar Grondwerk Zevenhoven VOF uit Nieuwkoop.", "nl", "Grondwerk Zevenhoven VOF"),
        ("The contract went to Harrowgate Roofing Ltd last year.", "en", "Harrowgate Roofing Ltd"),
        ("El contrato fue para Construcciones Arrabal SAU en marzo.", "es", "Construcciones Arrabal SAU"),
    ],
)
def test_a_legal_form_ends_an_organisation(text: str, lang: str, org: str) -> None:
    assert org in orgs(text, lang)


def test_a_kind_of_company_in_lower_case_stays_out() -> None:
    assert "Sliedrecht BV" in orgs("De order ging naar de scheepswerf Sliedrecht BV.", "nl")


def test_a_dutch_publisher_named_with_its_kind_is_an_organisation() -> None:
    assert "Uitgeverij De Wildeman" in orgs("Bij Uitgeverij De Wildeman zijn 900 exemplaren verkocht.", "nl")


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        ("Mi editora en Ediciones Arbeyal, Marta Suárez, pidió papel.", "es", "Ediciones Arbeyal"),
        ("Le roman paraît aux Éditions du Vieux Chêne en mars.", "fr", "Éditions du Vieux Chêne"),
        ("La Editorial Pinoverde publicó 12 libros.", "es", "Editorial Pinoverde"),
    ],
)
def test_a_publisher_named_with_its_kind_is_an_organisation(text: str, lang: str, org: str) -> None:
    assert org in orgs(text, lang)
