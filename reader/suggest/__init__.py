"""Suggestions: pure, rule-based pre-tagging of entities and claims in cleaned article text.

    suggest(text, language=None, dateline=None) -> list[Suggestion]

No I/O, no models: regular expressions (compiled at import) and small word lists (lexicon.py).
Entities of different labels never overlap each other; a CLAIM may contain entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bracket_names import names_from_acronyms, parties_after_persons
from .claims import find_claims
from .dates import find_dates
from .institutions import drop_generic_german_kinds, extend_to_acronym, find_institutions
from .learned import relabel
from .legal_form_joins import join_legal_form_names
from .lexicon import THING_ACRONYMS
from .linked_names import linked_names
from .names import Votes, name_votes, person_full_names
from .person_shapes import person_shapes
from .place_passes import add_places
from .quantities import find_quantities
from .spans import Cover, Disjoint, Span

__all__ = ["Suggestion", "suggest", "claim_quantities", "LABELS", "MAX_CLAIM_CHARS"]

LABELS = ("PERSON", "ORG", "PLACE", "QUANTITY", "DATE", "CLAIM")


@dataclass(frozen=True)
class Suggestion:
    label: str  # "PERSON" | "ORG" | "PLACE" | "QUANTITY" | "DATE" | "CLAIM"
    start: int  # code-point offsets into text, text[start:end] == self.text
    end: int
    text: str
    claimant: str | None = None  # CLAIM only
    claimant_label: str | None = None  # CLAIM only: the label suggested for the claimant's name, if any
    quantities: tuple[tuple[int, int], ...] = ()  # CLAIM only: (start, end) of QUANTITY suggestions inside


_PRIORITY = {"DATE": 0, "QUANTITY": 1, "PERSON": 2, "ORG": 3, "PLACE": 4}
_FUNCTION_WORDS = {
    "fr": re.compile(r"(?i)\b(?:le|la|les|des|est|une|dans|pour|qui|avec|sur|au|aux|du)\b"),
    "en": re.compile(r"(?i)\b(?:the|and|is|of|with|for|that|was|are|by|from)\b"),
    "de": re.compile(r"(?i)\b(?:der|die|das|und|ist|nicht|mit|auf|für|dem|den|sich|von)\b"),
    "es": re.compile(r"(?i)\b(?:el|los|las|del|que|por|con|para|una|según|está)\b"),
    "nl": re.compile(r"(?i)\b(?:het|een|van|en|niet|zijn|voor|met|ook|wordt|naar)\b"),
    "pl": re.compile(r"(?i)\b(?:się|nie|jest|że|na|do|oraz|przez|który|która|od)\b"),
}
LANGUAGES = tuple(_FUNCTION_WORDS)


def detect_language(text: str) -> str:
    """The language of the text among those the cleaner reads, by counting function words."""
    sample = text[:4000]
    counts = {lang: len(rx.findall(sample)) for lang, rx in _FUNCTION_WORDS.items()}
    best = max(counts, key=lambda k: (counts[k], k == "en"))
    return best if counts[best] else "en"


def _resolve(cands: list[Span]) -> list[Span]:
    """Keep non-overlapping entities: longer first, then by label priority."""
    cands = sorted(set(cands), key=lambda c: (-(c[1] - c[0]), _PRIORITY[c[2]], c[0]))
    free = Disjoint()
    return [c for c in cands if c[1] > c[0] and free.add(c[0], c[1])]


def rule_entities(text: str, lang: str, dateline: str | None = None) -> tuple[list[Span], list[Span], Votes]:
    """The rules' entities (no two overlapping), with every capitalised mention and the votes per name
    that the learned step reads."""
    cands: list[Span] = []
    cands += [(s, e, "DATE") for s, e in find_dates(text)]
    cands += [(s, e, "QUANTITY") for s, e in find_quantities(text, lang)]
    # a bare-number quantity inside a date is part of the date
    inside_date = Cover((s, e) for s, e, lab in cands if lab == "DATE")
    cands = [c for c in cands if c[2] != "QUANTITY" or not inside_date(c[0])]
    names, mentions, votes = name_votes(text, dateline, lang)
    cands += names
    cands += find_institutions(text, lang)
    return _resolve(cands), mentions, votes


def suggest(text: str, language: str | None = None, dateline: str | None = None) -> list[Suggestion]:
    if not text or not text.strip():
        return []
    lang = (language or detect_language(text)).lower()[:2]
    if lang not in LANGUAGES:
        lang = "en"  # other languages: the English rules (digits, capitalised names) are the closest
    ents, mentions, votes = rule_entities(text, lang, dateline)
    ents = person_shapes(text, relabel(text, lang, ents, mentions, votes), lang)
    ents = add_places(text, lang, ents)
    ents = extend_to_acronym(text, ents)
    ents = names_from_acronyms(text, ents)
    ents = parties_after_persons(text, ents)
    ents = join_legal_form_names(text, lang, ents)
    ents = linked_names(text, ents)
    ents = _drop_common_word_orgs(text, ents)
    if lang == "es":
        ents = _numbered_courts(text, ents)
    if lang in ("de", "nl"):
        ents = _club_years(text, ents)
    if lang == "de":
        ents = drop_generic_german_kinds(text, ents)
    qspans = sorted((s, e) for s, e, lab in ents if lab == "QUANTITY")
    named = [c for c in ents if c[2] in ("PERSON", "ORG", "PLACE")]
    full = person_full_names(text, named)
    dspans = sorted((s, e) for s, e, lab in ents if lab == "DATE")
    out = [Suggestion(lab, s, e, text[s:e]) for s, e, lab in ents]
    kinds = _name_kinds(text, named, full)
    for s, e, claimant, qs in find_claims(text, qspans, named, full, dspans):
        kind = kinds.get(claimant) if claimant else None
        out.append(
            Suggestion("CLAIM", s, e, text[s:e], claimant=claimant, claimant_label=kind, quantities=qs)
        )
    out.sort(key=lambda g: (g.start, -g.end, g.label))
    return out


_CAP_WORD = r"[A-ZÁÉÍÓÚÑ][\w\-]*"
# "Juzgado de Instrucción número 4 de Benalmar", "Juzgado de lo Social nº 2", "Jutjat de Primera Instància
# número 1 de X": a Spanish (or Catalan) court by its kind, its number and its seat
_COURT_RE = re.compile(
    rf"\b(?:Juzgado|Jutjat)(?:[ \u00a0](?:de|del|de lo|d['’]|e|i|y|{_CAP_WORD}))*?(?<=\w)[ \u00a0]+"
    rf"(?:número|núm\.|nº|n\.º)[ \u00a0]?\d+"
    rf"(?:[ \u00a0](?:de|d['’])[ \u00a0]?{_CAP_WORD}(?:[ \u00a0](?:de|del|de la|de los|de las)?[ \u00a0]?{_CAP_WORD})*)?"
)


def _numbered_courts(text: str, ents: list[Span]) -> list[Span]:
    """A Spanish court with its number and seat as one ORG, instead of the court's kind, a number and a
    town."""
    courts = [(m.start(), m.end()) for m in _COURT_RE.finditer(text)]
    if not courts:
        return ents
    out = [(s, e, lab) for s, e, lab in ents if not any(s < ce and cs < e for cs, ce in courts)]
    return sorted(out + [(s, e, "ORG") for s, e in courts])


_YEAR_AFTER = re.compile(r"[ \u00a0](?:18|19)\d\d(?![\w\-–/.,]\d)(?!\w)")
# a club's abbreviation ("TuS", "VfB", "TSV", "SV", "VV") or a club's word in its name
_CLUB_ABBR = re.compile(r"[A-Z][a-z]?[A-Z][A-Za-z]?")
_CLUB_WORD = re.compile(r"(?i)verein|vereniging|club|klub")


def _club_years(text: str, ents: list[Span]) -> list[Span]:
    """German and Dutch clubs with their founding year ("TuS Wiesenbrück 1898", "Heimatverein X 1911"):
    the year goes on a club's ORG (one named with a club's abbreviation or word), not on a firm's."""
    out = list(ents)
    for s, e, lab in ents:
        m = _YEAR_AFTER.match(text, e)
        if lab != "ORG" or not m:
            continue
        words = text[s:e].split()
        if len(words) >= 2 and (_CLUB_ABBR.fullmatch(words[0]) or _CLUB_WORD.search(text[s:e])):
            out = [x for x in out if not (x[0] < m.end() and e <= x[0]) or x == (s, e, lab)]
            out[out.index((s, e, lab))] = (s, m.end(), "ORG")
    return sorted(out)


def _drop_common_word_orgs(text: str, ents: list[Span]) -> list[Span]:
    """Without the one-word ORGs the article also writes in lower case: a common word opening a sentence
    ("Club members voted", "Studio prices", "Spółka nie podała"; 7 in the tune sets, none an organisation).
    Acronyms and German nouns (never written in lower case) are not touched, but for the acronyms of things."""
    out = []
    lower: dict[str, bool] = {}
    for s, e, lab in ents:
        w = text[s:e]
        if lab == "ORG" and w in THING_ACRONYMS:
            continue  # "LED", "IVA", "PESEL": the acronym of a thing, a tax or a document, not of a body
        if lab == "ORG" and w[:1].isupper() and w[1:].islower() and w.isalpha():
            low = w.lower()
            if low not in lower:
                # ... unless it also ends a longer name ("St Brannock's Hospice", "Fenbury Golf Club"): there it
                # marks a name the rules cut short
                in_lower = re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text) is not None
                lower[low] = in_lower and not any(
                    m.group(1)[:1].isupper()
                    for m in re.finditer(
                        r"(?<![\w.])([^\W\d_][\w'’\-]*)[ \u00a0]+" + re.escape(w) + r"(?!\w)", text
                    )
                )
            if lower[low]:
                continue
        out.append((s, e, lab))
    return out


def _name_kinds(text: str, named: list[Span], full: dict[str, str]) -> dict[str, str]:
    """The label each named text (and a person's full name) was suggested with, so that a claim
    says what kind its claimant is; a text suggested with two labels has none."""
    kinds: dict[str, str | None] = {}
    for s, e, lab in named:
        names = {text[s:e], full.get(text[s:e], text[s:e])} if lab == "PERSON" else {text[s:e]}
        for name in names:
            kinds[name] = lab if kinds.get(name, lab) == lab else None
    return {name: lab for name, lab in kinds.items() if lab}


# A claim is a sentence or a few: the claim form looks for quantities in this much of the selection at
# most, so a whole article selected by mistake answers in well under a second.
MAX_CLAIM_CHARS = 5000


def claim_quantities(text: str, language: str | None = None, dateline: str | None = None) -> list[Suggestion]:
    """The QUANTITY suggestions in a claim's text (offsets into `text`), looked for in its first
    MAX_CLAIM_CHARS characters."""
    return [g for g in suggest(text[:MAX_CLAIM_CHARS], language, dateline) if g.label == "QUANTITY"]
