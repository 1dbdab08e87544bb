"""A match's score written with a colon ("3:1", "31:29"), and the figures that look like quantities but are
not: a mean age in decimals ("the average age ... was 33.4", "l'âge moyen atteint 34,1 ans"), a race or a
weight class ("the 1500m", "op de 5000 meter", "in der Klasse bis 102 Kilogramm"), a clock's minutes.

Each is one regular expression over the text or a look-behind at a quantity already found: linear.
"""

from __future__ import annotations

import re

# "3:1", "2:0", "31:29" (handball): a colon between two small numbers. A clock time ("9:30", "20:15") has two
# digits of minutes under 60 and an hour under 24: only a one-digit second side or a first side over 23 is a
# score; a scale ("1:25 000"), a verse or a ratio with more digits is neither.
_COLON_SCORE = re.compile(
    r"(?<![\w.,:/])(?:(\d{1,2}):(\d)|(2[4-9]|[3-9]\d):(\d{1,2}))(?![\w,:/]|\.\d|[ \u00a0]?\d)"
    r"(?![ \u00a0]*(?i:uhr|uur|h\b|godz|am\b|pm\b|a\.m|p\.m))"
)
# a clock time or a date's period before the colon score: "um 9:5" never occurs, but "o godz. 3:0" might
_CLOCK_BEFORE = re.compile(r"(?i:\b(?:um|om|at|à|las|godz\.?|o)[ \u00a0]+$)")


def colon_scores(text: str, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quantities with the scores written with a colon added (h100: 4 in the tune sets' gold, none left
    out); a quantity read inside one (the "1" of "3:1") gives way to it."""
    if ":" not in text:
        return out
    new = [
        m.span()
        for m in _COLON_SCORE.finditer(text)
        if not _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start())
    ]
    if not new:
        return out
    kept = [q for q in out if not any(q[0] < e and s < q[1] for s, e in new)]
    return sorted(kept + new)


# the word for an age before a figure in the same sentence: "the average age at a first marriage was 33.4",
# "l'âge moyen ... 34,1 ans", "la edad media ... 32,7 años", "das Durchschnittsalter ... 31,4 Jahre"
_AGE_WORD = re.compile(
    r"(?i:\b(?:age|ages|aged|âge|âges|edad|edades|\w*alter|leeftijd|wiek|wieku|wiekiem)\b)"
)
_DECIMAL_AGE = re.compile(
    r"\d{1,3}[.,]\d(?:[ \u00a0]+(?i:years?(?:[ \u00a0]+old)?|ans|años|jaar|lat|roku|Jahre|Jahren))?"
)
_SENTENCE_END = re.compile(r"[.!?][ \u00a0\n]+(?=[^\W\d_])")

# a race over a track distance ("the 1500m", "op de 5000 meter", "los 400 metros") or a weight class ("in der
# Klasse bis 102 Kilogramm", "in the under-73kg class"): names of events, not measures (the gold's convention:
# "sports events and weight classes are not quantities")
_RACE = re.compile(
    r"(?<![\w.,])(?:100|200|400|800|1[.\u00a0 ]?500|3[.\u00a0 ]?000|5[.\u00a0 ]?000|10[.\u00a0 ]?000)[ \u00a0]?"
    r"(?:m|meter|meters|metres|mètres|metros|Meter|metrów)(?![\w])"
)
_RACE_BEFORE = re.compile(
    r"(?i:\b(?:the|a|de|die|der|den|les|le|la|los|el|op de|na|w biegu na|im|über die|sur le)[ \u00a0]+$)"
)
# (what follows a measured length: "the 800 metres of frontage", "die 400 Meter bis zum Ufer")
_MEASURED_AFTER = re.compile(
    r"[ \u00a0]+(?i:of|van|de|des|du|der|von|del|z|bis|to|tot|à|hasta|long|lang|longs?|largos?|away|from)\b"
)
_WEIGHT_CLASS = re.compile(
    r"(?i:\b(?:klasse|class|catégorie|categoría|kategorii|kategoria|gewichtsklasse)[ \u00a0]+"
    r"(?:bis|up to|jusqu['’]à|hasta|tot|do|über|unter|under|over|de|des|der|van)?[ \u00a0]*$)"
)


# one unit after a hedge of distance or amount: "a menos de un kilómetro", "à plus d'une tonne", "less than a
# mile" (a price's unit, "ein Kilo kostet", stays out: no hedge before it), h100
_ONE_UNIT = re.compile(
    r"(?i:\b(?:menos|más|moins|plus|less|more|minder|meer|mehr|weniger)[ \u00a0]+(?:de|d['’]|than|dan|als)[ \u00a0]*)"
    r"((?i:un|una|une|a|one|één|ein|eine|einen)[ \u00a0]+(?i:kilómetro|milla|metro|hectárea|tonelada|kilomètre|mètre|"
    r"hectare|tonne|mile|kilometre|metre|acre|tonne|kilometer|meter|Kilometer|Meter|Hektar|Tonne))(?![\w\-])"
)


def one_units(text: str, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quantities with one unit after a hedge added ("a menos de un kilómetro")."""
    new = [m.span(1) for m in _ONE_UNIT.finditer(text)]
    if not new:
        return out
    kept = [q for q in out if not any(q[0] < e and s < q[1] for s, e in new)]
    return sorted(kept + new)


def not_quantities(text: str, out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quantities without mean ages, races and weight classes, and a clock's minutes."""
    kept = []
    for a, b in out:
        if a >= 2 and text[a - 1] == ":" and text[a - 2].isdigit():
            continue  # "at 10:45 tonight": the minutes of a clock time
        if _DECIMAL_AGE.fullmatch(text, a, b) and _age_before(text, a):
            continue
        if _RACE.fullmatch(text, a, b) or (
            (m := _RACE.match(text, a)) is not None and text[m.end() : b].strip().isalpha()
        ):
            if _RACE_BEFORE.search(text, max(0, a - 14), a) and not _MEASURED_AFTER.match(text, b):
                continue  # "op de 5000 meter", "a 1500m silver"
        if _WEIGHT_CLASS.search(text, max(0, a - 30), a):
            continue  # "in der Klasse bis 102 Kilogramm"
        kept.append((a, b))
    return kept


def _age_before(text: str, a: int) -> bool:
    """Whether the sentence before position a names an age."""
    window = text[max(0, a - 120) : a]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return _AGE_WORD.search(window) is not None
