"""English place passes: names ending in a landmark word ("X Head", "X Common"), Gaelic and Welsh
landform names ("Loch X", "Llyn X")."""

from __future__ import annotations

import re

from .lexicon import STOP, TITLES
from .name_cues import _FIRST_NAMES, _is_org_word
from .place_shapes import _WORD_BEFORE, _with_places


def _after_title(text: str, start: int) -> bool:
    """Whether the word just before `start` is a title or a role ("manager X Range", "singer Ard X"): the
    name after it is a person's."""
    wb = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return wb is not None and wb.group(1).lower().strip(",;:()") in TITLES


# An English name of two words ending in a word for a headland, common, halt, range, chase, cross, mill,
# tower or triangle ("off X Head", "the edge of X Common", "at X Halt", "the X Range") is a place: read as
# PERSON or missed in h9, h10, h11, h12, h13 (2), h14, h15 (2); none is a person or a body in the tune files
# (those have a first name, "Emma Cross", or a word after, "X Mill Ltd"). After a lower-case word, on a free
# span or a PERSON of exactly that span.
_EN_LANDMARK = re.compile(
    r"(?<=[a-z] )(?P<a>[A-Z][a-z]+) (?:Head|Common|Halt|Range|Chase|Cross|Mill|Tower|Triangle)"
    r"(?![\w\-'’])(?!\s+[A-Z])"
)


def add_english_landmarks(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each English name ending in a landmark word made a place (added where free, or a
    PERSON of exactly its span relabelled)."""
    found = [
        (m.start(), m.end())
        for m in _EN_LANDMARK.finditer(text)
        if (lw := m.group("a").lower()) not in _FIRST_NAMES
        and lw not in STOP
        and not _is_org_word(lw, "en")
        and not _after_title(text, m.start())
    ]
    return sorted(_with_places(ents, found, relabel="PERSON", text=text))


# A Gaelic or Welsh kind of place before a name ("Loch X", "Eilean X" an island, "Ard X" a height, "Abhainn
# X" a river, "Llyn X" a lake) is a place in English text: read as PERSON or missed in h10, h12 (2), h13.
# Added where free or relabelled from a PERSON of exactly the span; not with a capitalised word after it
# ("Loch X Salmon Ltd", a firm).
_GAELIC_PLACE = re.compile(
    r"(?<![\w\-])(?:Loch|Lough|Eilean|Ard|Abhainn|Beinn|Sgurr|Allt|Cnoc|Llyn|Afon|Mynydd|Cwm) "
    r"[A-ZÀ-Þ][\w'’]+(?![\w\-])(?!\s+[A-Z])"
)


def add_gaelic_places(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each Gaelic or Welsh landform name made a place (added where free, or a PERSON of
    exactly its span relabelled)."""
    found = [(m.start(), m.end()) for m in _GAELIC_PLACE.finditer(text) if not _after_title(text, m.start())]
    return sorted(_with_places(ents, found, relabel="PERSON", text=text))
