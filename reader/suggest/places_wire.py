"""An agency wire's dateline: the place that opens a line before the agency's name in brackets ("MASERU,
Dec 5 (Reuters) -", "TOAMASINA (AFP) –", "Bogotá, 6 dic (EFE).-", "Wilno (PAP) –") is a place, whatever
the rules made of a word in capitals."""

from __future__ import annotations

import re

from .spans import Overlaps, Span

# Words of the place are joined by a space only: a hyphen is part of a word ("Aix-En-Provence" is
# one), and as a joiner too it let "A-A-A-…" split in every way (cubic: 2,000 characters, 14 s).
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]+(?:[ ][A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]+){0,2})"
    r"(?:,[ \t]+[^()\n]{1,25}?)?[ \t]+\((?:[A-Z][A-Za-z/]{1,10})(?:[ /][A-Z][A-Za-z]{1,10})?\)[ \t]*(?:[-–—.:]|$)",
    re.MULTILINE,
)


def wire_dateline_places(text: str, ents: list[Span]) -> list[Span]:
    """The entities with each wire dateline's place labelled PLACE (entities inside it dropped)."""
    spans = [m.span("place") for m in _DATELINE.finditer(text)]
    if not spans:
        return ents
    inside = Overlaps(spans)
    out = [e for e in ents if not inside(e[0], e[1])]
    return sorted(out + [(a, b, "PLACE") for a, b in spans])
