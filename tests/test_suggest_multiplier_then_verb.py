"""After a multiplier written alone ("48 millions", "22 millones", "3 milliards"), a participle or a verb is
what happens to the money, not what it counts: the quantity ends at the multiplier. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def _quantities(text: str, lang: str) -> list[str]:
    return [g.text for g in suggest(text, lang) if g.label == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        ("Le chantier coûte 90 millions, dont 48 millions apportés par la région.", "fr", "48 millions"),
        ("Il reste 3 milliards versés par Bruxelles.", "fr", "3 milliards"),
        ("De ese dinero, 22 millones irán a obras del puerto.", "es", "22 millones"),
        ("Hay 5 millones destinados a becas este curso.", "es", "5 millones"),
    ],
)
def test_multiplier_then_participle_or_verb(text: str, lang: str, amount: str) -> None:
    assert amount in _quantities(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        ("La ville a reçu 2 millions d'euros de l'État.", "fr", "2 millions d'euros"),
        ("El plan moviliza 4 millones de euros en dos años.", "es", "4 millones de euros"),
    ],
)
def test_multiplier_with_its_currency_stays(text: str, lang: str, amount: str) -> None:
    assert amount in _quantities(text, lang)
