"""Dutch place passes: waters and tunnels named in one word after an article, regions named with a
place adjective."""

from __future__ import annotations

import re

from .name_cues import _is_org_word
from .place_shapes import _with_places

# A Dutch water or tunnel named in one word after "de" / "het" ("aan het Xdiep", "aan het Xkanaal", "aan de
# Xvaart", "de Xtunnel"): Dutch capitalises no common noun, so such a word is a name, a place in h6, h10,
# h12, h13, h14 (all five missed; "Vervoerder Xvaart", a firm, has no article).
_NL_WATER = re.compile(
    r"(?<![\w\-])(?:de|het) (?P<w>[A-Z][a-zâêéèëïöü]{2,}(?:kanaal|vaart|diep|gracht|sloot|sleat|tunnel))(?![\w\-])"
)


def add_dutch_waters(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each Dutch water or tunnel named in one word after an article added as a place
    where no entity is."""
    return _with_places(
        ents, [(m.start("w"), m.end("w")) for m in _NL_WATER.finditer(text)], relabel=False, text=text
    )


# A Dutch region named with an adjective of a place ("-se", "-sche", "-er") and a name after "de" / "het"
# ("in de Antwerpse X", "over de Drentse X", "in de Dokkumer X") is a place: missed in h11, h12, h13. Not a
# body ("de Vlaamse Regering": an organisation word) nor an abstract noun ("de Nederlandse Xcultuur", a
# body's complement); on a span no rule took, with no capitalised word after it.
_NL_ADJ_REGION = re.compile(
    r"(?<![\w\-])(?:de|het) (?P<n>[A-Z][a-zâêéèëïöü]+(?:se|sche|er) (?P<w>[A-Z][a-zâêéèëïöü]+))"
    r"(?![\w\-])(?!\s+[A-Z])"
)
_NL_ABSTRACT_ENDINGS = ("ing", "heid", "schap", "teit", "atie", "tuur", "ij", "isme", "ie", "ei")


def add_dutch_adjective_regions(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each Dutch region named with a place adjective and a name added as a place where
    no entity is."""
    found = [
        (m.start("n"), m.end("n"))
        for m in _NL_ADJ_REGION.finditer(text)
        if not _is_org_word(m.group("w").lower(), "nl")
        and not m.group("w").lower().endswith(_NL_ABSTRACT_ENDINGS)
    ]
    return _with_places(ents, found, relabel=False, text=text)
