"""How often, with its period: Polish says "dwa razy w tygodniu" (twice a week) where the other languages
say "twice a week", "trois fois par jour", "dos veces al día", "twee keer per uur": the period belongs to
the quantity ("w tym tygodniu", "w ubiegłym roku" stay dates). Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def _quantities(text: str, lang: str) -> list[str]:
    return [g.text for g in suggest(text, lang) if g.label == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        ("Autobus do Wólki kursuje dwa razy w tygodniu.", "pl", "dwa razy w tygodniu"),
        ("Komisja zbiera się trzy razy w miesiącu w ratuszu.", "pl", "trzy razy w miesiącu"),
        ("Przegląd robi się 2 razy w roku, mówi kierownik.", "pl", "2 razy w roku"),
        ("The ferry sails three times a week in winter.", "en", "three times a week"),
        ("Le car passe trois fois par jour devant l'école.", "fr", "trois fois par jour"),
        ("El autobús pasa dos veces al día por el pueblo.", "es", "dos veces al día"),
        ("De bus rijdt twee keer per uur naar het station.", "nl", "twee keer per uur"),
    ],
)
def test_times_with_their_period(text: str, lang: str, amount: str) -> None:
    assert amount in _quantities(text, lang)


def test_this_week_stays_out() -> None:
    got = _quantities("Policja zatrzymała dwa razy kierowcę w tym tygodniu.", "pl")
    assert not any("tygodniu" in q for q in got)
