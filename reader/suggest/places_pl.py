"""Polish place passes: towns named with an adjective of position or a regional adjective."""

from __future__ import annotations

import re

from .lexicon import TITLES
from .lexicon_intl import TITLES_INTL
from .name_cues import _FIRST_NAMES, _is_org_word
from .place_shapes import _NAME_WORD, _WORD_BEFORE, _with_places
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


# A Polish town, region or country no gazetteer lists, in the genitive after a preposition of direction or
# nearness ("do X", "spod X", "koło X", "z okolic X", "z całej X") or in the locative after "w pobliskim X"
# (missed in h9, h10 (3), h11, h12 (2), h13; every such single name after these words in the pl tune files is a
# gold place). Only on a span no rule took, with the ending of its case, and not a first name, a body, an
# adjectival surname ("do Kowalskiego") or a word that shares its stem with another name of the text.
_PL_TOWARD = re.compile(
    rf"(?<![\w\-])(?P<p>[Dd]o|spod|koło|okolic|całego|całej|pobliskiego|pobliskiej|pobliskim|sąsiedniego|sąsiedniej|sąsiednim) "
    rf"(?P<n>[{_PL_U}][{_PL_L}]+(?:-[{_PL_U}][{_PL_L}]+)?)(?![\w\-])(?! [{_PL_U}])"
)
_PL_GENITIVE_ENDS = ("a", "u", "y", "i", "ic", "ów")
_PL_LOCATIVE_ENDS = ("u", "e", "ach")
_PL_LOCATIVE_CUES = frozenset("pobliskim sąsiednim".split())
_PL_ADJ_SURNAME_ENDS = ("skiego", "ckiego", "dzkiego", "skiej", "ckiej", "dzkiej")
# bodies named by a common noun, capitalised as an institution ("do Sejmu", "do Senatu")
_PL_BODY_NOUNS = frozenset("sejm senat trybunał parlament rząd kościół sąd wojsko".split())
# feasts written with a capital: "do Wigilii", "koło Wielkanocy" say when, not where
_PL_FEASTS = ("wigili", "wielkanoc", "zaduszk", "sylwest", "trzech", "świąt", "niedziel")
_PL_STEM = 4  # letters a case form shares with its nominative in most names ("Legia", "Legii")


def _pl_body_noun(lw: str) -> bool:
    return any(n in _PL_BODY_NOUNS for n in _pl_nominatives(lw, _PL_NAME_CASES))


def _other_name_stems(text: str, ents: list[tuple[int, int, str]], own: set[int]) -> set[str]:
    """The stems of the text's capitalised words other than those starting at `own`: a person, firm or club
    named elsewhere ("Jan Sobala" ... "do Sobali", "sieć Koralik" ... "do Koralika", "Grupa Orlen" ... "do
    Orlenu"); not a place, nor the name of a commune's body ("Gmina X")."""
    places = [(s, e) for s, e, lab in ents if lab == "PLACE"]
    body_tails = [
        (s + len(w), e)
        for s, e, lab in ents
        if lab == "ORG"
        for w in text[s:e].split()[:1]
        if w.lower() in _PL_COMMUNE_WORDS
    ]
    return {
        w.group().lower()[:_PL_STEM]
        for w in _NAME_WORD.finditer(text)
        if w.group()[:1].isupper()
        and w.start() not in own
        and not any(a <= w.start() < b for a, b in places)
        and not any(a <= w.start() < b for a, b in body_tails)
    }


def add_polish_destination_places(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each free single name in its case after a Polish preposition of direction or
    nearness added as a place."""
    matches = list(_PL_TOWARD.finditer(text))
    if not matches:
        return ents
    stems = _other_name_stems(text, ents, {m.start("n") for m in matches})
    found = []
    for m in matches:
        lw = m.group("n").lower()
        head = lw.split("-")[0]
        ends = _PL_LOCATIVE_ENDS if m.group("p") in _PL_LOCATIVE_CUES else _PL_GENITIVE_ENDS
        if not head.endswith(ends) or lw.endswith(_PL_ADJ_SURNAME_ENDS) or len(head) < 4:
            continue
        if (
            _pl_first_name(head)
            or _is_org_word(head, "pl")
            or _pl_body_noun(head)
            or head[:_PL_STEM] in stems
        ):
            continue
        if (
            _pl_title(head)
            or _pl_title(head[:-1] + "a")
            or head.startswith(_PL_FEASTS)
            or re.search(rf"(?<!\w){head}(?!\w)", text)
        ):
            continue  # "do Ministra", "do Wojewody", "do Wigilii"; a common noun the text also writes in lower case
        found.append(m.span("n"))
    return _with_places(ents, found, False, text) if found else ents


# A Polish town named with a regional adjective in the locative after "w" ("w X Pomorskim-Dolnym", "w X
# Odrzańskim-Y", "w Dobrym X Kujawskim"), or after "i" right after a town ("w X Dolnym i Y Kaszubskiej"): missed
# or read as PERSON in h14, h15 (2), h16. A person is seldom named in the locative after "w"; a first name
# (in any case) and a word of a person named in full elsewhere keep the span out.
_PL_LOC_ADJ = r"(?:sk|ck|dzk)(?:im|iej)"
_PL_LOC_REGIONAL = re.compile(
    rf"(?<![\w\-])(?P<p>[Ww]e?|i) (?P<n>(?:[{_PL_U}][{_PL_L}]+(?:ym|im|ej) )?[{_PL_U}][{_PL_L}]+ "
    rf"[{_PL_U}][{_PL_L}]+{_PL_LOC_ADJ}(?:-[{_PL_U}][{_PL_L}]+)?)(?![\w\-])"
)
_PL_LOC_NOUN_ENDS = ("u", "ie", "e", "y", "i")


def add_polish_locative_regional_places(
    text: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each Polish town named with a regional adjective in the locative after "w" (or
    after "i" and a town) added as a place, or a PERSON of exactly its span relabelled."""
    places_end = {e for _, e, lab in ents if lab == "PLACE"}
    found = []
    for m in _PL_LOC_REGIONAL.finditer(text):
        words = m.group("n").split()
        if m.group("p") == "i" and m.start("p") - 1 not in places_end:
            continue
        if not words[-2].lower().endswith(_PL_LOC_NOUN_ENDS) or any(
            _pl_first_name(w.lower()) for w in words[:-1]
        ):
            continue
        found.append(m.span("n"))
    return _with_places(ents, found, "PERSON", text) if found else ents


# A Polish river or lake in the genitive after a word for its level, gorge, mouth, bed, basin or trail
# ("Poziom X", "przełomem X", "szlakiem kajakowym X", "poziom Jeziora X-skiego"), with an adjective when it has
# one: missed or read as PERSON in h5, h7, h10, h12 (2). The word is in lower case (a sentence may open with
# "Poziom"): capitalised, it heads a body's name ("Związek Flisaków Przełomu X", "Wody X"). Not a first name, a
# body's word, an adjectival surname alone ("poziom Zalewskiego"), nor a word of a person's full name.
_PL_WATER_HEADS = (
    "poziom poziomu poziomem przełomem przełomie ujście ujścia ujściu koryto koryta korycie "
    "dorzecze dorzecza dorzeczu zlewnia zlewni rozlewiska rozlewisko kajakowym kajakowy "
    "kajakowego"
)
_PL_WATER = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(_PL_WATER_HEADS.split())}|Poziom) "
    rf"(?P<n>[{_PL_U}][{_PL_L}]+(?: [{_PL_U}][{_PL_L}]+(?:ej|iego|ego|ich|ych))?)(?![\w\-])(?! [{_PL_U}])"
)
_PL_GEN_SG = ("y", "i", "a", "u")
# competitions have a level too ("poziom Ekstraklasy", "poziom Ligi")
_PL_COMPETITIONS = ("ekstraklas", "lig", "olimpiad", "mistrzostw", "pucharu", "turnieju", "matur", "egzamin")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")


def add_polish_waters(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each Polish river or lake named after a word for its level, gorge or trail added
    as a place (or a PERSON of exactly its span relabelled)."""
    matches = list(_PL_WATER.finditer(text))
    stems = _other_name_stems(text, ents, {m.start("n") for m in matches})
    found = []
    for m in matches:
        words = m.group("n").split()
        head = words[0].lower()
        if m.group().startswith("Poziom ") and not _SENTENCE_START.search(text, 0, m.start()):
            continue  # "Poziom" capitalised inside a sentence: a name's word
        if not head.endswith(_PL_GEN_SG) or _pl_first_name(head) or _is_org_word(head, "pl"):
            continue
        if head.startswith(_PL_COMPETITIONS) or head.endswith("ości") or _pl_body_noun(head):
            continue  # a competition, an abstract noun ("Solidarności"), a body ("Sejmu")
        if m.group().lower().startswith("poziom") and len(words) == 1 and not head.endswith(("y", "i")):
            continue  # a level of a person or a club ("poziom Nowaka"); rivers so named are feminine
        if head[:_PL_STEM] in stems:
            continue
        if len(words) == 1 and head.endswith(_PL_ADJ_SURNAME_ENDS + ("skiego", "ckiego")):
            continue
        found.append(m.span("n"))
    return _with_places(ents, found, "PERSON", text) if found else ents
