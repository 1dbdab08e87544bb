"""A body's name spelled out before its acronym in brackets ("Office fédéral des digues et barrages (OFDB)")
is one organisation from the word that gives the acronym's first letter up to the bracket, even when the
rules found no part of it, or found it as a person, a place or in pieces: the initials of its words (its
articles and prepositions aside) spell the acronym. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels, orgs


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Selon l'Office fédéral des digues et barrages (OFDB), trois ouvrages sont fragiles.",
            "fr",
            "Office fédéral des digues et barrages",
        ),
        (
            "Le rapport du Bureau régional de veille des crues et des sécheresses (BRVCS) paraît jeudi.",
            "fr",
            "Bureau régional de veille des crues et des sécheresses",
        ),
        (
            "La Junta Regional para la Defensa del Olivar en el Sur (JRDOS) pidió ayudas.",
            "es",
            "Junta Regional para la Defensa del Olivar en el Sur",
        ),
        (
            "Según el Fondo Andaluz de Regadíos Comunales (FARC), el agua subirá un 4 %.",
            "es",
            "Fondo Andaluz de Regadíos Comunales",
        ),
        (
            "Die Landesstelle für Obstbau und Baumschulen (LOB) rechnet mit weniger Äpfeln.",
            "de",
            "Landesstelle für Obstbau und Baumschulen",
        ),
        (
            "The Northern Canal Restoration Fund (NCRF) said the towpath would reopen in May.",
            "en",
            "Northern Canal Restoration Fund",
        ),
        (
            "Volgens de Stichting Behoud Oude Molens (SBOM) staan er nog 40 molens.",
            "nl",
            "Stichting Behoud Oude Molens",
        ),
        (
            "Krajowy Ośrodek Hodowli Pstrąga (KOHP) podał, że ryb jest mniej.",
            "pl",
            "Krajowy Ośrodek Hodowli Pstrąga",
        ),
        # a hyphenated word gives a letter per part
        (
            "Die Europäische Anti-Korruptions-Stelle (EAKS) prüft den Fall.",
            "de",
            "Europäische Anti-Korruptions-Stelle",
        ),
    ],
)
def test_a_name_spelled_out_before_its_acronym_is_one_organisation(text: str, lang: str, name: str) -> None:
    assert name in orgs(text, lang)


def test_the_words_inside_are_no_person_or_place() -> None:
    labels = name_labels(
        "Ein Sprecher der Stiftung Grüne Auen Havelland (SGAH) sagte, man prüfe den Plan.", "de"
    )
    assert labels.get("Stiftung Grüne Auen Havelland") == "ORG"
    assert "Havelland" not in labels


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # the letters do not spell the words before the bracket: nothing is joined
        (
            "Die Stadt Lindenau hat einen Plan für den Ausbau (PDA) vorgelegt.",
            "de",
            "Stadt Lindenau hat einen Plan",
        ),
        ("The mayor met Anna Berg and Tom Hale (BBC) on Monday.", "en", "Anna Berg and Tom Hale"),
        # a sentence ends between the name and the bracket
        ("He joined the Rowing Club. Later Castle Fund (RCCF) paid.", "en", "Rowing Club. Later Castle Fund"),
    ],
)
def test_no_name_is_made_when_the_letters_do_not_fit(text: str, lang: str, absent: str) -> None:
    assert absent not in orgs(text, lang)
