"""Articles: adding them (one import batch in one transaction), reading, listing with filters and
sorts, status and deletion."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reader.errors import InvalidInput, NotFound
from reader.models import (
    ARTICLE_STATUSES,
    METADATA_FIELDS,
    Article,
    ArticleRow,
    CleanResult,
)
from reader.normalize import normalize_field
from reader.store import search
from reader.store.core import StoreCore, inserted_id
from reader.store.rows import (
    _ARTICLE_COLS,
    _ARTICLE_FIELDS,
    AddResult,
    content_hash,
    now,
    page_hash,
    word_count,
)
from reader.store.search import check_query, fts_query

SORT_COLUMNS = {
    "imported": "imported_at",
    "published": "published",
    "title": "title COLLATE NOCASE",
    "site": "site COLLATE NOCASE",
    "words": "word_count",
    "annotations": "annotation_count",
    "status": "status",
}


class ArticlesMixin(StoreCore):
    """Articles and their list."""

    def add_article(self, clean: CleanResult, raw: str, source: str | None, fmt: str) -> AddResult:
        """Store a cleaned article; the same cleaned text imported again is a no-op."""
        result = self.add_articles([(clean, raw, source, fmt)])[0]
        if isinstance(result, InvalidInput):
            raise result
        return result

    def add_articles(
        self, items: Sequence[tuple[CleanResult, str, str | None, str]]
    ) -> list[AddResult | InvalidInput]:
        """Store several (clean, raw, source, format) articles in one transaction (an import commits
        a batch at a time: each commit also flushes the search index, which costs as much as a few
        inserts). Each gets an AddResult, or the InvalidInput that refused it alone.

        Raw SQL, not sqlite-utils' insert_all: each article's content hash is looked up before it is
        inserted (one import may hold the same text twice), and the batch is one BEGIN IMMEDIATE
        transaction of ours, which insert_all would commit on its own; this is the path
        benchmarks/run.py's import figure measures."""
        results: list[AddResult | InvalidInput] = []
        stamp = now()
        with self._write() as conn:
            for clean, raw, source, fmt in items:
                if not clean.text.strip():
                    results.append(InvalidInput("no article text found"))
                    continue
                digest, page = content_hash(clean.text), page_hash(raw)
                row = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
                # the same page again, its article's text since fixed by hand: the same article
                row = (
                    row
                    or conn.execute(
                        "SELECT id FROM articles WHERE page_hash = ? AND body_choice IS NOT NULL", (page,)
                    ).fetchone()
                )
                if row:
                    results.append(AddResult(row[0], False))
                    continue
                # Every free-text field is neutralised as it enters (controls, escapes, bidi
                # overrides): the importers do it already, this holds for any other caller.
                fields: dict[str, Any] = {
                    k: normalize_field(getattr(clean, k)) for k in _ARTICLE_FIELDS if getattr(clean, k)
                }
                clean = replace(clean, **fields)
                source = normalize_field(source)
                # Raw SQL: it runs on PostgreSQL too (pg_dialect), and it is the import's hot path.
                cur = conn.execute(
                    """INSERT INTO articles (content_hash, source, format, site, title, byline, dateline,
                       agency, published, language, raw, text, word_count, status, imported_at, url,
                       confidence, confidence_reason, page_hash)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?)""",
                    (
                        digest,
                        source,
                        fmt,
                        clean.site,
                        clean.title,
                        clean.byline,
                        clean.dateline,
                        clean.agency,
                        clean.published,
                        clean.language,
                        raw,
                        clean.text,
                        word_count(clean.text),
                        stamp,
                        clean.url,
                        clean.confidence,
                        clean.reason,
                        page,
                    ),
                )
                results.append(AddResult(inserted_id(cur), True))
        return results

    def missing_articles(self, article_ids: Sequence[int]) -> list[int]:
        """The ids in article_ids that no article has, in the order given (one query however many)."""
        if not article_ids:
            return []
        rows = self._read(
            "SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM articles) ORDER BY key",
            (json.dumps([int(i) for i in article_ids]),),
        )
        return [r[0] for r in rows]

    def find_by_hash(self, digest: str) -> int | None:
        rows = self._read("SELECT id FROM articles WHERE content_hash = ?", (digest,))
        return rows[0][0] if rows else None

    def articles_from_page(self, digest: str, limit: int = 2) -> list[int]:
        """The ids of (up to limit) articles cleaned from the saved page whose page_hash is digest:
        the same article whatever its text became since (`reader body`, reclean)."""
        rows = self._read("SELECT id FROM articles WHERE page_hash = ? ORDER BY id LIMIT ?", (digest, limit))
        return [r[0] for r in rows]

    def article_page_hash(self, article_id: int) -> str | None:
        """The page_hash of the saved page an article was cleaned from."""
        rows = self._read("SELECT page_hash FROM articles WHERE id = ?", (article_id,))
        return rows[0][0] if rows else None

    def get_article(self, article_id: int, *, with_raw: bool = False) -> Article:
        cols = _ARTICLE_COLS + (", raw" if with_raw else "")
        rows = self._read(f"SELECT {cols} FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotFound(f"no article with id {article_id}")
        article = Article(*rows[0])
        article.title_by_hand = bool(article.title_by_hand)  # 1, 0 or NULL (stored before schema 11)
        return article

    def article_format(self, article_id: int) -> str | None:
        """The format an article's raw input was cleaned as ("text", "html", "markdown", "json")."""
        rows = self._read("SELECT format FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotFound(f"no article with id {article_id}")
        return rows[0][0]

    def count_articles(self) -> int:
        return self._read("SELECT count(*) FROM articles")[0][0]

    def article_ids(
        self,
        *,
        sort: str = "imported",
        descending: bool = False,
        status: str | None = None,
        label: str | None = None,
        query: str | None = None,
        low_confidence: bool = False,
        assigned: str | None = None,
    ) -> list[int]:
        """Ordered ids of the articles matching a filter: the library keeps only these and fetches
        rows for what is on screen. With a query the order is by search rank (newest first when more
        than RANK_LIMIT articles match). assigned: only the articles assigned to that annotator."""
        where, params = self._filters(status, label, low_confidence, assigned)
        if query:
            check_query(query)
            if self.dialect == "postgresql":
                return self._pg_ranked_ids(query, where, params)
            fts = fts_query(query)
            if fts is None:
                return []
            # The FTS index alone: joining articles costs a page read per match (x3-x6).
            matches = [
                r[0] for r in self._read("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [fts])
            ]
            if len(matches) <= search.RANK_LIMIT:  # read at call time: tests lower it
                ranked = [
                    r[0]
                    for r in self._read(
                        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank", [fts]
                    )
                ]
            else:
                # Ranking costs ~4 µs a match: a word in most articles is a filter, not a search; newest first.
                ranked = matches[::-1]
            if not where:
                return ranked
            keep = {
                r[0]
                for r in self._read(
                    "SELECT id FROM articles WHERE id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                    + "".join(" AND " + w for w in where),
                    [fts, *params],
                )
            }
            return [i for i in ranked if i in keep]
        order = SORT_COLUMNS.get(sort)
        if order is None:
            raise InvalidInput(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_COLUMNS)}")
        direction = "DESC" if descending else "ASC"
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        if sort == "annotations":
            # The counts' own index, in order, as the other sorts read articles' indexes: a label is
            # looked up per id, status and confidence pick ids from articles (a join would read
            # each article's row, and its status lies past the text).
            where, params = self._filters(None, label, ids="annotation_counts.article_id")
            on_articles, more = self._filters(status, None, low_confidence, assigned)
            if on_articles:
                where.append(f"article_id IN (SELECT id FROM articles WHERE {' AND '.join(on_articles)})")
                params += more
            clause = (" WHERE " + " AND ".join(where)) if where else ""
            sql = (
                f"SELECT article_id FROM annotation_counts{clause} "
                f"ORDER BY annotation_count {direction}, article_id {direction}"
            )
        else:
            sql = f"SELECT id FROM articles{clause} ORDER BY {order} {direction}, id {direction}"
        return [r[0] for r in self._read(sql, params)]

    def _filters(
        self,
        status: str | None,
        label: str | None,
        low_confidence: bool = False,
        assigned: str | None = None,
        ids: str = "articles.id",
    ) -> tuple[list[str], list]:
        where: list[str] = []
        params: list = []
        if assigned is not None:
            where.append(
                "EXISTS (SELECT 1 FROM assignments s WHERE s.article_id = articles.id AND s.annotator = ?)"
            )
            params.append(normalize_field(assigned))
        if low_confidence:
            from reader.low_confidence import threshold

            where.append("articles.confidence < ?")
            params.append(threshold())
        if status:
            if status not in ARTICLE_STATUSES:
                raise InvalidInput(f"unknown status {status!r}; use one of: {', '.join(ARTICLE_STATUSES)}")
            where.append("articles.status = ?")
            params.append(status)
        if label:
            label_id = self.get_label(label).id
            where.append(
                f"EXISTS (SELECT 1 FROM annotations an WHERE an.article_id = {ids} AND an.label_id = ?)"
            )
            params.append(label_id)
        return where, params

    def article_rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        """The list columns for these ids, in the order given."""
        if not ids:
            return []
        found: dict[int, ArticleRow] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for r in self._read(
                "SELECT id, title, site, published, word_count, annotation_count, status, confidence "
                f"FROM articles JOIN annotation_counts ON article_id = id WHERE id IN ({marks})",
                chunk,
            ):
                found[r[0]] = ArticleRow(*r)
        return [found[i] for i in ids if i in found]

    def article_status(self, article_id: int) -> str:
        found = self._read("SELECT status FROM articles WHERE id = ?", (article_id,))
        if not found:
            raise NotFound(f"no article with id {article_id}")
        return str(found[0][0])

    def revert_status(self, article_id: int, status: str, only_from: str) -> bool:
        """Set the status back to `status` only while it is still `only_from` (undo of the
        automatic new -> in progress of a first tag: a status set meanwhile by hand is kept)."""
        with self._write() as conn:
            return (
                conn.execute(
                    "UPDATE articles SET status = ? WHERE id = ? AND status = ?",
                    (status, article_id, only_from),
                ).rowcount
                > 0
            )

    def fill_metadata(self, article_id: int, values: dict[str, str]) -> list[str]:
        """Give an article the title, byline or dateline (values: field -> text) it has none of; a
        value it has is kept. Returns the fields set (import-annotations: a brat export's metadata)."""
        filled = []
        with self._write() as conn:
            for name in METADATA_FIELDS:
                value = normalize_field(values.get(name))
                if (
                    value
                    and conn.execute(
                        f"UPDATE articles SET {name} = ? WHERE id = ? AND ({name} IS NULL OR {name} = '')",
                        (value, article_id),
                    ).rowcount
                ):
                    filled.append(name)
        return filled

    def set_status(self, article_id: int, status: str) -> None:
        if status not in ARTICLE_STATUSES:
            raise InvalidInput(f"unknown status {status!r}; use one of: {', '.join(ARTICLE_STATUSES)}")
        with self._write() as conn:
            if (
                conn.execute("UPDATE articles SET status = ? WHERE id = ?", (status, article_id)).rowcount
                == 0
            ):
                raise NotFound(f"no article with id {article_id}")

    def delete_article(self, article_id: int) -> None:
        """Delete one article and all that hangs on it (reader.store.article_delete)."""
        self.delete_articles([article_id])
