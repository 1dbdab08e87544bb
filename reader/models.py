"""Plain dataclasses shared by the core, the CLI and the TUI (no I/O, no Textual)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

ARTICLE_STATUSES = ("new", "in progress", "done")
CLAIM_STATUSES = ("unverified", "true", "mostly true", "misleading", "false", "unproven")
LABEL_KINDS = ("entity", "claim")
# Where a claim's fact-check stands (issue 12); a new claim is "unreviewed".
REVIEW_STATES = ("unreviewed", "needs a second check", "reviewed")
ORIGINS = ("manual", "suggested")
# Where a tag stands: the body (its offsets are into the article text) or one of the metadata
# fields shown above it (offsets into that field's text). Issue 12: the dateline place and the
# byline's people reach the entity index and exports.
FIELDS = ("body", "title", "byline", "dateline")
METADATA_FIELDS = FIELDS[1:]


@dataclass
class CleanResult:
    """What the cleaner finds in one page: the article body and its metadata.

    `text` holds body paragraphs separated by one blank line; every field is already normalised
    (NFC, no control characters, \\n line breaks)."""

    text: str
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    agency: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    language: str | None = None
    site: str | None = None
    # The page's own address (canonical link, og:url, JSON-LD, or a dump's URL header line), if it names one.
    url: str | None = None
    # How sure the cleaner is that `text` is the article: 0..1, and why when it is low (reader.clean.confidence).
    confidence: float | None = None
    reason: str | None = None
    # What the cleaner did that bears on confidence ("fallback", "competing regions", ...): input to confidence.
    flags: list[str] = field(default_factory=list)
    # Measures of the chosen region the cleaner took ("second_ratio", "start_share", ...): input to confidence.
    signals: dict[str, float] = field(default_factory=dict)


@dataclass
class Article:
    id: int
    content_hash: str
    source: str | None
    site: str | None
    title: str | None
    byline: str | None
    dateline: str | None
    agency: str | None
    published: str | None
    language: str | None
    text: str
    word_count: int
    status: str
    imported_at: str
    url: str | None = None  # the page's address, when known
    confidence: float | None = None  # the cleaner's, 0..1 (None: cleaned before confidence existed)
    confidence_reason: str | None = None
    body_choice: str | None = None  # JSON reader.body.BodySpec: the journalist chose the body
    text_changed_by: str | None = None  # who last gave it a new text (a body fix, a reclean)
    title_by_hand: bool = False  # the journalist gave the title (reader title, t): reclean keeps it
    raw: str | None = None  # loaded only on request: it can be large


@dataclass
class ArticleRow:
    """One row of the library list: only the columns the list shows."""

    id: int
    title: str | None
    site: str | None
    published: str | None
    word_count: int
    annotation_count: int
    status: str
    confidence: float | None = None


@dataclass
class Label:
    id: int
    name: str
    kind: str
    colour: str
    hotkey: str | None
    description: str | None = None


@dataclass
class Annotation:
    id: int
    article_id: int
    label: str
    kind: str
    start: int
    end: int
    text: str
    prefix: str
    suffix: str
    note: str | None
    annotator: str | None
    created: str
    updated: str
    origin: str = "manual"
    # Claim fields (None / empty for entities).
    claimant: str | None = None
    claim_status: str | None = None
    quantity_ids: list[int] = field(default_factory=list)
    # The entity an entity tag names (reader.store: every entity tag has one) and its canonical name.
    entity_id: int | None = None
    entity: str | None = None
    # Claims as a fact-check: the claimant as an entity (claimant keeps the text shown), the public
    # explanation of the verdict (claim_status; note stays private), who checked it and when, the
    # review state (REVIEW_STATES) and the evidence.
    claimant_entity_id: int | None = None
    claimant_entity: str | None = None
    explanation: str | None = None
    review_state: str | None = None
    checked_by: str | None = None
    checked_at: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    # Not stored: True when the store placed this new tag (or span) on a text that had changed
    # since the writer counted its offsets (Store.add_annotation's seen_text).
    on_new_text: bool = field(default=False, compare=False, repr=False)
    field: str = "body"  # FIELDS: the text start and end count in (the body, the title...)
    # Not a column of annotations: the claimant entity's label, so undo of a delete that took the
    # entity with the claim makes it again of the same label (Store.restore_annotation).
    claimant_label: str | None = dataclasses.field(default=None, compare=False, repr=False)


@dataclass
class Evidence:
    """One piece of evidence for a claim: a URL or a document reference, a quote from it, a note."""

    id: int
    claim_id: int
    source: str
    quote: str | None
    note: str | None
    added_at: str
    added_by: str | None


@dataclass
class Entity:
    """One entity: the mentions (entity tags) that name it, under one canonical name, with the
    aliases (surface forms, one per entity_key) a new tag joins it by."""

    id: int
    label: str
    canonical: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0  # annotations linked to it
    articles: int = 0  # distinct articles of those
    claims: int = 0  # claims it is the claimant of


@dataclass(frozen=True)
class NewClaim:
    """What a claim stored with other tags in one transaction (Store.add_tags: accept all) has
    besides its span: who made it (a text, looked up or made an entity as add_annotation does)
    and its quantities, stored already (quantity_ids) or earlier in the same batch (quantities_at:
    their positions in the tags given)."""

    claimant: str | None = None
    quantity_ids: tuple[int, ...] = ()
    quantities_at: tuple[int, ...] = ()
    claimant_label: str | None = None  # the kind of a claimant made a new entity (default PERSON)
