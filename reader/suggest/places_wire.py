"""An agency wire's dateline: the place that opens a line before the agency's name in brackets ("MASERU,
Dec 5 (Reuters) -", "TOAMASINA (AFP) –", "Bogotá, 6 dic (EFE).-", "Wilno (PAP) –", "Lindenau (dpa) -") is a place, whatever
the rules made of a word in capitals; the agency is an organisation."""

from __future__ import annotations

import re

from .spans import Overlaps, Span

# Words of the place are joined by a space only: a hyphen is part of a word ("Aix-En-Provence" is
# one), and as a joiner too it let "A-A-A-…" split in every way (cubic: 2,000 characters, 14 s).
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]+(?:[ ][A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’\-]+){0,2})"
    r"(?:,[ \t]+[^()\n]{1,25}?)?[ \t]+\((?P<agency>[A-Z][A-Za-z/]{1,10}(?:[ /][A-Z][A-Za-z]{1,10})?|[a-z]{2,4})\)"
    r"[ \t]*(?:[-–—.:]|$)",
    re.MULTILINE,
)


def wire_dateline_places(text: str, ents: list[Span]) -> list[Span]:
    """The entities with each wire dateline's place labelled PLACE (entities inside it dropped) and its
    agency an ORG ("(AFP)", "(dpa)": the German agency writes itself in lower case)."""
    found = list(_DATELINE.finditer(text))
    if not found:
        return ents
    spans = [m.span("place") for m in found]
    inside = Overlaps(spans)
    out = [e for e in ents if not inside(e[0], e[1])]
    taken = Overlaps([(e[0], e[1]) for e in out])
    agencies = [m.span("agency") for m in found if not taken(*m.span("agency"))]
    return sorted(out + [(a, b, "PLACE") for a, b in spans] + [(a, b, "ORG") for a, b in agencies])
