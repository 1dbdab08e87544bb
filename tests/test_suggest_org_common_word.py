"""A one-word ORG that the article also writes in lower case is a common word at a sentence's start ("Club
members voted...", "Studio rents rose..."), not an organisation's name; an acronym, a name never written in
lower case, and a German noun (always capitalised) are left as they were. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def orgs(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        (
            "The golf club at Marlow Heath will close in March. Club members voted 80 to 12 to sell the course. "
            "The club was founded in 1904.",
            "en",
            "Club",
        ),
        (
            "A new hospice opened in Trelowan on Monday. Hospice staff said the hospice has 12 beds.",
            "en",
            "Hospice",
        ),
        (
            "De studio in Wierden sluit. Studio Noord blijft open, maar de studio van Kees Harmsen niet.",
            "nl",
            "Studio",
        ),
        (
            "Spółka z Łomży zwolni 40 osób. Spółka nie podała powodu. Prezes mówi, że spółka ma długi.",
            "pl",
            "Spółka",
        ),
    ],
)
def test_common_word_is_no_org(text: str, lang: str, word: str) -> None:
    assert word not in orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        (
            "Greyfield Logistics cut 40 jobs. Greyfield said the logistics market had fallen by 9%.",
            "en",
            "Greyfield Logistics",
        ),
        ("Die Gewerkschaft Verdi ruft zum Streik auf. Verdi fordert 8 Prozent mehr Lohn.", "de", "Verdi"),
    ],
)
def test_names_kept(text: str, lang: str, org: str) -> None:
    assert org in orgs(text, lang)
