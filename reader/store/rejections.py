"""Suggestions the user turned down: they do not come back for that article."""

from __future__ import annotations

from collections.abc import Iterable

from reader.store.core import StoreCore


class RejectionsMixin(StoreCore):
    """The rejected_suggestions table."""

    def reject_suggestion(self, article_id: int, label: str, start: int, end: int) -> None:
        with self._write() as conn:
            conn.execute(
                'INSERT OR IGNORE INTO rejected_suggestions (article_id, label, start, "end") VALUES (?, ?, ?, ?)',
                (article_id, label, start, end),
            )

    def rejected_suggestions(self, article_id: int) -> set[tuple[str, int, int]]:
        return {
            (r[0], r[1], r[2])
            for r in self._read(
                'SELECT label, start, "end" FROM rejected_suggestions WHERE article_id = ?', (article_id,)
            )
        }

    def reject_suggestions(self, article_id: int, items: Iterable[tuple[str, int, int]]) -> None:
        """Reject several (label, start, end) suggestions of one article in one transaction."""
        with self._write() as conn:
            conn.executemany(
                'INSERT OR IGNORE INTO rejected_suggestions (article_id, label, start, "end") VALUES (?, ?, ?, ?)',
                [(article_id, label, start, end) for label, start, end in items],
            )

    def unreject_suggestion(self, article_id: int, label: str, start: int, end: int) -> None:
        """Forget a rejection (undo of a reject): the suggestion is offered again."""
        with self._write() as conn:
            conn.execute(
                'DELETE FROM rejected_suggestions WHERE article_id = ? AND label = ? AND start = ? AND "end" = ?',
                (article_id, label, start, end),
            )
