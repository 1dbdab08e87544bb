"""Names suggested as people whose shape says otherwise: a title alone ("Dr" of "Dr. Klaus Wendler", read apart
at its period), two names joined by "&" (a firm: "Pelham & Dray"), "Team" and a name (a team), a name ending in
"House" (a body or a building: "Companies House"). h100: 5 titles alone, 1 firm, 2 teams and 2 bodies among the
tune sets' PERSON false positives; none of them a person in the gold."""

from __future__ import annotations

from .spans import Span

_TITLES_ALONE = frozenset("Dr Dra Prof Mr Mrs Ms Mme Mlle Sr Sra Dhr Mevr Mgr Inż".split())


def person_shapes(text: str, ents: list[Span]) -> list[Span]:
    """The entities with those PERSON suggestions dropped (a title alone) or made organisations."""
    out: list[Span] = []
    for s, e, lab in ents:
        if lab == "PERSON":
            name = text[s:e]
            words = name.split()
            if name in _TITLES_ALONE:
                continue
            if "&" in words or (len(words) >= 2 and (words[0] == "Team" or words[-1] == "House")):
                lab = "ORG"
        out.append((s, e, lab))
    return out
