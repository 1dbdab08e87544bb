"""Full-text search: what a user types made into a safe FTS5 query, ranked searches and the phrase
look-up the entity linker and suggestions use."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence

from reader.errors import InvalidInput, StoreError
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
        try:
            with self._lock:
                return self.conn.execute(sql, (tsquery, *params)).fetchall()
        except sqlite3.OperationalError as e:
            raise StoreError(self._describe(e)) from None
        except sqlite3.DatabaseError as e:
            raise InvalidInput(f"cannot search for {_shown(tsquery)}: {e}") from None

    def _pg_tsquery(self, query: str, raw: bool) -> str | None:
        return (tsquery_raw(query) or None) if raw else tsquery_words(query)

    def _search_pg(self, query: str, limit: int, raw: bool) -> list[SearchHit]:
        """search() on PostgreSQL: the same query syntax, best first by ts_rank_cd normalised by
        length (bm25, which SQLite ranks by, also favours short articles), newest first past
        RANK_LIMIT matches. The rank is negated so that, as on SQLite, lower is better."""
        tsquery = self._pg_tsquery(query, raw)
        if not tsquery:
            return []
        (count,) = self._pg_match("SELECT count(*) FROM articles", tsquery)[0]
        order = (
            "ts_rank_cd(articles.fts, q, 1) DESC, articles.id" if count <= RANK_LIMIT else "articles.id DESC"
        )
        # The best `limit` first, then a snippet for those alone: PostgreSQL computes the select
        # list before the sort, so a snippet there would be made for every match.
        top = self._pg_match(
            "SELECT articles.id, ts_rank_cd(articles.fts, q, 1) FROM articles",
            tsquery,
            f"ORDER BY {order} LIMIT ?",
            (limit,),
        )
        if not top:
            return []
        rank = {r[0]: r[1] for r in top}
        with self._lock:
            found = {
                r[0]: r
                for r in self.conn.execute(
                    "SELECT articles.id, articles.title, articles.site, articles.published, "
                    "ts_headline('simple', articles.text, to_tsquery('simple', reader_unaccent(?)), "
                    "'StartSel=\x02, StopSel=\x03, MaxWords=16, MinWords=6, MaxFragments=1') "
                    "FROM articles WHERE articles.id IN (SELECT value FROM json_each(?))",
                    (tsquery, json.dumps(list(rank))),
                ).fetchall()
            }
        rows = [(*found[i], -rank[i]) for i in rank if i in found]
        return [SearchHit(*r) for r in rows]

    def _pg_ranked_ids(self, query: str, where: list[str], params: list) -> list[int]:
        """article_ids(query=...) on PostgreSQL: ids ranked as search() ranks them, filtered."""
        tsquery = self._pg_tsquery(query, False)
        if not tsquery:
            return []
        (count,) = self._pg_match("SELECT count(*) FROM articles", tsquery)[0]
        order = (
            "ts_rank_cd(articles.fts, q, 1) DESC, articles.id" if count <= RANK_LIMIT else "articles.id DESC"
        )
        tail = "".join(" AND " + w for w in where) + f" ORDER BY {order}"
        # The filters' parameters come after the query's.
        return [r[0] for r in self._pg_match("SELECT articles.id FROM articles", tsquery, tail, params)]
