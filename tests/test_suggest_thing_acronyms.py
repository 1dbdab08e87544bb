"""Acronyms of things, taxes, documents, substances and technologies ("GPS", "LED", "DNA", "VAT", "DNI",
"IVA", "TVA", "BTW", "PESEL") are no organisations, in any language. An organisation's acronym stays one.
Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "lang", "acronym"),
    [
        ("The council fitted LED lamps along the promenade last year.", "en", "LED"),
        ("Officers traced the van through its GPS tracker.", "en", "GPS"),
        ("Los vecinos pagarán más IBI a partir de enero.", "es", "IBI"),
        ("Para votar hay que llevar el DNI al colegio electoral.", "es", "DNI"),
        ("La baisse de la TVA profite surtout aux restaurateurs.", "fr", "TVA"),
        ("Ondernemers moeten de BTW voortaan per maand afdragen.", "nl", "BTW"),
        ("Die Ermittler fanden DNA an der Tür der Werkstatt.", "de", "DNA"),
        ("Każdy pacjent musi podać numer PESEL w rejestracji.", "pl", "PESEL"),
    ],
)
def test_acronym_of_a_thing_is_no_org(text: str, lang: str, acronym: str) -> None:
    got = suggest(text, lang)
    assert not any(g.label == "ORG" and acronym in g.text.split() for g in got), [
        (g.label, g.text) for g in got
    ]


@pytest.mark.parametrize(
    ("text", "lang", "acronym"),
    [
        ("The NHS said the ward would reopen in March.", "en", "NHS"),
        ("Según la OCU, los precios subieron en enero.", "es", "OCU"),
    ],
)
def test_an_organisations_acronym_stays(text: str, lang: str, acronym: str) -> None:
    got = suggest(text, lang)
    assert any(g.label == "ORG" and g.text == acronym for g in got), [(g.label, g.text) for g in got]
