"""The one place that talks SQL. Everything else gets dataclasses from reader.models.

Every write runs in its own BEGIN IMMEDIATE transaction, retried with backoff while another
process holds the write lock, so a user never sees "database is locked" for ordinary contention.
One connection is shared by the threads of a process (the TUI's workers) behind a lock."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reader.anchor import context
from reader.entities import entity_key
from reader.errors import AlreadyTagged, InvalidInput, NotFound, StoreError
from reader.models import (
    ARTICLE_STATUSES,
    CLAIM_STATUSES,
    LABEL_KINDS,
    REVIEW_STATES,
    Annotation,
    Article,
    ArticleRow,
    CleanResult,
    Evidence,
    Label,
)
from reader.normalize import normalize_field, normalize_note
from reader.segments import SentenceBounds, sentence_text
from reader.store.core import inserted_id
from reader.store.entity_store import EntitiesMixin, EntityState
from reader.store.factcheck_store import FactCheckMixin, clean_field, clean_text
from reader.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["EntityState"]

# SQLite's own wait for a lock; the store retries writes (with backoff) for up to WRITE_RETRY_S.
BUSY_TIMEOUT_S = 0.2
WRITE_RETRY_S = 30.0
# Searches matching more articles than this are listed newest first instead of by relevance.
RANK_LIMIT = 5000
_WORD = re.compile(r"\w+")
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
SORT_COLUMNS = {
    "imported": "imported_at",
    "published": "published",
    "title": "title COLLATE NOCASE",
    "site": "site COLLATE NOCASE",
    "words": "word_count",
    "annotations": "annotation_count",
    "status": "status",
}
_ARTICLE_COLS = (
    "id, content_hash, source, site, title, byline, dateline, agency, published, language, text, "
    "word_count, status, imported_at, url, confidence, confidence_reason, body_choice"
)
# Columns iter_export_table can give: name -> (SQL expression, is text). The sentence is the one stored
# when the span was set; quantities are a claim's linked quantities in
# text order (?SEP is the separator parameter).
EXPORT_FIELDS: dict[str, tuple[str, bool]] = {
    "annotation_id": ("a.id", False),
    "article_id": ("a.article_id", False),
    "article_title": ("ar.title", True),
    "site": ("ar.site", True),
    "published": ("ar.published", True),
    "label": ("l.name", True),
    "kind": ("l.kind", True),
    "text": ("a.text", True),
    "start": ("a.start", False),
    "end": ('a."end"', False),
    "sentence": ("a.sentence", True),
    "note": ("a.note", True),
    "annotator": ("a.annotator", True),
    "created": ("a.created", True),
    "updated": ("a.updated", True),
    "origin": ("a.origin", True),
    "claimant": ("a.claimant", True),
    "claim_status": ("a.claim_status", True),
    "url": ("ar.url", True),
    # {value} marks where the value is read, so neutralising it does not run the subquery three times.
    "quantities": (
        "CASE WHEN l.kind = 'claim' AND EXISTS (SELECT 1 FROM claim_quantities WHERE claim_id = a.id) "
        "THEN (SELECT {value} FROM (SELECT group_concat(q.text, ?SEP) AS v FROM "
        "(SELECT q.text FROM claim_quantities c JOIN annotations q ON q.id = c.quantity_id "
        "WHERE c.claim_id = a.id ORDER BY q.start, q.id) q)) END",
        True,
    ),
    # The entity an entity tag names (issue 12): its id and canonical name.
    "entity_id": ("a.entity_id", False),
    "entity": ("e.canonical", True),
    # Claims: the claimant as an entity, the fact-check, and the evidence's sources joined with ?SEP.
    "claimant_entity_id": ("a.claimant_entity_id", False),
    "explanation": ("a.explanation", True),
    "review_state": ("a.review_state", True),
    "checked_by": ("a.checked_by", True),
    "checked_at": ("a.checked_at", True),
    "evidence": (
        "CASE WHEN l.kind = 'claim' AND EXISTS (SELECT 1 FROM evidence WHERE claim_id = a.id) "
        "THEN (SELECT {value} FROM (SELECT group_concat(ev.source, ?SEP) AS v FROM "
        "(SELECT source FROM evidence WHERE claim_id = a.id ORDER BY id) ev)) END",
        True,
    ),
}

# CleanResult fields stored as one-line metadata.
_ARTICLE_FIELDS = ("site", "title", "byline", "dateline", "agency", "published", "language")

# The 24 columns of an Annotation (reader.models), read by _annotation().
_ANNOTATION_COLS = """
    a.id, a.article_id, l.name, l.kind, a.start, a."end", a.text, a.prefix, a.suffix, a.note,
    a.annotator, a.created, a.updated, a.origin, a.claimant, a.claim_status,
    a.entity_id, (SELECT canonical FROM entities WHERE id = a.entity_id),
    a.claimant_entity_id, (SELECT canonical FROM entities WHERE id = a.claimant_entity_id),
    a.explanation, a.review_state, a.checked_by, a.checked_at"""
_ANNOTATION_WIDTH = 24
_ANNOTATION_SELECT = f"""
    SELECT {_ANNOTATION_COLS}
    FROM annotations a JOIN labels l ON l.id = a.label_id
"""
# The fields update_annotation changes (and the history puts back).
EDITABLE = (
    "label",
    "note",
    "start",
    "end",
    "claimant",
    "claim_status",
    "quantity_ids",
    "claimant_entity_id",
    "explanation",
    "review_state",
    "checked_by",
    "checked_at",
)


# A claim's quantities [[id, text], ...] in text order, and its evidence, as JSON (NULL when none).
_QUANTITIES_JSON = """(SELECT CASE WHEN count(*) THEN json_group_array(json_array(q.id, q.text)) END
    FROM (SELECT q.id, q.text FROM claim_quantities c JOIN annotations q ON q.id = c.quantity_id
          WHERE c.claim_id = a.id ORDER BY q.start, q.id) q)"""
_EVIDENCE_JSON = """(SELECT CASE WHEN count(*) THEN json_group_array(json_array(
        ev.id, ev.claim_id, ev.source, ev.quote, ev.note, ev.added_at, ev.added_by)) END
    FROM (SELECT * FROM evidence WHERE claim_id = a.id ORDER BY id) ev)"""


def _claim_parts(r: Sequence, at: int) -> tuple[Annotation, list[str]]:
    """The Annotation of a row with _ANNOTATION_COLS first and, from `at`, _QUANTITIES_JSON and
    _EVIDENCE_JSON; and its quantities' texts in text order."""
    ann = _annotation(r)
    quantities = json.loads(r[at]) if r[at] else []
    ann.quantity_ids = sorted(q[0] for q in quantities)
    ann.evidence = [Evidence(*e) for e in json.loads(r[at + 1])] if r[at + 1] else []
    return ann, [q[1] for q in quantities]


def _annotation(r: Sequence) -> Annotation:
    """An Annotation from the _ANNOTATION_COLS of a row (quantities and evidence filled in later)."""
    return Annotation(
        *[*r[:16], [], *r[16:_ANNOTATION_WIDTH]]
    )  # one list: mypy pairs each star with the rest


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    """De-duplication key: the cleaned article text, so one article saved twice is stored once."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    return len(_WORD.findall(text))  # twice as fast as counting finditer matches


@dataclass
class SearchHit:
    id: int
    title: str | None
    site: str | None
    published: str | None
    snippet: str
    rank: float


@dataclass
class ClaimRow:
    """One claim for `reader claims`: the annotation, its article's title and its quantities' texts."""

    annotation: Annotation
    article_title: str | None
    quantity_texts: list[str]


@dataclass
class AddResult:
    article_id: int
    created: bool  # False: the same content was already stored


@dataclass
class ExportRow:
    """One annotation with what an export writes beside it: its article's metadata and the texts of
    the quantities a claim links (in text order)."""

    annotation: Annotation
    article_title: str | None
    article_site: str | None
    article_published: str | None
    content_hash: str
    article_source: str | None
    quantity_texts: list[str]
    article_url: str | None = None  # the page's address, when known


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


class Store(EntitiesMixin, FactCheckMixin):
    def __init__(
        self, path: str | Path, *, migrate: bool = True, on_migrate: Callable[[str], None] | None = None
    ) -> None:
        """on_migrate is told, in one line, before a database is upgraded (it can take a while)."""
        self.path = Path(path)
        self._lock = threading.RLock()
        # A file the user may read but not write still opens, for reading: list, show, search, export.
        self.readonly = str(path) != ":memory:" and self.path.is_file() and not os.access(self.path, os.W_OK)
        if str(path) != ":memory:" and not self.readonly:
            if self.path.is_dir():
                raise StoreError(f"database path is a directory: {self.path}")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(
                    f"cannot create the folder for the database {self.path.parent}: {e.strerror}"
                ) from None
        # How other connections (exports) read this file: read-only, or immutable when even that
        # cannot open it (a read-only folder or file system: no -shm file can be made).
        self._read_uri = f"{self.path.resolve().as_uri()}?mode=ro" if str(path) != ":memory:" else ""
        try:
            try:
                conn = self._connect(path)
            except sqlite3.OperationalError as e:
                if str(path) == ":memory:" or not self.path.is_file() or not _cannot_open(e):
                    raise
                # The file is there but cannot be opened for writing (read-only folder or file
                # system, as README promises): open it for reading.
                self.readonly = True
                try:
                    conn = self._connect(path)
                except sqlite3.OperationalError as e2:
                    if not _cannot_open(e2):
                        raise
                    self._read_uri = f"{self.path.resolve().as_uri()}?immutable=1"
                    conn = self._connect(path)
            self.conn = conn
            conn.text_factory = lenient_text
            conn.execute("PRAGMA foreign_keys = ON")
            # The entity index key, for grouping and linking tags in SQL (reader.entities).
            conn.create_function("reader_entity_key", 1, entity_key, deterministic=True)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            # One statement, so one snapshot: another program may create the schema in between.
            version, tables, ours = _when_free(
                conn,
                "SELECT (SELECT user_version FROM pragma_user_version), "
                "(SELECT count(*) FROM sqlite_master WHERE type = 'table'), "
                "(SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                "AND name IN ('articles', 'labels', 'annotations'))",
            )
            # Another program's file is refused before anything is written to it (not even the
            # journal mode): tables but no schema version, a version reader never writes
            # (negative), or a version without reader's own tables.
            if (version == 0 and tables) or version < 0 or (version > 0 and ours < 3):
                raise StoreError(f"{self.path} is an SQLite database but not a reader database")
            if str(path) != ":memory:" and not self.readonly:
                (mode,) = _when_free(conn, "PRAGMA journal_mode = WAL")
                if mode.lower() != "wal" and version == 0:
                    raise StoreError(f"cannot write the database {self.path} (journal mode {mode})")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as e:
            raise StoreError(self._describe(e)) from None
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer version of reader (schema {version}, this one "
                f"knows {SCHEMA_VERSION}); upgrade reader to open it"
            )
        if version < SCHEMA_VERSION and migrate:
            if self.readonly:
                raise StoreError(f"{self.path} is read-only and needs upgrading by this version of reader")
            if on_migrate is not None and version > 0:
                on_migrate(
                    f"upgrading {self.path} from schema {version} to {SCHEMA_VERSION}; a copy is kept "
                    f"as {self._backup_path(version).name} (a minute at most for a million tags)"
                )
            self._migrate(version)

    # -- opening, migrating, transactions ------------------------------------------------------

    def _connect(self, path: str | Path) -> sqlite3.Connection:
        target, uri = (self._read_uri, True) if self.readonly else (str(path), False)
        conn = sqlite3.connect(
            target, timeout=BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=None, uri=uri
        )
        try:
            _when_free(conn, "SELECT count(*) FROM sqlite_master")  # fails here if it cannot open
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _describe(self, e: sqlite3.Error) -> str:
        msg = str(e)
        if "file is not a database" in msg or "malformed" in msg:
            return f"{self.path} is not a reader database or is corrupt ({msg})"
        if "readonly" in msg or "read-only" in msg:
            return f"the database {self.path} is read-only: nothing was changed"
        if "locked" in msg or "busy" in msg:
            return f"the database {self.path} is busy in another program; try again"
        if "full" in msg:
            return f"the disk is full: nothing was changed in {self.path}"
        if "unable to open" in msg:
            return f"cannot open the database {self.path}"
        return f"database error on {self.path}: {msg}"

    def _migrate(self, version: int) -> None:
        # Two programs may open the same old (or new) file at once: each step re-reads the version
        # once it holds the write lock and skips what the other has done meanwhile.
        for number in range(version, SCHEMA_VERSION):
            with self._write():
                current = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if current > number:
                    continue
                if number == version > 0 and self.path.exists():
                    # Under the lock, so only the program that upgrades writes the copy; read by a
                    # second connection (nothing is written yet, and WAL lets it read). The backup
                    # API copies a consistent snapshot even with a WAL file beside it.
                    with (
                        contextlib.closing(sqlite3.connect(str(self.path))) as src,
                        contextlib.closing(sqlite3.connect(str(self._backup_path(version)))) as dst,
                    ):
                        src.backup(dst)
                migration = MIGRATIONS[number]
                if callable(migration):
                    migration(self.conn)
                else:
                    # executescript would COMMIT our transaction: run statement by statement instead.
                    for statement in _split_sql(migration):
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    def _backup_path(self, version: int) -> Path:
        return self.path.with_name(f"{self.path.name}.v{version}.bak")

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, retried with backoff while another process holds the write lock.

        The thread lock is let go between tries, so the TUI's reads (rows on screen) go on while a
        worker waits for another program to finish writing."""
        if self.readonly:
            raise StoreError(f"the database {self.path} is read-only: nothing was changed")
        delay = 0.01
        deadline = time.monotonic() + WRITE_RETRY_S
        while True:
            self._lock.acquire()
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as e:
                self._lock.release()
                if _is_busy(e) and time.monotonic() < deadline:
                    time.sleep(delay)
                    delay = min(delay * 2, 0.25)
                    continue
                raise StoreError(self._describe(e)) from None
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(self._describe(e)) from None
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._lock.release()

    def _read(self, sql: str, params: Sequence | dict = ()) -> list[tuple]:
        deadline = time.monotonic() + WRITE_RETRY_S
        while True:
            with self._lock:
                try:
                    return self.conn.execute(sql, params).fetchall()
                except sqlite3.OperationalError as e:
                    # WAL readers are rarely busy (another process recovering the log): wait it out.
                    if not (_is_busy(e) and time.monotonic() < deadline):
                        raise StoreError(self._describe(e)) from None
                except sqlite3.DatabaseError as e:
                    raise StoreError(self._describe(e)) from None
            time.sleep(0.05)

    def integrity_check(self) -> str:
        return self._read("PRAGMA integrity_check")[0][0]

    # -- articles -------------------------------------------------------------------------------

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
        inserts). Each gets an AddResult, or the InvalidInput that refused it alone."""
        results: list[AddResult | InvalidInput] = []
        stamp = now()
        with self._write() as conn:
            for clean, raw, source, fmt in items:
                if not clean.text.strip():
                    results.append(InvalidInput("no article text found"))
                    continue
                digest = content_hash(clean.text)
                row = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
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
                cur = conn.execute(
                    """INSERT INTO articles (content_hash, source, format, site, title, byline, dateline,
                       agency, published, language, raw, text, word_count, status, imported_at, url,
                       confidence, confidence_reason)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?)""",
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

    def get_article(self, article_id: int, *, with_raw: bool = False) -> Article:
        cols = _ARTICLE_COLS + (", raw" if with_raw else "")
        rows = self._read(f"SELECT {cols} FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotFound(f"no article with id {article_id}")
        return Article(*rows[0])

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
    ) -> list[int]:
        """Ordered ids of the articles matching a filter: the library keeps only these and fetches
        rows for what is on screen. With a query the order is by search rank (newest first when more
        than RANK_LIMIT articles match)."""
        where, params = self._filters(status, label, low_confidence)
        if query:
            check_query(query)
            fts = fts_query(query)
            if fts is None:
                return []
            # The FTS index alone: joining articles costs a page read per match (x3-x6).
            matches = [
                r[0] for r in self._read("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [fts])
            ]
            if len(matches) <= RANK_LIMIT:
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
        sql = f"SELECT id FROM articles{clause} ORDER BY {order} {direction}, id {direction}"
        return [r[0] for r in self._read(sql, params)]

    def _filters(
        self, status: str | None, label: str | None, low_confidence: bool = False
    ) -> tuple[list[str], list]:
        where: list[str] = []
        params: list = []
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
                "EXISTS (SELECT 1 FROM annotations an WHERE an.article_id = articles.id AND an.label_id = ?)"
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
                f"FROM articles WHERE id IN ({marks})",
                chunk,
            ):
                found[r[0]] = ArticleRow(*r)
        return [found[i] for i in ids if i in found]

    def data_version(self) -> int:
        """SQLite's PRAGMA data_version: it changes when another connection (another program,
        another reader window) commits, not for this connection's own writes. Cheap to poll."""
        return int(self._read("PRAGMA data_version")[0][0])

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
        with self._write() as conn:
            if conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount == 0:
                raise NotFound(f"no article with id {article_id}")

    def replace_text(
        self,
        article_id: int,
        clean: CleanResult,
        placements: dict[int, tuple[int, int]],
        drop: Iterable[int] = (),
        rejected: Iterable[tuple[str, int, int]] = (),
    ) -> None:
        """Give an article a new cleaned text. Every annotation must be either placed in the new
        text (placements: id -> (start, end)) or listed in drop: none is lost silently. rejected
        replaces the article's rejected suggestions (label, start, end), placed in the new text."""
        drop = set(drop)
        with self._write() as conn:
            ids = {
                r[0] for r in conn.execute("SELECT id FROM annotations WHERE article_id = ?", (article_id,))
            }
            missing = ids - set(placements) - drop
            if missing:
                raise InvalidInput(f"annotations {sorted(missing)} have no place in the new text")
            digest = content_hash(clean.text)
            other = conn.execute(
                "SELECT id FROM articles WHERE content_hash = ? AND id != ?", (digest, article_id)
            ).fetchone()
            if other:
                raise InvalidInput(f"the new text is the same as article {other[0]}'s")
            conn.execute(
                """UPDATE articles SET text = ?, content_hash = ?, word_count = ?, title = ?, byline = ?,
                   dateline = ?, agency = ?, published = ?, language = ?, site = ?,
                   url = coalesce(?, url), confidence = ?, confidence_reason = ? WHERE id = ?""",
                (
                    clean.text,
                    digest,
                    word_count(clean.text),
                    clean.title,
                    clean.byline,
                    clean.dateline,
                    clean.agency,
                    clean.published,
                    clean.language,
                    clean.site,
                    clean.url,
                    clean.confidence,
                    clean.reason,
                    article_id,
                ),
            )
            for ann_id in drop:
                conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))
            conn.execute("DELETE FROM rejected_suggestions WHERE article_id = ?", (article_id,))
            conn.executemany(
                'INSERT OR IGNORE INTO rejected_suggestions (article_id, label, start, "end") VALUES (?, ?, ?, ?)',
                [(article_id, label, start, end) for label, start, end in rejected],
            )
            sentences = SentenceBounds(clean.text)
            for ann_id, (start, end) in placements.items():
                prefix, suffix = context(clean.text, start, end)
                conn.execute(
                    'UPDATE annotations SET start = ?, "end" = ?, prefix = ?, suffix = ?, sentence = ? WHERE id = ?',
                    (start, end, prefix, suffix, sentences.sentence(start, end), ann_id),
                )

    def replace_body(
        self,
        article_id: int,
        text: str,
        *,
        body_choice: str | None,
        confidence: float | None,
        reason: str | None,
        placements: dict[int, tuple[int, int]],
        set_aside: Iterable[int] = (),
        bring_back: Iterable[int] | dict[int, tuple[int, int]] = (),
        rejected: Iterable[tuple[str, int, int]] | None = None,
        expect_text: str | None = None,
    ) -> None:
        """Give an article a body the journalist chose (or take it back: undo), in one transaction.
        Every annotation is placed in the new text (placements: id -> (start, end)) or set aside,
        whole, in set_aside_annotations; bring_back puts set-aside ones back at the offsets they
        had. expect_text: refuse when the stored text is not this one (changed meanwhile)."""
        set_aside = list(set_aside)
        # bring_back: ids (back at the offsets they were set aside with) or id -> (start, end).
        back: dict[int, tuple[int, int] | None] = (
            dict(bring_back) if isinstance(bring_back, dict) else dict.fromkeys(bring_back)
        )
        with self._write() as conn:
            current = self._article_text(conn, article_id)
            if expect_text is not None and current != expect_text:
                raise InvalidInput(f"article {article_id}'s text has changed meanwhile; nothing changed")
            ids = {
                r[0] for r in conn.execute("SELECT id FROM annotations WHERE article_id = ?", (article_id,))
            }
            missing = ids - set(placements) - set(set_aside)
            if missing:
                raise InvalidInput(f"annotations {sorted(missing)} have no place in the new text")
            digest = content_hash(text)
            other = conn.execute(
                "SELECT id FROM articles WHERE content_hash = ? AND id != ?", (digest, article_id)
            ).fetchone()
            if other:
                raise InvalidInput(f"the new text is the same as article {other[0]}'s")
            conn.execute(
                """UPDATE articles SET text = ?, content_hash = ?, word_count = ?, body_choice = ?,
                   confidence = ?, confidence_reason = ? WHERE id = ?""",
                (text, digest, word_count(text), body_choice, confidence, reason, article_id),
            )
            stamp = now()
            for ann_id in set_aside:
                cur = conn.execute(
                    "SELECT * FROM annotations WHERE id = ? AND article_id = ?", (ann_id, article_id)
                )
                names = [d[0] for d in cur.description]
                row = cur.fetchone()
                if row is None:
                    raise NotFound(f"no annotation {ann_id} in article {article_id}")
                data: dict[str, Any] = {"row": dict(zip(names, row, strict=True))}
                data["quantities"] = [
                    r[0]
                    for r in conn.execute(
                        "SELECT quantity_id FROM claim_quantities WHERE claim_id = ?", (ann_id,)
                    )
                ]
                data["claims"] = [
                    r[0]
                    for r in conn.execute(
                        "SELECT claim_id FROM claim_quantities WHERE quantity_id = ?", (ann_id,)
                    )
                ]
                # A claim's evidence goes aside with it (deleting the row would cascade it away).
                data["evidence"] = [
                    list(r)
                    for r in conn.execute(
                        "SELECT id, claim_id, source, quote, note, added_at, added_by FROM evidence "
                        "WHERE claim_id = ? ORDER BY id",
                        (ann_id,),
                    )
                ]
                conn.execute(
                    "INSERT OR REPLACE INTO set_aside_annotations (id, article_id, data, set_aside_at) VALUES (?, ?, ?, ?)",
                    (ann_id, article_id, json.dumps(data, ensure_ascii=False), stamp),
                )
                conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))
            sentences = SentenceBounds(text)
            for ann_id, (start, end) in placements.items():
                prefix, suffix = context(text, start, end)
                conn.execute(
                    'UPDATE annotations SET start = ?, "end" = ?, prefix = ?, suffix = ?, sentence = ? WHERE id = ?',
                    (start, end, prefix, suffix, sentences.sentence(start, end), ann_id),
                )
            links: list[tuple[int, int]] = []
            for ann_id, span in back.items():
                found = conn.execute(
                    "SELECT data FROM set_aside_annotations WHERE id = ? AND article_id = ?",
                    (ann_id, article_id),
                ).fetchone()
                if found is None:
                    raise NotFound(f"no set-aside annotation {ann_id} in article {article_id}")
                data = json.loads(found[0])
                row = data["row"]
                start, end = span or (row["start"], row["end"])
                row["start"], row["end"] = start, end
                if not (0 <= start < end <= len(text)) or text[start:end] != row["text"]:
                    raise InvalidInput(f"annotation {ann_id} does not fit the text it is brought back to")
                row["prefix"], row["suffix"] = context(text, start, end)
                row["sentence"] = sentences.sentence(start, end)
                # An entity merged away meanwhile: linked again by its text below.
                for column in ("entity_id", "claimant_entity_id"):
                    if (
                        row.get(column) is not None
                        and not conn.execute("SELECT 1 FROM entities WHERE id = ?", (row[column],)).fetchone()
                    ):
                        row[column] = None
                cols = ", ".join(f'"{c}"' for c in row)
                conn.execute(
                    f"INSERT INTO annotations ({cols}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
                if row.get("entity_id") is None:
                    kind = conn.execute("SELECT kind FROM labels WHERE id = ?", (row["label_id"],)).fetchone()
                    if kind and kind[0] == "entity":
                        self._link_mention(conn, ann_id, row["label_id"], row["text"])
                conn.executemany(
                    "INSERT OR IGNORE INTO evidence (id, claim_id, source, quote, note, added_at, added_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    data.get("evidence", []),
                )
                conn.execute("DELETE FROM set_aside_annotations WHERE id = ?", (ann_id,))
                links += [(ann_id, q) for q in data["quantities"]] + [(c, ann_id) for c in data["claims"]]
            for claim_id, quantity_id in links:
                conn.execute(
                    "INSERT OR IGNORE INTO claim_quantities (claim_id, quantity_id) "
                    "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM annotations WHERE id = ?) "
                    "AND EXISTS (SELECT 1 FROM annotations WHERE id = ?)",
                    (claim_id, quantity_id, claim_id, quantity_id),
                )
            if rejected is not None:
                conn.execute("DELETE FROM rejected_suggestions WHERE article_id = ?", (article_id,))
                conn.executemany(
                    'INSERT OR IGNORE INTO rejected_suggestions (article_id, label, start, "end") VALUES (?, ?, ?, ?)',
                    [(article_id, label, start, end) for label, start, end in rejected],
                )

    def set_aside_annotations(self, article_id: int) -> list[Annotation]:
        """The annotations a body fix could not place in the article's text, as they were (their
        offsets are in the text they came from), oldest first."""
        labels = {label.id: label for label in self.labels()}
        out = []
        for (data,) in self._read(
            "SELECT data FROM set_aside_annotations WHERE article_id = ? ORDER BY set_aside_at, id",
            (article_id,),
        ):
            r = json.loads(data)["row"]
            label = labels.get(r["label_id"])
            out.append(
                Annotation(
                    r["id"],
                    r["article_id"],
                    label.name if label else "?",
                    label.kind if label else "entity",
                    r["start"],
                    r["end"],
                    r["text"],
                    r["prefix"],
                    r["suffix"],
                    r["note"],
                    r["annotator"],
                    r["created"],
                    r["updated"],
                    r["origin"],
                    r["claimant"],
                    r["claim_status"],
                    json.loads(data)["quantities"],
                )
            )
        return out

    def search(self, query: str, *, limit: int = 20, raw: bool = False) -> list[SearchHit]:
        """Full-text search, best first, with a snippet. raw=True passes FTS5 syntax through
        (AND, OR, NOT, "phrases", prefix*); a malformed query is an InvalidInput."""
        check_query(query)
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

    # -- labels ---------------------------------------------------------------------------------

    def labels(self) -> list[Label]:
        return [
            Label(*r)
            for r in self._read("SELECT id, name, kind, colour, hotkey, description FROM labels ORDER BY id")
        ]

    def builtin_label_names(self) -> dict[str, str]:
        """The built-in labels' names as the suggester knows them (PERSON, ..., CLAIM) -> their names
        now. They are the first rows of the labels table, so a rename keeps the id they are found by."""
        from reader.store.schema import DEFAULT_LABELS

        rows = {
            r[0]: (r[1], r[2])
            for r in self._read("SELECT id, name, kind FROM labels WHERE id <= ?", (len(DEFAULT_LABELS),))
        }
        names = {}
        for i, (builtin, kind, *_rest) in enumerate(DEFAULT_LABELS, start=1):
            name, row_kind = rows.get(i, (builtin, kind))
            names[builtin] = name if row_kind == kind else builtin
        return names

    def get_label(self, name: str) -> Label:
        rows = self._read(
            "SELECT id, name, kind, colour, hotkey, description FROM labels WHERE name = ? COLLATE NOCASE",
            (name,),
        )
        if not rows:
            known = ", ".join(label.name for label in self.labels())
            raise InvalidInput(f"unknown label {name!r}; known labels: {known}")
        return Label(*rows[0])

    def add_label(
        self,
        name: str,
        kind: str = "entity",
        colour: str = "#56b6c2",
        hotkey: str | None = None,
        description: str | None = None,
    ) -> Label:
        name = _label_name(name)
        description = normalize_field(description)
        if kind not in LABEL_KINDS:
            raise InvalidInput(f"unknown label kind {kind!r}; use entity or claim")
        _check_colour(colour)
        hotkey = _check_hotkey(hotkey)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM labels WHERE name = ? COLLATE NOCASE", (name,)).fetchone():
                raise InvalidInput(f"a label named {name} already exists")
            self._hotkey_free(conn, hotkey, None)
            conn.execute(
                "INSERT INTO labels (name, kind, colour, hotkey, description) VALUES (?, ?, ?, ?, ?)",
                (name, kind, colour, hotkey, description),
            )
        return self.get_label(name)

    def _hotkey_free(self, conn: sqlite3.Connection, hotkey: str | None, label_id: int | None) -> None:
        if hotkey is None:
            return
        row = conn.execute("SELECT id, name FROM labels WHERE hotkey = ?", (hotkey,)).fetchone()
        if row and row[0] != label_id:
            raise InvalidInput(f"hotkey {hotkey} is already used by {row[1]}")

    def update_label(
        self,
        name: str,
        *,
        new_name: str | None = None,
        colour: str | None = None,
        hotkey: str | None = None,
        clear_hotkey: bool = False,
        description: str | None = None,
    ) -> Label:
        """Rename, recolour or re-key a label. Annotations point at the label's id, so they follow."""
        label = self.get_label(name)
        updates: dict[str, object] = {}
        if new_name is not None:
            updates["name"] = _label_name(new_name)
        if colour is not None:
            updates["colour"] = _check_colour(colour)
        if hotkey is not None:
            updates["hotkey"] = _check_hotkey(hotkey)
        if clear_hotkey:
            updates["hotkey"] = None
        if description is not None:
            updates["description"] = normalize_field(description)
        if not updates:
            return label
        with self._write() as conn:
            if "name" in updates:
                clash = conn.execute(
                    "SELECT id FROM labels WHERE name = ? COLLATE NOCASE AND id != ?",
                    (updates["name"], label.id),
                ).fetchone()
                if clash:
                    raise InvalidInput(f"a label named {updates['name']} already exists")
            if updates.get("hotkey"):
                self._hotkey_free(conn, updates["hotkey"], label.id)  # type: ignore[arg-type]
            sets = ", ".join(f"{k} = ?" for k in updates)
            conn.execute(f"UPDATE labels SET {sets} WHERE id = ?", (*updates.values(), label.id))
        return self.get_label(str(updates.get("name", label.name)))

    # -- annotations ----------------------------------------------------------------------------

    def _annotation_from_row(self, r: tuple) -> Annotation:
        ann = _annotation(r)
        if ann.kind == "claim":
            ann.quantity_ids = [
                q[0]
                for q in self.conn.execute(
                    "SELECT quantity_id FROM claim_quantities WHERE claim_id = ? ORDER BY quantity_id",
                    (ann.id,),
                )
            ]
            ann.evidence = [
                Evidence(*e)
                for e in self.conn.execute(
                    "SELECT id, claim_id, source, quote, note, added_at, added_by FROM evidence "
                    "WHERE claim_id = ? ORDER BY id",
                    (ann.id,),
                )
            ]
        return ann

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """The lock for a read on the shared connection; a database error is a StoreError."""
        with self._lock:
            try:
                yield
            except sqlite3.DatabaseError as e:
                raise StoreError(self._describe(e)) from None

    def annotations(self, article_id: int) -> list[Annotation]:
        """An article's annotations in text order (start, then longest first)."""
        with self._reading():
            rows = self.conn.execute(
                _ANNOTATION_SELECT + ' WHERE a.article_id = ? ORDER BY a.start, a."end" DESC, a.id',
                (article_id,),
            ).fetchall()
            return [self._annotation_from_row(r) for r in rows]

    def get_annotation(self, annotation_id: int) -> Annotation:
        with self._reading():
            row = self.conn.execute(_ANNOTATION_SELECT + " WHERE a.id = ?", (annotation_id,)).fetchone()
            if row is None:
                raise NotFound(f"no annotation with id {annotation_id}")
            return self._annotation_from_row(row)

    def _article_text(self, conn: sqlite3.Connection, article_id: int) -> str:
        row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        return row[0]

    def _check_quantities(self, conn: sqlite3.Connection, article_id: int, ids: Iterable[int]) -> list[int]:
        ids = list(dict.fromkeys(ids))
        for qid in ids:
            row = conn.execute("SELECT article_id FROM annotations WHERE id = ?", (qid,)).fetchone()
            if row is None or row[0] != article_id:
                raise InvalidInput(f"annotation {qid} is not in article {article_id}")
        return ids

    def _log(
        self,
        conn: sqlite3.Connection,
        session_id: int | None,
        article_id: int,
        ann_id: int,
        action: str,
        who: str | None,
    ) -> None:
        conn.execute(
            "INSERT INTO events (session_id, article_id, annotation_id, action, annotator, at) VALUES (?, ?, ?, ?, ?, ?)",
            (session_id, article_id, ann_id, action, normalize_field(who), now()),
        )

    def add_annotation(
        self,
        article_id: int,
        label: str,
        start: int,
        end: int,
        *,
        note: str | None = None,
        annotator: str | None = None,
        origin: str = "manual",
        claimant: str | None = None,
        claim_status: str | None = None,
        quantity_ids: Iterable[int] = (),
        session_id: int | None = None,
        annotation_id: int | None = None,
        created: str | None = None,
        updated: str | None = None,
        claimant_entity_id: int | None = None,
        claimant_label: str | None = None,
        explanation: str | None = None,
        review_state: str | None = None,
        checked_by: str | None = None,
        checked_at: str | None = None,
        evidence: Iterable[Evidence] = (),
    ) -> Annotation:
        """Tag text[start:end] of an article; committed before this returns. The same label on the
        same span twice is refused (an InvalidInput), so a repeated keypress adds nothing.
        created/updated keep the timestamps of a restored or imported annotation.

        An entity tag joins the entity of its label one of whose aliases its text is, else a new
        entity named by it. A claim's claimant is an entity of any label: claimant_entity_id picks
        one; a claimant text is looked up by alias, else made a new entity of claimant_label
        (default PERSON). evidence puts back a deleted claim's evidence with its ids."""
        lab = self.get_label(label)
        # Free text is neutralised as it enters, whoever gives it (CLI, TUI, import-annotations).
        note, annotator, claimant = (
            normalize_note(note),
            normalize_field(annotator),
            normalize_field(claimant),
        )
        if origin not in ("manual", "suggested"):
            raise InvalidInput(f"unknown origin {origin!r}")
        if lab.kind == "claim":
            claim_status = claim_status or "unverified"
            if claim_status not in CLAIM_STATUSES:
                raise InvalidInput(
                    f"unknown claim status {claim_status!r}; use one of: {', '.join(CLAIM_STATUSES)}"
                )
            review_state = _review_state(review_state or "unreviewed")
            explanation, checked_by = clean_text(explanation), clean_field(checked_by)
        else:
            claimant, claim_status, quantity_ids = None, None, ()
            claimant_entity_id = None
            explanation = review_state = checked_by = checked_at = None
            evidence = ()
        with self._write() as conn:
            text = self._article_text(conn, article_id)
            _check_span(text, start, end)
            self._refuse_duplicate(conn, text, article_id, lab, (start, end))
            if lab.kind == "claim":
                claimant, claimant_entity_id = self._claimant_entity(
                    conn, claimant, claimant_entity_id, claimant_label
                )
            prefix, suffix = context(text, start, end)
            stamp = now()
            cur = conn.execute(
                """INSERT INTO annotations (id, article_id, label_id, start, "end", text, prefix, suffix,
                   sentence, note, annotator, created, updated, origin, claimant, claim_status,
                   claimant_entity_id, explanation, review_state, checked_by, checked_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    annotation_id,
                    article_id,
                    lab.id,
                    start,
                    end,
                    text[start:end],
                    prefix,
                    suffix,
                    sentence_text(text, start, end),
                    note or None,
                    annotator,
                    created or stamp,
                    updated or stamp,
                    origin,
                    claimant or None,
                    claim_status,
                    claimant_entity_id,
                    explanation,
                    review_state,
                    checked_by,
                    checked_at,
                ),
            )
            ann_id = inserted_id(cur)
            if lab.kind == "entity":
                self._link_mention(conn, ann_id, lab.id, text[start:end])
            conn.executemany(
                "INSERT INTO evidence (id, claim_id, source, quote, note, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.id,
                        ann_id,
                        clean_field(e.source),
                        clean_text(e.quote),
                        clean_text(e.note),
                        e.added_at,
                        clean_field(e.added_by),
                    )
                    for e in evidence
                    if clean_field(e.source)
                ],  # fmt: skip
            )
            for qid in self._check_quantities(conn, article_id, quantity_ids):
                conn.execute(
                    "INSERT INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)", (ann_id, qid)
                )
            conn.execute(
                "UPDATE articles SET status = 'in progress' WHERE id = ? AND status = 'new'", (article_id,)
            )
            self._log(conn, session_id, article_id, ann_id, "added", annotator)
        return self.get_annotation(ann_id)

    def _refuse_duplicate(
        self,
        conn: sqlite3.Connection,
        text: str,
        article_id: int,
        label: Label,
        span: tuple[int, int],
        own_id: int = 0,
    ) -> None:
        """The same label on the same span twice is refused, whether by adding or by editing."""
        start, end = span
        if conn.execute(
            'SELECT 1 FROM annotations WHERE article_id = ? AND label_id = ? AND start = ? AND "end" = ? AND id != ?',
            (article_id, label.id, start, end, own_id),
        ).fetchone():
            raise AlreadyTagged(f"“{_short(text[start:end])}” is already tagged {label.name}")

    def update_annotation(
        self,
        annotation_id: int,
        *,
        session_id: int | None = None,
        annotator: str | None = None,
        **fields: Any,  # label, note: str; start, end: int; quantity_ids: list[int]; ...
    ) -> tuple[Annotation, Annotation]:
        """Change label, note, span (start/end), claimant, claim_status, quantity_ids, or a claim's
        fact-check (claimant_entity_id, explanation, review_state, checked_by, checked_at).
        Returns (before, after) so the caller can undo.

        An entity tag whose label or text (by entity_key) changes is linked again: to the entity its
        new text names, else a new one. A claimant changed without claimant_entity_id is looked up
        as add_annotation does."""
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise InvalidInput(f"cannot change {', '.join(sorted(unknown))}")
        with self._write() as conn:
            # Read under the write lock: another program's change made while this one waited for
            # the lock is neither overwritten with an old copy nor missing from the undo record.
            before = self.get_annotation(annotation_id)
            after = replace(before, **{k: v for k, v in fields.items() if k != "label"})
            if "label" in fields:
                lab = self.get_label(str(fields["label"]))
                after.label, after.kind = lab.name, lab.kind
            if after.kind == "claim":
                after.claim_status = after.claim_status or "unverified"
                if after.claim_status not in CLAIM_STATUSES:
                    raise InvalidInput(
                        f"unknown claim status {after.claim_status!r}; use one of: {', '.join(CLAIM_STATUSES)}"
                    )
                after.review_state = _review_state(after.review_state or "unreviewed")
                after.explanation = clean_text(after.explanation)
                after.checked_by = clean_field(after.checked_by)
                if "claimant_entity_id" in fields and after.claimant_entity_id is None:
                    # Given as None (an undo of a claim whose claimant had no entity): kept so.
                    after.claimant = clean_field(after.claimant)
                elif "claimant_entity_id" in fields or after.claimant != before.claimant:
                    entity = after.claimant_entity_id if "claimant_entity_id" in fields else None
                    after.claimant, after.claimant_entity_id = self._claimant_entity(
                        conn, after.claimant, entity
                    )
            else:
                after.claimant, after.claim_status, after.quantity_ids = None, None, []
                after.claimant_entity_id = after.explanation = after.review_state = None
                after.checked_by = after.checked_at = None
            after.note = normalize_note(after.note)
            text = self._article_text(conn, before.article_id)
            _check_span(text, after.start, after.end)
            prefix, suffix = context(text, after.start, after.end)
            new_label = self.get_label(after.label)
            label_id = new_label.id
            self._refuse_duplicate(
                conn, text, before.article_id, new_label, (after.start, after.end), annotation_id
            )
            conn.execute(
                """UPDATE annotations SET label_id = ?, start = ?, "end" = ?, text = ?, prefix = ?, suffix = ?,
                   sentence = ?, note = ?, claimant = ?, claim_status = ?, updated = ?,
                   claimant_entity_id = ?, explanation = ?, review_state = ?, checked_by = ?, checked_at = ?
                   WHERE id = ?""",
                (
                    label_id,
                    after.start,
                    after.end,
                    text[after.start : after.end],
                    prefix,
                    suffix,
                    sentence_text(text, after.start, after.end),
                    after.note or None,
                    after.claimant or None,
                    after.claim_status,
                    now(),
                    after.claimant_entity_id,
                    after.explanation,
                    after.review_state,
                    after.checked_by,
                    after.checked_at,
                    annotation_id,
                ),
            )
            new_text = text[after.start : after.end]
            if new_label.kind != "entity":
                conn.execute("UPDATE annotations SET entity_id = NULL WHERE id = ?", (annotation_id,))
            elif (
                before.entity_id is None
                or new_label.name != before.label
                or entity_key(new_text) != entity_key(before.text)
            ):
                self._link_mention(conn, annotation_id, new_label.id, new_text)
            conn.execute("DELETE FROM claim_quantities WHERE claim_id = ?", (annotation_id,))
            for qid in self._check_quantities(conn, before.article_id, after.quantity_ids):
                conn.execute(
                    "INSERT INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)", (annotation_id, qid)
                )
            self._log(conn, session_id, before.article_id, annotation_id, "changed", annotator)
        return before, self.get_annotation(annotation_id)

    def delete_annotation(
        self, annotation_id: int, *, session_id: int | None = None, annotator: str | None = None
    ) -> tuple[Annotation, list[int]]:
        """Delete one annotation. Returns it and the claims that linked it as a quantity, which is
        all restore_annotation needs to bring it back exactly."""
        ann = self.get_annotation(annotation_id)
        with self._write() as conn:
            linked = [
                r[0]
                for r in conn.execute(
                    "SELECT claim_id FROM claim_quantities WHERE quantity_id = ?", (annotation_id,)
                )
            ]
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            self._log(conn, session_id, ann.article_id, annotation_id, "deleted", annotator)
        return ann, linked

    def restore_annotation(
        self, ann: Annotation, linked_claims: Iterable[int] = (), *, session_id: int | None = None
    ) -> Annotation:
        """Put a deleted annotation back with its id, timestamps and links (undo of a delete)."""
        restored = self.add_annotation(
            ann.article_id,
            ann.label,
            ann.start,
            ann.end,
            note=ann.note,
            annotator=ann.annotator,
            origin=ann.origin,
            claimant=ann.claimant,
            claim_status=ann.claim_status,
            quantity_ids=[q for q in ann.quantity_ids if self._exists(q)],
            session_id=session_id,
            annotation_id=ann.id,
            created=ann.created,
            updated=ann.updated,
            claimant_entity_id=ann.claimant_entity_id if ann.claimant_entity_id else None,
            explanation=ann.explanation,
            review_state=ann.review_state,
            checked_by=ann.checked_by,
            checked_at=ann.checked_at,
            evidence=ann.evidence,
        )
        with self._write() as conn:
            for claim_id in linked_claims:
                if conn.execute("SELECT 1 FROM annotations WHERE id = ?", (claim_id,)).fetchone():
                    conn.execute(
                        "INSERT OR IGNORE INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)",
                        (claim_id, ann.id),
                    )
        return restored

    def _exists(self, annotation_id: int) -> bool:
        return bool(self._read("SELECT 1 FROM annotations WHERE id = ?", (annotation_id,)))

    # -- export ---------------------------------------------------------------------------------

    def _export_where(
        self,
        labels: Sequence[str],
        article_ids: Sequence[int],
        claim_status: str | None,
        article_status: str | None,
        annotator: str | None,
        since: str | None,
        article_range: tuple[int, int] | None = None,
    ) -> tuple[str, list]:
        where: list[str] = []
        params: list = []
        if article_range:
            where.append("a.article_id BETWEEN ? AND ?")
            params.extend(int(i) for i in article_range)
        if labels:
            names = [self.get_label(name).name for name in labels]
            where.append(f"l.name IN ({','.join('?' * len(names))})")
            params.extend(names)
        if article_ids:
            # One JSON parameter, not one per id: a search can name more articles than SQLite takes
            # parameters (32,766).
            where.append("a.article_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps([int(i) for i in article_ids]))
        if claim_status:
            where.append("a.claim_status = ?")
            params.append(claim_status)
        if article_status:
            where.append("ar.status = ?")
            params.append(article_status)
        if annotator:
            where.append("a.annotator = ?")
            params.append(annotator)
        if since:
            where.append("a.updated >= ?")
            params.append(since)
        return ("WHERE " + " AND ".join(where)) if where else "", params

    def _stream(self, sql: str, params: Sequence, batch_size: int) -> Iterator[list[tuple]]:
        """The rows of one query, batch_size at a time from one cursor: constant memory however many.

        A file database is read through a connection of its own: a cursor left open on the
        writing connection would hold its read snapshot for the whole export, and once another
        program committed, every write here (a tag made while the TUI exports) would fail as busy."""
        own = str(self.path) != ":memory:"
        try:
            if own:
                conn = sqlite3.connect(
                    self._read_uri,
                    uri=True,
                    timeout=BUSY_TIMEOUT_S,
                    check_same_thread=False,
                )
                lock: contextlib.AbstractContextManager = contextlib.nullcontext()
            else:
                conn, lock = self.conn, self._lock
            try:
                with lock:
                    cur = conn.execute(sql, params)
                done = 0
                while True:
                    try:
                        with lock:
                            rows = cur.fetchmany(batch_size)
                    except sqlite3.OperationalError as e:
                        # A value that is not UTF-8 (a damaged or tampered file): read again from the
                        # start decoding with replacement, past the rows already given. Only such a
                        # file pays for decoding in Python.
                        if not own or conn.text_factory is lenient_text or "decode" not in str(e):
                            raise
                        conn.text_factory = lenient_text
                        cur = conn.execute(sql, params)
                        skip = done
                        while skip > 0:
                            got = len(cur.fetchmany(min(skip, 10_000)))
                            if not got:
                                break
                            skip -= got
                        continue
                    if not rows:
                        return
                    done += len(rows)
                    yield rows
            finally:
                if own:
                    conn.close()
        except sqlite3.DatabaseError as e:
            raise StoreError(self._describe(e)) from None

    def iter_annotations_for_export(
        self,
        *,
        labels: Sequence[str] = (),
        article_ids: Sequence[int] = (),
        claim_status: str | None = None,
        article_status: str | None = None,
        annotator: str | None = None,
        since: str | None = None,
        batch_size: int = 1000,
    ) -> Iterator[ExportRow]:
        """Every annotation matching the filters, ordered by article, then start, end and id, with its
        article's metadata, streamed. since compares with the updated timestamp (ISO, >=)."""
        where, params = self._export_where(
            labels, article_ids, claim_status, article_status, annotator, since
        )
        sql = f"""
            SELECT {_ANNOTATION_COLS},
                   ar.title, ar.site, ar.published, ar.content_hash, ar.source, ar.url,
                   {_QUANTITIES_JSON}, {_EVIDENCE_JSON}
            FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
            {where}
            ORDER BY a.article_id, a.start, a."end", a.id
        """
        w = _ANNOTATION_WIDTH
        for rows in self._stream(sql, params, batch_size):
            for r in rows:
                ann, quantity_texts = _claim_parts(r, w + 6)
                yield ExportRow(ann, *[*r[w : w + 5], quantity_texts, r[w + 5]])

    def iter_export_table(
        self,
        fields: Sequence[str],
        *,
        neutralise: str = "",
        separator: str = " | ",
        labels: Sequence[str] = (),
        article_ids: Sequence[int] = (),
        claim_status: str | None = None,
        article_status: str | None = None,
        annotator: str | None = None,
        since: str | None = None,
        article_range: tuple[int, int] | None = None,
        batch_size: int = 2000,
    ) -> Iterator[list[tuple]]:
        """The annotations iter_annotations_for_export gives, in the same order, as batches of flat
        tuples of the named EXPORT_FIELDS computed by SQLite, so a writer takes them as they are (no
        Python per row: issue 7's export speed). A text value starting with a character of neutralise
        gets a "'" before it (spreadsheet formula injection); a claim's quantities are joined with
        separator. article_range=(first, last) keeps the articles with ids in it (one part of an
        export run in parallel: see export_ranges)."""
        unknown = [f for f in fields if f not in EXPORT_FIELDS]
        if unknown:
            raise InvalidInput(f"unknown export fields: {', '.join(unknown)}")
        where, params = self._export_where(
            labels, article_ids, claim_status, article_status, annotator, since, article_range
        )
        if any(c >= "A" for c in neutralise):
            raise InvalidInput("only characters below 'A' can be neutralised")
        codes = ",".join(str(ord(c)) for c in neutralise)
        columns = []
        for name in fields:
            expr, is_text = EXPORT_FIELDS[name]
            value = "v" if "{value}" in expr else expr
            if is_text and codes:
                # Most values start at or above 'A' (letters, anything not ASCII): one comparison
                # settles them, which halves the cost of this column.
                value = (
                    f"CASE WHEN {value} >= 'A' THEN {value} "
                    f"WHEN unicode({value}) IN ({codes}) THEN '''' || {value} ELSE {value} END"
                )
            columns.append(expr.replace("{value}", value) if "{value}" in expr else value)
        sql = f"""
            SELECT {", ".join(columns)}
            FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
            LEFT JOIN entities e ON e.id = a.entity_id
            {where}
            ORDER BY a.article_id, a.start, a."end", a.id
        """
        # The separator's placeholders all stand in the select list, before the filters' ones.
        separators = [separator] * sql.count("?SEP")
        return self._stream(sql.replace("?SEP", "?"), [*separators, *params], batch_size)

    def export_ranges(
        self, rows_per_range: int, article_ids: Sequence[int] = ()
    ) -> list[tuple[int, int, int]]:
        """(first article id, last article id, annotations in them) splitting the annotated articles,
        in id order, into ranges of about rows_per_range annotations (more when one article holds
        more): the parts of an export run in parallel. Counts ignore filters, so they are upper bounds."""
        sql = "SELECT id, annotation_count FROM articles WHERE annotation_count > 0"
        params = []
        if article_ids:
            sql += " AND id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps([int(i) for i in article_ids]))
        ranges: list[tuple[int, int, int]] = []
        first, total = None, 0
        for article_id, count in self._read(sql + " ORDER BY id", params):
            first = article_id if first is None else first
            total += count
            if total >= rows_per_range:
                ranges.append((first, article_id, total))
                first, total = None, 0
        if first is not None:
            ranges.append((first, article_id, total))
        return ranges

    # -- suggestions the user turned down ------------------------------------------------------

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

    # -- across the database: candidate articles, entity index, claims -------------------------

    def articles_with_words(self, text: str) -> list[int]:
        """Ids of the articles whose title or text holds the words of `text` as a phrase (full-text
        index, diacritics and case ignored): a superset of those containing `text` exactly, for the
        caller to check. Text without any word gives every article."""
        words = re.findall(r"\w+", text)
        if not words:
            return [r[0] for r in self._read("SELECT id FROM articles ORDER BY id")]
        phrase = '"' + " ".join(words).replace('"', '""') + '"'
        try:
            with self._lock:
                rows = self.conn.execute(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", (phrase,)
                ).fetchall()
        except (sqlite3.OperationalError, UnicodeEncodeError) as e:
            raise InvalidInput(f"cannot search for {text!r}: {e}") from None
        return [r[0] for r in rows]

    def claims(self, status: str | None = None, *, review_state: str | None = None) -> list[ClaimRow]:
        """Every claim (labels of kind claim) across articles, by article then position, with its
        evidence; optionally only those with one verification status or review state."""
        where, params = "l.kind = 'claim'", []
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
            SELECT {_ANNOTATION_COLS}, ar.title, {_QUANTITIES_JSON}, {_EVIDENCE_JSON}
            FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
            WHERE {where} ORDER BY a.article_id, a.start, a.id
        """
        out = []
        for r in self._read(sql, params):
            ann, quantity_texts = _claim_parts(r, _ANNOTATION_WIDTH + 1)
            out.append(ClaimRow(ann, r[_ANNOTATION_WIDTH], quantity_texts))
        return out

    # -- sessions and statistics -----------------------------------------------------------------

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
                "SELECT id, title, status, annotation_count AS annotations FROM articles "
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


def lenient_text(value: bytes) -> str:
    """A text value that is not valid UTF-8 (a damaged or tampered file) is read with U+FFFD for
    the bad bytes: what can be shown is shown, instead of the whole list failing."""
    return str(value, "utf-8", "replace")


def _cannot_open(e: sqlite3.Error) -> bool:
    message = str(e).lower()
    return "unable to open" in message or "readonly" in message or "read-only" in message


def _when_free(conn: sqlite3.Connection, sql: str) -> tuple:
    """The row of a statement run while opening, retried while another program holds the file
    (a new database is still in rollback mode, where even reads wait for a writer)."""
    deadline = time.monotonic() + WRITE_RETRY_S
    delay = 0.01
    while True:
        try:
            return conn.execute(sql).fetchone()
        except sqlite3.OperationalError as e:
            if not (_is_busy(e) and time.monotonic() < deadline):
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def _is_busy(e: sqlite3.OperationalError) -> bool:
    return "locked" in str(e) or "busy" in str(e)


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _check_span(text: str, start: int, end: int) -> None:
    """A tag's span: inside the text, not empty, not only white space."""
    if not (0 <= start < end <= len(text)):
        if 0 <= start <= len(text) and 0 <= end <= len(text) and start >= end:
            raise InvalidInput(f"span {start}-{end} is empty: the end must come after the start")
        raise InvalidInput(f"span {start}-{end} is outside the article (0-{len(text)})")
    if not text[start:end].strip():
        raise InvalidInput(f"span {start}-{end} is only white space")


def _review_state(state: str) -> str:
    if state not in REVIEW_STATES:
        raise InvalidInput(f"unknown review state {state!r}; use one of: {', '.join(REVIEW_STATES)}")
    return state


def _label_name(name: str) -> str:
    name = " ".join(name.split()).upper()
    if not name or not re.fullmatch(r"[\w-]+", name):
        raise InvalidInput(f"label names are one word of letters, digits, - or _: {name!r}")
    return name


def _check_colour(colour: str) -> str:
    if not _HEX_COLOUR.match(colour):
        raise InvalidInput(f"colours are written #rrggbb: {colour!r}")
    return colour


def _check_hotkey(hotkey: str | None) -> str | None:
    if hotkey is None:
        return None
    # ASCII 1-9 only: the reading view binds those keys ("²" and "٣" pass isdigit() but no key sends them)
    if len(hotkey) != 1 or hotkey not in "123456789":
        raise InvalidInput(f"hotkeys are the digits 1-9: {hotkey!r}")
    return hotkey


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements
