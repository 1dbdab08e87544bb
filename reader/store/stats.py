"""Sessions and statistics: who tagged what, when."""

from __future__ import annotations

from reader.normalize import normalize_field
from reader.store.core import StoreCore, inserted_id
from reader.store.rows import (
    now,
)


class StatsMixin(StoreCore):
    """Sessions and totals."""

    def start_session(self, annotator: str | None) -> int:
        with self._write() as conn:
            return inserted_id(
                conn.execute(
                    "INSERT INTO sessions (annotator, started) VALUES (?, ?)",
                    (normalize_field(annotator), now()),
                )
            )

    def end_session(self, session_id: int) -> None:
        with self._write() as conn:
            conn.execute("UPDATE sessions SET ended = ? WHERE id = ?", (now(), session_id))

    def stats(self) -> dict[str, list[dict]]:
        """Totals per article, label, annotator and session."""

        def rows(sql: str) -> list[dict]:
            with self._reading():
                cur = self.conn.execute(sql)
                names = [d[0] for d in cur.description]
                return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

        return {
            "articles": rows(
                # The title and status from an index that holds both: status lies past the
                # article's text in its row (reading it there reads the whole text).
                "SELECT id, title, status, annotation_count AS annotations "
                "FROM articles INDEXED BY articles_by_title JOIN annotation_counts ON article_id = id "
                "WHERE annotation_count > 0 ORDER BY annotation_count DESC, id"
            ),
            "labels": rows(
                "SELECT l.name AS label, count(a.id) AS annotations, count(DISTINCT a.article_id) AS articles "
                "FROM labels l LEFT JOIN annotations a ON a.label_id = l.id GROUP BY l.id ORDER BY l.id"
            ),
            "annotators": rows(
                "SELECT coalesce(annotator, '') AS annotator, count(*) AS annotations, "
                "count(DISTINCT article_id) AS articles FROM annotations GROUP BY annotator ORDER BY annotations DESC"
            ),
            "sessions": rows(
                "SELECT s.id, s.annotator, s.started, s.ended, "
                "sum(e.action = 'added') AS added, sum(e.action = 'changed') AS changed, "
                "sum(e.action = 'deleted') AS deleted, count(DISTINCT e.article_id) AS articles "
                "FROM sessions s LEFT JOIN events e ON e.session_id = s.id GROUP BY s.id ORDER BY s.id"
            ),
        }
