"""The readers of import-annotations: JSONL, brat standoff and W3C Web Annotation exports, each
read into ArticleIn records (reader.export.import_fields) for reader.export.importers to place.
A field with a wrong type or missing is reported (Malformed), never raised to the user."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterator
from pathlib import Path

from reader.anchor import context
from reader.errors import InvalidInput
from reader.export.brat_format import (
    CLAIMANT_RELATION,
    META_PREFIXES,
    META_SUFFIX,
    QUANTITY_RELATION,
    STATUS_ATTRIBUTE,
    status_from_value,
    unescape,
)
from reader.export.import_fields import (
    ArticleIn,
    Malformed,
    SpanIn,
    _annotations,
    _describe,
    _evidence_list,
    _field,
    _id_list,
    _kind,
    _opt_id,
    _opt_int,
    _opt_str,
    _read_text,
)
from reader.export.spans import URN_SHA256
from reader.models import FIELDS, METADATA_FIELDS
from reader.store.store import content_hash

# -- JSONL -----------------------------------------------------------------------------------------


CSV_REFUSAL = (
    "{path} is CSV: a CSV export cannot be imported back (it holds no article text to place the tags "
    "in); import the JSONL, brat or W3C export"
)


def read_jsonl(path: Path) -> Iterator[ArticleIn]:
    """One ArticleIn per line. A file none of whose lines is an exported article (reader's CSV
    export, a W3C page given --format jsonl) is one InvalidInput saying what it seems to be, not a
    problem per line."""
    unread: list[ArticleIn] = []  # lines that were not exported articles, held until one line is
    any_json = False
    for article, parsed in _jsonl_lines(path):
        if parsed and not any_json:
            any_json = True
            yield from unread
        if parsed or any_json:
            yield article
        else:
            unread.append(article)
    if unread and not any_json:
        first = unread[0]
        raise InvalidInput(_not_json_lines(path, first.problems[0] if first.problems else f"{first.ref}: "
                                           "an object with neither text nor spans"))  # fmt: skip


def _not_json_lines(path: Path, first: str) -> str:
    with open(path, "rb") as f:
        head = f.read(4096).decode("utf-8-sig", "replace")
    if head.startswith("annotation_id,") or path.suffix.lower() in (".csv", ".tsv"):
        return CSV_REFUSAL.format(path=path)
    if head.lstrip().startswith(("{", "[")):
        try:
            json.loads(_read_text(path))
            return f"{path} is not JSON Lines but one JSON document: a W3C export? give --format w3c"
        except (ValueError, RecursionError):
            pass
    return f"{path} is not a JSONL export: no line of it is an exported article ({first})"


def _jsonl_lines(path: Path) -> Iterator[tuple[ArticleIn, bool]]:
    """(ArticleIn, whether the line is meant as an exported article) for each non-blank line."""
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            ref = f"{path.name} line {lineno}"
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield ArticleIn(ref, [], None, problems=[f"{ref}: not UTF-8 text"]), False
                continue
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as e:
                yield (
                    ArticleIn(ref, [], None, problems=[f"{ref}: not valid JSON ({getattr(e, 'msg', e)})"]),
                    False,
                )
                continue
            except RecursionError:
                yield ArticleIn(ref, [], None, problems=[f"{ref}: JSON nested too deeply"]), True
                continue
            # An object with none of an exported article's keys (a W3C annotation, {}) is no export
            # line; anything else is reported as the export line it is meant to be.
            exported = not isinstance(data, dict) or any(k in data for k in ("spans", "text", "content_hash"))
            yield _jsonl_article(ref, data), exported


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
    article.page_hash = data.get("page_hash") if isinstance(data.get("page_hash"), str) else None
    # the exported metadata, for tags on it (an export without a field's value: placed by the quote)
    values = {name: data.get(name) if isinstance(data.get(name), str) else None for name in FIELDS[1:]}
    values["body"] = text
    for n, sp in enumerate(spans or [], 1):
        try:
            article.spans.append(_jsonl_span(sp, values, len(article.spans)))
        except Malformed as e:
            article.problems.append(f"{ref}: span {n}: {e}")
            article.unread += 1
    aside = data.get("set_aside")
    for n, sp in enumerate(aside if isinstance(aside, list) else [], 1):
        try:
            article.set_aside.append(_set_aside_span(sp, n))
        except Malformed as e:
            article.problems.append(f"{ref}: set-aside tag {n}: {e}")
            article.unread += 1
    return article


def _set_aside_span(sp: object, n: int) -> SpanIn:
    """A tag a body fix set aside: its words, offsets (in the text it came from) and context as
    exported, never placed in the exported text."""
    span = _jsonl_span(sp, {}, n)
    assert isinstance(sp, dict)  # _jsonl_span refuses anything else
    if not span.quote or span.start is None or span.end is None or span.start >= span.end:
        raise Malformed("no text with its start and end")
    span.prefix, span.suffix = _opt_str(sp, "prefix") or "", _opt_str(sp, "suffix") or ""
    span.set_aside_at = _opt_str(sp, "set_aside_at")
    span.claims = _id_list(sp.get("claims"), "claims")
    return span


def _quantity_spans(value: object, what: str) -> dict[str, tuple[int, int, str]]:
    """A claim's quantity_spans: [{id, start, end, text}, ...] -> {id: (start, end, text)}."""
    if value is None:
        return {}
    if not isinstance(value, list):
        raise Malformed(f"{what} is {_kind(value)}, not a list")
    out = {}
    for item in value:
        if not isinstance(item, dict):
            raise Malformed(f"{what} holds {_kind(item)}, not an object")
        key = _opt_id(item, "id")
        start, end = _opt_int(item, "start", f"{what} start"), _opt_int(item, "end", f"{what} end")
        text = _opt_str(item, "text", f"{what} text")
        if key is None or start is None or end is None or not text:
            raise Malformed(f"{what} holds an item without id, start, end and text")
        out[key] = (start, end, text)
    return out


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
        quantity_spans=_quantity_spans(sp.get("quantity_spans"), "quantity_spans"),
        explanation=_opt_str(sp, "explanation"),
        review_state=_opt_str(sp, "review_state"),
        checked_by=_opt_str(sp, "checked_by"),
        checked_at=_opt_str(sp, "checked_at"),
        evidence=_evidence_list(sp.get("evidence")),
        field=on,
        stated=stated,
        gold=sp.get("gold") is True,
        entity=_opt_str(sp, "entity"),
        claimant_entity=_opt_str(sp, "claimant_entity"),
        claimant_label=_opt_str(sp, "claimant_label"),
    )


# -- brat ------------------------------------------------------------------------------------------


def _brat_text(path: Path) -> str:
    """A brat file as reader wrote it: line ends that a Windows editor or git's autocrlf made CRLF
    are LF again (reader's texts hold no carriage return, and its .ann lines escape one as \\r)."""
    return _read_text(path).replace("\r\n", "\n")


def read_brat(path: Path) -> Iterator[ArticleIn]:
    files = sorted(path.glob("*.ann")) if path.is_dir() else [path]
    if not files:
        raise InvalidInput(f"no .ann files in {path}")
    if path.is_dir():  # a metadata pair is read with its article's pair
        files = [f for f in files if not f.stem.endswith(META_SUFFIX)]
    for ann_path in files:
        txt_path = ann_path.with_suffix(".txt")
        try:
            ann = _brat_text(ann_path)
        except ValueError as e:
            yield ArticleIn(ann_path.name, [], None, problems=[f"{ann_path.name}: {e}"])
            continue
        try:
            text = _brat_text(txt_path) if txt_path.exists() else None
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
        ann = _brat_text(meta_ann)
        text = _brat_text(meta_txt)
    except ValueError as e:
        article.problems.append(f"{meta_ann.name}: {e}")
        return
    meta = parse_brat(meta_ann.name, meta_ann.stem, ann, text)
    article.problems.extend(meta.problems)
    article.unread += meta.unread
    lines = text.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    article.metadata = {f: v for f, v in zip(METADATA_FIELDS, lines, strict=False) if v.strip()}
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


# "Field: value" notes whose SpanIn attribute is not the field's name in lower case
_BRAT_FIELDS = {"reviewstate": "review_state", "checkedby": "checked_by", "checkedat": "checked_at"}
_BRAT_ENTITY = re.compile(r"#[0-9]+ ")
_BRAT_QUANTITY = re.compile(r"([0-9]{1,18}) ([0-9]{1,18}) (.+)")
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
        elif field_name == "quantity":  # "START END text": a linked quantity the export left out
            m = _BRAT_QUANTITY.fullmatch(value)
            if m:
                key = f"quantity:{m.group(1)}:{m.group(2)}"
                span.quantities.append(key)
                span.quantity_spans[key] = (int(m.group(1)), int(m.group(2)), m.group(3))
        elif field_name == "gold":
            span.gold = value.strip() == "yes"
        elif field_name == "evidence":  # one JSON object per item, as JSONL writes them
            try:
                span.evidence.extend(_evidence_list([json.loads(value)]))
            except (ValueError, RecursionError) as e:  # Malformed is a ValueError
                article.problems.append(f"{ref}: evidence of {target} not read: {e}")
        else:
            setattr(span, _BRAT_FIELDS.get(field_name, field_name), value)
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
            page = item.get("target", {}).get("reader:page") if isinstance(item.get("target"), dict) else None
            if isinstance(page, str) and page.startswith(URN_SHA256):
                articles[key].page_hash = page[len(URN_SHA256) :]
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
        checked_by=_opt_str(item, "reader:checkedBy"),
        checked_at=_opt_str(item, "reader:checkedAt"),
        evidence=_evidence_list(item.get("reader:evidence")),
        quantities=_id_list(item.get("reader:quantities"), "reader:quantities"),
        quantity_spans=_quantity_spans(item.get("reader:quantitySpans"), "reader:quantitySpans"),
        field=_field(item, "reader:field"),
        stated=True,  # its TextQuoteSelector's exact text
        gold=item.get("reader:gold") is True,
        entity=_w3c_entity(item, "reader:entity", "name"),
        claimant_entity=_w3c_entity(item, "reader:claimantEntity", "name"),
        claimant_label=_w3c_entity(item, "reader:claimantEntity", "label"),
    )
    return source, scope, span, text_ref
