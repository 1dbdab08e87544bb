"""QUANTITY rule: a number (digits, spelled out, with multiplier, currency or percent) plus what it counts.

Hedges ("nearly", "about", "près de") are left outside the span: "nearly 150 Chinese experts" gives
"150 Chinese experts".
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import (
    CURRENCY_PREFIX,
    MONTHS_EN,
    MULTIPLIERS,
    PERCENT_WORDS,
)
from .lexicon_intl import (
    CURRENCY_SUFFIX_INTL,
    MULTIPLIERS_INTL,
    PERCENT_WORDS_INTL,
    UNIT_SYMBOLS,
)
from .numbers import DIGITS, DIGITS_FR, DIGITS_INTL, SPELLED_RE, SPELLED_RE_INTL, is_year, value_of
from .quantity_ends import (
    _DEGREES,
    _TIME_UNITS,
    _WORDS_BEFORE,
    _head_end,
    _head_end_de,
    _rate_end,
)
from .spans import Cover


def _alt(words) -> str:  # noqa: ANN001
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_cur = _alt(CURRENCY_PREFIX)
_mult = _alt(MULTIPLIERS + MULTIPLIERS_INTL)
_pct = _alt(PERCENT_WORDS + PERCENT_WORDS_INTL)
_units = _alt(UNIT_SYMBOLS)
# after a space only the unambiguous units ("130 km/h", not "5 m" or "grade 7 C")
_spaced_units = _alt(u for u in UNIT_SYMBOLS if len(u) >= 2)  # "24 °C" too
_cur_words = _alt(CURRENCY_SUFFIX_INTL)


def _build(digits: str) -> re.Pattern[str]:
    num = rf"(?:{digits})"
    return re.compile(
        rf"""
        (?<![\w.,/$€£¥])(?<![\w.,]-)
        (?P<cur>(?:{_cur})\s?)?
        (?P<num>{num}\s?%\s?(?:-|–|to|à)\s?{num}(?=\s?%)|{num}(?:\s?(?:-|–|to|à|and|et)\s?(?:(?:{_cur})\s?)?{num})?)
        (?:
            (?P<pct>\s?(?i:{_pct}))(?!\w)
          | (?P<unit>(?:{_units})|\s(?:{_spaced_units}))(?![\w²³])
          | (?P<mult>\s?(?i:{_mult})(?!\w)(?:\.(?![\s\"”»)]|$))?)(?:(?P<cursuf>\s?[€$£¥])|(?P<curword>\s(?:{_cur_words}))(?!\w))?
          | (?P<cursuf2>\s?[€$£¥])
          | (?P<curword2>\s(?:{_cur_words}))(?!\w)
        )?
        (?![\w]|-[^\W\d]|[.,]\d|:\d)
        """,
        re.VERBOSE,
    )


QTY_RE_EN = _build(DIGITS)
QTY_RE_FR = _build(DIGITS_FR)
QTY_RE_INTL = _build(DIGITS_INTL)
_MINUS_RE = re.compile(r"(?i:minus|moins)[ \u00a0]$|[−-]$")

_RANGE_SPLIT = re.compile(r"\s?%?\s?(?:-|–|to|à|and|et)\s?")
_PREV_CAP_RE = re.compile(r"(?:^|[^.!?:\"“«]\s)([A-Z][\w\-]*)\s$")
_PREV_REF_RE = re.compile(
    r"(?i:\b(?:no\.|nos\.|#|page|pages|article|section|chapter|room|line|route|number|n°|flight|vol|highway|kilometre|km|mile|lot|type|phase|stage|level|grade|category|version|tier)\s)$"
)
_TALLY_HEADS = frozenset(
    "majority lead win victory defeat loss draw vote votes margin decision ruling score scoreline "
    "verdict split tie deficit advantage".split()
)
_HYPHEN_PAIR = re.compile(r"\d+[-–]\d+")
# (a year after "in" is a figure's date, no ratio: "against £160 in 2022", "tegen 120 in 2000")
_RATIO_RE_EN = re.compile(
    r"(?<![\w\-])(?i:one|two|three|four|\d+)\s+(?i:in|out\s+of)\s+(?i:two|three|four|five|six|seven|eight|nine|ten|"
    r"(?!(?:1[89]|2[01])\d\d(?![\w\-]))\d+)(?![\w\-])"
)
_RATIO_RE_FR = re.compile(
    r"(?<![\w\-])(?i:un|une|deux|trois|\d+)\s+(?:[a-zà-ÿ]+\s+)?sur\s+(?i:deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|\d+)(?![\w\-])"
)

_FROM_RE = re.compile(r"\bfrom[ \u00a0]$")
_TO_RE = re.compile(r"\s?%?\s?to\s?")
# Words that make a duration a measured figure ("wait on average 38 days", "im Schnitt bei 41 Tagen",
# "średnio 212 dni", "le délai moyen atteint 17 jours"), not a span of time ("for 48 hours").
_AVERAGE_WORDS = frozenset(
    "average averaged mean median schnitt durchschnittlich durchschnitt gemiddeld gemiddelde średnio średni "
    "średnia moyenne moyen promedio media medio".split()
)
_AGE_WORDS = frozenset("age aged ages alter âge âgé âgés âgée âgées leeftijd wiek edad".split())
_AGE_AFTER = re.compile(r"[ \u00a0]+(?:old|alt|oud|ans)\b")
_HOURS = frozenset("hour hours stunde stunden heure heures hora horas uur godzin godziny".split())
_MINUTES_AFTER = re.compile(
    r"[ \u00a0]+(?:and[ \u00a0]+)?\d{1,2}[ \u00a0]+(?:minutes|minuten|minutos|minut|min)\b"
)
# each time unit as a whole word, compiled once (the head of a duration is one of them)
_UNIT_WORD = {u: re.compile(rf"(?<!\w){re.escape(u)}(?!\w)", re.IGNORECASE) for u in _TIME_UNITS}
# how often something happened ("61 times", "83-mal"), unless a comparison follows ("3 times faster")
_TIMES_WORDS = frozenset("times fois veces keer razy mal".split()) & _TIME_UNITS
_COMPARISON_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:as|so|zo|aussi|tan)[ \u00a0]|[a-z]+er[ \u00a0]+than\b|(?:more|less|the|higher|lower|larger|bigger|"
    r"greater|smaller|fewer|over|its|their|that|plus|moins|autant|zoveel|meer|minder|groter|hoger|duurder|"
    r"więcej|mniej|mehr|weniger|höher|größer|teurer|más|menos|mayor|superior|inferior)(?!\w))"
)
# a word that puts a figure against another: the figure after it is a quantity even bare and small
_COMPARED_BEFORE = re.compile(
    r"(?i:\b(?:contre|tegen|against|up[ \u00a0]+from|down[ \u00a0]+from|frente[ \u00a0]+a|gegenüber|wobec|"
    r"compared[ \u00a0]+with|comparé[ \u00a0]+à|vergeleken[ \u00a0]+met))[ \u00a0]+$"
)
# a number that counts part of a group named before it: "seven of them", "87 de sus 210", "waarvan 52",
# "zijn er 19", "mist er nog veertien"
_PART_AFTER = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+(?:them|whom|which)|de[ \u00a0]+(?:ellos|ellas|sus)|d['’]entre[ \u00a0]+(?:eux|elles)|"
    r"z[ \u00a0]+nich|van[ \u00a0]+hen|von[ \u00a0]+ihnen)(?!\w)"
)
_PART_BEFORE = re.compile(
    r"(?i:\b(?:waarvan|daarvan|dont|davon|wovon|de[ \u00a0]+l[ao]s[ \u00a0]+cuales|z[ \u00a0]+czego))"
    r"(?:[ \u00a0]+[^\W\d_]+){0,2}[ \u00a0]+$"
)
_PART_BEFORE_NL = re.compile(r"\ber(?:[ \u00a0]+[^\W\d_]+){0,2}[ \u00a0]+$")  # quantitative "er"


def _part_of_group(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the number at start..end counts part of a group ("seven of them", "waarvan 52")."""
    if _PART_AFTER.match(text, end):
        return True
    before = text[max(0, start - 40) : start]
    return bool(_PART_BEFORE.search(before) or (lang == "nl" and _PART_BEFORE_NL.search(before)))


_TIMES_DE = re.compile(r"(?<![\w.,\-])\d+-mal(?![\w\-])")  # "83-mal": one word
_CLAUSE_END = re.compile(r"[.!?;:\n]")
_DECIMAL = re.compile(r"[.,]\d")


def _measured_duration(text: str, start: int, end: int, core: str, head: str) -> int | None:
    """End of a duration that is a measured figure (an average, a decimal, hours and minutes), or None
    for a span of time or an age."""
    unit = _UNIT_WORD[head].search(text[start:end])
    end = start + unit.end() if unit else end  # "63 years old": the words after the unit are no part of it
    if _AGE_AFTER.match(text, end):
        return None
    before = _CLAUSE_END.split(text[max(0, start - 50) : start])[-1]
    words = [w.lower() for w in _WORDS_BEFORE.findall(before)][-4:]
    if any(w in _AGE_WORDS for w in words):
        return None
    if head in _HOURS and (mins := _MINUTES_AFTER.match(text, end)):
        return mins.end()  # "3 hours 42 minutes"
    if _DECIMAL.search(core) or any(w in _AVERAGE_WORDS for w in words):
        return end
    return None


def _match_kinds(m: re.Match[str]) -> tuple[bool, bool, bool, bool]:
    """What a number's match carries: a currency, a percent sign, a unit, a multiplier ("million")."""
    has_cur = bool(m.group("cur") or m.group("cursuf") or m.group("cursuf2") or m.group("curword"))
    has_cur = has_cur or bool(m.group("curword2"))
    return has_cur, bool(m.group("pct")), bool(m.group("unit")), bool(m.group("mult"))


def _digit_quantities(text: str, lang: str) -> list[tuple[int, int]]:
    """The quantities written in digits: with a currency, unit or percent sign, or a counted noun after
    them; bare numbers only when large, decimal or compared (not years, scores, references)."""
    french = lang == "fr"
    out: list[tuple[int, int]] = []
    rx = QTY_RE_EN if lang == "en" else QTY_RE_FR if french else QTY_RE_INTL
    for m in rx.finditer(text):
        num = m.group("num")
        start, end = m.start(), m.end()
        has_cur, has_pct, has_unit, has_mult = _match_kinds(m)
        # the range alternative "5-2" / "2020-2024"
        parts = _RANGE_SPLIT.split(num)
        core = parts[0].strip()
        if len(parts) == 2 and is_year(core) and not is_year(parts[1].strip()) and not m.group("cur"):
            # "since 1980 to 422 million": a year then a number is no range; keep the number only
            off = m.start("num") + num.rfind(parts[1])
            sub = rx.match(text, off)
            if not sub:
                continue
            m, num = sub, sub.group("num")
            start, end = m.start(), m.end()
            has_cur, has_pct, has_unit, has_mult = _match_kinds(m)
            parts = _RANGE_SPLIT.split(num)
            core = parts[0].strip()
        if (
            len(parts) == 2
            and _FROM_RE.search(text, max(0, start - 6), start)
            and (sep := _TO_RE.search(num))
        ):
            first = text[start : m.start("num") + sep.start()]
            if m.group("cur") or first.endswith("%"):
                # "from £3 to £5 an hour": a change between two amounts, each a quantity
                sub = rx.match(text, m.start("num") + sep.end())
                if sub:
                    out.append((start, m.start("num") + sep.start()))
                    m, num = sub, sub.group("num")
                    start, end = m.start(), m.end()
                    has_cur, has_pct, has_unit, has_mult = _match_kinds(m)
                    parts = _RANGE_SPLIT.split(num)
                    core = parts[0].strip()
        tally = bool(_HYPHEN_PAIR.fullmatch(num)) and not (has_pct or has_unit or has_cur or has_mult)
        if has_pct or has_unit or has_cur:
            if has_mult and not has_cur:
                hend, _ = _head_end(text, end, lang, True)
                end = max(end, hend)
            elif has_unit and lang == "de":
                end = _head_end_de(text, end)[0] if _head_end_de(text, end)[1] not in _TIME_UNITS else end
            if has_unit and (minus := _MINUS_RE.search(text, max(0, start - 6), start)):
                start = minus.start()  # "minus 9C"
            out.append((start, end))
            continue
        hend, head = _head_end(text, end, lang, has_mult)
        if head in _DEGREES and (minus := _MINUS_RE.search(text, max(0, start - 6), start)):
            start = minus.start()  # "-9 graden", "minus 12 Grad": a temperature below zero, as "minus 9C"
        if head in _TIMES_WORDS and (times := _UNIT_WORD[head].search(text, start, hend)):
            if not _COMPARISON_AFTER.match(text, times.end()):
                out.append((start, times.end()))  # "launched 61 times", "48 keer": how often
            continue  # "4 times the limit", "3 fois plus": a multiplier
        if head is not None and head in _TIME_UNITS:
            measured = _measured_duration(text, start, hend, core, head)
            if measured is None:
                continue  # a duration or an age, not a count
            out.append((start, measured))
            continue
        if tally and (head is None or head in _TALLY_HEADS):
            continue  # a score or a vote tally ("won 3-2", "a 221-214 majority"), not a quantity
        if _PREV_REF_RE.search(text[max(0, start - 40) : start]):
            continue  # "type 2 diabetes", "Route 9"
        if head is not None and all(not is_year(p.strip()) for p in parts):
            out.append((start, hend))
            continue
        if has_mult:
            out.append((start, end))
            continue
        # bare number
        if any(is_year(p.strip()) for p in parts):
            continue
        val = value_of(core)
        if val is None:
            continue
        compared = _COMPARED_BEFORE.search(text, max(0, start - 20), start) is not None
        compared = compared or (val != 1 and _part_of_group(text, start, end, lang))
        if val < 100 and not re.search(r"[.,]\d", core) and not compared:
            continue
        before = text[max(0, start - 40) : start]
        if compared:
            out.append((start, end))  # "contre 74", "tegen 90 in 2015": the other side of a comparison
            continue
        if _PREV_CAP_RE.search(before) and not before.rstrip().endswith(tuple(MONTHS_EN)):
            continue  # "Boeing 737", "Article 49.3"
        if _PREV_REF_RE.search(before):
            continue
        out.append((start, end))
    return out


def _with_ratios(text: str, out: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Ratios: "one in five adults", "un actif sur quatre"; a ratio replaces the quantities it overlaps."""
    # (filtered once at the end: once per ratio was quadratic)
    french = lang == "fr"
    ratios = [m.span() for m in (_RATIO_RE_FR if french else _RATIO_RE_EN).finditer(text)]
    if ratios:
        in_ratio = Cover(ratios)
        ratio_starts = [s for s, _ in ratios]
        kept = [q for q in out if not _overlaps_any(q, ratio_starts, in_ratio)]
        for k, (rs, re_) in enumerate(ratios):
            hend, head = _head_end(text, re_, lang, False)
            q = (rs, hend if head is not None and head not in _TIME_UNITS else re_)
            if k + 1 == len(ratios) or q[1] <= ratios[k + 1][0]:  # a later ratio it overlaps replaces it
                kept.append(q)
        out = kept
    return out


def _spelled_quantities(text: str, out: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Add the spelled-out numbers ("nine", "trois") that have something counted after them, or are
    compared, where no quantity covers them already (`out` gains them)."""
    covered = Cover(out)
    added_to = -1  # the spans added below start in text order: the furthest end among them
    for m in SPELLED_RE_INTL.get(lang, SPELLED_RE).finditer(text):
        if covered(m.start()) or m.start() < added_to:
            continue
        hend, head = _head_end(text, m.end(), lang, False)
        if head is None and (
            _COMPARED_BEFORE.search(text, max(0, m.start() - 20), m.start())
            or (value_of(m.group(0)) != 1 and _part_of_group(text, m.start(), m.end(), lang))
        ):
            out.append(m.span())  # "up from nine in 2017"
            added_to = max(added_to, m.end())
            continue
        if head is None or head in _TIME_UNITS:
            continue
        tail = text[m.end() : hend].lower()
        if " of" in tail:
            continue
        out.append((m.start(), hend))
        added_to = max(added_to, hend)
    return out


def find_quantities(text: str, lang: str | bool = "en") -> list[tuple[int, int]]:
    """(start, end) of the quantities in text, read with the number formats of `lang` (a language
    code; True / False mean French / English, as before)."""
    if isinstance(lang, bool):
        lang = "fr" if lang else "en"
    out = _with_ratios(text, _digit_quantities(text, lang), lang)
    if lang == "de":
        times_de = [m.span() for m in _TIMES_DE.finditer(text)]
        if times_de:
            out = sorted(out + times_de)
    out = _spelled_quantities(text, out, lang)
    return [(a, _rate_end(text, b, lang)) for a, b in out]


def _overlaps_any(q: tuple[int, int], starts: list[int], cover: Cover) -> bool:
    """Whether span q overlaps one of some spans that never overlap each other (sorted starts)."""
    i = bisect_left(starts, q[1])  # the spans starting before q ends
    return i > 0 and (cover(q[0]) or starts[i - 1] >= q[0])
