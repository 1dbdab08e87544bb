"""A place pass for every language: a name joined by "and" to a place is a place too."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .coord_guards import not_a_listed_place, person_words
from .gazetteer import _NOT_PLACES
from .name_cues import _FIRST_NAMES, _is_org_word
from .place_shapes import _with_places
from .places_pl import _pl_first_name
from .spans import Span

# A single name joined by a conjunction to a place the rules found, which no rule took, is a place too: "de
# Argelia y X", "los alcaldes de Allande e X", "en Vitoria-Gasteiz Sur y X-Varea", "w X Starym i Y-Kolonii",
# "z X Wielkiego i Y-Kolonii" (missed in h11, h14 (2), h15 (2); of the 94 names so joined in the tune files,
# the rest are gold places found already, or inside a longer place). Not a name that a place's longer name
# goes on from ("Fuentes de X", "L'Hospitalet"), nor a first name, a body's word or a word of a person's name.
_CONJ = {
    "en": "and|or",
    "de": "und|oder",
    "fr": "et|ou",
    "es": "y|e|o",
    "nl": "en|of",
    "pl": "i|oraz|lub|albo",
}
_NAME = r"(?P<n>[^\W\d_][^\W\d_]+(?:-[^\W\d_][^\W\d_]*)*)"
# after the name: a word of a longer name ("Fuentes de Andalucía", "Wijk aan Zee"), or an apostrophe
_GOES_ON = re.compile(r"['’]| (?:[a-zà-ÿ]{1,4} )?[^\W\d_a-zß-ÿąćęłńóśźż]")


@lru_cache(maxsize=8)
def _after_place(lang: str) -> re.Pattern[str]:
    return re.compile(rf" (?:{_CONJ[lang]}) {_NAME}(?![\w\-])")


def add_coordinated_places(text: str, ents: list[Span], lang: str) -> list[Span]:
    """The entities with each free single name joined by a conjunction to a place added as a place."""
    if lang not in _CONJ:
        return ents
    rx = _after_place(lang)
    found = []
    persons = person_words({text[a:b]: lab for a, b, lab in ents})
    orgs = {text[a:b] for a, b, lab in ents if lab == "ORG"}
    for _, e, lab in ents:
        if lab != "PLACE" or not (m := rx.match(text, e)):
            continue
        name = m.group("n")
        lw = name.lower()
        if not name[:1].isupper() or _GOES_ON.match(text, m.end()) or name in _NOT_PLACES:
            continue
        if (
            lw in _FIRST_NAMES
            or _is_org_word(lw, lang)
            or (lang == "pl" and _pl_first_name(lw.split("-")[0]))
            or name in orgs  # a body the text names elsewhere ("Tesco staff ... in Leeds and Tesco")
            or not_a_listed_place(name, text, lang, persons)
        ):
            continue
        found.append(m.span("n"))
    return _with_places(ents, found, False, text) if found else ents


def coordinated_places(lang: str) -> Callable[[str, list[Span]], list[Span]]:
    """The pass for `lang`."""
    return lambda text, ents: add_coordinated_places(text, ents, lang)
