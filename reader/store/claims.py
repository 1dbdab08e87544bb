"""Every claim across the library, for `reader claims`."""

from __future__ import annotations

from reader.errors import InvalidInput
from reader.models import (
    CLAIM_STATUSES,
)
from reader.store.core import StoreCore
from reader.store.rows import (
    _ANNOTATION_COLS,
    _ANNOTATION_WIDTH,
    _CLAIMANT_LABEL,
    _EVIDENCE_JSON,
    _QUANTITIES_JSON,
    ClaimRow,
    _claim_parts,
    _review_state,
)


class ClaimsMixin(StoreCore):
    """Claims with their article and quantities."""

    def claims(self, status: str | None = None, *, review_state: str | None = None) -> list[ClaimRow]:
        """Every claim (labels of kind claim) across articles, by article then position, with its
        evidence; optionally only those with one verification status or review state."""
        where, params = "l.kind = 'claim' AND a.gold = 0", []
        if review_state:
            where += " AND a.review_state = ?"
            params.append(_review_state(review_state))
        if status:
            if status not in CLAIM_STATUSES:
                raise InvalidInput(
                    f"unknown claim status {status!r}; use one of: {', '.join(CLAIM_STATUSES)}"
                )
            where += " AND a.claim_status = ?"
            params.append(status)
        sql = f"""
            SELECT {_ANNOTATION_COLS}, ar.title, {_QUANTITIES_JSON}, {_EVIDENCE_JSON}, {_CLAIMANT_LABEL}
            FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
            WHERE {where} ORDER BY a.article_id, a.start, a.id
        """
        out = []
        for r in self._read(sql, params):
            ann, quantity_texts = _claim_parts(r, _ANNOTATION_WIDTH + 1)
            out.append(ClaimRow(ann, r[_ANNOTATION_WIDTH], quantity_texts, r[_ANNOTATION_WIDTH + 3]))
        return out
