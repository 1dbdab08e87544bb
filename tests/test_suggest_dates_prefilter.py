"""find_dates tries its pattern only where a date can begin (reader.suggest.first_words): the spans
are exactly those of trying it everywhere (the pattern's finditer), in every language and case."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.suggest.date_spans import widen_dates
from reader.suggest.dates import DATE_RE, find_dates
from reader.suggest.first_words import first_words


def everywhere(text: str) -> list[tuple[int, int]]:
    """find_dates as it was: DATE_RE tried at every position (then the same widening of the spans, h100)."""
    return widen_dates(
        text,
        [
            (m.start(), m.end())
            for m in DATE_RE.finditer(text)
            if m.start() != m.end() and m.start("anchor") != m.end("anchor")
        ],
    )


# Invented sentences, six languages, with the case and apostrophe forms the pattern takes.
SENTENCES = [
    "On Thursday, 3 March 2026, Ayumi Kurose said the plant in Port Elsen would close by the end of 2027.",
    "ON THURSDAY the mayor spoke; since 1745 the mill has stood, and in 1500 homes there is no water.",
    "Le 1er décembre, d’ici 2030 et jusqu'à la fin de l’année prochaine, la région Valdoria paiera.",
    "Am Montagabend, seit 1999 und bis zum Frühjahr 2027, sagte Ingrid Halvorsen im vergangenen Jahr.",
    "El pasado lunes, desde el 4 de mayo de 2024 hasta el próximo año, dijo Lucía Ordóñez.",
    "Op maandag 12 januari 2026 zei Pieter Zwart dat vorig jaar de haven van Greystone sloot.",
    "W czwartek 5 czerwca 2025 r. od 1400 plantatorów, w zeszłym roku, powiedział Tomasz Wielgosz.",
    "Mid-2026, the 1990s, two weeks ago, a year later, il y a trois ans, the following morning.",
    "İN 2020, ſince 1999 and ıN May 2021: letters the engine folds as i and s.",
    "l'an prochain, aujourd’hui, L’ANNÉE DERNIÈRE, cetteannée, ce mois-ci, hier soir.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_spans_are_those_of_trying_everywhere(text):
    assert find_dates(text) == everywhere(text)
    assert find_dates(text)  # each sentence holds dates: the comparison is not of two empty lists


TOKENS = [
    "on", "On", "ON", "in", "İn", "ſince", "since", "by", "the", "The", "end", "of", "mid", "-", "early",
    "3", "1st", "10", "2026", "1745", "1990s", "March", "MARCH", "May", "Mai", "mai", "Dec", ".", ",",
    "Thursday", "jeudi", "Montag", "abend", "lunes", "maandag", "czwartek", "le", "1er", "décembre",
    "d", "’", "'", "ici", "l", "an", "année", "prochaine", "next", "year", "ago", "two", "weeks", "il",
    "y", "a", "ans", "vorig", "jaar", "w", "zeszłym", "roku", "Kurose", "Port", "Elsen", "Jan", "de",
    "Groot", "hier", "heute", "el", "pasado", "año", "x", "_", "٣", "２０２０",
]  # fmt: skip
SEPARATORS = [" ", "", "  ", "\n", "-", "'", "’", ", ", "\u00a0", ".", "("]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TOKENS), st.sampled_from(SEPARATORS)), max_size=25))
def test_any_mix_of_date_words_gives_the_spans_of_trying_everywhere(parts):
    text = "".join(token + sep for token, sep in parts)
    assert find_dates(text) == everywhere(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeimnosyAMİıſ0123 .'’-\n"), max_size=60))
def test_any_text_of_these_letters_gives_the_spans_of_trying_everywhere(text):
    assert find_dates(text) == everywhere(text)


def test_first_words_of_small_patterns():
    words = first_words(r"(?<!\w)(?:(?i:on|in)\s+)?(?:May|June)\s+\d+|\d{4}")
    assert words is not None
    assert set(words.follow) == {"on", "in", "may", "june"} and words.digit
    assert words.follow["on"].exact == {"may", "june"} and words.follow["may"].digit
    begins = [("on", "May"), ("ON", "JUNE"), ("İn", "may"), ("ıN", "June"), ("May", "2026"), ("2026", None)]
    assert all(words.may_start(a, b) for a, b in begins)
    never = [
        ("on", "Monday"),
        ("one", "May"),
        ("mayor", "2026"),
        ("May", "the"),
        ("in", None),
        ("Kurose", "1"),
    ]
    assert not any(words.may_start(a, b) for a, b in never)
    # \b ends the word; the pattern's end bounds nothing: anything may follow these
    endings = first_words(r"Mon(?:tag)?(?:abend)?\b")
    assert endings is not None and set(endings.follow) == {"mon", "montag", "montagabend", "monabend"}
    assert all(f.anything for f in endings.follow.values())
    never_x = first_words(r"x(?!)|ab\w*")  # (?!) never matches: no "x"
    assert never_x is not None and never_x.prefixes == {"ab"} and not never_x.follow


@pytest.mark.parametrize("pattern", [r"\w+ 2026", r".x", r"[^a]b", r"(?:\s|x)y", r"(a)?\1x", r"-2026"])
def test_a_pattern_whose_first_words_cannot_be_bounded_is_searched_everywhere(pattern):
    assert first_words(pattern) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("onsiaymjueİıſ 12.'-"), max_size=40))
def test_no_match_begins_with_words_said_to_begin_none(text):
    pattern = (
        r"(?<![\w'])(?:(?i:on|in|since)\s+)?(?:(?i:mi)-)?(?:May|June|[Jj]an\.?|1[89]\d\d|\d+(?:st|nd))(?!\w)"
    )
    words = first_words(pattern)
    assert words is not None
    for m in re.finditer(pattern, text):
        first = re.compile(r"\w+").match(text, m.start())
        assert first is not None
        second = re.compile(r"\w+").search(text, first.end())
        assert words.may_start(first.group(), second and second.group()), (text, m.group())
