"""A body named by words a preposition links ("Vivre à Cordelle", "Mayores en Marcha", "Bürger für
Lindach", "Samen voor Ommel"), right after the kind of body it is ("l'association", "la asociación de
jubilados", "die Wählergruppe", "het actiecomité"). The name rules cut such a name at the preposition and
read its last word as a place; after the kind word the whole is the body's name."""

from __future__ import annotations

import re

from .name_cues import _FIRST_NAMES

Span = tuple[int, int, str]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽŁŚŻŹĆ"
_KINDS = (
    r"association|collectif|coordination|liste|asociación|plataforma|colectivo|coordinadora|coalición|"
    r"agrupación|lista|[Ww]ählergruppe|[Ww]ählergemeinschaft|[Bb]ürgerinitiative|[Ii]nitiative|actiecomité|"
    r"actiegroep|bewonersgroep|stichting|vereniging|stowarzyszenie|komitet|campaign group|action group|"
    r"residents' group|coalition"
)
_PREPS = r"à|au|aux|en|por|para|pour|für|for|voor|dla"
_ARTICLES = r"l['’]|la\s|le\s|les\s|el\s|los\s|las\s|der\s|die\s|das\s|the\s|de\s|het\s"
_CAP = rf"[{_UP}][\w\-]*"
_LINKED_RE = re.compile(
    rf"(?<![\w\-])(?:{_KINDS})"
    # at most a few lower-case words between ("de jubilados", "vecinal", "organisatrice,")
    rf"(?:\s+[a-zà-ÿ][\w\-]*){{0,3}},?\s+"
    rf"(?P<name>{_CAP}(?:\s+(?:{_PREPS})\s+(?:{_ARTICLES})?{_CAP}){{1,2}})(?![\w\-])"
)


def linked_names(text: str, ents: list[Span]) -> list[Span]:
    """Each name linked by a preposition right after a kind of body as one ORG (the entities inside go;
    not a person's name: its first word a given name)."""
    out = list(ents)
    for m in _LINKED_RE.finditer(text):
        s, e = m.span("name")
        if m["name"].split()[0].lower() in _FIRST_NAMES:
            continue
        inside = [x for x in out if x[0] < e and s < x[1]]
        if any(x[2] in ("DATE", "QUANTITY") or x[0] < s or x[1] > e for x in inside):
            continue
        out = [x for x in out if x not in inside] + [(s, e, "ORG")]
    return sorted(out)
