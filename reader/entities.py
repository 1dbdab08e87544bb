"""The entity index: grouping annotated entities across articles by a normalised key (pure, no I/O).

    entity_key("Kurose’s") == entity_key("  KUROSE's ") == "kurose"

The store groups annotations with this key (registered as an SQL function on its connection) and
returns EntityGroup and Mention rows; this module only holds the pure parts and the dataclasses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from reader.errors import NotFound

__all__ = ["EntityGroup", "Mention", "entity_id_ref", "entity_key"]

_MAX_ID = 2**63 - 1  # the largest id SQLite stores

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'"})
_EDGE_QUOTES = "'\"“”„«»‹›"


def entity_key(text: str) -> str:
    """The grouping key of an entity's text: NFKC, case-folded, white space collapsed, typographic
    apostrophes made plain, surrounding quotes and a final possessive ('s or s') removed.
    Idempotent: entity_key(entity_key(x)) == entity_key(x)."""
    key = unicodedata.normalize("NFKC", text or "").translate(_APOSTROPHES).casefold()
    key = " ".join(key.split())
    while True:
        before = key
        key = key.strip(_EDGE_QUOTES + " ")
        if key.endswith("s'") and len(key) > 2:
            key = key[:-1]  # plural possessive: keep the s ("the joneses'" -> "the joneses")
        elif key.endswith("'s") and len(key) > 2:
            key = key[:-2]
        key = key.strip(_EDGE_QUOTES + " ")
        if key == before:
            return key


def entity_id_ref(name: str) -> int | None:
    """The id in `#ID` (an entity named by its id, as `reader entities` lists it), else None. An id
    no entity can have (2^63 or more, digits such as "²" that are no ASCII number) is NotFound."""
    name = name.strip()
    if not (name.startswith("#") and name[1:].isdigit()):
        return None
    digits = name[1:]
    if not re.fullmatch(r"[0-9]+", digits) or int(digits) > _MAX_ID:
        raise NotFound(f"no entity with id {digits}")
    return int(digits)


@dataclass
class EntityGroup:
    """One line of the entity index: one entity and the annotations linked to it (its mentions).
    text is its canonical name, key the entity_key of that name."""

    label: str
    key: str  # entity_key of the texts: pass it to Store.entity_mentions
    text: str  # the most frequent surface form, for display
    mentions: int  # annotations
    articles: int  # distinct articles
    entity_id: int | None = None  # the entity (reader.models.Entity) this line is
    aliases: list[str] = field(default_factory=list)  # its names, the canonical one first
    claims: int = 0  # claims it is the claimant of


@dataclass
class Mention:
    """One annotation of an entity, with the sentence around it."""

    annotation_id: int
    article_id: int
    article_title: str | None
    label: str
    start: int  # offsets into the article text
    end: int
    text: str
    sentence: str  # the sentence (or up to ~300 characters each side) containing the mention
    sentence_start: int  # article offset of sentence[0]: the mention is sentence[start - sentence_start:...]
    field: str = "body"  # where start and end count: the body, or the title, byline or dateline
