"""Streets named after a kind word written in lower case: "rue de la X", "boulevard des X", "calle X",
"avenida de la X", "ulicy X", "placu X". The kind word is part of the street's name (the unseen sets'
gold: "[[rue du Docteur-X|L]]", "[[calle X|L]]", "[[ulicy X|L]]"); the name rules find only the
capitalised part, or nothing (a Polish street in the genitive reads like a surname).

Not "route de X" nor "place du X" (a road towards a town, a square named after its quarter: the gold
leaves the kind word out there as often as it takes it in), nor "au cours de" (during)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .institutions import UP
from .name_cues import _FIRST_NAMES
from .spans import Span

__all__ = ["add_street_names"]

_KINDS = {
    "fr": r"rue|avenue|boulevard|allée|impasse|quai|cours|square",
    "es": r"calle|avenida|paseo|travesía|glorieta|callejón|plaza",
    "pl": r"ulica|ulicy|ulicę|ulicą|ulicach|aleja|alei|aleję|aleją|plac|placu|placem",
}
_LINKS = {
    "fr": r"(?:(?:de[ \u00a0]+la|du|des|de)[ \u00a0]+|de[ \u00a0]+l['’]|d['’])",
    "es": r"(?:(?:de[ \u00a0]+la|de[ \u00a0]+las|de[ \u00a0]+los|del|de)[ \u00a0]+)",
    "pl": r"(?!)",
}
_INNER = {"fr": r"(?:de|du|des|de la)", "es": r"(?:el|la|los|las|de|del|de la)", "pl": r"(?!)"}
_WORD = rf"[{UP}][\w\-]*(?:['’][{UP}][\w\-]*)?"
_STREET_RES = {
    lang: re.compile(
        rf"(?<![\w\-])(?P<kind>{kinds})[ \u00a0]+(?:{_LINKS[lang]})?"
        rf"(?P<name>{_WORD}(?:[ \u00a0]+(?:{_INNER[lang]}[ \u00a0]+)?{_WORD}){{0,3}})(?![\w\-])"
    )
    for lang, kinds in _KINDS.items()
}
_DURING = re.compile(r"(?:^|[\s'’])(?:au|en)[ \u00a0]+$")
_BLOCKING = ("DATE", "QUANTITY")


def add_street_names(lang: str) -> Callable[[str, list[Span]], list[Span]]:
    """The place pass of `lang`: each street named after its kind word made one place, kind word in."""
    street_re = _STREET_RES[lang]

    def add(text: str, ents: list[Span]) -> list[Span]:
        starts = [x[0] for x in ents]  # sorted, not overlapping
        drop: set[int] = set()
        new: list[Span] = []
        for m in street_re.finditer(text):
            s, e = m.start(), m.end()
            first = m.group("name").split()[0]
            if m.group("kind") == "cours" and _DURING.search(text, max(0, s - 4), s):
                continue  # "au cours de X": during
            if lang in ("es", "pl") and first.lower() in _FIRST_NAMES:
                continue  # "przy ulicy Jolanta X mówi": a person after the word, not a street's name
            i = bisect_left(starts, s)
            if i and ents[i - 1][1] > s:
                i -= 1
            j = i
            while j < len(ents) and ents[j][0] < e:
                j += 1
            if any(lab in _BLOCKING or a < s or b > e for a, b, lab in ents[i:j]):
                continue  # a date or an amount in it, or a longer entity around it (a body's name)
            drop.update(range(i, j))
            new.append((s, e, "PLACE"))
        if not new:
            return ents
        out = sorted([x for k, x in enumerate(ents) if k not in drop] + new)
        return out

    return add
