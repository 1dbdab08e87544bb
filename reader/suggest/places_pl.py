"""Polish place passes: towns named with an adjective of position or a regional adjective."""

from __future__ import annotations

import re

from .lexicon import TITLES
from .lexicon_intl import TITLES_INTL
from .name_cues import _FIRST_NAMES, _is_org_word
from .place_shapes import _WORD_BEFORE
from .spans import Overlaps

# A Polish town or lake named with an adjective of position ("Krynicy Wschodniej", "w X Dolnych",
# "mieszkanka X Górnego", "z Macedonii Północnej") is a place in every case: read as PERSON or missed in h11,
# h12, h13, h14 (2), h15 (4); no tune file has a person so named. A regional adjective in -ski / -cki
# ("z X Kaszubskiego", "gminy X Gorlickie") ends surnames too, so it counts only on a span no rule took, after
# a preposition of place or a word for a commune or its people (missed in h9, h11 (2), h15). Both after a
# lower-case word (not at a sentence's start, not inside a longer name), and not after a kind of body.
_PL_U, _PL_L = "A-ZĄĆĘŁŃÓŚŹŻ", "a-ząćęłńóśźż"
_PL_CASE_ENDS = "y|i|a|e|ego|iego|ej|iej|ym|im|ych|ich|ą|emu|iemu"
_PL_POSITION = rf"(?:Doln|Górn|Wielk|Mał|Star|Now|Wschodn|Zachodn|Północn|Południow|Leśn|Kościeln|Średn|Wyżn|Niżn)(?:{_PL_CASE_ENDS})"
_PL_REGIONAL = rf"[{_PL_U}][{_PL_L}]+(?:sk|ck|dzk)(?:i|a|ie|iego|iej|im|ich|ą|iemu)"
_PL_ADJ_PLACE = re.compile(
    rf"(?<![\w\-])(?P<n>[{_PL_U}][{_PL_L}]+(?:-[{_PL_U}][{_PL_L}]+)?) "
    rf"(?:(?P<pos>{_PL_POSITION})|{_PL_REGIONAL})(?![\w\-])"
)
# before a regional adjective: a preposition that takes the genitive of a place (not "z" with the
# instrumental: "z Janem Kowalskim"), or a word for a commune or its people
_PL_FROM = frozenset("z ze spod znad koło".split())
_PL_COMMUNE_WORDS = frozenset(
    """
    gminy gmina gminie wsi miasta mieście miejscowości mieszkańcy mieszkańców mieszkanka mieszkaniec mieszkańcom
    okolic okolicach osiedla osiedlu
    """.split()
)
_PL_GENITIVE_ADJ = ("iego", "iej", "ich")
# a first name in another case ("Piotra", "Anną", "Janem"): a person's name, not a town's
_PL_NAME_CASES = (
    ("a", ""),
    ("y", "a"),
    ("ą", "a"),
    ("ę", "a"),
    ("em", ""),
    ("owi", ""),
    ("u", ""),
    ("ej", "a"),
    ("i", "a"),
)


def _pl_nominatives(lw: str, cases: tuple[tuple[str, str], ...]) -> list[str]:
    """The nominatives a Polish word in another case may have, with the vowel some stems drop ("Markiem":
    "Marek", "posła": "poseł")."""
    out = [lw]
    for end, nom in cases:
        if lw.endswith(end) and len(lw) > len(end) + 1:
            stem = lw[: -len(end)]
            out += [stem + nom, stem[:-1] + "e" + stem[-1] + nom]
            if stem.endswith("i"):  # "Markiem": the "i" softens the "k", it is no part of the stem
                out += [stem[:-1] + nom, stem[:-2] + "e" + stem[-2] + nom]
    return out


def _pl_first_name(lw: str) -> bool:
    return any(n in _FIRST_NAMES for n in _pl_nominatives(lw, _PL_NAME_CASES))


# a title or role in another case ("posła", "prezesem", "burmistrza"): the name after it is a person's
_PL_TITLE_CASES = (("a", ""), ("em", ""), ("owi", ""), ("u", ""), ("ego", "y"), ("emu", "y"), ("ym", "y"))


def _pl_title(lw: str) -> bool:
    return any(n in TITLES_INTL or n in TITLES for n in _pl_nominatives(lw, _PL_TITLE_CASES))


# kinds of body the organisation words leave out ("Komenda Wojewódzka", "Straż Leśna")
_PL_BODY_KINDS = frozenset("komenda komendy straż straży stadnina gospodarstwo koło izba rada zarząd".split())


def add_polish_adjective_places(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each Polish town named with an adjective of position made a place (added, or a
    PERSON of exactly its span relabelled), and each one with a regional adjective added where free."""
    persons = {(s, e): i for i, (s, e, lab) in enumerate(ents) if lab == "PERSON"}
    out = list(ents)
    taken = Overlaps((s, e) for s, e, _ in ents)
    new = []
    for m in _PL_ADJ_PLACE.finditer(text):
        wb = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        lw = m.group("n").lower()
        if not wb or not wb.group(1)[:1].islower() or _pl_first_name(lw) or lw in _PL_BODY_KINDS:
            continue
        if _pl_title(wb.group(1).lower()):
            continue
        if _is_org_word(lw, "pl"):
            continue
        span, before = (m.start(), m.end()), wb.group(1)
        regional = before in _PL_COMMUNE_WORDS or (
            before in _PL_FROM and m.group().endswith(_PL_GENITIVE_ADJ)
        )
        if m.group("pos") and span in persons:
            out[persons[span]] = (*span, "PLACE")
        elif not taken(*span) and (m.group("pos") or regional):
            new.append((*span, "PLACE"))
    return sorted(out + new)
