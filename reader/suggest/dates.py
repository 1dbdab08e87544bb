"""DATE rule: absolute dates, weekdays, years and relative expressions, in English and French.

A temporal preposition directly before the date is part of the span ("on Thursday", "by the end of
2026", "le 10 décembre", "d'ici 2030"), as in the journalists' own tagging.
"""

from __future__ import annotations

import functools
import re

from .date_spans import widen_dates
from .first_words import FirstWords, Follow, first_words
from .lexicon import MONTHS_FR, WEEKDAYS_EN, WEEKDAYS_FR
from .lexicon_intl import (
    MONTHS_DE,
    MONTHS_ES,
    MONTHS_NL,
    MONTHS_PL,
    WEEKDAYS_DE,
    WEEKDAYS_ES,
    WEEKDAYS_NL,
    WEEKDAYS_PL,
)

_MONTH_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_MONTH_EN_NOMAY = _MONTH_EN.replace("|May|", "|")
_MONTH_EN_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_EN_ABBR = r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_MONTH_FR = "(?:" + "|".join(sorted(MONTHS_FR, key=len, reverse=True)) + ")"
_WD_EN = "(?:" + "|".join(WEEKDAYS_EN) + ")"
_WD_FR = "(?:" + "|".join(WEEKDAYS_FR) + ")"
# German, Spanish, Dutch, Polish: month names (a bare "Mai" or "mayo" needs a preposition, like "May")
_MONTH_XX = (
    "(?:"
    + "|".join(sorted(set(MONTHS_DE + MONTHS_ES + MONTHS_NL) | set(MONTHS_PL), key=len, reverse=True))
    + ")"
)
_WD_XX = (
    "(?:"
    + "|".join(sorted(set(WEEKDAYS_DE + WEEKDAYS_ES + WEEKDAYS_NL) | set(WEEKDAYS_PL), key=len, reverse=True))
    + ")"
)
_ORD_XX = (
    r"(?i:ersten|zweiten|dritten|vierten|letzten|primer|segundo|tercer|cuarto|eerste|tweede|derde|vierde)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er)?"
_YEAR = r"(?<![\d,.])(?:1[89]\d\d|20\d\d|21\d\d)(?![\d,]\d|\.\d)"
# A year before 1800 only after a preposition of time: any after "since" ("seit 1745 Korn"), after "in" or
# "od" one not followed by a lower-case noun ("in 1796 and", not "in 1500 homes", "od 1400 plantatorów")
_OLD_YEAR = (
    # (a look-behind is of fixed width: one per word length)
    r"(?:(?<=(?i:seit)\s)|(?<=(?i:since|sinds|vanaf|desde)\s)|(?<=(?i:depuis)\s))1[0-7]\d\d(?![\d,.]\d)"
    r"|(?<=\b(?:in|im|en|od|In|En|Od)\s)1[0-7]\d\d(?![\d,.]\d)"
    r"(?![ \u00a0]+(?!(?:and|und|et|y|en|i|or|ou|o|of|de)\b)[a-zà-öø-ÿ])"
)
_NUMW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt)"
_UNIT_EN = r"(?:years?|months?|weeks?|days?|decades?)"
_SEASON_EN = r"(?:spring|summer|autumn|fall|winter)"
_REL_NOUN_EN = rf"(?:year|month|week|weekend|quarter|decade|century|season|{_SEASON_EN}|{_WD_EN}|{_MONTH_EN})"
_DAYPART = r"(?:\s+(?i:night|morning|afternoon|evening))?"

_PREP = (
    r"(?i:on|in|by|since|until|till|before|after|from|during|through|throughout|as\s+of|starting|"
    r"around|over|within|en|depuis|dès|des|jusqu'en|jusqu’en|jusqu'à|jusqu’à|jusqu'au|jusqu’au|d'ici(?:\s+à)?|"
    r"d’ici(?:\s+à)?|avant|après|à\s+partir\s+du|à\s+partir\s+de|au\s+cours\s+de|"
    r"am|im|bis|seit|ab|vom|zum|bis\s+zum|el|desde|hasta|a\s+partir\s+del?|op|sinds|tot|vanaf|w|we|od|do)\s+"
    r"(?:(?i:at\s+least|at\s+the\s+latest|au\s+plus\s+tard|au\s+moins)\s+)?"
)
_PART = (
    r"(?:"
    r"(?i:the\s+)?(?i:end|start|beginning|middle|rest|turn|close|(?:first|second)\s+half|"
    r"(?:first|second|third|fourth|last|final)\s+quarter|(?:first|last|past)\s+(?:[a-z]+\s+)?(?:months|weeks|days|years)|"
    rf"{_SEASON_EN})\s+(?i:of|to)\s+(?i:the\s+)?"
    r"|(?i:early|late|mid)(?:-|\s+)"
    r"|(?i:earlier|later)\s+"
    r"|(?:la\s+|à\s+la\s+)?(?i:fin|début|mi|milieu)(?:-|\s+(?:de\s+|d['’]|du\s+)?)"
    r")"
)
_ANCHOR = (
    r"(?:"
    rf"{_MONTH_EN}\s+{_DAY}(?:,?\s+{_YEAR})?(?!\d)"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH_EN}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH_EN_NOMAY},?\s+{_YEAR}|May\s+{_YEAR}"
    rf"|{_WD_EN}{_DAYPART}(?:,\s+{_MONTH_EN}\s+{_DAY})?"
    rf"|(?:(?i:le)\s+)?(?:{_WD_FR}\s+)?(?:1er|{_DAY})\s+{_MONTH_FR}(?:\s+{_YEAR})?"
    rf"|{_MONTH_FR}\s+{_YEAR}"
    rf"|{_WD_FR}(?:\s+(?:dernier|prochain|soir|matin|après-midi))?"
    rf"|(?:(?i:au|le|du)\s+)?(?:premier|deuxième|second|troisième|quatrième|dernier)\s+(?:trimestre|semestre)(?:\s+(?:de\s+)?{_YEAR})?"
    rf"|(?i:the\s+)?(?i:next|last|this|coming|past|previous|following)\s+{_REL_NOUN_EN}"
    rf"|(?i:the\s+)?(?i:next|last|past|coming|previous|following)\s+(?:{_NUMW}\s+)?(?i:years|months|weeks|days|decades)"
    rf"|(?i:the\s+)?(?i:next|following|previous)\s+(?i:day|morning|evening|night)"
    rf"|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+{_UNIT_EN}\s+(?i:earlier|later)"
    rf"|(?i:{_NUMW})\s+(?:an|ans|mois|semaines?|jours?)\s+plus\s+(?:tôt|tard)"
    rf"|(?i:yesterday|today|tomorrow|tonight)\b"
    rf"|(?i:{_NUMW})\s+{_UNIT_EN}\s+ago"
    rf"|(?i:the\s+)?(?:1[89]\d0|20\d0)['’]?s\b"
    rf"|{_YEAR}|{_OLD_YEAR}"
    rf"|(?i:l['’]an|l['’]année)\s+(?:prochaine?|dernière|dernier|passée?|suivante)"
    rf"|(?i:cette|l['’])\s*année|(?i:la\s+)?semaine\s+(?:prochaine|dernière|passée)"
    rf"|(?i:le\s+)?mois\s+(?:prochain|dernier)|ce\s+mois-ci"
    rf"|(?i:hier|aujourd['’]hui|demain)\b"
    rf"|(?i:il\s+y\s+a)\s+{_NUMW}\s+(?:ans|années|mois|semaines|jours)"
    rf"|(?:{_DAY}\.\s+)?(?:{_MONTH_XX})\s+{_YEAR}|{_DAY}\.?\s+(?:de\s+)?(?:{_MONTH_XX})(?:\s+(?:de\s+)?{_YEAR})?"
    rf"|{_WD_XX}(?:abend|morgen|nachmittag|vormittag)?"
    # an agency wire's date, the month abbreviated before the agency ("Bogotá, 6 dic (EFE).-"), h94
    r"|(?:3[01]|[12]\d|0?[1-9])\s(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)(?=\s?\()"
    rf"|(?i:(?:vergangenen|kommenden|laufenden|nächsten|letzten|vorigen)\s+(?:Jahr|Monat|Quartal|Jahrzehnt|Woche))"
    rf"|(?i:(?:nächste|vergangene|letzte|kommende)n?\s+Woche)|(?i:heute|gestern|vorgestern)\b"
    rf"|(?i:el\s+|het\s+)?{_ORD_XX}\s+(?i:Quartal|Halbjahr|trimestre|semestre|kwartaal)(?:\s+(?:de\s+)?{_YEAR})?"
    rf"|(?i:Jahr)\s+{_YEAR}|(?(prep)(?:Frühjahr|Frühling|Sommer|Herbst|Winter)(?:\s+{_YEAR})?|(?!))"
    rf"|(?i:el\s+)?(?:año|mes)\s+(?:pasado|próximo|que\s+viene)|(?i:este\s+año|esta\s+semana|ayer|hoy)\b"
    rf"|(?i:la\s+)?semana\s+(?:pasada|próxima)"
    rf"|(?i:vorig|volgend)\s+jaar|(?i:vorige|volgende)\s+week|(?i:gisteren|vandaag)\b"
    rf"|(?i:w\s+)?(?:zeszłym|przyszłym|tym)\s+roku|(?i:wczoraj|dzisiaj)\b"
    rf"|(?(part)(?i:the\s+)?(?:year|month|week|decade|quarter)\b|(?!))"
    # a month alone; an abbreviated one only after a preposition ("in Jan"): "Jan de Groot", "Mar Sánchez"
    rf"|(?(pp){_MONTH_EN_FULL}\b|(?!))"
    rf"|(?(prep){_MONTH_EN_ABBR}\b|(?!))"
    rf"|(?(pp){_MONTH_FR}\b|(?!))"
    rf"|(?(prep){_MONTH_XX}\b|(?!))"
    r")"
)

DATE_RE = re.compile(
    rf"(?<![\w'’])(?P<pp>(?P<prep>{_PREP})?(?P<part>(?:{_PART})+)?)(?P<anchor>{_ANCHOR})(?![\w])"
)


# Where a date can begin: a word start (DATE_RE's look-behind) whose word, and the word after it,
# can begin a match (read from the pattern itself: reader.suggest.first_words). DATE_RE is tried
# there only, in order, as finditer would: most words get no attempt (~6 µs each; benchmarks/README.md, h68).
_WORD_START = re.compile(r"(?<![\w'’])\w+")
_WORD = re.compile(r"\w+")
_NO_MATCH = Follow()  # a first word no match begins with


@functools.cache
def _first_words() -> FirstWords | None:
    return first_words(DATE_RE.pattern)  # ~0.1 s: when first needed, not at import


def _matches(text: str, words: FirstWords) -> list[re.Match[str]] | None:
    """DATE_RE.finditer(text)'s matches, or None if one was empty (finditer steps differently after
    an empty match; no alternative of DATE_RE can be empty, this keeps the promise if one ever is)."""
    firsts: dict[str, Follow] = {}
    seconds: dict[tuple[int, str | None], bool] = {}
    out: list[re.Match[str]] = []
    end = 0
    for w in _WORD_START.finditer(text):
        at = w.start()
        if at < end:
            continue
        first = w.group()
        follow = firsts.get(first)
        if follow is None:
            follow = firsts[first] = words.first(first) or _NO_MATCH
        if follow is _NO_MATCH:
            continue
        if not follow.anything:
            after = _WORD.search(text, w.end())
            second = after.group() if after else None
            key = (id(follow), second)
            ok = seconds.get(key)
            if ok is None:
                ok = seconds[key] = words.may_follow(follow, second)
            if not ok:
                continue
        m = DATE_RE.match(text, at)
        if m is None:
            continue
        if m.end() == at:
            return None
        out.append(m)
        end = m.end()
    return out


def find_dates(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    first = _first_words()
    found = _matches(text, first) if first is not None else None
    for m in DATE_RE.finditer(text) if found is None else found:
        s, e = m.start(), m.end()
        if s == e or m.start("anchor") == m.end("anchor"):
            continue
        out.append((s, e))
    return widen_dates(text, out)
