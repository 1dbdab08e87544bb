"""Date spans joined or widened after DATE_RE has found them (h100): a span of years with its "between"
("between 2015 and 2024", "w latach 2019–2023"), a span of days ("du 3 au 9 mars", "van 12 tot en met 15
februari"), "from X to Y" ("from April to September", "od 30 lipca do 2 sierpnia"), the Polish "r." after a year
("w 2025 r.") and the Spanish "este" before a weekday ("este martes"): the gold's conventions since heldout19
(a temporal preposition is part of its date; a span is one date). Linear: one look around each date found."""

from __future__ import annotations

import re

from .lexicon_intl import WEEKDAYS_ES

_YEAR_END = re.compile(r"(?:1[89]\d\d|20\d\d)$")
# what opens a span of years before its first year
_SPAN_OPEN = re.compile(
    r"(?i:\b(?:between|zwischen|entre|tussen|między|w[ \u00a0]+latach|na[ \u00a0]+lata|in[ \u00a0]+den[ \u00a0]+Jahren|"
    r"en[ \u00a0]+los[ \u00a0]+años|dans[ \u00a0]+les[ \u00a0]+années)[ \u00a0]+$)"
)
# what joins the two ends of a span
_SPAN_JOIN = re.compile(r"[ \u00a0]*[–\-][ \u00a0]*|[ \u00a0]+(?:and|und|et|y|en|i|a)[ \u00a0]+|[ \u00a0]+")
# a span of days before the date of its last day: "du 3 au ", "van 12 tot en met ", "vom 3. bis ", "from 3 to "
_DAYS_BEFORE = re.compile(
    r"(?i:\b(?:du|van|vom|from|od|del|desde[ \u00a0]+el)[ \u00a0]+(?:3[01]|[12]\d|0?[1-9])(?:er|\.)?[ \u00a0]+"
    r"(?:au|tot(?:[ \u00a0]+en[ \u00a0]+met)?|bis(?:[ \u00a0]+zum)?|to|do|al)[ \u00a0]+$)"
)
_FROM = re.compile(r"(?i:(?:from|od|du|van|vom|desde|de)[ \u00a0])")
_TO_BEFORE = re.compile(r"[ \u00a0]+(?i:to|au|bis|tot|hasta|al|a)[ \u00a0]+$|[ \u00a0]+$")
_TO_START = re.compile(r"(?i:(?:to|do|au|tot|bis|hasta|until|till)[ \u00a0])")
_PL_YEAR_AFTER = re.compile(r"[ \u00a0](?:r\.|rok(?:u)?(?![\w\-]))")
_PL_Z_BEFORE = re.compile(r"(?<![\w])[zZ][ \u00a0]+$")
_ES_WEEKDAY = frozenset(w.lower() for w in WEEKDAYS_ES)
_ESTE_BEFORE = re.compile(r"(?i:\b(?:este|el[ \u00a0]+próximo|el[ \u00a0]+pasado)[ \u00a0]+$)")


def widen_dates(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The date spans with their spans of time joined and their boundaries widened."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _joins(text, out[-1], (s, e)):
            ps, _ = out.pop()
            opened = _SPAN_OPEN.search(text, max(0, ps - 20), ps)
            s = opened.start() if opened else ps
        elif (days := _DAYS_BEFORE.search(text, max(0, s - 30), s)) is not None:
            s = days.start()  # "du 3 au 9 mars"
        elif text[s:e].lower() in _ES_WEEKDAY and (este := _ESTE_BEFORE.search(text, max(0, s - 14), s)):
            s = este.start()  # "este martes"
        if _YEAR_END.search(text, s, e) and (r := _PL_YEAR_AFTER.match(text, e)):
            e = r.end()  # "w 2025 r.", "2025 rok"
            if (z := _PL_Z_BEFORE.search(text, max(0, s - 3), s)) is not None:
                s = (
                    z.start()
                )  # "z 1936 roku": from the year (only with the year's word: "z 40 osób" is no date)
        out.append((s, e))
    return out


def _joins(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two dates found one after the other are the two ends of one span."""
    (ps, pe), (s, e) = first, second
    gap = text[pe:s]
    if len(gap) > 12:
        return False
    if _YEAR_END.search(text, ps, pe) and _YEAR_END.search(text, s, e) and _SPAN_JOIN.fullmatch(gap):
        # "between 2015 and 2024", "w latach 2019–2023", "tussen 1970 en 2005" (the second read as "en 2005")
        return _SPAN_OPEN.search(text, max(0, ps - 20), ps) is not None
    if _FROM.match(text, ps) and (
        _TO_START.match(text, s) and gap.strip() == "" or _TO_BEFORE.fullmatch(gap) and gap.strip() != ""
    ):
        return True  # "from April to September", "od 30 lipca do 2 sierpnia 2027"
    return False
