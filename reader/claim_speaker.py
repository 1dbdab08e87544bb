"""Who said a claim: the person or body its sentence attributes it to ("..., said Maria Duval",
"according to the ministry", "The Anglers' Club said ..."), read with the suggester's attribution
rule over the tags the journalist made. The claim form proposes it before any body merely named in
the claim's own words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.suggest.claims import REPORT_RE, _attribution, _Ents, split_sentences

# A paragraph longer than this is looked at only around the claim (a whole book on one line stays quick).
WINDOW = 4000
# Capitalised words right after the reporting verb: '..., said Maria Duval.' with Maria Duval not tagged
_NAME_AFTER = re.compile(r"\s+((?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’\-]*)\s*(?:[.,;!?]|$)")


@dataclass(frozen=True)
class Speaker:
    name: str
    span: tuple[int, int] | None  # the tagged mention it is, if any
    kind: str | None = None  # for a name not tagged: the built-in kind it looks like (None: unknown)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of the paragraph(s) around [start, end) that the claim overlaps, in text offsets."""
    ps = max(text.rfind("\n", 0, start) + 1, start - WINDOW)
    pe = text.find("\n", end)
    pe = min(len(text) if pe < 0 else pe, end + WINDOW)
    return [
        (ps + a, ps + b)
        for a, b in split_sentences(text[ps:pe])
        if ps + a < max(end, start + 1) and start < ps + b
    ]


def _mention(
    name: str, a: int, b: int, start: int, tagged: list[tuple[int, int, str]], text: str
) -> tuple[int, int] | None:
    """The tagged mention a found name stands for: in its sentence, else the last one before the claim."""
    same = [(s, e) for s, e, _ in tagged if text[s:e] == name]
    inside = [sp for sp in same if a <= sp[0] and sp[1] <= b]
    if inside:
        return inside[-1]
    before = [sp for sp in same if sp[0] < start]
    return before[-1] if before else (same[0] if same else None)


def attributed_speaker(text: str, start: int, end: int, tagged: list[tuple[int, int, str]]) -> Speaker | None:
    """The speaker the sentence(s) of the claim text[start:end] name, or None when no sentence
    attributes it. `tagged`: (start, end, built-in label) of the article's PERSON, ORG and PLACE tags."""
    named = sorted(t for t in tagged if t[2] in ("PERSON", "ORG", "PLACE"))
    ents = _Ents(text, named, {})
    # The sentence holding the claim's end first: an attribution trails what it attributes.
    for a, b in reversed(_sentences(text, start, end)):
        claimant, _cut, found = _attribution(text, a, b, ents)
        if claimant:
            span = _mention(claimant, a, b, start, named, text)
            if span is not None:
                return Speaker(claimant, span)
            # "according to the ministry": a body named by a common noun is an organisation
            return Speaker(claimant, None, "ORG" if claimant[:1].islower() else None)
        if found:
            for m in REPORT_RE.finditer(text, a, b):
                if m.group("verb") and (after := _NAME_AFTER.match(text, m.end(), b)):
                    return Speaker(after.group(1).strip(), None)
    return None
