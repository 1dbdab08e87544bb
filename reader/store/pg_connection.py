"""A PostgreSQL server as the store's database, through psycopg 3 and a connection pool.

PgConnection gives the store's code the shape of the sqlite3 connection it is written against
(execute, executemany, cursors with fetchone/fetchall/lastrowid/rowcount, in_transaction), with
each statement translated by reader.store.pg_dialect. Errors come out as sqlite3's exception
classes with PostgreSQL's message, so the store's error handling (one clear line, never a
traceback) is the same for both backends.

The pool holds the store's own connection (its writes, behind the store's lock, as on SQLite),
the connections export streams read from, and the one that LISTENs for other people's changes."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from reader.errors import StoreError
from reader.store import pg_backup
from reader.store.core import lock_key
from reader.store.pg_dialect import translate
from reader.store.pg_schema import CHANNEL, PG_STEPS
from reader.store.schema import SCHEMA_VERSION, same_tables

if TYPE_CHECKING:
    import psycopg

    from reader.store.core import StoreCore

# Another program's schema is refused; this one's lock makes two first openings create it once.
_CREATE_LOCK = 0x7EADE4
_POOL_MAX = 4
# How long one write waits for the library's write lock (see PgConnection._begin_writing).
WRITE_WAIT = "5s"
CONNECT_TIMEOUT_S = 10
LOST = "the connection to the server was lost"


def is_server_url(path: object) -> bool:
    """True for a PostgreSQL connection URL (postgresql://user@host/dbname or postgres://...)."""
    return isinstance(path, str) and path.startswith(("postgresql://", "postgres://"))


def redacted(url: str) -> str:
    """The URL as shown in messages: without its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def as_sqlite_error(e: Exception) -> sqlite3.Error:
    """A psycopg error as the sqlite3 exception class the store's handlers expect."""
    import psycopg.errors as pe

    message = (str(e).strip().splitlines() or [type(e).__name__])[0]
    if isinstance(e, (pe.ReadOnlySqlTransaction, pe.InsufficientPrivilege)):
        return sqlite3.OperationalError(f"attempt to write a readonly database ({message})")
    if isinstance(e, pe.DiskFull):
        return sqlite3.OperationalError(f"database or disk is full ({message})")
    if isinstance(e, (pe.SerializationFailure, pe.DeadlockDetected, pe.LockNotAvailable)):
        return sqlite3.OperationalError(f"database is locked ({message})")
    if isinstance(e, pe.IntegrityError):
        return sqlite3.IntegrityError(message)
    if isinstance(e, pe.OperationalError):
        return sqlite3.OperationalError(message)
    return sqlite3.DatabaseError(message)


class PgCursor:
    """What the store reads of a cursor: rows, the id an INSERT made, how many rows changed."""

    def __init__(self, cur: psycopg.Cursor, lastrowid: int | None = None) -> None:
        self._cur = cur
        self.lastrowid = lastrowid
        self.rowcount = cur.rowcount

    @property
    def description(self) -> Any:
        return self._cur.description

    def fetchone(self) -> Any:
        return self._cur.fetchone() if self._cur.description is not None else None

    def fetchall(self) -> list[tuple]:
        return self._cur.fetchall() if self._cur.description is not None else []

    def fetchmany(self, size: int) -> list[tuple]:
        return self._cur.fetchmany(size) if self._cur.description is not None else []

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.fetchall())


class PgConnection:
    """One pooled connection in autocommit mode; the store's BEGIN/COMMIT make its transactions."""

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.raw: Any = pool.getconn()
        self._writing = False  # inside a write transaction (BEGIN IMMEDIATE until COMMIT/ROLLBACK)
        # Statements whose results nobody reads (defer): sent with the next statement, at the
        # latest the COMMIT, in one round trip (pipeline mode).
        self._deferred: list[tuple[str, list]] = []
        # The schema of the library (its tables'): its advisory locks' keys are made with it.
        self.library = ""

    def lock_key(self, *parts: object) -> int:
        """The key of this library's advisory lock named by parts (core.lock_key)."""
        return lock_key(self.library, *parts)

    def _error(self, e: Exception) -> sqlite3.Error:
        """The driver's error as sqlite3's, saying so when it is the connection that was lost."""
        error = as_sqlite_error(e)
        if self.raw is not None and self.raw.closed:
            return sqlite3.OperationalError(f"{LOST} ({error})")
        return error

    def _revive(self) -> None:
        """A connection the server ended (a restart, the network, an administrator): a new one from
        the pool, so reader goes on once the server answers again. Only between transactions."""
        if self.raw is None or not self.raw.closed:
            return
        from psycopg_pool import PoolTimeout

        try:
            fresh = self.pool.getconn(timeout=CONNECT_TIMEOUT_S)
        except PoolTimeout:
            raise sqlite3.OperationalError(
                f"{LOST}; no answer from the server in {CONNECT_TIMEOUT_S} s"
            ) from None
        old, self.raw = self.raw, fresh
        self.pool.putconn(old)  # a closed connection: the pool drops it

    def defer(self, sql: str, params: Sequence = ()) -> None:
        """Run sql with the next statement: its errors are that statement's (a COMMIT's fails)."""
        self._deferred.append((translate(sql), list(params)))

    def execute(self, sql: str, params: Sequence | dict = ()) -> PgCursor:
        import psycopg

        if self.raw is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        named = isinstance(params, dict)
        query = translate(sql, named)
        if sql.strip().upper() == "BEGIN IMMEDIATE":
            return self._begin_writing()
        if query.upper() in ("COMMIT", "ROLLBACK"):
            self._writing = False
        elif self._writing and self.raw.closed:  # lost inside a write: never finish it elsewhere
            self._writing = False
            raise sqlite3.OperationalError(LOST)
        else:
            self._revive()
        args = params if named else list(params)
        try:
            if self._deferred and query.upper() != "ROLLBACK":
                cur = self._with_deferred(query, args)
            else:
                self._deferred.clear()
                cur = self.raw.execute(query, args)
            lastrowid = None
            if query.endswith(" RETURNING id"):
                row = cur.fetchone()
                lastrowid = row[0] if row else None
            return PgCursor(cur, lastrowid)
        except psycopg.Error as e:
            raise self._error(e) from None

    def _with_deferred(self, query: str, args: Any) -> Any:
        """The deferred statements, then query, in one pipeline: one round trip to the server."""
        queued, self._deferred = self._deferred, []
        with self.raw.pipeline():
            for q, p in queued:
                self.raw.execute(q, p)
            return self.raw.execute(query, args)

    def rollback_to(self, name: str) -> None:
        """Undo a write inside a batch back to its savepoint (Connection._nested_write), and drop
        the savepoint. A savepoint still waiting in the deferred statements was never sent, nor
        was anything after it: they are dropped and the server is not asked."""
        import psycopg

        marker = translate(f"SAVEPOINT {name}")
        for i in range(len(self._deferred) - 1, -1, -1):
            if self._deferred[i][0] == marker:
                del self._deferred[i:]
                return
        self._deferred.clear()
        try:
            self.raw.execute(f"ROLLBACK TO SAVEPOINT {name}; RELEASE SAVEPOINT {name}")
        except psycopg.Error as e:
            raise self._error(e) from None

    def begin_tagging(self, article_id: int) -> PgCursor:
        """BEGIN for a transaction that only adds a tag to one article: the library's write lock
        shared (a write that takes it whole waits for these, and they for it) and the article's
        own lock. Two annotators tagging different articles no longer wait for each other: with
        10 writers the one lock made a queue (tag to commit p95 several times the single tag)."""
        return self._begin_writing(
            f"SELECT pg_advisory_xact_lock_shared({self.lock_key('write')}); "
            f"SELECT pg_advisory_xact_lock({self.lock_key('article', int(article_id))})"
        )

    def read_together(self, statements: Sequence[tuple[str, Sequence]]) -> list[Any]:
        """The statements (and any deferred before them) in one pipeline: see core.read_together."""
        import psycopg

        from reader.store.core import Result

        queued, self._deferred = self._deferred, []
        try:
            with self.raw.pipeline():
                for q, p in queued:
                    self.raw.execute(q, p)
                cursors = [
                    (translate(sql), self.raw.execute(translate(sql), list(p))) for sql, p in statements
                ]
            out = []
            for query, cur in cursors:
                rows = cur.fetchall() if cur.description is not None else []
                returned = query.endswith(" RETURNING id")
                out.append(Result([] if returned else rows, rows[0][0] if returned and rows else None))
            return out
        except psycopg.Error as e:
            raise self._error(e) from None

    def _flush(self) -> None:
        queued, self._deferred = self._deferred, []
        if queued:
            with self.raw.pipeline():
                for q, p in queued:
                    self.raw.execute(q, p)

    def _begin_writing(self, locks: str | None = None) -> PgCursor:
        """BEGIN IMMEDIATE as SQLite means it: one writer at a time across every connection to the
        library, so what a write transaction reads (the same tag twice? changed by someone since?)
        still holds when it commits. A transaction-level advisory lock, waited for up to
        WRITE_WAIT; past that it is "database is locked", which the store retries like SQLite's.
        The three statements go as one (no parameters: the simple protocol takes several)."""
        import psycopg

        self._deferred.clear()
        self._revive()
        locks = locks or f"SELECT pg_advisory_xact_lock({self.lock_key('write')})"
        try:
            cur = self.raw.execute(f"BEGIN; SET LOCAL lock_timeout = '{WRITE_WAIT}'; {locks}")
            self._writing = True
            return PgCursor(cur)
        except psycopg.Error as e:
            if self.in_transaction:
                try:
                    self.raw.rollback()
                except psycopg.Error:  # the connection is gone (server restarted): e says why
                    pass
            raise self._error(e) from None

    def executemany(self, sql: str, seq: Iterable[Sequence]) -> None:
        import psycopg

        if self.raw is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        query = translate(sql).removesuffix(" RETURNING id")
        rows = [list(p) for p in seq]
        if not rows:
            return
        try:
            self._flush()
            with self.raw.cursor() as cur:
                cur.executemany(query, rows)  # type: ignore[arg-type]
        except psycopg.Error as e:
            raise self._error(e) from None

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """Rows into table by COPY: several times faster than INSERTs for a whole library."""
        import psycopg

        if self.raw is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        names = ", ".join(f'"{c}"' for c in columns)
        try:
            self._flush()
            with self.raw.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.Error as e:
            raise self._error(e) from None

    @property
    def in_transaction(self) -> bool:  # a lost connection has no transaction left to roll back
        return self.raw is not None and not self.raw.closed and self.in_transaction_of(self.raw)

    def close(self) -> None:
        if self.raw is None:
            return  # closed already
        raw, self.raw = self.raw, None
        self._deferred.clear()
        try:
            if not raw.closed and self.in_transaction_of(raw):
                raw.rollback()
        finally:
            self.pool.putconn(raw)

    @staticmethod
    def in_transaction_of(raw: Any) -> bool:
        from psycopg.pq import TransactionStatus

        return raw.info.transaction_status != TransactionStatus.IDLE


def _configure(conn: Any) -> None:
    """Each pooled connection as it is made: no JIT compilation. The store's statements are short
    or stream rows; the server's cost estimate for an export of a million tags passes jit_above_cost,
    and compiling its expressions took 0.7 s of a 1.0 s query (EXPLAIN ANALYZE, 100,000 tags)."""
    conn.execute("SET jit = off")


def open_pool(url: str) -> Any:
    """A pool of autocommit connections to url; a server that cannot be reached is a StoreError
    naming why, in one line."""
    import logging

    import psycopg
    from psycopg_pool import ConnectionPool, PoolTimeout

    # The pool retries a lost server in the background and logs each try to stderr, over the
    # TUI and after it: reader says it itself, once, when a change or a read fails.
    logging.getLogger("psycopg.pool").setLevel(logging.CRITICAL)
    shown = redacted(url)
    try:  # one connection first: a server that refuses says why at once (the pool would retry)
        psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S).close()
    except psycopg.Error as e:
        reason = (str(e).strip().splitlines() or ["no answer"])[-1]
        raise StoreError(f"cannot connect to {shown}: {reason}") from None
    pool = ConnectionPool(
        url,
        min_size=1,
        max_size=_POOL_MAX,
        kwargs={"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S},
        configure=_configure,
        check=ConnectionPool.check_connection,  # after a server restart: a live one, not a dead one
        open=False,
        name="reader",
    )
    try:
        pool.open(wait=True, timeout=CONNECT_TIMEOUT_S)
    except PoolTimeout:
        pool.close()
        raise StoreError(f"cannot connect to {shown}: no answer in {CONNECT_TIMEOUT_S} s") from None
    return pool


def open_server(
    store: StoreCore, url: str, *, migrate: bool, on_migrate: Callable[[str], None] | None
) -> None:
    """Open the store on a PostgreSQL server: pool, schema (made or checked), read-only role."""
    store.dialect = "postgresql"
    store.path = redacted(url)
    store.url = url
    store._lock = threading.RLock()
    store.readonly = False
    store._read_uri = ""
    store._listener = None
    store._listener_lock = threading.Lock()
    store._changes = 0
    store._schema = ""
    try:
        store._pool = open_pool(url)
    except ValueError as e:  # a malformed URL
        raise StoreError(f"cannot read the database URL {redacted(url)}: {e}") from None
    store.conn = PgConnection(store._pool)  # type: ignore[assignment]
    _find_library(store)
    (has_meta,) = store.conn.execute("SELECT to_regclass('reader_meta') IS NOT NULL").fetchone()
    version = schema_version(store) if has_meta else None
    if version is None:  # no reader_meta: an empty database, or another program's
        (tables,) = store.conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchone()
        if tables:
            close(store)
            raise StoreError(f"{store.path} holds tables but is not a reader database")
        version = 0
    if version > SCHEMA_VERSION:
        close(store)
        raise StoreError(
            f"{store.path} was written by a newer version of reader (schema {version}, this one "
            f"knows {SCHEMA_VERSION}); upgrade reader to open it"
        )
    store.readonly = _read_only(store)
    if version < SCHEMA_VERSION and migrate:
        if store.readonly and version > 0:
            close(store)
            raise StoreError(f"{store.path} is read-only and needs upgrading by this version of reader")
        # No copy when only server steps are left (no table changes: a function replaced).
        backup = (
            pg_backup.backup_path(url, version)
            if version > 0 and not same_tables(version, SCHEMA_VERSION)
            else None
        )
        if on_migrate is not None and backup is not None:
            on_migrate(
                f"upgrading {store.path} from schema {version} to {SCHEMA_VERSION}; a copy is kept "
                f"as {backup} (reader db copy puts it back)"
            )
        try:
            _migrate(store, backup)
        except StoreError:
            close(store)
            raise
        store.readonly = _read_only(store)
    _find_library(store)


def _find_library(store: StoreCore) -> None:
    """The schema the library's tables are in (the first of the search path that has them; where
    they will be made when there are none yet): the payload of its change notifications
    (pg_schema.schema_v10) and part of its advisory locks' keys."""
    (store._schema,) = store.conn.execute(
        "SELECT coalesce((SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.oid = to_regclass('annotations')), current_schema(), '')"
    ).fetchone()
    store.conn.library = store._schema  # type: ignore[attr-defined]


def _read_only(store: StoreCore) -> bool:
    """A role that may not change tags (a reporter's read-only role), or a read-only server."""
    row = store.conn.execute(
        "SELECT current_setting('transaction_read_only') = 'on' OR (to_regclass('annotations') IS NOT NULL "
        "AND NOT has_table_privilege(to_regclass('annotations'), 'INSERT'))"
    ).fetchone()
    return bool(row[0])


def _migrate(store: StoreCore, backup: Path | None) -> None:
    """Bring the server's schema to this reader's, first keeping a copy of the library in the
    SQLite file `backup` (reader.store.pg_backup) when it holds one at an older schema."""
    with store._write() as conn:
        conn.execute(f"SELECT pg_advisory_xact_lock({_CREATE_LOCK})")
        (has_meta,) = conn.execute("SELECT to_regclass('reader_meta') IS NOT NULL").fetchone()
        row = (
            conn.execute("SELECT value::int FROM reader_meta WHERE key = 'schema_version'").fetchone()
            if has_meta
            else None
        )
        version = row[0] if row else 0
        if version == 0:
            conn.execute("CREATE TABLE IF NOT EXISTS reader_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            try:
                conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            except sqlite3.DatabaseError as e:
                raise StoreError(
                    f"{store.path}: the unaccent extension is missing and cannot be added by this role "
                    f"({e}); ask the server's administrator to run CREATE EXTENSION unaccent"
                ) from None
        elif version < SCHEMA_VERSION and backup is not None:
            # Under the locks: only the program that upgrades copies, and nobody writes meanwhile.
            pg_backup.backup_to_sqlite(store, version, backup)
        (where,) = conn.execute(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'"
        ).fetchone()
        while version < SCHEMA_VERSION:
            if version not in PG_STEPS:
                raise StoreError(
                    f"this reader cannot upgrade {store.path} from schema {version} on PostgreSQL"
                )
            version, statements = PG_STEPS[version]
            for statement in statements(where):
                conn.execute(statement)
        conn.execute(
            "INSERT INTO reader_meta (key, value) VALUES ('schema_version', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (str(version),),
        )


def schema_version(store: StoreCore) -> int:
    row = store._read("SELECT value::int FROM reader_meta WHERE key = 'schema_version'")
    return int(row[0][0]) if row else 0


def data_version(store: StoreCore) -> int:
    """How many changes other connections have NOTIFYed since this store started listening: it
    moves when someone else commits a change to tags, articles or labels of this library (not for
    our own, nor for another library's in another schema of the database)."""
    import psycopg

    with store._listener_lock:
        try:
            if store._listener is None:
                store._listener = psycopg.connect(
                    store.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S
                )
                store._listener.execute(f"LISTEN {CHANNEL}")
            own = store.conn.raw.info.backend_pid  # type: ignore[attr-defined]
            for note in store._listener.notifies(timeout=0):
                if note.pid != own and note.payload == store._schema:
                    store._changes += 1
        except psycopg.Error as e:
            # Listen again at the next poll (the server may be back), and count a change: what
            # colleagues committed meanwhile was never notified.
            if store._listener is not None:
                store._listener.close()
                store._listener = None
            store._changes += 1
            raise StoreError(f"lost the connection to {store.path}: {as_sqlite_error(e)}") from None
    return store._changes


def close(store: StoreCore) -> None:
    with store._lock:
        try:
            store.conn.close()
        finally:
            if store._listener is not None:
                store._listener.close()
                store._listener = None
            store._pool.close()


def stream(store: StoreCore, sql: str, params: Sequence, batch_size: int) -> Iterator[list[tuple]]:
    """The rows of one query, batch_size at a time, from a server-side cursor on a pooled
    connection of its own (constant memory; the store's own connection stays free for writes)."""
    import psycopg

    query = translate(sql)
    try:
        with store._pool.connection() as conn:
            conn.autocommit = False
            try:
                with conn.cursor(name="reader_export") as cur:
                    cur.itersize = batch_size
                    cur.execute(query, list(params))
                    while rows := cur.fetchmany(batch_size):
                        yield rows
            finally:
                conn.rollback()
                conn.autocommit = True
    except psycopg.Error as e:
        raise StoreError(store._describe(as_sqlite_error(e))) from None


def integrity_check(store: StoreCore) -> str:
    """The server keeps its own pages sound: what can be checked is the stored counts."""
    rows = store._read(
        "SELECT count(*) FROM articles ar LEFT JOIN annotation_counts c ON c.article_id = ar.id "
        "WHERE c.annotation_count IS DISTINCT FROM "
        "(SELECT count(*) FROM annotations a WHERE a.article_id = ar.id)"
    )
    return "ok" if rows[0][0] == 0 else f"{rows[0][0]} articles have a wrong annotation count"


def copy_csv(
    store: StoreCore, sql: str, params: Sequence, rows_per_chunk: int = 2000
) -> Iterator[tuple[int, bytes]]:
    """The rows of one query as CSV written by the server (COPY (query) TO STDOUT), on a pooled
    connection of its own: (rows, bytes) chunks with each line ending in CRLF as csv.writer's do.
    The server sends each row as one message ending in LF (the protocol says so), so its last byte
    is the line's end and a line break inside a quoted cell is kept as it is."""
    import psycopg

    query = translate(sql)
    try:
        with store._pool.connection() as conn, conn.cursor() as cur:
            with cur.copy(f"COPY ({query}) TO STDOUT (FORMAT csv)", list(params)) as copy:
                lines: list[bytes] = []
                for row in copy:
                    lines.append(bytes(row[:-1]))
                    if len(lines) >= rows_per_chunk:
                        yield len(lines), b"\r\n".join(lines) + b"\r\n"
                        lines = []
                if lines:
                    yield len(lines), b"\r\n".join(lines) + b"\r\n"
    except psycopg.Error as e:
        raise StoreError(store._describe(as_sqlite_error(e))) from None
