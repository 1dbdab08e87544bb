"""Bare counts (h94): a number with no noun after it that still counts something named before it, and the
two sides of a change.

- compared after it: "nine fewer than in 2020", "zwei mehr als im Vorjahr", "elf minder dan", "o 40 więcej niż",
  "doce más que";
- after a pronoun that stands for the counted noun: "heute sind es neun", "działa ich osiem", "n'en reste que 45",
  "le club en compte 240";
- after a clause that names the whole: "Sur les huit postes d'infirmier, cinq sont vacants", "De los 40 puestos
  del mercado, solo 22 tienen dueño";
- a change between two figures is two quantities, not a range: "von 45 auf 80", "van 410 naar 260", "from 32
  players to 14", "pasará de 30 a 18 trenes", "a passé de 1 800 à 2 900 francs" (a range keeps its bounds
  together: "de 5 à 7 %", "od 520 do 740 zł", "Places de 12 à 32 euros").

The unseen tune sets mark these bare numbers as quantities (about 40 missed before, h94).
"""

from __future__ import annotations

import re

from .lexicon import STOP
from .lexicon_intl import STOP_DE, STOP_ES, STOP_NL, STOP_PL
from .numbers import DIGITS, DIGITS_FR, DIGITS_INTL, SPELLED_RE, SPELLED_RE_INTL, is_year, value_of

COUNT_COMPARED_AFTER = re.compile(
    r"[ \u00a0]+(?:more|fewer|less|mehr|weniger|meer|minder|más|menos|więcej|mniej|de[ \u00a0]+plus|"
    r"de[ \u00a0]+moins|en[ \u00a0]+plus|en[ \u00a0]+moins)"
    r"(?=[ \u00a0]+(?:than|als|dan|que|qu['’]|niż|as)(?!\w)|[ \u00a0]*(?:[,.;:!?)\"”»“]|$))"
)

# a pronoun standing for the counted noun, right before the number
_PRONOUN_BEFORE = {
    "pl": re.compile(r"(?<!\w)ich(?:[ \u00a0]+[^\W\d_]+){0,2}[ \u00a0]+$"),
    "de": re.compile(
        r"\b(?:sind|waren|seien|wären)[ \u00a0]+es(?:[ \u00a0]+(?:noch|nur|bereits|schon|inzwischen|jetzt|"
        r"mittlerweile|gerade))*[ \u00a0]+$"
    ),
    "fr": re.compile(
        r"(?<!\w)(?:n['’])?en[ \u00a0]+[a-zéèêàâîôûç]+(?:[ \u00a0]+(?:plus|que|qu['’]|déjà|encore|désormais|"
        r"seulement|aujourd['’]hui))*[ \u00a0]*$"
    ),
}
# the whole named at the start of the sentence, the part after its comma
_WHOLE_LEAD = re.compile(
    r"(?:^|[.!?]\s+|\n)(?i:sur|de|of|van|von|z|spośród|entre)[ \u00a0]+"
    r"(?i:les|los|las|the|de|den|het|ses|sus|its|their|ces|these|those)[ \u00a0]+(?P<n>[^\W_]+)"
    r"[^,.;:\n]{1,80},[ \u00a0]+(?:(?i:solo|sólo|seulement|only|nur|maar|slechts|tylko)[ \u00a0]+)?$"
)

_SUR_WHOLE = re.compile(
    r"(?<![\w.,])(?:\d[\d \u00a0.,]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)[ \u00a0]+[^\W\d_]+"
    r"(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+sur[ \u00a0]+$"
)


def _is_number(word: str, lang: str) -> bool:
    if word[:1].isdigit():
        return value_of(word) is not None
    return SPELLED_RE_INTL.get(lang, SPELLED_RE).fullmatch(word) is not None


def stands_for_noun(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the bare number at start..end counts a noun named before it or is compared after it."""
    if COUNT_COMPARED_AFTER.match(text, end):
        return True
    before = text[max(0, start - 160) : start]
    rx = _PRONOUN_BEFORE.get(lang)
    if rx is not None and rx.search(before[-60:]):
        return True
    if lang == "fr" and _SUR_WHOLE.search(before[-60:]):
        return True  # "trois gradins sur cinq", "38 postes sur 110": the whole's number too
    lead = _WHOLE_LEAD.search(before)
    return lead is not None and _is_number(lead.group("n"), lang)


_NUM = {"en": DIGITS, "fr": DIGITS_FR}
_CHANGE_VERB = re.compile(
    r"(?i:\b(?:pass\w*|augment\w*|baiss\w*|rédui\w*|réduit|dimin\w*|grimp\w*|chut\w*|recul\w*|monte\w*|"
    r"pas[aóe]\w*|sub\w*|baj\w*|reduc\w*|reduj\w*|rebaj\w*|aument\w*|crec\w*|cre[cz]\w*|ca[yeí]\w*|"
    r"descend\w*|recort\w*|elev\w*))\b[^.;:!?]{0,50}$"
)
_CHANGES: dict[str, re.Pattern[str]] = {}


def _change_re(lang: str) -> re.Pattern[str]:
    if lang not in _CHANGES:
        spelled = SPELLED_RE_INTL.get(lang, SPELLED_RE).pattern
        spelled = spelled.replace("(?<![\\w\\-])", "").replace("(?![\\w\\-])", "")
        num = rf"(?:[€$£][ \u00a0]?)?(?:{_NUM.get(lang, DIGITS_INTL)}|{spelled})(?![\w.,]\d|\w)"
        words = {
            "de": ("von", "auf"),
            "nl": ("van", "naar"),
            "en": ("from", "to"),
            "fr": ("de", "à"),
            "es": ("de", "a"),
        }
        frm, to = words.get(lang, ("from", "to"))
        _CHANGES[lang] = re.compile(
            rf"(?<![\w\-])(?i:{frm})[ \u00a0]+(?P<a>{num})(?:[ \u00a0]+[^\W\d_][\w\-]*){{0,2}}?[ \u00a0]+{to}"
            rf"[ \u00a0]+(?P<b>{num})"
        )
    return _CHANGES[lang]


_CLOCK_AFTER = re.compile(r"[ \u00a0]*(?:uhr|uur|h|heures?|horas?|am|pm|a\.m\.|p\.m\.)(?!\w)", re.IGNORECASE)


def change_sides(text: str, out: list[tuple[int, int]], lang: str, is_period) -> list[tuple[int, int]]:  # noqa: ANN001
    """The quantities with each change between two figures as two quantities: a range read over it is split,
    a bare side is added. `is_period(end)` tells whether a time unit follows a number ending at `end`."""
    if lang not in ("de", "nl", "en", "fr", "es"):
        return out
    rx = _change_re(lang)
    for m in rx.finditer(text):
        a0, a1 = m.span("a")
        b0, b1 = m.span("b")
        a_num, b_num = m.group("a").lstrip("€$£ \u00a0"), m.group("b").lstrip("€$£ \u00a0")
        if is_year(a_num) or is_year(b_num):
            continue
        if lang in ("fr", "es") and not _CHANGE_VERB.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Places de 12 à 32 euros", "une croissance de 5 à 7 %": a range
        if is_period(a1) or is_period(b1) or _CLOCK_AFTER.match(text, b1) or _CLOCK_AFTER.match(text, a1):
            continue  # "de 3 a 5 años", "von 8 auf 10 Uhr"
        joined = [q for q in out if q[0] <= a0 < q[1] and q[0] <= b0 < q[1]]
        if joined:
            q = joined[0]
            out = [x for x in out if x != q] + [(q[0], a1), (b0, q[1])]
            continue
        if not any(q[0] <= a0 < q[1] for q in out):
            out.append((a0, a1))
        if not any(q[0] <= b0 < q[1] for q in out):
            out.append((b0, b1))
    return sorted(out)


# Elliptic counts (h107): a bare number at a clause's end that counts the noun a quantity named earlier in the same
# sentence: "cuatro pistas y hoy tiene dieciséis.", "dwóch radiologów, a potrzeba czterech.", "412 adressen en vond
# bij 96 overbewoning" is left out (a noun follows), "brakuje 38 kierowców, a w ciągu roku odeszło 27."
_STOPS = STOP | STOP_DE | STOP_ES | STOP_NL | STOP_PL
_BARE_DIGITS = {
    lang: re.compile(rf"(?<![\w.,/\-])(?:{d})(?![\w%€$£]|[.,]\d|[ \u00a0]?%)")
    for lang, d in (("en", DIGITS), ("fr", DIGITS_FR), ("intl", DIGITS_INTL))
}
_AT_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[,.;:!?)\"”»“]|$)")
_SENTENCE_START = re.compile(r"[.!?;:\n][^.!?;:\n]*$")
_NOUN_AFTER_NUMBER = re.compile(r"(?:\d|[^\W\d_]{3,})[ \u00a0]+[^\W\d_]{3,}")
_AGE_BOUND_BEFORE = re.compile(
    r"(?i:\b(?:under|over|über|unter|onder|boven|aged|poniżej|powyżej))[ \u00a0]+$"
)
_CAP_BEFORE = re.compile(r"(?<![.!?:\"“«]\s)(?<!^)[A-ZÀ-Ý][\w\-]*[ \u00a0]+$")


def elliptic_counts(text: str, out: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """The quantities with the bare numbers added that count a noun named by a quantity before them in the
    sentence and end a clause (no noun after them)."""
    if not out:
        return out
    spans = sorted(out)
    added: list[tuple[int, int]] = []
    rxs = (_BARE_DIGITS[lang if lang in ("en", "fr") else "intl"], SPELLED_RE_INTL.get(lang, SPELLED_RE))
    for rx in rxs:
        for m in rx.finditer(text):
            a, b = m.span()
            if not _AT_CLAUSE_END.match(text, b) or is_year(m.group(0)):
                continue
            if any(q[0] <= a < q[1] or a <= q[0] < b for q in spans):
                continue
            before = text[max(0, a - 120) : a]
            start = _SENTENCE_START.search(before)
            clause_from = a - len(before) + (start.start() + 1 if start else 0)
            if _CAP_BEFORE.search(text, max(0, a - 30), a) or _AGE_BOUND_BEFORE.search(
                text, max(0, a - 12), a
            ):
                continue  # "Platz 19", "Route 9": a name's number; "under 18", "über sechzig": an age
            prev = [q for q in spans if clause_from <= q[0] and q[1] <= a]
            if prev and any(_NOUN_AFTER_NUMBER.search(text, q[0], q[1]) for q in prev):
                added.append((a, b))
    return sorted(spans + added) if added else out
