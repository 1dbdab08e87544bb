"""import-annotations: read JSONL, brat and W3C exports back into the matching articles.

An exported article is matched by the content hash of its text (the JSONL text, the brat .txt, the
urn:sha256: source of a W3C target), or by an explicit mapping {name or hash: article id}. Each span is
placed at its offsets when the text there is the same, else re-anchored by its quote and context
(reader.anchor.reanchor); exact duplicates of stored annotations are skipped; everything that cannot
be placed is reported, not raised."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.anchor import context, reanchor
from reader.errors import InvalidInput, NotFound, ReaderError
from reader.export.brat_format import (
    CLAIMANT_RELATION,
    META_PREFIXES,
    QUANTITY_RELATION,
    STATUS_ATTRIBUTE,
    status_from_value,
    unescape,
)
from reader.export.spans import URN_SHA256
from reader.models import ORIGINS
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


@dataclass
class ArticleIn:
    ref: str  # how the report names it (file, line)
    keys: list[str]  # what --map may call it: file name, content hash, exported id, URL
    content_hash: str | None
    spans: list[SpanIn] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    articles: int = 0
    added: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)


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
        raise InvalidInput(f"cannot read {path}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text") from None
    return report


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
    if not article.spans and article.problems:
        return  # nothing readable: already reported
    try:
        article_id = _resolve(store, article, mapping)
    except NotFound as e:
        report.problems.append(f"{article.ref}: {e}")
        return
    if article_id is None:
        report.problems.append(
            f"{article.ref}: no article with this text in the database ({len(article.spans)} annotations not "
            "imported); import the article first or map it with --map NAME=ARTICLE_ID"
        )
        return
    report.articles += 1
    text = store.get_article(article_id).text
    seen = {_dedupe_key(a.label, a.start, a.end, a.note, a.claimant, a.claim_status): a.id
            for a in store.annotations(article_id)}  # fmt: skip
    ids: dict[str, int] = {}
    pending: dict[int, list[str]] = {}
    # Quantities before the claims that link them.
    ordered = sorted(article.spans, key=lambda s: bool(s.quantities))
    for span in ordered:
        try:
            label = store.get_label(span.label)
        except InvalidInput:
            report.problems.append(f"{article.ref}: {_describe(span)}: unknown label {span.label}")
            continue
        placed = _place(text, span)
        if placed is None:
            report.problems.append(
                f"{article.ref}: {_describe(span)}: text not found in article {article_id}"
            )
            continue
        start, end = placed
        is_claim = label.kind == "claim"
        claimant = span.claimant if is_claim else None
        status = (span.claim_status or "unverified") if is_claim else None
        key = _dedupe_key(label.name, start, end, span.note, claimant, status)
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
            )
        except ReaderError as e:
            report.problems.append(f"{article.ref}: {_describe(span)}: {e}")
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


def _dedupe_key(label: str, start: int, end: int, note: str | None, claimant: str | None, status: str | None):
    return (label.upper(), start, end, note or None, claimant or None, status or None)


# -- JSONL -----------------------------------------------------------------------------------------


def read_jsonl(path: Path) -> Iterator[ArticleIn]:
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            ref = f"{path.name} line {lineno}"
            try:
                data = json.loads(line)
                yield _jsonl_article(ref, data)
            except (ValueError, TypeError, KeyError, AttributeError) as e:
                yield ArticleIn(ref, [], None, problems=[f"{ref}: not an exported article ({e})"])


def _jsonl_article(ref: str, data: dict) -> ArticleIn:
    text = data.get("text")
    digest = content_hash(text) if text else data.get("content_hash")
    article = ArticleIn(ref, [str(data.get("id", "")), digest or "", data.get("source") or ""], digest)
    for sp in data.get("spans", []):
        start, end = sp.get("start"), sp.get("end")
        quote = sp.get("text") or ""
        prefix = suffix = ""
        if text and isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            quote = text[start:end]
            prefix, suffix = context(text, start, end)
        article.spans.append(
            SpanIn(
                key=str(sp.get("id", len(article.spans))),
                label=str(sp["label"]),
                start=start,
                end=end,
                quote=quote,
                prefix=prefix,
                suffix=suffix,
                note=sp.get("note"),
                annotator=sp.get("annotator"),
                origin=sp.get("origin") or "manual",
                created=sp.get("created"),
                updated=sp.get("updated"),
                claimant=sp.get("claimant"),
                claim_status=sp.get("claim_status"),
                quantities=[str(q) for q in sp.get("quantities") or []],
            )
        )
    return article


# -- brat ------------------------------------------------------------------------------------------


def read_brat(path: Path) -> Iterator[ArticleIn]:
    files = sorted(path.glob("*.ann")) if path.is_dir() else [path]
    if not files:
        raise InvalidInput(f"no .ann files in {path}")
    for ann_path in files:
        txt_path = ann_path.with_suffix(".txt")
        text = txt_path.read_text(encoding="utf-8") if txt_path.exists() else None
        yield parse_brat(ann_path.name, ann_path.stem, ann_path.read_text(encoding="utf-8"), text)


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
                start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
                prefix = suffix = ""
                if text is not None and 0 <= start < end <= len(text):
                    quote = text[start:end]
                    prefix, suffix = context(text, start, end)
                spans[tag] = SpanIn(tag, label, start, end, quote, prefix, suffix)
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
            article.problems.append(f"{ref} line {lineno}: cannot read {line[:60]!r}")
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
        else:
            setattr(span, field_name, value)
    article.spans = list(spans.values())
    return article


# -- W3C Web Annotation ----------------------------------------------------------------------------


def read_w3c(path: Path) -> Iterator[ArticleIn]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise InvalidInput(f"{path} is not JSON: {e}") from None
    articles: dict[str, ArticleIn] = {}
    for n, item in enumerate(_w3c_items(data), 1):
        ref = f"{path.name} item {n}"
        try:
            source, scope, span = _w3c_span(item, n)
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            articles.setdefault("", ArticleIn(path.name, [], None)).problems.append(f"{ref}: {e}")
            continue
        if source not in articles:
            digest = source[len(URN_SHA256) :] if source.startswith(URN_SHA256) else None
            articles[source] = ArticleIn(f"{path.name} ({source})", [source, scope or ""], digest)
        articles[source].spans.append(span)
    yield from articles.values()


def _w3c_items(data: object) -> Iterable[dict]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if "items" in data:
            return data["items"]
        if isinstance(data.get("first"), dict):
            return data["first"].get("items", [])
        if data.get("type") == "Annotation":
            return [data]
    raise InvalidInput("not a W3C annotation, page or list of annotations")


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _w3c_span(item: dict, n: int) -> tuple[str, str | None, SpanIn]:
    target = _as_list(item.get("target"))[0]
    if isinstance(target, str):
        raise ValueError("the target has no selector")
    source, scope = target["source"], target.get("scope")
    quote, start, end, prefix, suffix = None, None, None, "", ""
    for sel in _as_list(target.get("selector")):
        if sel.get("type") == "TextQuoteSelector":
            quote, prefix, suffix = sel["exact"], sel.get("prefix", ""), sel.get("suffix", "")
        elif sel.get("type") == "TextPositionSelector":
            start, end = int(sel["start"]), int(sel["end"])
    if quote is None:
        raise ValueError("no TextQuoteSelector")
    label = note = status = None
    for body in _as_list(item.get("body")):
        purpose = body.get("purpose") if isinstance(body, dict) else None
        value = body.get("value") if isinstance(body, dict) else body
        if purpose in ("tagging", "classifying") and label is None:
            label = value
        elif purpose == "commenting":
            note = value
        elif purpose == "assessing":
            status = value
    if not label:
        raise ValueError("no tagging body naming a label")
    creator = item.get("creator")
    annotator = creator.get("name") if isinstance(creator, dict) else creator
    span = SpanIn(
        key=str(item.get("id", n)),
        label=str(label),
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        note=note,
        annotator=annotator,
        origin=item.get("reader:origin") or "manual",
        created=item.get("created"),
        updated=item.get("modified"),
        claimant=item.get("reader:claimant"),
        claim_status=item.get("reader:claimStatus") or status,
        quantities=[str(q) for q in _as_list(item.get("reader:quantities"))],
    )
    return source, scope, span
