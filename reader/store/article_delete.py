"""Deleting articles with everything that hangs on them (a junk import: a cookie wall, a duplicate,
the wrong link).

The foreign keys cascade from an article to its annotations (and from those to claims' quantity
links, evidence and reviews), rejected suggestions, tags set aside, assignments and its count, on
both backends. Two things no key covers: the events that log its annotations (no foreign key, so
a session's history outlives a deleted tag) and the entities its tags named (SET NULL): an entity
left with no mention, no claim naming it and no name given by hand goes, as when its last tag is
deleted (Store.delete_annotation).

Before a delete, reader.trash writes the article whole to a file; restore_article_row puts its row
(and its assignments and rejected suggestions) back from that file, its tags come back through
import-annotations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.errors import EditConflict, InvalidInput, NotFound
from reader.models import ARTICLE_STATUSES
from reader.normalize import normalize_field
from reader.store.core import StoreCore, inserted_id
from reader.store.rows import content_hash, now, page_hash, word_count

# The article's own columns a trash file keeps besides the JSONL export's (content and page hashes
# and the word count are computed again from the text and the page).
ROW_COLUMNS = (
    "source", "format", "site", "title", "byline", "dateline", "agency", "published", "language",
    "status", "imported_at", "url", "confidence", "confidence_reason", "body_choice", "text_changed_by",
    "title_by_hand",
)  # fmt: skip


def _text(value: object) -> str | None:
    return normalize_field(value) if isinstance(value, str) else None


_FINGERPRINT = (
    "SELECT (SELECT content_hash FROM articles WHERE id = ?), (SELECT status FROM articles WHERE id = ?), "
    "(SELECT count(*) FROM annotations WHERE article_id = ?), (SELECT max(updated) FROM annotations WHERE article_id = ?), "
    "(SELECT count(*) FROM set_aside_annotations WHERE article_id = ?), "
    "(SELECT count(*) FROM evidence e JOIN annotations a ON a.id = e.claim_id WHERE a.article_id = ?)"
)
_SIDE_TABLES = {  # what hangs on an article besides its tags, kept in a trash file too
    "assignments": ("annotator", "assigned_at", "assigned_by"),
    "rejected_suggestions": ("label", "start", "end"),
}


class ArticleDeleteMixin(StoreCore):
    """Deleting articles."""

    def article_tag_counts(self, article_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        """(tags, claims) of each article given that exists: what a delete would lose."""
        counts = {
            int(i): [0, 0]
            for i in article_ids
            if self._read("SELECT 1 FROM articles WHERE id = ?", (int(i),))
        }
        for article_id, kind, n in self._read(
            "SELECT a.article_id, l.kind, count(*) FROM annotations a JOIN labels l ON l.id = a.label_id "
            f"WHERE a.article_id IN ({', '.join('?' * len(counts)) or 'NULL'}) GROUP BY a.article_id, l.kind",
            tuple(counts),
        ):
            counts[article_id][kind == "claim"] += n
        return {i: (c[0], c[1]) for i, c in counts.items()}

    def article_fingerprints(self, article_ids: Sequence[int]) -> dict[int, tuple]:
        """What changes when anything on an article changes (its text, status, a tag added, edited,
        deleted or set aside, evidence added): compared under the write lock by delete_articles."""
        with self._reading():
            return {int(i): tuple(self._read(_FINGERPRINT, (int(i),) * 6)[0]) for i in article_ids}

    def delete_articles(
        self, article_ids: Sequence[int], expected: dict[int, tuple] | None = None
    ) -> list[tuple[int, str | None]]:
        """Delete the articles, in one transaction: (id, title) of each, in the order given. An id no
        article has raises NotFound before anything is deleted; with expected (article_fingerprints
        read when their copy was made), so does EditConflict for an article changed since."""
        ids = list(dict.fromkeys(int(i) for i in article_ids))
        with self._write() as conn:
            titles = {}
            for article_id in ids:
                row = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
                if row is None:
                    raise NotFound(f"no article with id {article_id} (nothing was deleted)")
                titles[article_id] = row[0]
                if expected is not None and tuple(
                    conn.execute(_FINGERPRINT, (article_id,) * 6).fetchone()
                ) != tuple(expected.get(article_id, ())):
                    raise EditConflict(
                        f"article {article_id} changed while its copy was being kept (a colleague's tag?): "
                        "nothing was deleted; delete it again"
                    )
            entities: set[int] = set()
            for article_id in ids:
                for entity_id, claimant_id in conn.execute(
                    "SELECT entity_id, claimant_entity_id FROM annotations WHERE article_id = ?",
                    (article_id,),
                ).fetchall():
                    entities.update(e for e in (entity_id, claimant_id) if e is not None)
                conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
                conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self._drop_orphans(conn, entities)
        return [(i, titles[i]) for i in ids]

    def article_row(self, article_id: int) -> dict[str, Any]:
        """What a trash file keeps of an article besides its export: the page as stored (raw), the
        columns of ROW_COLUMNS, its assignments and rejected suggestions, and the reviewer's decisions."""
        cols = ", ".join(ROW_COLUMNS)
        rows = self._read(f"SELECT raw, {cols} FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotFound(f"no article with id {article_id}")
        out: dict[str, Any] = dict(zip(("raw", *ROW_COLUMNS), rows[0], strict=True))
        for table, columns in _SIDE_TABLES.items():
            quoted = ", ".join(f'"{c}"' for c in columns)
            out[table] = [
                dict(zip(columns, r, strict=True))
                for r in self._read(
                    f"SELECT {quoted} FROM {table} WHERE article_id = ? ORDER BY 1, 2", (article_id,)
                )
            ]
        # the reviewer's decisions, by the (exported) ids of the tag decided on and of its gold copy
        out["reviews"] = [
            dict(zip(("annotation_id", "decision", "gold_id", "reviewer", "at"), r, strict=True))
            for r in self._read(
                "SELECT r.annotation_id, r.decision, r.gold_id, r.reviewer, r.at FROM reviews r "
                "JOIN annotations a ON a.id = r.annotation_id WHERE a.article_id = ? ORDER BY 1",
                (article_id,),
            )
        ]
        # the session log: who added, changed or deleted which tag when, with its session
        out["events"] = [
            dict(
                zip(
                    ("annotation_id", "action", "annotator", "at", "session_id", "session"),
                    (*r[:5], list(r[5:]) if r[4] is not None else None),
                    strict=True,
                )
            )
            for r in self._read(
                "SELECT e.annotation_id, e.action, e.annotator, e.at, e.session_id, s.annotator, s.started "
                "FROM events e LEFT JOIN sessions s ON s.id = e.session_id WHERE e.article_id = ? ORDER BY e.id",
                (article_id,),
            )
        ]
        return out

    def put_events(self, article_id: int, events: Sequence[dict[str, Any]], tag_ids: dict[str, int]) -> None:
        """Put a restored article's session log back as article_row kept it, in place of the
        "added" events its restore logged: each event on its tag's new id (tag_ids: exported id ->
        new id; a tag deleted before the article keeps the id it had), in its session when this
        library has that session (the same number, annotator and start), else in none (a trash
        file restored in another library)."""
        rows = []
        with self._write() as conn:
            sessions: dict[int, bool] = {}
            for e in events:
                if not isinstance(e, dict) or e.get("action") not in ("added", "changed", "deleted"):
                    continue
                try:
                    old_id = int(e["annotation_id"])
                except (KeyError, TypeError, ValueError):
                    continue
                session = e.get("session_id")
                if isinstance(session, int) and session not in sessions:
                    found = conn.execute(
                        "SELECT annotator, started FROM sessions WHERE id = ?", (session,)
                    ).fetchone()
                    sessions[session] = found is not None and list(found) == e.get("session")
                rows.append(
                    (
                        session if isinstance(session, int) and sessions[session] else None,
                        article_id,
                        tag_ids.get(str(old_id), old_id),
                        e["action"],
                        _text(e.get("annotator")),
                        _text(e.get("at")) or now(),
                    )
                )
            conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            conn.executemany(
                "INSERT INTO events (session_id, article_id, annotation_id, action, annotator, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def put_reviews(self, reviews: Sequence[tuple[int, str, int | None, str | None, str]]) -> None:
        """Put the reviewer's decisions back as they were (annotation_id, decision, gold_id,
        reviewer, at): a restored article's, its tags' ids mapped to their new ones."""
        latest = {r[0]: r for r in reviews}  # one decision per tag: the last given, as one by one
        if not latest:
            return
        with self._write() as conn:  # a statement for all, not two a decision (round trips on a server)
            conn.executemany("DELETE FROM reviews WHERE annotation_id = ?", [(i,) for i in latest])
            conn.executemany(
                "INSERT INTO reviews (annotation_id, decision, gold_id, reviewer, at) VALUES (?, ?, ?, ?, ?)",
                list(latest.values()),
            )

    def restore_article_row(self, article_id: int | None, text: str, row: dict[str, Any]) -> tuple[int, bool]:
        """Put a deleted article back as article_row gave it, under article_id when no article has
        that id now: (its id, True), or (the id of the article that has this text now, False)."""
        if not isinstance(row.get("raw"), str) or not text.strip():
            raise InvalidInput("no page or text to restore")
        digest = content_hash(text)
        with self._write() as conn:
            found = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
            if found:
                return found[0], False
            taken = (
                article_id is None
                or conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            )
            values: dict[str, Any] = {c: _text(row.get(c)) for c in ROW_COLUMNS}  # hand-edited: no traceback
            confidence = row.get("confidence")
            values["confidence"] = float(confidence) if isinstance(confidence, (int, float)) else None
            values["title_by_hand"] = 1 if row.get("title_by_hand") in (1, True) else None  # reclean keeps it
            values["status"] = values["status"] if values["status"] in ARTICLE_STATUSES else "new"
            values["imported_at"] = values["imported_at"] or now()
            values.update(content_hash=digest, raw=row["raw"], text=text, word_count=word_count(text),
                          page_hash=page_hash(row["raw"]))  # fmt: skip
            if not taken:
                values["id"] = article_id
            cols = ", ".join(values)
            cur = conn.execute(
                f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * len(values))})",
                tuple(values.values()),
            )
            new_id = inserted_id(cur) if article_id is None or taken else article_id
            if not taken and self.dialect == "postgresql":
                # An id given by hand (a trash file of another library, or of this one before
                # `reader db copy`) may lie past what the sequence handed out: move it on, never back.
                conn.execute(
                    "SELECT setval(pg_get_serial_sequence('articles', 'id'), ?) WHERE ? > coalesce("
                    "pg_sequence_last_value(pg_get_serial_sequence('articles', 'id')::regclass), 0)",
                    (new_id, new_id),
                )
            for table, columns in _SIDE_TABLES.items():
                quoted = ", ".join(f'"{c}"' for c in ("article_id", *columns))
                conn.executemany(
                    f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * (len(columns) + 1))})",
                    [(new_id, *(item.get(c) for c in columns)) for item in row.get(table) or []],
                )
        return int(new_id), True
