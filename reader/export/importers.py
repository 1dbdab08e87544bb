"""import-annotations: read JSONL, brat and W3C exports back into the matching articles.

An exported article is matched by the content hash of its text (the JSONL text, the brat .txt, the
urn:sha256: source or reader:text of a W3C target), or by an explicit mapping {name or hash: article id}. Each span is
placed at its offsets when the text there is the same, else re-anchored by its quote and context
(reader.anchor.reanchor); exact duplicates of stored annotations are skipped; everything that cannot
be placed is reported, not raised."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from reader.anchor import context, reanchor
from reader.errors import InvalidInput, NotFound, ReaderError
from reader.export.brat_format import (
    CLAIMANT_RELATION,
    META_PREFIXES,
    META_SUFFIX,
    QUANTITY_RELATION,
    STATUS_ATTRIBUTE,
    status_from_value,
    unescape,
)
from reader.export.spans import URN_SHA256
from reader.models import FIELDS, METADATA_FIELDS, ORIGINS, Evidence
from reader.normalize import normalize_field, normalize_note
from reader.store.store import Store, content_hash

IMPORT_FORMATS = ("jsonl", "brat", "w3c")


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
    # The text start and end count in: the body, or the title, byline or dateline (FIELDS).
    field: str = "body"
    # The export states the span's text and it is what the offsets cover there: a span cut inside
    # a word on purpose (H J K L, `reader retag`) comes back as it was, never refused as a misfit.
    stated: bool = False


@dataclass
class ArticleIn:
    ref: str  # how the report names it (file, line)
    keys: list[str]  # what --map may call it: file name, content hash, exported id, URL
    content_hash: str | None
    spans: list[SpanIn] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unread: int = 0  # annotations in the export that could not be read (each named in problems)


@dataclass
class ImportReport:
    article_ids: set[int] = field(default_factory=set)  # the articles annotations were placed on
    added: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)  # one line each, for the user
    not_imported: int = 0  # annotations of the export that were not imported (unread or not placed)

    @property
    def articles(self) -> int:
        """Articles, not export lines: two lines about one article count once."""
        return len(self.article_ids)


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


def detect_format(path: Path) -> str:
    if path.is_dir() or path.suffix == ".ann":
        return "brat"
    if path.suffix == ".jsonl":
        return "jsonl"
    if path.suffix in (".json", ".jsonld"):
        return "w3c"
    raise InvalidInput(f"cannot tell the format of {path}; give --format jsonl, brat or w3c")


def import_annotations(
    store: Store, path: str | Path, fmt: str | None = None, mapping: dict[str, int] | None = None
) -> ImportReport:
    path = Path(path)
    if not path.exists():
        raise InvalidInput(f"no such file or folder: {path}")
    fmt = (fmt or detect_format(path)).lower()
    readers = {"jsonl": read_jsonl, "brat": read_brat, "w3c": read_w3c}
    if fmt not in readers:
        raise InvalidInput(f"cannot import {fmt!r}; use one of: {', '.join(IMPORT_FORMATS)}")
    mapping = {_norm_key(k): v for k, v in (mapping or {}).items()}
    report = ImportReport()
    try:
        for article in readers[fmt](path):
            apply_article(store, article, mapping, report)
    except OSError as e:
        raise InvalidInput(f"cannot read {path}: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text") from None
    return report


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


def _norm_key(key: str) -> str:
    key = key.strip()
    if key.startswith(URN_SHA256):
        key = key[len(URN_SHA256) :]
    for ext in (".ann", ".txt"):
        if key.endswith(ext):
            key = key[: -len(ext)]
    return key


# -- placing spans ---------------------------------------------------------------------------------


def _resolve(store: Store, article: ArticleIn, mapping: dict[str, int]) -> int | None:
    for key in article.keys:
        if key and _norm_key(key) in mapping:
            article_id = mapping[_norm_key(key)]
            store.get_article(article_id)  # NotFound when the mapping names no article
            return article_id
    if article.content_hash:
        return store.find_by_hash(article.content_hash)
    return None


def _place(text: str, span: SpanIn) -> tuple[int, int] | None:
    s, e = span.start, span.end
    if s is not None and e is not None and 0 <= s < e <= len(text) and text[s:e] == span.quote:
        return s, e
    if not span.quote:
        return None
    return reanchor(text, span.quote, span.prefix, span.suffix, s)


def _describe(span: SpanIn) -> str:
    quote = span.quote if len(span.quote) <= 40 else span.quote[:37] + "..."
    where = f" at {span.start}-{span.end}" if span.start is not None else ""
    return f"{span.label} {quote!r}{where}"


def apply_article(store: Store, article: ArticleIn, mapping: dict[str, int], report: ImportReport) -> None:
    report.problems.extend(article.problems)
    report.not_imported += article.unread
    if not article.spans:
        return  # nothing readable (already reported) or nothing to import
    try:
        article_id = _resolve(store, article, mapping)
    except NotFound as e:
        report.problems.append(f"{article.ref}: {e} ({_annotations(len(article.spans))} not imported)")
        report.not_imported += len(article.spans)
        return
    if article_id is None:
        report.problems.append(
            f"{article.ref}: no article with this text in the database ({_annotations(len(article.spans))} "
            "not imported); import the article first or map it with --map NAME=ARTICLE_ID"
        )
        report.not_imported += len(article.spans)
        return
    report.article_ids.add(article_id)
    stored = store.get_article(article_id)
    # a tag on the title, byline or dateline is placed in that field's value, as the body's in the text
    texts = {name: (stored.text if name == "body" else getattr(stored, name) or "") for name in FIELDS}
    seen = {(a.field, *_dedupe_key(a.label, a.start, a.end, a.note, a.claimant, a.claim_status, a.annotator)): a.id
            for a in store.annotations(article_id, field=None)}  # fmt: skip
    ids: dict[str, int] = {}
    pending: dict[int, list[str]] = {}
    # Quantities before the claims that link them.
    ordered = sorted(article.spans, key=lambda s: bool(s.quantities))
    for span in ordered:
        try:
            label = store.get_label(span.label)
        except InvalidInput:
            report.problems.append(f"{article.ref}: {_describe(span)}: unknown label {span.label}")
            report.not_imported += 1
            continue
        text = texts[span.field]
        placed = _place(text, span)
        if placed is None:
            where = "" if span.field == "body" else f"'s {span.field}"
            report.problems.append(
                f"{article.ref}: {_describe(span)}: text not found in article {article_id}{where}"
            )
            report.not_imported += 1
            continue
        start, end = placed
        stated = span.stated and text[start:end] == span.quote
        refusal = _span_refusal(text, start, end, stated) or _time_refusal(span)
        if refusal:
            report.problems.append(f"{article.ref}: {_describe(span)}: {refusal}")
            report.not_imported += 1
            continue
        span.created, span.updated = _utc(span.created), _utc(span.updated)
        is_claim = label.kind == "claim"
        claimant = span.claimant if is_claim else None
        status = (span.claim_status or "unverified") if is_claim else None
        key = (span.field, *_dedupe_key(label.name, start, end, span.note, claimant, status, span.annotator))
        if key in seen:
            ids[span.key] = seen[key]
            report.duplicates += 1
            continue
        linked = [ids[q] for q in span.quantities if q in ids] if is_claim else []
        try:
            ann = store.add_annotation(
                article_id,
                label.name,
                start,
                end,
                note=span.note,
                annotator=span.annotator,
                origin=span.origin if span.origin in ORIGINS else "manual",
                claimant=claimant,
                claim_status=status,
                quantity_ids=linked,
                created=span.created,
                updated=span.updated or span.created,
                entity_name=span.claimant_entity if is_claim else span.entity,
                claimant_label=_entity_label(store, span.claimant_label) if is_claim else None,
                explanation=span.explanation if is_claim else None,
                review_state=span.review_state if is_claim else None,
                checked_by=span.checked_by if is_claim else None,
                checked_at=span.checked_at if is_claim else None,
                evidence=[_stamped(e) for e in span.evidence] if is_claim else (),
                field=span.field,
            )
        except ReaderError as e:
            report.problems.append(f"{article.ref}: {_describe(span)}: {e}")
            report.not_imported += 1
            continue
        ids[span.key] = seen[key] = ann.id
        report.added += 1
        missing = [q for q in span.quantities if q not in ids] if is_claim else []
        if missing:
            pending[ann.id] = missing
    for claim_id, keys in pending.items():
        found = [ids[q] for q in keys if q in ids]
        lost = [q for q in keys if q not in ids]
        if found:
            current = store.get_annotation(claim_id).quantity_ids
            store.update_annotation(claim_id, quantity_ids=[*current, *found])
        if lost:
            report.problems.append(
                f"{article.ref}: claim {claim_id} links {len(lost)} quantity span(s) that were not imported"
            )


def _entity_label(store: Store, name: str | None) -> str | None:
    """An exported claimant's entity label when this library has it as an entity label, else None
    (the claimant then becomes an entity as a typed one does)."""
    if not name:
        return None
    try:
        label = store.get_label(name)
    except InvalidInput:
        return None
    return label.name if label.kind == "entity" else None


def _stamped(e: Evidence) -> Evidence:
    """Evidence as stored: an import without the time it was added gets the time of the import."""
    from reader.store.store import now

    return e if e.added_at else Evidence(e.id, e.claim_id, e.source, e.quote, e.note, now(), e.added_by)


def _span_refusal(text: str, start: int, end: int, stated: bool = False) -> str | None:
    """Why a placed span cannot be a tag: only white space, or cutting a word (tags in reader cover
    whole words, as the reading view and `reader tag` make them) unless the export stated exactly
    those words (a tag narrowed by one character on purpose)."""
    if not text[start:end].strip():
        return "covers only white space"
    if stated:
        return None
    if start > 0 and _in_word(text, start):
        return f"starts inside the word “{_word_at(text, start)}”"
    if end < len(text) and _in_word(text, end):
        return f"ends inside the word “{_word_at(text, end)}”"
    return None


def _in_word(text: str, i: int) -> bool:
    """Whether a cut before text[i] splits a word (letters or digits on both sides)."""
    return (text[i - 1].isalnum() or text[i - 1] == "_") and (text[i].isalnum() or text[i] == "_")


def _word_at(text: str, i: int) -> str:
    m = re.search(r"\w*$", text[max(0, i - 40) : i])
    n = re.match(r"\w*", text[i : i + 40])
    return (m.group() if m else "") + (n.group() if n else "")


def _parse_time(value: str) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:  # no zone given: taken as UTC, as reader writes them
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp


def _time_refusal(span: SpanIn) -> str | None:
    for name in ("created", "updated"):
        value = getattr(span, name)
        if value is not None and (len(value) > 40 or _parse_time(value) is None):
            shown = value if len(value) <= 40 else value[:37] + "..."
            return f"{name} {shown!r} is not a date and time (ISO 8601, e.g. 2025-03-01T12:00:00Z)"
    return None


def _utc(value: str | None) -> str | None:
    """A timestamp as reader stores them: ISO 8601 in UTC, to the second."""
    if value is None:
        return None
    stamp = _parse_time(value)
    return stamp.astimezone(timezone.utc).isoformat(timespec="seconds") if stamp else None


def _dedupe_key(
    label: str,
    start: int,
    end: int,
    note: str | None,
    claimant: str | None,
    status: str | None,
    annotator: str | None,
):
    # As the store keeps them: free text is neutralised when stored. Per annotator: each one's tags
    # are their own layer (issue 14), so a colleague's identical tag is imported as theirs.
    return (
        label.upper(),
        start,
        end,
        normalize_note(note),
        normalize_field(claimant),
        status or None,
        normalize_field(annotator) or None,
    )


# -- JSONL -----------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> Iterator[ArticleIn]:
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            ref = f"{path.name} line {lineno}"
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield ArticleIn(ref, [], None, problems=[f"{ref}: not UTF-8 text"])
                continue
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as e:
                yield ArticleIn(ref, [], None, problems=[f"{ref}: not valid JSON ({getattr(e, 'msg', e)})"])
                continue
            except RecursionError:
                yield ArticleIn(ref, [], None, problems=[f"{ref}: JSON nested too deeply"])
                continue
            yield _jsonl_article(ref, data)


def _jsonl_article(ref: str, data: object) -> ArticleIn:
    """One exported article; a span with a wrong or missing field is reported and skipped, the
    others are kept."""
    if not isinstance(data, dict):
        return ArticleIn(ref, [], None, problems=[f"{ref}: not an exported article (a line must be an object, "
                                                  f"not {_kind(data)})"])  # fmt: skip
    spans = data.get("spans")
    count = len(spans) if isinstance(spans, list) else 0
    try:
        text = _opt_str(data, "text")
        stored_hash = _opt_str(data, "content_hash")
        keys = [_opt_id(data, "id") or "", _opt_str(data, "source") or ""]
        if spans is not None and not isinstance(spans, list):
            raise Malformed(f"spans is {_kind(spans)}, not a list")
    except Malformed as e:
        note = f" ({_annotations(count)} not imported)" if count else ""
        return ArticleIn(ref, [], None, problems=[f"{ref}: not an exported article: {e}{note}"], unread=count)
    digest = content_hash(text) if text else stored_hash
    article = ArticleIn(ref, [keys[0], digest or "", keys[1]], digest)
    # the exported metadata, for tags on it (an export without a field's value: placed by the quote)
    values = {name: data.get(name) if isinstance(data.get(name), str) else None for name in FIELDS[1:]}
    values["body"] = text
    for n, sp in enumerate(spans or [], 1):
        try:
            article.spans.append(_jsonl_span(sp, values, len(article.spans)))
        except Malformed as e:
            article.problems.append(f"{ref}: span {n}: {e}")
            article.unread += 1
    return article


def _field(data: dict, key: str) -> str:
    """The field a span's offsets count in: "body" (the default), "title", "byline" or "dateline"."""
    on = data.get(key)
    if on is None:
        return "body"
    if on not in FIELDS:
        shown = repr(on)[:30] if isinstance(on, str) else _kind(on)
        raise Malformed(f"{key} is {shown}, not one of {', '.join(FIELDS)}")
    return str(on)


def _jsonl_span(sp: object, values: dict[str, str | None], index: int) -> SpanIn:
    if not isinstance(sp, dict):
        raise Malformed(f"not an object ({_kind(sp)})")
    label = _opt_str(sp, "label")
    if not label or not label.strip():
        raise Malformed("no label")
    on = _field(sp, "field")
    text = values.get(on)
    start, end = _opt_int(sp, "start"), _opt_int(sp, "end")
    given = _opt_str(sp, "text")
    quote, stated = given or "", False
    prefix = suffix = ""
    if text and start is not None and end is not None and 0 <= start < end <= len(text):
        quote, stated = text[start:end], given == text[start:end]
        prefix, suffix = context(text, start, end)
    if not quote and (start is None or end is None):
        raise Malformed("neither offsets (start, end) nor text to place it by")
    return SpanIn(
        key=_opt_id(sp, "id") or str(index),
        label=label,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        note=_opt_str(sp, "note"),
        annotator=_opt_str(sp, "annotator"),
        origin=_opt_str(sp, "origin") or "manual",
        created=_opt_str(sp, "created"),
        updated=_opt_str(sp, "updated"),
        claimant=_opt_str(sp, "claimant"),
        claim_status=_opt_str(sp, "claim_status"),
        quantities=_id_list(sp.get("quantities"), "quantities"),
        explanation=_opt_str(sp, "explanation"),
        review_state=_opt_str(sp, "review_state"),
        checked_by=_opt_str(sp, "checked_by"),
        checked_at=_opt_str(sp, "checked_at"),
        evidence=_evidence_list(sp.get("evidence")),
        field=on,
        stated=stated,
        entity=_opt_str(sp, "entity"),
        claimant_entity=_opt_str(sp, "claimant_entity"),
        claimant_label=_opt_str(sp, "claimant_label"),
    )


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


# -- brat ------------------------------------------------------------------------------------------


def read_brat(path: Path) -> Iterator[ArticleIn]:
    files = sorted(path.glob("*.ann")) if path.is_dir() else [path]
    if not files:
        raise InvalidInput(f"no .ann files in {path}")
    if path.is_dir():  # a metadata pair is read with its article's pair
        files = [f for f in files if not f.stem.endswith(META_SUFFIX)]
    for ann_path in files:
        txt_path = ann_path.with_suffix(".txt")
        try:
            ann = _read_text(ann_path)
        except ValueError as e:
            yield ArticleIn(ann_path.name, [], None, problems=[f"{ann_path.name}: {e}"])
            continue
        try:
            text = _read_text(txt_path) if txt_path.exists() else None
        except ValueError as e:
            yield ArticleIn(ann_path.name, [], None, problems=[f"{txt_path.name}: {e}"])
            continue
        article = parse_brat(ann_path.name, ann_path.stem, ann, text)
        meta_ann = ann_path.with_name(ann_path.stem + META_SUFFIX + ".ann")
        if meta_ann.exists():
            _read_brat_metadata(article, meta_ann)
        yield article


def _read_brat_metadata(article: ArticleIn, meta_ann: Path) -> None:
    """Add the tags of NAME.meta.ann (offsets into NAME.meta.txt: the title, byline and dateline on a
    line each) to the article, each with its field and offsets into that field."""
    meta_txt = meta_ann.with_suffix(".txt")
    try:
        ann = _read_text(meta_ann)
        text = _read_text(meta_txt)
    except ValueError as e:
        article.problems.append(f"{meta_ann.name}: {e}")
        return
    meta = parse_brat(meta_ann.name, meta_ann.stem, ann, text)
    article.problems.extend(meta.problems)
    article.unread += meta.unread
    lines = text.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    for span in meta.spans:
        span.key = "meta:" + span.key
        i = bisect_right(starts, span.start or 0) - 1
        if span.start is None or span.end is None or not 0 <= i < len(METADATA_FIELDS):
            article.problems.append(
                f"{meta_ann.name}: {_describe(span)}: not on the title, byline or dateline line"
            )
            article.unread += 1
            continue
        line, off = lines[i], starts[i]
        a, b = span.start - off, span.end - off
        if not 0 <= a < b <= len(line):
            article.problems.append(f"{meta_ann.name}: {_describe(span)}: crosses a line of {meta_txt.name}")
            article.unread += 1
            continue
        span.field, span.start, span.end, span.quote = METADATA_FIELDS[i], a, b, line[a:b]
        span.prefix, span.suffix = context(line, a, b)
        article.spans.append(span)


_BRAT_LINES = {
    "T": "T<n><TAB>LABEL START END<TAB>text",
    "R": "R<n><TAB>TYPE Arg1:T<a> Arg2:T<b>",
    "A": "A<n><TAB>NAME T<n> VALUE",
    "M": "M<n><TAB>NAME T<n> VALUE",
    "#": "#<n><TAB>AnnotatorNotes T<n><TAB>note",
}


_BRAT_ENTITY = re.compile(r"#[0-9]+ ")
_BRAT_CLAIMANT_ENTITY = re.compile(r"([\w-]+) #[0-9]+ (.+)")


def parse_brat(ref: str, name: str, ann: str, text: str | None) -> ArticleIn:
    digest = content_hash(text) if text else None
    article = ArticleIn(ref, [name, digest or ""], digest)
    spans: dict[str, SpanIn] = {}
    relations: list[tuple[str, str, str]] = []
    notes: list[tuple[str, str]] = []
    statuses: list[tuple[str, str]] = []
    ignored = 0
    for lineno, line in enumerate(ann.split("\n"), 1):
        if not line.strip():
            continue
        tag, _, rest = line.partition("\t")
        try:
            if tag.startswith("T"):
                head, _, quote = rest.partition("\t")
                label, _, offsets = head.partition(" ")
                pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
                if not label or any(len(p) != 2 or p[0] < 0 or p[0] > p[1] for p in pieces):
                    raise ValueError
                start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
                prefix = suffix = ""
                stated = False
                if text is not None and 0 <= start < end <= len(text):
                    stated = len(pieces) == 1 and quote == text[start:end]
                    quote = text[start:end]
                    prefix, suffix = context(text, start, end)
                spans[tag] = SpanIn(tag, label, start, end, quote, prefix, suffix, stated=stated)
            elif tag.startswith("R"):
                kind, arg1, arg2 = rest.split()
                relations.append((kind, arg1.split(":", 1)[1], arg2.split(":", 1)[1]))
            elif tag.startswith("A") or tag.startswith("M"):
                parts = rest.split()
                if parts[0] == STATUS_ATTRIBUTE:
                    statuses.append((parts[1], status_from_value(parts[2])))
            elif tag.startswith("#"):
                head, _, value = rest.partition("\t")
                notes.append((head.split()[1], unescape(value)))
            else:
                ignored += 1
        except (ValueError, IndexError):
            expected = _BRAT_LINES.get(tag[:1], "")
            article.problems.append(
                f"{ref} line {lineno}: cannot read {line[:60]!r}"
                + (f" (expected {expected})" if expected else "")
            )
            if tag.startswith("T"):
                article.unread += 1
    if ignored:
        article.problems.append(f"{ref}: {ignored} event or normalisation lines ignored")
    for kind, arg1, arg2 in relations:
        if arg1 not in spans or arg2 not in spans:
            article.problems.append(f"{ref}: relation {kind} {arg1} {arg2} names a missing span")
        elif kind == QUANTITY_RELATION:
            spans[arg1].quantities.append(arg2)
        elif kind == CLAIMANT_RELATION:
            spans[arg1].claimant = spans[arg2].quote
    for target, status in statuses:
        if target in spans:
            spans[target].claim_status = status
    for target, value in notes:
        span = spans.get(target)
        if span is None:
            continue
        for prefix in META_PREFIXES:
            if value.startswith(prefix):
                field_name = prefix[:-2].lower()
                value = value[len(prefix) :]
                break
        else:
            field_name = "note"
        if field_name == "note":
            span.note = value if span.note is None else span.note + "\n" + value
        elif field_name == "entity":  # "#ID canonical name": the id is the exporting library's
            span.entity = _BRAT_ENTITY.sub("", value, count=1)
        elif field_name == "claimantentity":  # "LABEL #ID canonical name"
            m = _BRAT_CLAIMANT_ENTITY.fullmatch(value)
            if m:
                span.claimant_label, span.claimant_entity = m.group(1), m.group(2)
        else:
            setattr(span, field_name, value)
    article.spans = list(spans.values())
    return article


# -- W3C Web Annotation ----------------------------------------------------------------------------


def read_w3c(path: Path) -> Iterator[ArticleIn]:
    try:
        data = json.loads(_read_text(path))
    except RecursionError:
        raise InvalidInput(f"{path} is JSON nested too deeply to be annotations") from None
    except json.JSONDecodeError as e:
        raise InvalidInput(f"{path} is not JSON: {e}") from None
    except ValueError as e:
        raise InvalidInput(f"cannot import {path}: {e}") from None
    articles: dict[str, ArticleIn] = {}
    unreadable = ArticleIn(path.name, [], None)
    for n, item in enumerate(_w3c_items(data), 1):
        ref = f"{path.name} item {n}"
        try:
            source, scope, span, text_ref = _w3c_span(item, n)
        except Malformed as e:
            unreadable.problems.append(f"{ref}: {e}")
            unreadable.unread += 1
            continue
        # The cleaned text the offsets count in: reader:text when the source is the page's URL.
        ref_text = text_ref if text_ref and text_ref.startswith(URN_SHA256) else source
        key = f"{source}\n{ref_text}"
        if key not in articles:
            digest = ref_text[len(URN_SHA256) :] if ref_text.startswith(URN_SHA256) else None
            keys = [source, scope or ""] + ([ref_text] if ref_text != source else [])
            articles[key] = ArticleIn(f"{path.name} ({source})", keys, digest)
        articles[key].spans.append(span)
    if unreadable.problems:
        yield unreadable
    yield from articles.values()


def _w3c_items(data: object) -> list:
    items: object = None
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        if "items" in data:
            items = data["items"]
        elif isinstance(data.get("first"), dict):
            items = data["first"].get("items", [])
        elif data.get("type") == "Annotation":
            items = [data]
    if items is None:
        raise InvalidInput("not a W3C annotation, page or list of annotations")
    if not isinstance(items, list):
        raise InvalidInput(f"not a W3C annotation page: items is {_kind(items)}, not a list")
    return items


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _w3c_entity(item: dict, key: str, part: str) -> str | None:
    """The name or label of the entity object {id, name, label} an annotation gives under key."""
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise Malformed(f"{key} is {_kind(value)}, not an object")
    return _opt_str(value, part, f"{key} {part}")


def _w3c_span(item: object, n: int) -> tuple[str, str | None, SpanIn, str | None]:
    """One W3C annotation; Malformed, with the reason, when a field is missing or has the wrong type."""
    if not isinstance(item, dict):
        raise Malformed(f"not an annotation object ({_kind(item)})")
    targets = _as_list(item.get("target"))
    if not targets:
        raise Malformed("no target")
    target = targets[0]
    if isinstance(target, str):
        raise Malformed("the target has no selector")
    if not isinstance(target, dict):
        raise Malformed(f"target is {_kind(target)}, not an object")
    source = _opt_str(target, "source", "the target's source")
    if not source or not source.strip():
        raise Malformed("the target has no source")
    scope = _opt_str(target, "scope", "the target's scope")
    text_ref = _opt_str(target, "reader:text", "the target's reader:text")
    quote, start, end, prefix, suffix = None, None, None, "", ""
    for sel in _as_list(target.get("selector")):
        if not isinstance(sel, dict):
            raise Malformed(f"a selector is {_kind(sel)}, not an object")
        if sel.get("type") == "TextQuoteSelector":
            quote = _opt_str(sel, "exact", "TextQuoteSelector exact")
            prefix = _opt_str(sel, "prefix", "TextQuoteSelector prefix") or ""
            suffix = _opt_str(sel, "suffix", "TextQuoteSelector suffix") or ""
        elif sel.get("type") == "TextPositionSelector":
            start = _opt_int(sel, "start", "TextPositionSelector start", digits=True)
            end = _opt_int(sel, "end", "TextPositionSelector end", digits=True)
    if not quote:
        raise Malformed("no TextQuoteSelector with the exact text")
    label = note = status = None
    for body in _as_list(item.get("body")):
        if not isinstance(body, (dict, str)):
            raise Malformed(f"a body is {_kind(body)}, not an object or a string")
        purpose = body.get("purpose") if isinstance(body, dict) else None
        value = _opt_str(body, "value", "a body's value") if isinstance(body, dict) else body
        if purpose in ("tagging", "classifying") and label is None:
            label = value
        elif purpose == "commenting":
            note = value
        elif purpose == "assessing":
            status = value
    if not label or not label.strip():
        raise Malformed("no tagging body naming a label")
    creator = item.get("creator")
    annotator = _opt_str(creator, "name", "the creator's name") if isinstance(creator, dict) else creator
    if annotator is not None and not isinstance(annotator, str):
        raise Malformed(f"creator is {_kind(annotator)}, not a name or an object")
    span = SpanIn(
        key=_opt_id(item, "id") or str(n),
        label=label,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        note=note,
        annotator=annotator,
        origin=_opt_str(item, "reader:origin") or "manual",
        created=_opt_str(item, "created"),
        updated=_opt_str(item, "modified"),
        claimant=_opt_str(item, "reader:claimant"),
        claim_status=_opt_str(item, "reader:claimStatus") or status,
        explanation=_opt_str(item, "reader:explanation"),
        review_state=_opt_str(item, "reader:reviewState"),
        quantities=_id_list(item.get("reader:quantities"), "reader:quantities"),
        field=_field(item, "reader:field"),
        stated=True,  # its TextQuoteSelector's exact text
        entity=_w3c_entity(item, "reader:entity", "name"),
        claimant_entity=_w3c_entity(item, "reader:claimantEntity", "name"),
        claimant_label=_w3c_entity(item, "reader:claimantEntity", "label"),
    )
    return source, scope, span, text_ref
