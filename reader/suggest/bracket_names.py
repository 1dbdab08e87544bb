"""Names that brackets show: a body's name spelled out before its acronym in brackets ("Office fédéral
des digues et barrages (OFDB)"), and a person's party in brackets after the name ("Karin Holtby (Grüne)").

The initials of the name's words (its articles, prepositions and conjunctions aside) spell the acronym,
so the name runs from the word that gives the first letter to the bracket, however the rules cut or
labelled it before (a long lower-case name missed, "Fondo Andaluz" read as a person, a seat read as a
place). Nothing changes when the letters do not fit.
"""

from __future__ import annotations

import re
import unicodedata

from .gazetteer import place_weight
from .lexicon import CITIES, COUNTRIES, REGIONS

Span = tuple[int, int, str]

_ACRONYM_RE = re.compile(r"[ \u00a0]\((?P<acr>[A-ZÀ-Þ][A-Za-zÀ-ÿ]{1,7})\)")
_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*|[.!?;:()«»\"“”„]")
# words an acronym leaves out
_SMALL = frozenset(
    "a à al als am an and au aux d de del della der des di die do dos du el en et for für im in "
    "l la las le les los na o of op para per por pour sur the to und van vom von voor w y z ze "
    "het den des dla do i oraz".split()
)
_ELISION = re.compile(r"^(?:[dlDL]|[Dd]ell)['’]")
_MAX_WORDS = 16


def _initial(c: str) -> str:
    """A letter in upper case without its accent: an acronym drops it ("École ..." -> "E")."""
    return unicodedata.normalize("NFD", c)[:1].upper()


def _letters(word: str) -> list[str]:
    """The letters a word may give: its initial, or one per hyphenated part ("Anti-Doping": A, D)."""
    bare = _ELISION.sub("", word)
    parts = [p for p in bare.split("-") if p]
    out = [_initial(bare[:1])] if bare else []
    if len(parts) > 1:
        out.append("".join(_initial(p[:1]) for p in parts))
    return out


def _spelled_start(words: list[str], acr: str) -> int | None:
    """The index of the word that begins the name spelled by `acr`, reading `words` from the end (None:
    the letters do not fit). The last word must give the last letter; small words may be skipped."""

    def walk(i: int, j: int) -> int | None:
        # words[i] is read against the acronym's letters up to j (exclusive)
        if j == 0:
            return i + 1
        if i < 0:
            return None
        w = words[i]
        if w in _SMALL:
            return walk(i - 1, j)  # "für", "de la", "of the": no letter
        for got in _letters(w):
            if j - len(got) >= 0 and acr[j - len(got) : j] == got:
                found = walk(i - 1, j - len(got))
                if found is not None:
                    return found
        return None

    if not words or words[-1] in _SMALL:
        return None
    return walk(len(words) - 1, len(acr))


def names_from_acronyms(text: str, ents: list[Span]) -> list[Span]:
    """Each name spelled out before its acronym in brackets as one ORG (and the acronym an ORG): the
    entities inside it go; nothing changes where a date or quantity sits inside or an entity crosses it."""
    out = list(ents)
    for m in _ACRONYM_RE.finditer(text):
        acr = m["acr"].upper()
        if len(acr) < 3:
            continue  # two letters fit too many pairs of words
        w0 = max(0, m.start() - 240)
        toks = [(t.start() + w0, t.end() + w0, t.group()) for t in _WORD_RE.finditer(text[w0 : m.start()])]
        # the words of the same sentence only, at most _MAX_WORDS back
        cut = max((k for k, t in enumerate(toks) if not t[2][0].isalpha()), default=-1)
        toks = toks[cut + 1 :][-_MAX_WORDS:]
        words = [t[2] for t in toks]
        k = _spelled_start(words, acr)
        if k is None or k == len(words) - 1 or not words[k][:1].isupper():
            continue
        s, e = toks[k][0], toks[-1][1]
        elided = _ELISION.match(words[k])
        s += elided.end() if elided else 0
        inside = [x for x in out if x[0] < e and s < x[1]]
        if any(x[2] in ("DATE", "QUANTITY") or x[0] < s or x[1] > e for x in inside):
            continue
        if inside == [(s, e, "ORG")]:
            continue
        out = [x for x in out if x not in inside] + [(s, e, "ORG")]
        a, b = m.start("acr"), m.end("acr")
        if not any(x[0] < b and a < x[1] for x in out):
            out.append((a, b, "ORG"))
    return sorted(out)


# "(Grüne)", "(D66)", "(Les Indépendants)", "(Vecinos Unidos)": one to three capitalised words
_AFFILIATION_RE = re.compile(
    r"[ \u00a0]\((?P<name>[A-ZÀ-Þ][\w\-]*(?:[ \u00a0][A-ZÀ-Þ][\w\-]*){0,2})\)(?![ \u00a0]?\()"
)


def parties_after_persons(text: str, ents: list[Span]) -> list[Span]:
    """A person's party, list or union in brackets right after the name ("Karin Holtby (Grüne)", "Joost
    Verbeek (D66)") as one ORG, whatever the rules found inside; not a known place ("Ruth Ambler (Spain)":
    where a person comes from) and nothing over a date or quantity."""
    out = list(ents)
    for _, e0, lab in ents:
        m = _AFFILIATION_RE.match(text, e0) if lab == "PERSON" else None
        if not m:
            continue
        name = m["name"]
        if name in COUNTRIES or name in CITIES or name in REGIONS or place_weight(name) > 0:
            continue
        s, e = m.span("name")
        inside = [x for x in out if x[0] < e and s < x[1]]
        if any(x[2] in ("DATE", "QUANTITY") or x[0] < s or x[1] > e for x in inside):
            continue
        out = [x for x in out if x not in inside] + [(s, e, "ORG")]
    return sorted(out)
