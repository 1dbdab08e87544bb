"""Full-text search: what a user types made into a safe FTS5 query, ranked searches and the phrase
look-up the entity linker and suggestions use."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from reader.errors import InvalidInput, StoreError
from reader.snippet import query_terms, snippet
from reader.store.connection import _is_busy
from reader.store.core import StoreCore
from reader.store.pg_dialect import tsquery_phrase, tsquery_raw, tsquery_words
from reader.store.rows import (
    SearchHit,
)

# Searches matching more articles than this are listed newest first instead of by relevance.
RANK_LIMIT = 5000


# FTS5 takes time growing with the square of a query's terms (20,000 ORs ran past a minute): a search
# is a few words, so a longer one is refused.
MAX_QUERY_TERMS = 100


def check_query(query: str) -> None:
    """InvalidInput for a search query of more than MAX_QUERY_TERMS words."""
    terms = len(re.findall(r"\w+", query))
    if terms > MAX_QUERY_TERMS:
        raise InvalidInput(f"a search takes at most {MAX_QUERY_TERMS} words; this one has {terms}")


def _shown(query: str) -> str:
    """A query as quoted in an error message: one short line."""
    return repr(query if len(query) <= 80 else query[:80] + "…")


def fts_query(user_text: str, prefix_min: int = 3) -> str | None:
    """A safe FTS5 query from what a user types: every word quoted, the last one a prefix match
    once it has `prefix_min` characters (short prefixes scan most of the index)."""
    words = [w for w in re.findall(r"\w+", user_text)]
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    if len(words[-1]) >= prefix_min and not user_text.endswith(" "):
        parts[-1] = f'"{words[-1]}"*'
    return " ".join(parts)


class SearchMixin(StoreCore):
    """Search over the articles' full-text index."""

    def search(self, query: str, *, limit: int = 20, raw: bool = False) -> list[SearchHit]:
        """Full-text search, best first, with a snippet. raw=True passes FTS5 syntax through
        (AND, OR, NOT, "phrases", prefix*); a malformed query is an InvalidInput."""
        check_query(query)
        if self.dialect == "postgresql":
            return self._search_pg(query, limit, raw)
        fts = query if raw else fts_query(query)
        if not fts:
            return []
        try:
            with self._lock:
                count = self.conn.execute(
                    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (fts,)
                ).fetchone()[0]
                order = "articles_fts.rank" if count <= RANK_LIMIT else "articles_fts.rowid DESC"
                rows = self.conn.execute(
                    f"""SELECT articles.id, articles.title, articles.site, articles.published,
                              snippet(articles_fts, 1, '\x02', '\x03', '…', 16), articles_fts.rank
                       FROM articles_fts JOIN articles ON articles.id = articles_fts.rowid
                       WHERE articles_fts MATCH ? ORDER BY {order} LIMIT ?""",
                    (fts, limit),
                ).fetchall()
        except sqlite3.OperationalError as e:
            if _is_busy(e) or any(w in str(e) for w in ("disk I/O", "malformed", "not a database")):
                raise StoreError(self._describe(e)) from None  # the database's fault, not the query's
            raise InvalidInput(f"cannot search for {_shown(query)}: {e}") from None
        except UnicodeEncodeError as e:  # lone surrogates
            raise InvalidInput(f"cannot search for {_shown(query)}: {e}") from None
        return [SearchHit(*r) for r in rows]

    def articles_with_words(self, text: str) -> list[int]:
        """Ids of the articles whose title or text holds the words of `text` as a phrase (full-text
        index, diacritics and case ignored): a superset of those containing `text` exactly, for the
        caller to check. Text without any word gives every article."""
        words = re.findall(r"\w+", text)
        if not words:
            return [r[0] for r in self._read("SELECT id FROM articles ORDER BY id")]
        if self.dialect == "postgresql":
            return [
                r[0] for r in self._pg_match("SELECT id FROM articles", tsquery_phrase(words), "ORDER BY id")
            ]
        phrase = '"' + " ".join(words).replace('"', '""') + '"'
        try:
            with self._lock:
                rows = self.conn.execute(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", (phrase,)
                ).fetchall()
        except (sqlite3.OperationalError, UnicodeEncodeError) as e:
            raise InvalidInput(f"cannot search for {text!r}: {e}") from None
        return [r[0] for r in rows]

    # -- PostgreSQL: the tsvector column articles.fts (reader.store.pg_schema) -----------------

    def _pg_match(self, select: str, tsquery: str, tail: str = "", params: Sequence = ()) -> list[tuple]:
        """select ... FROM articles, restricted to the articles matching tsquery (bound as q), then
        tail; a query the server cannot read is an InvalidInput."""
        sql = f"{select}, to_tsquery('simple', reader_unaccent(?)) AS q WHERE articles.fts @@ q {tail}"
        return self._pg_search_reads([(sql, (tsquery, *params))])[0]

    def _pg_search_reads(
        self, statements: list[tuple[str, Sequence]], newest: bool = False
    ) -> list[list[tuple]]:
        """The rows of each statement, read in one transaction whose plans read the GIN index: the
        planner does not count the cost of reading each article's tsvector out of line (TOAST), so
        for a common word it chose to scan every article (259 ms for 7,715 of 10,000 articles,
        against 18 ms through the index; EXPLAIN ANALYZE). newest: the statements take the newest
        matches through the primary key, testing each article until enough are found."""
        settings = "SET LOCAL enable_seqscan = off" + (
            "; SET LOCAL enable_bitmapscan = off" if newest else ""
        )
        try:
            with self._lock:
                conn = self.conn
                outer = conn.in_transaction
                if not outer:
                    conn.execute("BEGIN")
                try:
                    for setting in settings.split("; "):
                        conn.execute(setting)
                    return [conn.execute(sql, params).fetchall() for sql, params in statements]
                finally:
                    if not outer and conn.in_transaction:
                        conn.execute("ROLLBACK")  # it only read
        except sqlite3.OperationalError as e:
            raise StoreError(self._describe(e)) from None
        except sqlite3.DatabaseError as e:
            raise InvalidInput(f"cannot search for {_shown(statements[0][1][0])}: {e}") from None

    def _pg_tsquery(self, query: str, raw: bool) -> str | None:
        return (tsquery_raw(query) or None) if raw else tsquery_words(query)

    def _pg_many(self, tsquery: str) -> bool:
        """More than RANK_LIMIT articles match (counted up to one past it, not all of them)."""
        (count,) = self._pg_match(
            "SELECT count(*) FROM (SELECT 1 FROM articles", tsquery, f"LIMIT {RANK_LIMIT + 1}) AS m"
        )[0]
        return count > RANK_LIMIT

    def _search_pg(self, query: str, limit: int, raw: bool) -> list[SearchHit]:
        """search() on PostgreSQL: the same query syntax, best first by ts_rank_cd normalised by
        length (bm25, which SQLite ranks by, also favours short articles), newest first past
        RANK_LIMIT matches. The rank is negated so that, as on SQLite, lower is better. The
        snippets are made from the texts of the hits shown (reader.snippet), as FTS5 makes them."""
        tsquery = self._pg_tsquery(query, raw)
        if not tsquery:
            return []
        many = self._pg_many(tsquery)
        order = "articles.id DESC" if many else "ts_rank_cd(articles.fts, q, 1) DESC, articles.id"
        # Only the rows shown are read in full: the sort needs the id and the rank alone.
        sql = (
            "SELECT articles.id, articles.title, articles.site, articles.published, articles.text, r "
            "FROM articles JOIN (SELECT articles.id AS hit, ts_rank_cd(articles.fts, q, 1) AS r "
            "FROM articles, to_tsquery('simple', reader_unaccent(?)) AS q WHERE articles.fts @@ q "
            f"ORDER BY {order} LIMIT ?) AS top ON articles.id = top.hit"
        )
        (rows,) = self._pg_search_reads([(sql, (tsquery, limit))], newest=many)
        rows.sort(key=(lambda r: -r[0]) if many else (lambda r: (-r[5], r[0])))
        terms = query_terms(query, raw=raw)
        return [
            SearchHit(i, title, site, published, snippet(text, terms), -rank)
            for i, title, site, published, text, rank in rows
        ]

    def _pg_ranked_ids(self, query: str, where: list[str], params: list) -> list[int]:
        """article_ids(query=...) on PostgreSQL: ids ranked as search() ranks them, filtered."""
        tsquery = self._pg_tsquery(query, False)
        if not tsquery:
            return []
        order = (
            "articles.id DESC"
            if self._pg_many(tsquery)
            else "ts_rank_cd(articles.fts, q, 1) DESC, articles.id"
        )
        tail = "".join(" AND " + w for w in where) + f" ORDER BY {order}"
        # The filters' parameters come after the query's.
        return [r[0] for r in self._pg_match("SELECT articles.id FROM articles", tsquery, tail, params)]
