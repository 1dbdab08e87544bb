"""The claims screen's export: exactly the claims it lists, one row each, as CSV (no Textual).

Columns (part of the interface, see README.md): the claim, its claimant (text and entity), the
verdict with its public explanation, the review state, who checked it (the login, then the name a
published review gives, as `reader claims --json` does) and when, the private note,
the quantities and the evidence (each item "source — “quote” (note)", joined by " | ")."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader.export.csv_format import QUANTITY_SEPARATOR, neutralise
from reader.models import Evidence
from reader.store.store import ClaimRow

CLAIM_COLUMNS = (
    "claim_id",
    "article_id",
    "article_title",
    "text",
    "claimant",
    "claimant_entity_id",
    "claimant_entity",
    "status",
    "explanation",
    "review_state",
    "checked_by",
    "published_as",
    "checked_at",
    "note",
    "quantities",
    "evidence",
    "claimant_label",  # new columns go at the end
)


def evidence_cell(items: Iterable[Evidence]) -> str:
    parts = []
    for e in items:
        part = e.source
        if e.quote:
            part += f" — “{e.quote}”"
        if e.note:
            part += f" ({e.note})"
        parts.append(part)
    return QUANTITY_SEPARATOR.join(parts)


def claim_cells(row: ClaimRow, published: Mapping[str, str] | None = None) -> list[object]:
    """published: checker login -> the name a published review gives (reader.factcheck.published_names)."""
    a = row.annotation
    return [
        a.id,
        a.article_id,
        row.article_title or "",
        a.text,
        a.claimant or "",
        a.claimant_entity_id if a.claimant_entity_id is not None else "",
        a.claimant_entity or "",
        a.claim_status or "unverified",
        a.explanation or "",
        a.review_state or "unreviewed",
        a.checked_by or "",
        (published or {}).get(a.checked_by or "", "") if a.checked_by else "",
        a.checked_at or "",
        a.note or "",
        QUANTITY_SEPARATOR.join(row.quantity_texts),
        evidence_cell(a.evidence),
        row.claimant_label or "",
    ]


def write_claims_csv(rows: Iterable[ClaimRow], path: Path, published: Mapping[str, str] | None = None) -> int:
    """Write the claims to path (UTF-8, a header row); a cell a spreadsheet would run as a formula
    is neutralised as in the annotations CSV. published: checker login -> published name (the
    published_as column; empty when not given). Returns the number of claims written."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(CLAIM_COLUMNS)
        for row in rows:
            out.writerow([neutralise(c) if isinstance(c, str) else c for c in claim_cells(row, published)])
            n += 1
    return n
