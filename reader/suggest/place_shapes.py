"""Whether a word or name has the shape of a place: gazetteer places, German landscapes and landforms,
German and Polish places in another case, French and Romance place names, demonyms; and what the
per-language place passes (places_de.py, places_en.py, places_es.py, places_fr.py, places_nl.py,
places_pl.py) share: adding the places they find to the entities."""

from __future__ import annotations

import re

from .gazetteer import place_weight
from .lexicon import CITIES, COUNTRIES, DEMONYMS, REGIONS
from .lexicon_intl import NOT_PLACES_DE, PLACE_SUFFIXES_DE, RIVERS
from .name_cues import _FIRST_NAMES, _is_org_word
from .spans import Overlaps

FR_PLACE_RE = re.compile(r"^(?:Saint|Sainte|St)-|-(?:sur|en|lès|lez|la|le|les|de|du|aux)-")


def _known_place(name: str) -> bool:
    return name in COUNTRIES or name in CITIES or name in REGIONS or place_weight(name) >= 3


# Spanish and French kinds of land that name a place with "de" ("Sierra de X", "Ciudad de X", "Val de X")
_ROMANCE_LAND_FIRST = frozenset("sierra tierra campo valle ribera costa val pays plaine ciudad paso".split())


def _romance_place_of(first: str, rest: list[str], lang: str) -> bool:
    """A kind of land or a town, "de", and a name is one place: "Sierra de Morvedal", "Villahermosa de
    los Pinares", "Croix de Vérolles" (not "Ayuntamiento de Jerez": an organisation's head word)."""
    return (
        _romance_place_head(first, lang)
        and bool(rest)
        and not any(_body_or_given_name(w, lang) for w in rest)
    )


def _romance_place_head(first: str, lang: str) -> bool:
    """The first word of a place named "X de Y" in Spanish or French: a kind of land or a town."""
    lw = first.lower()
    return (
        lang in ("es", "fr")
        and (lw in _ROMANCE_LAND_FIRST or (_place_like(first, lang) and lw not in _FIRST_NAMES))
        and not _is_org_word(lw, lang)
    )


def _body_or_given_name(word: str, lang: str) -> bool:
    """A word that makes "X de ..." a body or a person rather than a place."""
    lw = word.lower()
    return _is_org_word(lw, lang) or lw in _FIRST_NAMES


_DE_AREA_ENDINGS = ("land", "gau", "gäu", "tal", "wald", "viertel", "kreis")
# landscape endings ("-au": Aue, wet land by a river) and the common nouns that share them
# ("Mischwald", "Ehefrau")
_DE_LANDSCAPE_ENDINGS = _DE_AREA_ENDINGS + ("au",)
_DE_NOT_LANDSCAPE = tuple(
    "frau schau bau stau mischwald laubwald nadelwald urwald bergwald schutzwald".split()
)


def _german_landscape(name: str) -> bool:
    """A German word shaped like a landscape: "Hollertau", "Kornwald", "Westergäu"."""
    lw = name.lower()
    return (
        " " not in lw
        and len(lw) >= 6
        and lw.endswith(_DE_LANDSCAPE_ENDINGS)
        and not lw.endswith(_DE_NOT_LANDSCAPE)
        and lw not in NOT_PLACES_DE
    )


_DE_LANDFORMS = frozenset(
    "wald gebirge heide bucht becken alb alpen schweiz bergland seenplatte marsch gletscher see tal".split()
)
_DE_COMPOUND_LANDFORMS = ("bach", "berg", "horn", "wald", "feld", "alb")


def _de_genitive_forms(lw: str) -> tuple[str, ...]:
    """A German noun as written and without a genitive "-es"/"-s" ("Moores" -> "moor", "Sandbachs" -> "sandbach")."""
    return (lw, lw[:-2] if lw.endswith("es") else "", lw[:-1] if lw.endswith("s") else "")


def _de_landform_compound(lw: str) -> bool:
    """A compound German landform name, in the genitive or not: "Sandbachs", "Frankenwaldes", "Hohenalb"
    (not the bare noun: "Berges", "Waldes")."""
    return any(
        form.endswith(end) and len(form) >= len(end) + 3
        for form in _de_genitive_forms(lw)
        for end in _DE_COMPOUND_LANDFORMS
    )


# the last part of a compound landform ("Grenzwald", "Hügelland", "Kammhöhe"), and a river's "Ache"
_DE_LANDFORM_ENDS = ("wald", "gebirge", "heide", "land", "moor", "meer", "höhe", "niederung", "aue")


def _de_landform(lw: str) -> bool:
    """A German landform noun, plain or in the genitive ("Moores", "Waldes"), or a compound ending in one."""
    return any(
        form and (form in _DE_LANDFORMS or form == "ache" or form.endswith(_DE_LANDFORM_ENDS))
        for form in _de_genitive_forms(lw)
    )


def _de_genitive_adjective(w: str, lang: str) -> bool:
    """A German adjective in the genitive plural after a head noun without article ("Deutscher",
    "Bayerischer"), not one made from a town's name ("Wiener", "Hamburger")."""
    return (
        len(w) > 5
        and w.endswith("er")
        and w[1:].islower()
        and w.lower() not in _FIRST_NAMES
        and not _place_like(w[:-2], lang)
        and not _place_like(w[:-2] + "en", lang)
        and w[:-2].lower().endswith(("sch", "ig", "lich", "al"))  # "-isch" ends in "sch"
    )


# Polish case endings and the nominative they come from: "Warszawie" -> "Warszawa", "Krakowie" ->
# "Kraków", "Gdańsku" -> "Gdańsk", "Pomorzu" -> "Pomorze", "Poznaniu" -> "Poznań", "Wrocławia" ->
# "Wrocław".
_PL_CASES = (
    ("ic", "ice"),  # "do Gliwic", "z Katowic"
    ("owie", "ów"),
    ("owa", "ów"),
    ("niu", "ń"),
    ("nia", "ń"),
    ("ia", ""),
    ("dzie", "da"),
    ("rze", "ra"),
    ("le", "ła"),
    ("ie", "a"),
    ("iu", ""),
    ("u", ""),
    ("u", "e"),
    ("y", "a"),
    ("i", "a"),
    ("a", ""),
    ("a", "e"),  # "z Opola", "do Pomorza": neuter places
    ("", "y"),  # "z Czech", "z Węgier" is left aside: plural country names
)


def _german_place_case(name: str) -> bool:
    """A German place or river in the genitive or dative plural: "Bayerns", "Rheins", "Niederlanden"."""
    for end in ("es", "s", "n"):
        if name.endswith(end) and len(name) > len(end) + 3:
            base = name[: -len(end)]
            if base in RIVERS or base in COUNTRIES or place_weight(base) >= 3:
                return True
    return False


def _polish_place(name: str) -> bool:
    """A Polish word that is a gazetteer place in another case (a few endings tried, no scan)."""
    return any(
        name.endswith(end) and len(name) > len(end) + 2 and place_weight(name[: -len(end)] + nom) >= 3
        for end, nom in _PL_CASES
    )


def _plural_demonym(w: str) -> bool:
    return w.endswith("s") and w[:-1] in DEMONYMS


def _german_place_shape(name: str) -> bool:
    """A German capitalised word that may be a place after "in": "in Zwickau", not "in Zukunft"."""
    lw = name.lower()
    return lw.endswith(PLACE_SUFFIXES_DE) and lw not in NOT_PLACES_DE and lw not in PLACE_SUFFIXES_DE


def _place_like(name: str, lang: str) -> bool:
    """Whether a gazetteer or a case ending says the name may be a place ("Kevin Tran of Chicago")."""
    if name in COUNTRIES or name in CITIES or name in REGIONS or place_weight(name) > 0:
        return True
    return (lang == "de" and _german_place_case(name)) or (lang == "pl" and _polish_place(name))


# the word just before a match ("de X de Y", "gminy X Y"): its case says whether a name goes on
_WORD_BEFORE = re.compile(r"(\S+) $")


_NAME_WORD = re.compile(r"[^\W\d_][^\W_]*")


def _persons_words(text: str, ents: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
    """Each capitalised word of a person's name of two words or more in `ents`, with the spans it is in."""
    out: dict[str, list[tuple[int, int]]] = {}
    for s, e, lab in ents:
        if lab != "PERSON":
            continue
        words = [w for w in _NAME_WORD.findall(text[s:e]) if w[:1].isupper()]
        if len(words) >= 2:
            for w in words:
                out.setdefault(w, []).append((s, e))
    return out


def _with_places(
    ents: list[tuple[int, int, str]],
    found: list[tuple[int, int]],
    relabel: bool | str,
    text: str | None = None,
) -> list[tuple[int, int, str]]:
    """`ents` with the `found` spans that no entity overlaps added as places (and, with `relabel`, an
    entity of exactly a found span made a place; a label as `relabel`: only an entity of that label).
    With `text`, a found span with a word of a person's full name elsewhere in the text is left out: a
    surname in a firm's, a venue's or a person's name ("David X" ... "colleague X Tower", "an der X-Bühne")."""
    if text is not None and found:
        named = _persons_words(text, ents)
        if named:
            found = [
                (s, e)
                for s, e in found
                if not any(
                    not (a < e and s < b) for w in _NAME_WORD.findall(text[s:e]) for a, b in named.get(w, ())
                )
            ]
    if not found:
        return ents
    exact = (
        {(s, e): i for i, (s, e, lab) in enumerate(ents) if relabel is True or lab == relabel}
        if relabel
        else {}
    )
    out = list(ents)
    taken = Overlaps((s, e) for s, e, _ in ents)
    new = []
    for s, e in found:
        if (s, e) in exact:
            out[exact[(s, e)]] = (s, e, "PLACE")
        elif not taken(s, e):
            new.append((s, e, "PLACE"))
    return sorted(out + new) if new or relabel else ents
