"""What import-annotations reads from an export before placing it: one span (SpanIn) and one
exported article (ArticleIn), and the checks on the fields of JSON exports, each failing with a
reason for the user (Malformed)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reader.models import FIELDS, Evidence


@dataclass
class SpanIn:
    key: str  # the span's id in the export, which claim links refer to
    label: str
    start: int | None
    end: int | None
    quote: str  # the text the span covered when it was exported
    prefix: str = ""
    suffix: str = ""
    note: str | None = None
    annotator: str | None = None
    origin: str = "manual"
    created: str | None = None
    updated: str | None = None
    claimant: str | None = None
    claim_status: str | None = None
    quantities: list[str] = field(default_factory=list)
    # Where each linked quantity stood (key in quantities -> start, end, text): links it again to a
    # stored quantity when the export left it out.
    quantity_spans: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    # The canonical name the export gives the tag's entity, and a claim's claimant entity with its
    # label: used when the importing library has no entity of that label for the text.
    entity: str | None = None
    claimant_entity: str | None = None
    claimant_label: str | None = None
    # A claim's fact-check (JSONL; W3C: explanation and review state): kept as exported.
    explanation: str | None = None
    review_state: str | None = None
    checked_by: str | None = None
    checked_at: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)  # a set-aside quantity: the claims linking it
    # The text start and end count in: the body, or the title, byline or dateline (FIELDS).
    field: str = "body"
    # The export states the span's text and it is what the offsets cover there: a span cut inside
    # a word on purpose (H J K L, `reader retag`) comes back as it was, never refused as a misfit.
    stated: bool = False
    gold: bool = False  # of the reviewer's gold set (export --gold): imported into it
    set_aside_at: str | None = None  # a tag a body fix set aside (JSONL "set_aside"): when


@dataclass
class ArticleIn:
    ref: str  # how the report names it (file, line)
    keys: list[str]  # what --map may call it: file name, content hash, exported id, URL
    content_hash: str | None
    spans: list[SpanIn] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unread: int = 0  # annotations in the export that could not be read (each named in problems)
    # The saved page's hash (an export's page_hash): finds the article when its text changed since.
    page_hash: str | None = None
    # The title, byline and dateline the export gives (brat NAME.meta.txt): an article that has
    # none of one gets it, so the tags on it land (a brat folder imported as new articles).
    metadata: dict[str, str] = field(default_factory=dict)
    # Tags a body fix set aside (JSONL "set_aside"): kept aside again, their offsets in the text
    # they came from.
    set_aside: list[SpanIn] = field(default_factory=list)


class Malformed(ValueError):
    """A field of an export with the wrong type or missing; the message is for the user."""


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _opt_str(data: dict, key: str, what: str | None = None) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise Malformed(f"{what or key} is {_kind(value)}, not a string")


MAX_OFFSET = 2**63 - 1  # what SQLite stores; no article is longer
_OFFSET_DIGITS = re.compile(r"[0-9]{1,18}")


def _opt_int(data: dict, key: str, what: str | None = None, *, digits: bool = False) -> int | None:
    """An offset: a whole number >= 0 (digits=True also takes one written as a string)."""
    value = data.get(key)
    if value is None:
        return None
    # ASCII digits only: "²".isdigit() is true but int("²") fails, and 5,000 digits overflow.
    if digits and isinstance(value, str) and _OFFSET_DIGITS.fullmatch(value.strip()):
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_OFFSET:
        return value
    shown = f" ({value!r})" if isinstance(value, (str, float)) and len(repr(value)) <= 30 else ""
    if isinstance(value, int) and not isinstance(value, bool) and -(10**29) < value < 10**29:
        shown = f" ({value})"
    raise Malformed(f"{what or key} is {_kind(value)}{shown}, not an offset (a whole number >= 0)")


def _opt_id(data: dict, key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str) or isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise Malformed(f"{key} is {_kind(value)}, not a string or a number")


def _id_list(value: object, what: str) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if not (isinstance(item, str) or isinstance(item, int) and not isinstance(item, bool)):
            raise Malformed(f"{what} holds {_kind(item)}, not a span id")
    return [str(q) for q in items]


def _annotations(n: int) -> str:
    return f"{n} annotation{'' if n == 1 else 's'}"


def _read_text(path: Path) -> str:
    """A UTF-8 text file (a BOM is dropped); ValueError with a reason for anything else."""
    if not path.is_file():
        raise ValueError("not a regular file")
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    except OSError as e:
        raise ValueError(f"cannot read: {e.strerror or e}") from None


def _describe(span: SpanIn) -> str:
    quote = span.quote if len(span.quote) <= 40 else span.quote[:37] + "..."
    where = f" at {span.start}-{span.end}" if span.start is not None and span.end is not None else ""
    return f"{span.label} {quote!r}{where}"


def _field(data: dict, key: str) -> str:
    """The field a span's offsets count in: "body" (the default), "title", "byline" or "dateline"."""
    on = data.get(key)
    if on is None:
        return "body"
    if on not in FIELDS:
        shown = repr(on)[:30] if isinstance(on, str) else _kind(on)
        raise Malformed(f"{key} is {shown}, not one of {', '.join(FIELDS)}")
    return str(on)


def _evidence_list(value: object) -> list[Evidence]:
    """A JSONL span's evidence: a list of {source, quote, note, added_at, added_by} objects."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise Malformed(f"evidence holds {_kind(value)}, not a list")
    out = []
    for item in value:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("source"), str)
            or not item["source"].strip()
        ):
            raise Malformed("an evidence item has no source (a URL or a document reference)")
        out.append(
            Evidence(
                None,  # type: ignore[arg-type]  # a new id is given when stored
                0,
                item["source"],
                _opt_str(item, "quote"),
                _opt_str(item, "note"),
                _opt_str(item, "added_at") or "",
                _opt_str(item, "added_by"),
            )
        )
    return out
