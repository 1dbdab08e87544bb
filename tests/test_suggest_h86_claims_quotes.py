"""Quotations in quote marks are no claims, in any language's quote marks (issue 12, item 7; helper h86).

The unseen sets' convention (heldout17-20 headers: "quotations in quotation marks are never claims"): of
46 sentences suggested inside quote marks across the unseen sets, none was marked. German, Dutch and
Polish open a quotation with „ and close it with “ or ”; a sentence boundary before „, ¿ or ¡ is one.
Invented sentences.
"""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def claims(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "CLAIM"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Farmer Ned Pollard looked at the field. "We lost 300 lambs this spring. It cost us £9,000."', "en"),
        ("Winzerin Hanne Tresch zeigt auf den Hang. „Wir haben 40 Prozent der Trauben verloren.“", "de"),
        ("Le maire montre la digue. « On a perdu 2 millions d'euros. Et 14 maisons sont inondées. »", "fr"),
        ("La alcaldesa señala el puente. «Nos costó 3 millones de euros», dice.", "es"),
        ("Boer Kees Valk wijst naar de sloot. „We zijn 120 schapen kwijt.”", "nl"),
        ("Sołtys Marek Gil pokazuje drogę. „Remont kosztował 2 mln zł” – mówi.", "pl"),
    ],
)
def test_a_quotation_is_no_claim(text: str, lang: str) -> None:
    assert claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        (
            "Die Firma baut 80 Stellen ab. „Das ist bitter“, sagt Betriebsrat Uwe Kranich.",
            "de",
            "Die Firma baut 80 Stellen ab.",
        ),
        (
            "De gemeente betaalt 40.000 euro. „Dat is te weinig”, zegt Jan Brink.",
            "nl",
            "De gemeente betaalt 40.000 euro.",
        ),
        (
            "Gmina wyda na remont 3 mln zł. „To za mało” – mówi radny Adam Sęk.",
            "pl",
            "Gmina wyda na remont 3 mln zł.",
        ),
        (
            "El pueblo perdió 300 vecinos en diez años. ¿Qué hará el ayuntamiento?",
            "es",
            "El pueblo perdió 300 vecinos en diez años.",
        ),
    ],
)
def test_the_sentence_before_a_quotation_is_its_own(text: str, lang: str, claim: str) -> None:
    assert claims(text, lang) == [claim]


def test_reported_speech_stays_a_claim() -> None:
    assert claims("Farmer Ned Pollard said he lost 300 lambs this spring.", "en")
    assert claims("Laut Winzerin Hanne Tresch sind 40 Prozent der Trauben verloren.", "de")
    assert claims("Selon le maire, la crue a coûté 2 millions d'euros.", "fr")


def test_a_closed_quotation_does_not_hide_the_next_sentence() -> None:
    text = 'He called it "a disaster". The council spent £4 million on the road.'
    assert claims(text, "en") == ["The council spent £4 million on the road."]
    text = "Er nannte es „eine Katastrophe“. Die Stadt gab 4 Millionen Euro für die Straße aus."
    assert claims(text, "de") == ["Die Stadt gab 4 Millionen Euro für die Straße aus."]
