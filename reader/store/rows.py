"""What the store gives and takes besides the models: result rows, the annotation columns every query
reads, timestamps, hashes, and the checks on values as they enter (spans, label names, colours)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from reader.errors import InvalidInput
from reader.models import (
    REVIEW_STATES,
    Annotation,
    Evidence,
)

# SQLite's own wait for a lock; the store retries writes (with backoff) for up to WRITE_RETRY_S.
BUSY_TIMEOUT_S = 0.2


WRITE_RETRY_S = 30.0
# After this long waiting for another program's write lock, a command says so (Store's on_wait).
WAIT_NOTICE_S = 1.0


_WORD = re.compile(r"\w+")


_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


_ARTICLE_COLS = (
    "id, content_hash, source, site, title, byline, dateline, agency, published, language, text, "
    "word_count, status, imported_at, url, confidence, confidence_reason, body_choice, text_changed_by, "
    "title_by_hand"
)


# CleanResult fields stored as one-line metadata.
_ARTICLE_FIELDS = ("site", "title", "byline", "dateline", "agency", "published", "language")


# A claim's claimant entity's label; looked up only for a claim that has one (most rows don't).
_CLAIMANT_LABEL = (
    "CASE WHEN a.claimant_entity_id IS NOT NULL THEN (SELECT cl.name FROM entities ce "
    "JOIN labels cl ON cl.id = ce.label_id WHERE ce.id = a.claimant_entity_id) END"
)

# The 26 columns of an Annotation (reader.models), read by _annotation().
_ANNOTATION_COLS = f"""
    a.id, a.article_id, l.name, l.kind, a.start, a."end", a.text, a.prefix, a.suffix, a.note,
    a.annotator, a.created, a.updated, a.origin, a.claimant, a.claim_status,
    a.entity_id, (SELECT canonical FROM entities WHERE id = a.entity_id),
    a.claimant_entity_id, (SELECT canonical FROM entities WHERE id = a.claimant_entity_id),
    a.explanation, a.review_state, a.checked_by, a.checked_at, a.field, {_CLAIMANT_LABEL}"""


_ANNOTATION_WIDTH = 26


_ANNOTATION_SELECT = f"""
    SELECT {_ANNOTATION_COLS}
    FROM annotations a JOIN labels l ON l.id = a.label_id
"""


# The fields update_annotation changes (and the history puts back).
EDITABLE = (
    "label",
    "note",
    "start",
    "end",
    "claimant",
    "claim_status",
    "quantity_ids",
    "claimant_entity_id",
    "explanation",
    "review_state",
    "checked_by",
    "checked_at",
)


# A claim's quantities [[id, text], ...] in text order, and its evidence, as JSON (NULL when none).
_QUANTITIES_JSON = """(SELECT CASE WHEN count(*) THEN json_group_array(json_array(q.id, q.text, q.start, q."end")) END
    FROM (SELECT q.id, q.text, q.start, q."end" FROM claim_quantities c JOIN annotations q ON q.id = c.quantity_id
          WHERE c.claim_id = a.id ORDER BY q.start, q.id) q)"""


_EVIDENCE_JSON = """(SELECT CASE WHEN count(*) THEN json_group_array(json_array(
        ev.id, ev.claim_id, ev.source, ev.quote, ev.note, ev.added_at, ev.added_by)) END
    FROM (SELECT * FROM evidence WHERE claim_id = a.id ORDER BY id) ev)"""


def _claim_parts(r: Sequence, at: int) -> tuple[Annotation, list[str]]:
    """The Annotation of a row with _ANNOTATION_COLS first and, from `at`, _QUANTITIES_JSON and
    _EVIDENCE_JSON; and its quantities' texts in text order."""
    ann = _annotation(r)
    quantities = json.loads(r[at]) if r[at] else []
    ann.quantity_ids = sorted(q[0] for q in quantities)
    ann.evidence = [Evidence(*e) for e in json.loads(r[at + 1])] if r[at + 1] else []
    return ann, [q[1] for q in quantities]


def _annotation(r: Sequence) -> Annotation:
    """An Annotation from the _ANNOTATION_COLS of a row (quantities and evidence filled in later)."""
    ann = Annotation(*[*r[:16], [], *r[16:24]])  # one list: mypy pairs each star with the rest
    ann.field = r[24]
    ann.claimant_label = r[25]
    return ann


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    """De-duplication key: the cleaned article text, so one article saved twice is stored once."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_hash(raw: str) -> str:
    """The saved page's key: a page imported again is the article stored from it, even after its
    text was fixed by hand (which changes the content hash). The same digest as PostgreSQL's
    encode(sha256(convert_to(raw, 'UTF8')), 'hex') (reader.store.pg_schema)."""
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def word_count(text: str) -> int:
    return len(_WORD.findall(text))  # twice as fast as counting finditer matches


@dataclass
class SearchHit:
    id: int
    title: str | None
    site: str | None
    published: str | None
    snippet: str
    rank: float


@dataclass
class ClaimRow:
    """One claim for `reader claims`: the annotation, its article's title and its quantities' texts."""

    annotation: Annotation
    article_title: str | None
    quantity_texts: list[str]
    claimant_label: str | None = None  # the claimant entity's label: PERSON, ORG, PLACE...


@dataclass
class AddResult:
    article_id: int
    created: bool  # False: the same content was already stored


@dataclass
class ExportRow:
    """One annotation with what an export writes beside it: its article's metadata and the texts of
    the quantities a claim links (in text order)."""

    annotation: Annotation
    article_title: str | None
    article_site: str | None
    article_published: str | None
    content_hash: str
    article_source: str | None
    quantity_texts: list[str]
    article_url: str | None = None  # the page's address, when known
    claimant_label: str | None = None  # a claim's claimant entity's label (PERSON, ORG, PLACE...)
    page_hash: str | None = None  # the saved page's hash: the article whatever its text became
    gold: bool = False  # in the reviewer's gold set (reader.store.desk_store), not an annotator's layer
    # A claim's linked quantities as (id, text, start, end), in text order: an export that leaves
    # them out (--label CLAIM) still says which words they are.
    quantities: list[tuple[int, str, int, int]] = field(default_factory=list)


def lenient_text(value: bytes) -> str:
    """A text value that is not valid UTF-8 (a damaged or tampered file) is read with U+FFFD for
    the bad bytes: what can be shown is shown, instead of the whole list failing."""
    return str(value, "utf-8", "replace")


def _check_span(text: str, start: int, end: int, field: str = "body") -> None:
    """A tag's span: inside the text (the body, or the title, byline or dateline it counts in), not
    empty, not only white space."""
    if not (0 <= start < end <= len(text)):
        if 0 <= start <= len(text) and 0 <= end <= len(text) and start >= end:
            raise InvalidInput(f"span {start}-{end} is empty: the end must come after the start")
        where = "the article" if field == "body" else f"the {field}"
        raise InvalidInput(f"span {start}-{end} is outside {where} (0-{len(text)})")
    if not text[start:end].strip():
        raise InvalidInput(f"span {start}-{end} is only white space")


def _review_state(state: str) -> str:
    if state not in REVIEW_STATES:
        raise InvalidInput(f"unknown review state {state!r}; use one of: {', '.join(REVIEW_STATES)}")
    return state


def _label_name(name: str) -> str:
    name = " ".join(name.split()).upper()
    if not name or not re.fullmatch(r"[\w-]+", name):
        raise InvalidInput(f"label names are one word of letters, digits, - or _: {name!r}")
    return name


def _check_colour(colour: str) -> str:
    if not _HEX_COLOUR.match(colour):
        raise InvalidInput(f"colours are written #rrggbb: {colour!r}")
    return colour


def _check_hotkey(hotkey: str | None) -> str | None:
    if hotkey is None:
        return None
    # ASCII 1-9 only: the reading view binds those keys ("²" and "٣" pass isdigit() but no key sends them)
    if len(hotkey) != 1 or hotkey not in "123456789":
        raise InvalidInput(f"hotkeys are the digits 1-9: {hotkey!r}")
    return hotkey
