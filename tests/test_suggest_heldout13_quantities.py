"""Quantities after heldout13 (issue 12, item 7): numbers the gold reads otherwise, with invented sentences.

Each class recurs in at least three unseen tune files.
"""

import pytest

from reader.suggest import suggest


def texts(text: str, language: str, label: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == label]


# A year before 1800 after a preposition of time is a date, not a count ("since 1784", "built in 1796",
# "sinds 1658 gehouden": 3 of 3 gold dates read as quantities in h10, h11, h13).
@pytest.mark.parametrize(
    ("language", "sentence", "date"),
    [
        ("en", "The tannery at Crewlow was built in 1768 and still dyes hides.", "in 1768"),
        ("en", "The ferry has crossed the Tarne since 1702.", "since 1702"),
        ("nl", "De kermis wordt sinds 1611 gehouden op het marktplein.", "sinds 1611"),
        ("de", "Die Mühle mahlt seit 1745 Korn für das Dorf.", "seit 1745"),
        ("fr", "La foire existe depuis 1690.", "depuis 1690"),
        ("es", "La feria se celebra desde 1599 en la plaza.", "desde 1599"),
    ],
)
def test_an_old_year_after_a_preposition_is_a_date(language: str, sentence: str, date: str) -> None:
    assert date in texts(sentence, language, "DATE")
    assert texts(sentence, language, "QUANTITY") == []


# A count after "in" stays a count ("in 1500 homes"), and so does a bare number with no preposition.
@pytest.mark.parametrize(
    ("language", "sentence", "quantity"),
    [
        ("en", "Smoke alarms were fitted in 1500 homes.", "1500 homes"),
        ("en", "The club sold 1750 tickets.", "1750 tickets"),
        ("pl", "Spółdzielnia kupuje mleko od 1300 rolników.", "1300 rolników"),
    ],
)
def test_a_count_is_not_an_old_year(language: str, sentence: str, quantity: str) -> None:
    assert quantity in texts(sentence, language, "QUANTITY")


# "N in YEAR" is a figure and its year, not a ratio like "one in five" ("against £160 in 2022", "from
# 3,000 in 2000", "tegen 120 in 2000": 4 such gold figures in h10, h12, h13 read as ratios with the year).
@pytest.mark.parametrize(
    ("language", "sentence", "quantity"),
    [
        ("en", "Pickers were paid £9 a crate, against £140 in 2021.", "£140"),
        ("en", "The herd has shrunk from 2,400 in 1998 to about 700.", "2,400"),
        ("nl", "Het koor telt nog 31 zangers, tegen 140 in 2003.", "140"),
    ],
)
def test_a_figure_before_in_and_a_year_is_no_ratio(language: str, sentence: str, quantity: str) -> None:
    qs = texts(sentence, language, "QUANTITY")
    assert quantity in qs
    assert not any(" in " in q for q in qs)


@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [
        # (h94: without what it counts, the gold's convention since heldout18)
        ("One in five adults in Wales smokes.", "One in five"),
        ("About 1 in 40 homes in Lyme flooded.", "1 in 40"),
    ],
)
def test_a_ratio_stays_a_ratio(sentence: str, quantity: str) -> None:
    assert quantity in texts(sentence, "en", "QUANTITY")


# A Dutch or Polish number before a preposition or a comparative counts nothing after it ("er zijn er 19
# ouder dan zestig", "twaalf langs de route", "o 31 mniej niż": 3 gold bare numbers in h10, h12 read with
# the next word as their noun).
@pytest.mark.parametrize(
    ("language", "sentence", "wrong"),
    [
        ("nl", "Van de 60 bakkers in de streek zijn er 23 ouder dan zestig.", "23 ouder"),
        ("nl", "De gemeente zet er 140 langs het parcours.", "140 langs"),
        ("pl", "Naliczono 640 gniazd, o 120 mniej niż przed rokiem.", "120 mniej"),
    ],
)
def test_no_noun_after_a_number_before_a_preposition_or_comparative(
    language: str, sentence: str, wrong: str
) -> None:
    assert wrong not in texts(sentence, language, "QUANTITY")
