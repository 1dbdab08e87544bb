"""brat standoff: a folder with NAME.txt (the cleaned text) and NAME.ann per article, and an
annotation.conf (plus visual.conf with the label colours).

In NAME.ann:
- T lines for every annotation, claims included (type = label). brat counts characters and a T line
  cannot hold a line break, so a span crossing one is written as fragments "start end;start end".
- R lines: Quantity (claim -> linked quantity) and Claimant (claim -> a PERSON annotation whose text is
  the claimant, the nearest one before the claim).
- A lines: Status of every claim (spaces in the status written as _).
- # AnnotatorNotes lines: the note; and, as "Field: value" lines, a claimant no PERSON annotation
  carries ("Claimant: ..."), the annotator ("Annotator: ..."), "Origin: suggested", "Created: ...",
  "Updated: ...", the entity a tag names ("Entity: #ID canonical name") and a claim's claimant
  entity ("ClaimantEntity: LABEL #ID canonical name"); a claim's fact-check: "Explanation: ...",
  "ReviewState: ...", "CheckedBy: ...", "CheckedAt: ..." and one "Evidence: {JSON object}" per item;
  "Gold: yes" for a tag of the reviewer's gold set (export --gold); "Quantity: START END text" for a
  linked quantity the export leaves out (--label CLAIM).
  A note that itself starts with one of those prefixes (or "Note: ") is written "Note: <note>".
  Line breaks, tabs and backslashes in these lines are escaped as \\n, \\t, \\r and \\\\.

Tags on the title, byline or dateline go in a second pair, NAME.meta.txt (three lines: the title,
the byline, the dateline, each empty when the article has none) and NAME.meta.ann, written as above
with offsets into NAME.meta.txt. Only articles with such tags get the pair; import-annotations reads
it with NAME.txt's article."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

from reader.errors import InvalidInput
from reader.export.filters import ExportFilters, iter_articles
from reader.models import CLAIM_STATUSES, METADATA_FIELDS, Annotation
from reader.store.store import ExportRow, Store

META_PREFIXES = (
    "Claimant: ",
    "Annotator: ",
    "Origin: ",
    "Created: ",
    "Updated: ",
    "Entity: ",
    "ClaimantEntity: ",
    "Explanation: ",
    "ReviewState: ",
    "CheckedBy: ",
    "CheckedAt: ",
    "Evidence: ",
    "Gold: ",
    "Quantity: ",
    "Note: ",
)
QUANTITY_RELATION = "Quantity"
CLAIMANT_RELATION = "Claimant"
STATUS_ATTRIBUTE = "Status"
_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNESCAPES = {v: k for k, v in _ESCAPES.items()}


def escape(value: str) -> str:
    return re.sub(r"[\\\n\r\t]", lambda m: _ESCAPES[m.group(0)], value)


def unescape(value: str) -> str:
    return re.sub(r"\\[\\nrt]", lambda m: _UNESCAPES[m.group(0)], value)


def status_value(status: str) -> str:
    return status.replace(" ", "_")


def status_from_value(value: str) -> str:
    return value.replace("_", " ")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at line breaks into the non-empty pieces brat can show."""
    pieces = []
    s = start
    i = text.find("\n", s, end)
    while i != -1:
        if i > s:
            pieces.append((s, i))
        s = i + 1
        i = text.find("\n", s, end)
    if end > s:
        pieces.append((s, end))
    return pieces or [(start, end)]


def article_name(article_id: int) -> str:
    return f"article-{article_id}"


def ann_lines(text: str, rows: list[ExportRow]) -> list[str]:
    lines: list[str] = []
    tid: dict[int, str] = {}
    persons: list[tuple[int, str, str]] = []  # (start, text, T id)
    for n, row in enumerate(rows, 1):
        a = row.annotation
        tid[a.id] = f"T{n}"
        pieces = fragments(text, a.start, a.end)
        offsets = ";".join(f"{s} {e}" for s, e in pieces)
        lines.append(f"T{n}\t{a.label} {offsets}\t{' '.join(text[s:e] for s, e in pieces)}")
        if a.label == "PERSON":
            persons.append((a.start, a.text, f"T{n}"))
    relations: list[str] = []
    attributes: list[str] = []
    notes: list[str] = []

    def note(target: str, value: str) -> None:
        notes.append(f"#{len(notes) + 1}\tAnnotatorNotes {target}\t{escape(value)}")

    for row in rows:
        a = row.annotation
        t = tid[a.id]
        if a.kind == "claim":
            for qid, qtext, qstart, qend in row.quantities:
                if qid in tid:
                    relations.append(f"R{len(relations) + 1}\t{QUANTITY_RELATION} Arg1:{t} Arg2:{tid[qid]}")
                else:  # not in this export (--label CLAIM): where its words stand
                    note(t, f"Quantity: {qstart} {qend} {qtext}")
            if a.claimant:
                same = [p for p in persons if p[1] == a.claimant]
                if same:
                    before = [p for p in same if p[0] <= a.start]
                    person = before[-1] if before else same[0]
                    relations.append(f"R{len(relations) + 1}\t{CLAIMANT_RELATION} Arg1:{t} Arg2:{person[2]}")
                else:
                    note(t, f"Claimant: {a.claimant}")
            if a.claimant_entity_id is not None:
                note(t, f"ClaimantEntity: {row.claimant_label} #{a.claimant_entity_id} {a.claimant_entity}")
            if a.claim_status:
                attributes.append(
                    f"A{len(attributes) + 1}\t{STATUS_ATTRIBUTE} {t} {status_value(a.claim_status)}"
                )
            for value in fact_check_notes(a):
                note(t, value)
        if a.note:
            note(t, "Note: " + a.note if a.note.startswith(META_PREFIXES) else a.note)
        if a.entity_id is not None:
            note(t, f"Entity: #{a.entity_id} {a.entity}")
        if a.annotator:
            note(t, f"Annotator: {a.annotator}")
        if a.origin != "manual":
            note(t, f"Origin: {a.origin}")
        if row.gold:  # the reviewer's gold set (export --gold)
            note(t, "Gold: yes")
        note(t, f"Created: {a.created}")
        if a.updated != a.created:
            note(t, f"Updated: {a.updated}")
    return lines + relations + attributes + notes


def fact_check_notes(a: Annotation) -> list[str]:
    """A claim's fact-check as "Field: value" notes: the verdict's public explanation, the review
    state, who checked it and when, and each piece of evidence as one JSON object (as in JSONL)."""
    out = []
    if a.explanation:
        out.append(f"Explanation: {a.explanation}")
    if a.review_state and a.review_state != "unreviewed":
        out.append(f"ReviewState: {a.review_state}")
    if a.checked_by:
        out.append(f"CheckedBy: {a.checked_by}")
    if a.checked_at:
        out.append(f"CheckedAt: {a.checked_at}")
    for e in a.evidence:
        item = {
            "source": e.source,
            "quote": e.quote,
            "note": e.note,
            "added_at": e.added_at,
            "added_by": e.added_by,
        }
        out.append("Evidence: " + json.dumps(item, ensure_ascii=False))
    return out


def annotation_conf(store: Store) -> str:
    labels = store.labels()
    claims = "|".join(lab.name for lab in labels if lab.kind == "claim") or "CLAIM"
    statuses = "|".join(status_value(s) for s in CLAIM_STATUSES)
    return "\n".join(
        [
            "# Written by reader export. Labels are brat entity types; claims are entities too.",
            "[entities]",
            *(lab.name for lab in labels),
            "",
            "[relations]",
            f"{QUANTITY_RELATION}\tArg1:{claims}, Arg2:<ENTITY>",
            f"{CLAIMANT_RELATION}\tArg1:{claims}, Arg2:PERSON",
            "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
            "",
            "[events]",
            "",
            "[attributes]",
            f"{STATUS_ATTRIBUTE}\tArg:{claims}, Value:{statuses}",
            "",
        ]
    )


def visual_conf(store: Store) -> str:
    drawing = [f"{lab.name}\tbgColor:{lab.colour}" for lab in store.labels()]
    return "\n".join(["[labels]", "", "[drawing]", *drawing, ""])


META_SUFFIX = ".meta"  # NAME.meta.txt / NAME.meta.ann: the tags on the title, byline and dateline


def metadata_text(values: list[str | None]) -> tuple[str, list[int]]:
    """The metadata pair's text (title, byline, dateline on a line each) and where each line starts.
    A line break inside a value becomes a space: one character for one, so offsets hold."""
    lines = [(v or "").replace("\r", " ").replace("\n", " ") for v in values]
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return "\n".join(lines) + "\n", starts


def _metadata_pair(article, rows: list[ExportRow]) -> tuple[str, list[str]]:  # noqa: ANN001
    text, starts = metadata_text([getattr(article, f) for f in METADATA_FIELDS])
    at = dict(zip(METADATA_FIELDS, starts, strict=True))
    shifted = []
    for r in rows:
        a = r.annotation
        off = at[a.field]
        shifted.append(replace(r, annotation=replace(a, start=a.start + off, end=a.end + off)))
    return text, ann_lines(text, shifted)


def write_brat(
    store: Store, folder: Path, filters: ExportFilters | None = None, stats: dict | None = None
) -> int:
    """Write the export in a hidden folder (inside folder when it exists, else beside it), and
    move its files into folder only when every one is written: an export that fails halfway (a
    full disk) leaves folder as it was (a new one: not there at all). Files of folder the export
    does not write are kept. An existing folder stays the same folder (the shell may be in it, it
    may be a mount point or shared with permissions of its own): its files are moved into it."""
    target = Path(os.path.realpath(folder))
    inside = target.is_dir()  # on the same file system as the files it gets
    partial = (
        target / f".reader-export.{os.getpid()}.partial"
        if inside
        else target.with_name(f".{target.name}.{os.getpid()}.partial")
    )
    try:
        shutil.rmtree(partial, ignore_errors=True)  # left by a run killed meanwhile (same pid)
        partial.mkdir(parents=True)
        count = _write_files(store, partial, filters, stats if stats is not None else {})
        if inside:
            for f in sorted(partial.iterdir()):
                os.replace(f, target / f.name)
        else:
            os.replace(partial, target)
        return count
    except OSError as e:
        raise InvalidInput(f"cannot write the brat folder {folder}: {e.strerror or e}") from None
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _write_files(store: Store, folder: Path, filters: ExportFilters | None, stats: dict) -> int:
    (folder / "annotation.conf").write_text(annotation_conf(store), encoding="utf-8")
    (folder / "visual.conf").write_text(visual_conf(store), encoding="utf-8")
    count = 0
    stats["articles"] = 0
    for article, rows in iter_articles(store, filters):
        stats["articles"] += 1
        name = article_name(article.id)
        (folder / f"{name}.txt").write_text(article.text, encoding="utf-8", newline="")
        meta = [r for r in rows if r.annotation.field != "body"]
        rows = [r for r in rows if r.annotation.field == "body"]  # brat shows the .txt: the body
        body = "".join(line + "\n" for line in ann_lines(article.text, rows))
        (folder / f"{name}.ann").write_text(body, encoding="utf-8", newline="")
        count += len(rows)
        if meta:
            text, lines = _metadata_pair(article, meta)
            (folder / f"{name}{META_SUFFIX}.txt").write_text(text, encoding="utf-8", newline="")
            ann = "".join(line + "\n" for line in lines)
            (folder / f"{name}{META_SUFFIX}.ann").write_text(ann, encoding="utf-8", newline="")
            count += len(meta)
    return count
