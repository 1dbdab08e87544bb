"""Number recognition: digit numbers (with English and French separators), spelled-out numbers."""

from __future__ import annotations

import re

from .lexicon import SPELLED_EN, SPELLED_FR
from .lexicon_intl import SPELLED_INTL

# Digits with separators. The French form also accepts a plain space between groups of three ("1 200").
DIGITS = r"(?:\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
DIGITS_FR = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
# German, Spanish, Dutch, Polish: "1.200", "7,5", "3 500" (Polish), "110'000" (Swiss)
DIGITS_INTL = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
)

SPELLED = {**SPELLED_EN, **SPELLED_FR}
_spelled_alt = "|".join(sorted((re.escape(w) for w in SPELLED), key=len, reverse=True))
# ("twenty-one", "Thirty-one": "one" alone is no number word here, but after a tens word and a hyphen it is, h107)
SPELLED_RE = re.compile(
    rf"(?<![\w\-])(?i:(?:{_spelled_alt})(?:[\s\-](?:{_spelled_alt})|(?<=ty)-one)?)(?![\w\-])"
)
# German, Spanish, Dutch, Polish: the English and French words as above, or a lower-case number word of
# the article's language ("zwölf Busse"; "Drei Eichen", "Zes Molens" are names)
# (h94) The English and French words that are other words in the language ("onze leden": our members, "ten
# minste": at least, "Ten dzwon": this bell) are left out there, and the number words the lexicon lacks
# (teens and tens) are added.
_NOT_NUMBERS = {"nl": {"ten", "onze"}, "pl": {"ten"}}
_MORE_WORDS = {
    "de": "dreizehn vierzehn sechzehn siebzehn achtzehn neunzehn sechzig siebzig achtzig neunzig",
    "es": "trece catorce dieciséis diecisiete dieciocho diecinueve veintidós veinticinco sesenta setenta "
    "ochenta noventa doscientos doscientas trescientos trescientas quinientos quinientas",
    "nl": "dertien veertien zestien zeventien achttien negentien zestig zeventig tachtig negentig",
    "pl": "trzynaście czternaście szesnaście siedemnaście osiemnaście dziewiętnaście czterdzieści "
    "pięćdziesiąt sześćdziesiąt jedenastu dwunastu piętnastu dwudziestu trzydziestu",
}


def _spelled_alt_for(lang: str) -> str:
    words = [w for w in SPELLED if w.lower() not in _NOT_NUMBERS.get(lang, set())]
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _words_of(lang: str, words: frozenset[str] | set[str]) -> list[str]:
    return sorted(set(words) | set(_MORE_WORDS.get(lang, "").split()), key=len, reverse=True)


# (a capitalised number word only opening a sentence, a paragraph or a quotation: "Sechs Unfälle zählte die
# Polizei", "Twee mannen zijn aangehouden"; "Drei Eichen" inside a sentence is a name), h94
_OPENING = r"(?:(?<![^\n])|(?<=[.!?:;] )|(?<=[„“\"«] )|(?<=[„“\"«]))"
SPELLED_RE_INTL = {
    lang: re.compile(
        rf"(?<![\w\-])(?:(?i:{_spelled_alt_for(lang)})(?:[\s\-](?i:{_spelled_alt_for(lang)}))?"
        rf"|{'|'.join(_words_of(lang, words))}"
        rf"|{_OPENING}(?:{'|'.join(w[:1].upper() + w[1:] for w in _words_of(lang, words))}))"
        rf"(?![\w\-])"
    )
    for lang, words in SPELLED_INTL.items()
}

YEAR_RE = re.compile(r"(?:1[89]\d\d|20\d\d|21\d\d)")


def value_of(num: str) -> float | None:
    """Best-effort numeric value of a matched digit string ("1,200" -> 1200, "5,5" -> 5.5)."""
    s = num.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "").replace("’", "")
    if not s:
        return None
    if "," in s and "." in s:
        # whichever comes last is the decimal mark
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        s = s.replace(",", "") if all(len(p) == 3 for p in parts[1:]) else s.replace(",", ".")
    elif s.count(".") > 1:  # 1.234.567: dots group thousands
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


def is_year(num: str) -> bool:
    """A bare four-digit number that reads as a year (1800-2199)."""
    return len(num) == 4 and YEAR_RE.fullmatch(num) is not None
