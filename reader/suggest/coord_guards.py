"""Signs that a name joined by a conjunction to a place is no place, shared by the names stage's list vote
(name_neighbours.coordinate) and the coordination place pass (places_coord): a surname of a person the text
names in full, a word the text also writes in lower case, a German common noun, a Polish surname in the
nominative ("in Cork and X said", "in Berlin und Umgebung", "w Tarnowie i X-ski")."""

from __future__ import annotations

import re

from .gazetteer import place_weight
from .name_cues import _is_org_word
from .places_de import _DE_NOUN_ENDINGS
from .places_pl import _PL_BODY_KINDS

# German nouns are capitalised: these endings make nouns ("Umgebung", "Region", "Verwaltung"), and a land word
# after a preposition is a noun too ("Umland", "Ausland", "Hinterland")
_DE_COMMON_ENDINGS = (*_DE_NOUN_ENDINGS, "ion", "tum")
_DE_PREP_LAND = re.compile(r"(?:um|aus|in|hinter|vor|fest)land")
# a Polish nominative surname or adjective, never the case a place listed after "w X i" takes
_PL_NOMINATIVE_SURNAME = ("ski", "cki", "dzki")


def person_words(names: dict[str, str]) -> dict[str, set[str]]:
    """Each word of the full names (two words or more) labelled PERSON in `names` (name -> label), with the
    names it is in."""
    out: dict[str, set[str]] = {}
    for n, lab in names.items():
        if lab == "PERSON" and " " in n:
            for w in n.split():
                out.setdefault(w, set()).add(n)
    return out


def not_a_listed_place(name: str, text: str, lang: str, persons: dict[str, set[str]]) -> bool:
    """Whether `name`, joined by a conjunction to a place, is something else by a general sign."""
    if place_weight(name) >= 3:
        return False  # a country, a region or a large city
    words = name.split()
    lw = name.lower()
    if any(persons.get(w, set()) - {name} for w in words):
        return True  # "Tom X ... in Cork and X was cheered" (a place its own shape makes a person stays)
    if any(_is_org_word(w, lang) or w in _PL_BODY_KINDS for w in lw.split()):
        return True  # a body's word ("in Hamburg und Feuerwehr", "w Krakowie i Straż pożarna")
    if lw != name and re.search(rf"(?<!\w){re.escape(lw)}(?!\w)", text):
        return True  # the text writes it in lower case elsewhere: a common word
    if lang == "de" and len(words) == 1 and not place_weight(name):
        if lw.endswith(_DE_COMMON_ENDINGS) or _DE_PREP_LAND.fullmatch(lw):
            return True
    return lang == "pl" and len(words) == 1 and lw.endswith(_PL_NOMINATIVE_SURNAME)
