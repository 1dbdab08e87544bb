"""QUANTITY: a price per any unit in fr, es and pl ("9 euros la bougie", "35 euros por vaca", "4,50 zł na
akcję", "150 zł za zwolnienie"), a Polish range after "od" ("od 520 do 740 zł"), a part before its whole
across a genitive or a possessive ("sieben ihrer 19 Automaten", "24 of the council's 47 seats"). Issue 12,
item 7; helper h86. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def quantities(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Au marché, les cierges se vendent 7 euros la bougie.", "fr", "7 euros la bougie"),
        ("Le passeur touchait 300 euros le trajet, selon l'enquête.", "fr", "300 euros le trajet"),
        ("La cantine facture 2 euros le repas.", "fr", "2 euros le repas"),
        ("La lonja paga 12 euros por cordero.", "es", "12 euros por cordero"),
        ("La ayuda será de 800 euros por empleado.", "es", "800 euros por empleado"),
        ("Spółka wypłaci 3,20 zł na akcję.", "pl", "3,20 zł na akcję"),
        ("Lekarz brał 120 zł za zaświadczenie.", "pl", "120 zł za zaświadczenie"),
        ("Badanie kosztuje od 450 do 690 zł.", "pl", "450 do 690 zł"),
        ("Die Bande sprengte sechs ihrer 23 Automaten.", "de", "sechs ihrer 23 Automaten"),
        ("Die Freien Wähler verloren drei ihrer bisher neun Sitze.", "de", "drei ihrer bisher neun Sitze"),
        ("Zwei der fünf Filialen schließen.", "de", "Zwei der fünf Filialen"),
        ("Labour won 19 of the council's 41 seats.", "en", "19 of the council's 41 seats"),
    ],
)
def test_rate_range_or_part_is_one_quantity(text: str, lang: str, expected: str) -> None:
    assert expected in quantities(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le conseil a voté 300 000 euros la semaine dernière.", "fr", "300 000 euros"),
        ("La multa es de 600 euros por conducir sin carné.", "es", "600 euros"),
        ("Gmina przeznaczy 2 mln zł na budowę drogi.", "pl", "2 mln zł"),
        ("Rodzina kupiła dom za 400 tys. zł za granicą.", "pl", "400 tys. zł"),
        ("Les prix ont grimpé de 4 % par rapport à 2024.", "fr", "4 %"),
        ("El precio subió un 8 por ciento.", "es", "8 por ciento"),
        ("Der Umzug kostete 2.000 Euro der Stadt zufolge.", "de", "2.000 Euro"),
        ("Od 15 do 20 marca szkoła będzie zamknięta.", "pl", None),
    ],
)
def test_what_is_not_a_rate_or_a_range(text: str, lang: str, expected: str | None) -> None:
    qs = quantities(text, lang)
    if expected is None:
        assert not any("do 20" in q for q in qs)
    else:
        assert expected in qs


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La policía identificó 27 cuentas bancarias abiertas con nombres falsos.",
            "es",
            "27 cuentas bancarias",
        ),
        ("Hay cinco personas detenidas y dos agentes heridos.", "es", "cinco personas"),
        ("El incendio dejó 40 hectáreas quemadas.", "es", "40 hectáreas"),
        ("En la provincia 6.300 aguardan una operación.", "es", "6.300"),
        ("Liberaron a 12 rehenes antes del domingo.", "es", "12 rehenes"),
        ("El termómetro marcó nueve grados bajo cero.", "es", "nueve grados bajo cero"),
        ("Il a fait 12 degrés sous zéro à l'aube.", "fr", "12 degrés sous zéro"),
        ("El ministerio paga 40 euros por oveja a los pastores.", "es", "40 euros por oveja"),
        ("La finca tiene 300 metros cuadrados.", "es", "300 metros cuadrados"),
    ],
)
def test_spanish_participles_verbs_and_below_zero(text: str, lang: str, expected: str) -> None:
    assert expected in quantities(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board raised the dividend to 3.6p a share, from 3.1p.", ["3.6p a share", "3.1p"]),
        ("Dairy farmers are paid 31p a litre.", ["31p a litre"]),
        ("The cap rises to 24.5p per kilowatt hour.", ["24.5p per kilowatt hour"]),
        ("A second-class stamp costs 85p.", ["85p"]),
    ],
)
def test_british_pence(text: str, expected: list[str]) -> None:
    assert quantities(text, "en") == expected
