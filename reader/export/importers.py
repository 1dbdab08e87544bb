"""import-annotations: read JSONL, brat and W3C exports back into the matching articles.

An exported article is matched by the content hash of its text (the JSONL text, the brat .txt, the
urn:sha256: source or reader:text of a W3C target), or by an explicit mapping {name or hash: article id}. Each span is
placed at its offsets when the text there is the same, else re-anchored by its quote and context
(reader.anchor.reanchor); exact duplicates of stored annotations are skipped; everything that cannot
be placed is reported, not raised."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reader.anchor import reanchor
from reader.errors import InvalidInput, NotFound, ReaderError
from reader.export.import_fields import ArticleIn, SpanIn, _annotations, _describe
from reader.export.import_readers import CSV_REFUSAL, read_brat, read_jsonl, read_w3c
from reader.export.spans import URN_SHA256
from reader.models import FIELDS, ORIGINS, Annotation, Evidence
from reader.normalize import normalize_field, normalize_note
from reader.store.store import Store
from reader.store.tag_import import ImportedTag

IMPORT_FORMATS = ("jsonl", "brat", "w3c")


@dataclass
class ImportReport:
    article_ids: set[int] = field(default_factory=set)  # the articles annotations were placed on
    added: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)  # one line each, for the user
    not_imported: int = 0  # annotations of the export that were not imported (unread or not placed)
    set_aside: int = 0  # tags a body fix set aside in the export, kept aside here
    filled: int = 0  # claims already stored whose missing fact-check the import filled in
    kept: list[str] = field(default_factory=list)  # a line per claim whose stored fact-check differs
    # (article id, the span's id in the export) -> the stored tag it became or duplicated
    placed: dict[tuple[int, str], int] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        """Articles, not export lines: two lines about one article count once."""
        return len(self.article_ids)


def detect_format(path: Path) -> str:
    if path.is_dir() or path.suffix == ".ann":
        return "brat"
    if path.suffix == ".jsonl":
        return "jsonl"
    if path.suffix in (".json", ".jsonld"):
        return "w3c"
    if path.suffix.lower() in (".csv", ".tsv"):
        raise InvalidInput(CSV_REFUSAL.format(path=path))
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
            with store.batch():  # an article's tags in one transaction, each a savepoint of it
                apply_article(store, article, mapping, report)
    except OSError as e:
        raise InvalidInput(f"cannot read {path}: {e.strerror or e}") from None
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
    found = store.find_by_hash(article.content_hash) if article.content_hash else None
    if found is None and article.page_hash:
        # The text changed since the export (fixed with `reader body`, cleaned again): the article
        # cleaned from the same saved page; its tags are placed by their words.
        same_page = store.articles_from_page(article.page_hash)
        if len(same_page) > 1:
            raise NotFound(
                f"no article with this text in the database, and {len(same_page)} articles come from its "
                f"saved page: map it with --map {article.content_hash or article.page_hash}=ARTICLE_ID"
            )
        found = same_page[0] if same_page else None
    return found


def _place(text: str, span: SpanIn) -> tuple[int, int] | None:
    placed = _place_as_given(text, span)
    if placed is None and span.quote and not unicodedata.is_normalized("NFC", span.quote):
        # reader's texts are composed (NFC); another tool may quote its words decomposed
        nfc = {k: unicodedata.normalize("NFC", getattr(span, k)) for k in ("quote", "prefix", "suffix")}
        placed = reanchor(text, nfc["quote"], nfc["prefix"], nfc["suffix"], span.start)
    return placed


def _place_as_given(text: str, span: SpanIn) -> tuple[int, int] | None:
    s, e = span.start, span.end
    if s is not None and e is not None and 0 <= s < e <= len(text) and text[s:e] == span.quote:
        return s, e
    if not span.quote:
        return None
    if s is not None and e is not None and s < e:
        # A JavaScript tool counts UTF-16 code units (an emoji is two): offsets that fit the quote
        # only so are where it stands, whatever occurrence lies nearer the raw number.
        cs, ce = _code_points(text, s), _code_points(text, e)
        if cs is not None and ce is not None and text[cs:ce] == span.quote:
            return cs, ce
    return reanchor(text, span.quote, span.prefix, span.suffix, s)


def _code_points(text: str, units: int) -> int | None:
    """The code-point offset in text of a UTF-16 code-unit offset; None past the end or inside a
    character (or when the text has no character beyond U+FFFF: both counts agree)."""
    if units > 2 * len(text) or all(ord(c) <= 0xFFFF for c in text[:units]):
        return None
    count = 0
    for i, c in enumerate(text):
        if count == units:
            return i
        count += 2 if ord(c) > 0xFFFF else 1
        if count > units:
            return None
    return len(text) if count == units else None


def apply_article(store: Store, article: ArticleIn, mapping: dict[str, int], report: ImportReport) -> None:
    report.problems.extend(article.problems)
    report.not_imported += article.unread
    if not article.spans and not article.set_aside:
        return  # nothing readable (already reported) or nothing to import
    total = len(article.spans) + len(article.set_aside)
    try:
        article_id = _resolve(store, article, mapping)
    except NotFound as e:
        report.problems.append(f"{article.ref}: {e} ({_annotations(total)} not imported)")
        report.not_imported += total
        return
    if article_id is None:
        report.problems.append(
            f"{article.ref}: no article with this text in the database ({_annotations(total)} "
            "not imported); import the article first or map it with --map NAME=ARTICLE_ID"
        )
        report.not_imported += total
        return
    report.article_ids.add(article_id)
    if article.metadata:  # a title, byline or dateline the article has none of (never one it has)
        store.fill_metadata(article_id, article.metadata)
    stored = store.get_article(article_id)
    # a tag on the title, byline or dateline is placed in that field's value, as the body's in the text
    texts = {name: (stored.text if name == "body" else getattr(stored, name) or "") for name in FIELDS}
    # the annotators' layers and the gold set apart: a gold tag is a duplicate only of a gold one
    layers, gold = store.layer_annotations(article_id)
    gold_ids = {a.id for a in gold}
    seen = {(a.field, a.id in gold_ids, *_dedupe_key(a.label, a.start, a.end, a.note, a.claimant, a.annotator)): a.id
            for a in [*layers, *gold]}  # fmt: skip
    ids: dict[str, int] = {}
    pending: dict[int, list[str]] = {}
    # The tags go in together (Store.import_tags), those other than claims first.
    # key -> (start, end, [the span, its duplicates in the file])
    together: dict[tuple, tuple[int, int, list[SpanIn]]] = {}
    claims: list[tuple[SpanIn, int, int, tuple]] = []
    for span in article.spans:
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
        span.created, span.updated, span.checked_at = (
            _utc(span.created),
            _utc(span.updated),
            _utc(span.checked_at),
        )
        is_claim = label.kind == "claim"
        claimant = span.claimant if is_claim else None
        key = (
            span.field,
            span.gold,
            *_dedupe_key(label.name, start, end, span.note, claimant, span.annotator),
        )
        if is_claim:
            claims.append((span, start, end, key))
        elif key in seen:
            ids[span.key] = seen[key]
            report.duplicates += 1
        elif key in together:
            together[key][2].append(span)
            report.duplicates += 1
        else:
            together[key] = (start, end, [span])
    tags = [_imported(span, start, end) for start, end, (span, *_) in together.values()]
    _add_together(store, article.ref, article_id, together, tags, ids, seen, report)
    # Claims after the other tags: their quantities are among those, by id.
    together = {}
    for span, start, end, key in claims:
        if key in seen:
            ids[span.key] = seen[key]
            report.duplicates += 1
            _fill_fact_check(
                store, article.ref, seen[key], span, report
            )  # its verdict and evidence may be new here
        elif key in together:
            together[key][2].append(span)
            report.duplicates += 1
        else:
            together[key] = (start, end, [span])
    tags, missing = [], []
    for start, end, (span, *_) in together.values():
        linked, lost = _quantity_links(span, ids, gold if span.gold else layers, (start, end))
        tags.append(_imported(span, start, end, store, linked))
        missing.append(lost)
    added = _add_together(store, article.ref, article_id, together, tags, ids, seen, report)
    for (key, (_, _, spans)), lost in zip(together.items(), missing, strict=True):
        if key in added:
            if lost:
                pending[added[key]] = lost
            for span in spans[1:]:  # the same claim again in the file: what its fact-check adds
                _fill_fact_check(store, article.ref, added[key], span, report)
    report.placed.update({(article_id, key): ann_id for key, ann_id in ids.items()})
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
    aside = {}
    for span in article.set_aside:
        kept = _keep_aside(store, article.ref, article_id, span, report)
        if kept is not None:
            aside[span.key] = kept
    for span in article.set_aside:  # its links to the tags of this import, by their new ids
        links = [[ids.get(k) or aside.get(k) for k in keys] for keys in (span.quantities, span.claims)]
        if span.key in aside and any(links):
            store.link_set_aside(aside[span.key], *([i for i in found if i] for found in links))


def _imported(
    span: SpanIn, start: int, end: int, store: Store | None = None, quantities: Sequence[int] = ()
) -> ImportedTag:
    """A span placed at start:end as Store.import_tags takes it (a claim's fields given store)."""
    tag = ImportedTag(
        span.label, start, end, field=span.field, note=span.note, annotator=span.annotator,
        origin=span.origin if span.origin in ORIGINS else "manual", created=span.created,
        updated=span.updated or span.created, gold=span.gold, entity_name=span.entity,
    )  # fmt: skip
    if store is None:
        return tag
    return replace(
        tag, entity_name=span.claimant_entity, claimant=span.claimant,
        claimant_label=_entity_label(store, span.claimant_label), claim_status=span.claim_status or "unverified",
        explanation=span.explanation, review_state=span.review_state, checked_by=span.checked_by,
        checked_at=span.checked_at, evidence=[_stamped(e) for e in span.evidence], quantity_ids=list(quantities),
    )  # fmt: skip


def _add_together(
    store: Store,
    ref: str,
    article_id: int,
    together: dict[tuple, tuple[int, int, list[SpanIn]]],
    tags: list[ImportedTag],
    ids: dict[str, int],
    seen: dict[tuple, int],
    report: ImportReport,
) -> dict[tuple, int]:
    """Store tags of an article in one go (Store.import_tags: a few round trips for the article,
    not three to five a tag); each one the store refuses (as insert_annotation would) is a problem
    line, and so is each duplicate of it in the file. Returns the new ids by key."""
    added = {}
    for (key, (_, _, spans)), result in zip(
        together.items(), store.import_tags(article_id, tags), strict=True
    ):
        if isinstance(result, ReaderError):
            for span in spans:
                report.problems.append(f"{ref}: {_describe(span)}: {result}")
            report.not_imported += len(spans)
            report.duplicates -= len(spans) - 1
            continue
        for span in spans:
            ids[span.key] = result
        seen[key] = added[key] = result
        report.added += 1
    return added


def _keep_aside(store: Store, ref: str, article_id: int, span: SpanIn, report: ImportReport) -> int | None:
    """A tag the export lists as set aside by a body fix: kept aside on the article, as it was."""
    try:
        label = store.get_label(span.label)
    except InvalidInput:
        report.problems.append(f"{ref}: set aside {_describe(span)}: unknown label {span.label}")
        report.not_imported += 1
        return None
    refusal = _time_refusal(span) or (
        f"set_aside_at {span.set_aside_at!r} is not a date and time"
        if span.set_aside_at and _utc(span.set_aside_at) is None
        else None
    )
    if refusal:
        report.problems.append(f"{ref}: set aside {_describe(span)}: {refusal}")
        report.not_imported += 1
        return None
    is_claim = label.kind == "claim"
    values = {
        "start": span.start, "end": span.end, "text": span.quote, "prefix": span.prefix, "suffix": span.suffix,
        "note": span.note, "annotator": span.annotator, "origin": span.origin if span.origin in ORIGINS else "manual",
        "created": _utc(span.created) or _utc(span.updated), "updated": _utc(span.updated) or _utc(span.created),
        "field": span.field, "gold": span.gold,
    }  # fmt: skip
    if is_claim:
        values.update(
            claimant=span.claimant, claim_status=span.claim_status or "unverified", explanation=span.explanation,
            review_state=span.review_state, checked_by=span.checked_by, checked_at=_utc(span.checked_at),
        )  # fmt: skip
    if not values["created"]:
        from reader.store.store import now

        values["created"] = values["updated"] = now()
    evidence = (
        [(e.source, e.quote, e.note, _stamped(e).added_at, e.added_by) for e in span.evidence]
        if is_claim
        else []
    )
    try:
        kept = store.add_set_aside(article_id, label.name, values, evidence, _utc(span.set_aside_at))
    except ReaderError as e:
        report.problems.append(f"{ref}: set aside {_describe(span)}: {e}")
        report.not_imported += 1
        return None
    if kept is None:
        report.duplicates += 1
    else:
        report.set_aside += 1
    return kept


def _quantity_links(
    span: SpanIn, ids: dict[str, int], stored: list[Annotation], placed: tuple[int, int]
) -> tuple[list[int], list[str]]:
    """(ids to link, keys still to find) of a claim's quantities: those of this import by their
    key; one the export left out (--label CLAIM) by where it stood, as a tag already stored with its
    words inside the claim, at the same place relative to the claim when there are several."""
    linked, missing = [], []
    start, end = placed
    shift = start - (span.start or 0)
    for key in span.quantities:
        if key in ids:
            linked.append(ids[key])
            continue
        where = span.quantity_spans.get(key)
        found = []
        if where is not None:
            qs, qe, qtext = where
            inside = [a for a in stored if a.kind != "claim" and a.field == "body" and a.text == qtext
                      and start <= a.start and a.end <= end]  # fmt: skip
            found = [a.id for a in inside if a.start == qs + shift] or [a.id for a in inside]
        if found:
            linked.append(found[0])
        else:
            missing.append(key)
    return linked, missing


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
    """Evidence as stored: the time it was added in UTC; without one, the time of the import."""
    from reader.store.store import now

    return Evidence(e.id, e.claim_id, e.source, e.quote, e.note, _utc(e.added_at) or now(), e.added_by)


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
    times = [(name, getattr(span, name)) for name in ("created", "updated", "checked_at")]
    times += [("evidence added_at", e.added_at) for e in span.evidence if e.added_at]
    for name, value in times:
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
    annotator: str | None,
):
    # As the store keeps them: free text is neutralised when stored. Per annotator: each one's tags
    # are their own layer (issue 14), so a colleague's identical tag is imported as theirs. Not the
    # claim's verdict: a claim checked since (here or in the file) is the same claim, filled in.
    return (
        label.upper(),
        start,
        end,
        normalize_note(note),
        normalize_field(claimant),
        normalize_field(annotator) or None,
    )


_FACT_CHECK = (  # (column, as said to the user, the value that means none yet)
    ("claim_status", "verdict", "unverified"),
    ("explanation", "explanation", None),
    ("review_state", "review state", "unreviewed"),
    ("checked_by", "checked by", None),
    ("checked_at", "checked at", None),
)


def _fill_fact_check(store: Store, ref: str, claim_id: int, span: SpanIn, report: ImportReport) -> None:
    """Give a stored claim what the file's fact-check has and it lacks (verdict, explanation, review
    state, checker, time, evidence); where both have a value and they differ, keep the stored one
    and say so in one line (report.kept)."""
    stored = store.get_annotation(claim_id)
    fill: dict[str, Any] = {}
    differ = []
    for column, name, none in _FACT_CHECK:
        mine = getattr(stored, column)
        theirs = getattr(span, column)
        theirs = normalize_note(theirs) if column == "explanation" else normalize_field(theirs)
        if not theirs or theirs == none or theirs == mine:
            continue
        if not mine or mine == none:
            fill[column] = theirs
        else:
            differ.append(f"{name} {_shown(mine)} (the file: {_shown(theirs)})")
    have = {(e.source, e.quote or None) for e in stored.evidence}
    new = [
        e for e in span.evidence if (normalize_field(e.source), normalize_note(e.quote) or None) not in have
    ]
    done = False
    try:  # a value reader does not take (a verdict of another tool's): one line, the import goes on
        if fill:
            store.update_annotation(claim_id, **fill)
            done = True
        for e in new:
            e = _stamped(e)
            store.add_evidence(
                claim_id, e.source, quote=e.quote, note=e.note, added_by=e.added_by, added_at=e.added_at
            )
            done = True
    except ReaderError as e:
        report.problems.append(f"{ref}: {_describe(span)}: {e}")
    if done:
        report.filled += 1
    if differ:
        report.kept.append(
            f"{ref}: claim {claim_id} {_quoted(stored.text)}: kept the stored {', '.join(differ)}"
        )


def _shown(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _quoted(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")
