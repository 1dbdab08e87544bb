"""Deleting articles with everything that hangs on them (a junk import: a cookie wall, a duplicate,
the wrong link).

The foreign keys cascade from an article to its annotations (and from those to claims' quantity
links, evidence and reviews), rejected suggestions, tags set aside, assignments and its count, on
both backends. Two things no key covers: the events that log its annotations (no foreign key, so
a session's history outlives a deleted tag) and the entities its tags named (SET NULL): an entity
left with no mention, no claim naming it and no name given by hand goes, as when its last tag is
deleted (Store.delete_annotation)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.errors import NotFound
from reader.store.core import StoreCore


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

    def delete_articles(self, article_ids: Sequence[int]) -> list[tuple[int, str | None]]:
        """Delete the articles, in one transaction: (id, title) of each, in the order given. An id no
        article has raises NotFound before anything is deleted."""
        ids = list(dict.fromkeys(int(i) for i in article_ids))
        with self._write() as conn:
            titles = {}
            for article_id in ids:
                row = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
                if row is None:
                    raise NotFound(f"no article with id {article_id} (nothing was deleted)")
                titles[article_id] = row[0]
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
