"""A company named after a place, with its legal form: "Aguas Claras de Teruel S.A.", "Granjas do Sil
S.A.", "Méthane Val d'Orvanne SAS". The rules read the legal form's name from the place on ("Teruel
S.A.") and the words before "de" as a name of their own; the capitalised words before the connective
belong to the company's name (a lower-case word there does not: "la planta de Vidrios Norte S.L.")."""

from __future__ import annotations

import re

from .lexicon_intl import LEGAL_FORMS

Span = tuple[int, int, str]

_LEGAL_END = re.compile(
    "(?:" + "|".join(re.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True)) + r")\Z"
)
# the connective right before the company's start, and the capitalised words before it (at most four)
_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?P<run>(?:[A-ZÀ-Þ][\w\-]*[ \u00a0]){0,3}[A-ZÀ-Þ][\w\-]*)"
    r"[ \u00a0](?:de|do|da|del|dos|das|de la|de las|de los|du|des|de l['’]|d['’])"
    r"(?:[ \u00a0]|(?<=['’]))\Z"
)
# a capitalised article or determiner opens a sentence, not a company's name
_ARTICLES = frozenset("La Las Los El Le Les L De Het Die Der Das The Un Una Une".split())


def join_legal_form_names(text: str, lang: str, ents: list[Span]) -> list[Span]:
    """Each ORG ending in a legal form and preceded by "de"/"do"/"d'" and capitalised words: one ORG from
    the first of those words (the entities there go). Spanish and French only (German "des", Dutch "van"
    follow a person or a role: "Geschäftsführerin des X GmbH"), and never over a person's full name."""
    if lang not in ("es", "fr"):
        return ents
    out = list(ents)
    for s, e, lab in ents:
        if lab != "ORG" or not _LEGAL_END.search(text[s:e]):
            continue
        m = _BEFORE_RE.search(text[max(0, s - 80) : s])
        if not m:
            continue
        start = s - (len(text[max(0, s - 80) : s]) - m.start("run"))
        words = m["run"].split()
        while words and words[0] in _ARTICLES:
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        inside = [x for x in out if x[0] < s and start < x[1]]
        if any(
            x[2] in ("DATE", "QUANTITY") or x[0] < start or x[2] == "PERSON" and " " in text[x[0] : x[1]]
            for x in inside
        ):
            continue
        out = [x for x in out if x not in inside and x != (s, e, lab)] + [(start, e, "ORG")]
    return sorted(out)
