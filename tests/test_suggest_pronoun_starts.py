"""Indefinite pronouns and a few conjunctions open sentences in every language ("Nobody told us", "Nadie
avisó", "Niemand hat", "Mientras, el club"); capitalised there, they are no organisation's name.
Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def named(text: str, lang: str) -> set[str]:
    return {s.text for s in suggest(text, lang) if s.label in ("PERSON", "ORG", "PLACE")}


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ('"I paid £18 and now it is £21. Nobody told me," said Ellen Marsh of Dunmore.', "en", "Nobody"),
        ("The firm raised prices twice. Everyone in Pellbridge noticed, the council said.", "en", "Everyone"),
        (
            "El ayuntamiento cerró el pabellón en marzo. Mientras, el club jugará en Almenara.",
            "es",
            "Mientras",
        ),
        ("Los vecinos pagaron 300 euros más. Nadie avisó a la comunidad, dijo Rosa Calvet.", "es", "Nadie"),
        (
            "Die Stadtwerke erhöhten den Preis. Niemand informierte die Mieter, sagte Jana Wiek.",
            "de",
            "Niemand",
        ),
        ("De huur steeg met 40 euro. Niemand wist ervan, zegt Kees Drost uit Ommeren.", "nl", "Niemand"),
        ("Czynsz wzrósł o 200 zł. Nikt nas nie uprzedził – mówi Anna Wilk z Borowa.", "pl", "Nikt"),
        ("Le loyer a augmenté de 40 euros. Personne ne nous a prévenus, dit Luc Morel.", "fr", "Personne"),
    ],
)
def test_a_pronoun_opening_a_sentence_is_no_name(text: str, lang: str, word: str) -> None:
    assert not any(n == word or n.startswith(word + " ") for n in named(text, lang))
