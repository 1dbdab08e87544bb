"""Opening a database, migrating it, and the transactions every other part of the store runs in.

Every write runs in its own BEGIN IMMEDIATE transaction, retried with backoff while another
process holds the write lock, so a user never sees "database is locked" for ordinary contention.
One connection is shared by the threads of a process (the TUI's workers) behind a lock."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from reader.entities import entity_key
from reader.errors import StoreError
from reader.store import pg_connection
from reader.store.core import StoreCore, run_later
from reader.store.pg_connection import is_server_url
from reader.store.rows import (
    BUSY_TIMEOUT_S,
    WAIT_NOTICE_S,
    WRITE_RETRY_S,
    lenient_text,
)
from reader.store.schema import MIGRATIONS, SCHEMA_VERSION, same_tables


def _cannot_open(e: sqlite3.Error) -> bool:
    message = str(e).lower()
    return "unable to open" in message or "readonly" in message or "read-only" in message


def _gave_up(path: object) -> str:
    return (
        f"gave up after waiting {WRITE_RETRY_S:.0f} s: the database {path} is still busy, another "
        "program is writing to it; try again when it is done"
    )


def _is_busy(e: sqlite3.OperationalError) -> bool:
    return "locked" in str(e) or "busy" in str(e)


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


_Self = TypeVar("_Self", bound="Connection")


class Connection(StoreCore):
    """The connection, its lock and its transactions; the schema version."""

    def __init__(
        self,
        path: str | Path,
        *,
        migrate: bool = True,
        on_migrate: Callable[[str], None] | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        """on_migrate is told, in one line, before a database is upgraded (it can take a while);
        on_wait, once per write that has waited WAIT_NOTICE_S for another program's write lock
        (from another thread: the write goes on waiting, up to WRITE_RETRY_S)."""
        self.dialect = "sqlite"
        self.on_wait = on_wait
        if is_server_url(path):
            pg_connection.open_server(self, str(path), migrate=migrate, on_migrate=on_migrate)
            return
        self.path = file = Path(path)
        self._lock = threading.RLock()
        # A file the user may read but not write still opens, for reading: list, show, search, export.
        self.readonly = str(path) != ":memory:" and file.is_file() and not os.access(self.path, os.W_OK)
        if str(path) != ":memory:" and not self.readonly:
            if file.is_dir():
                raise StoreError(f"database path is a directory: {self.path}")
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(
                    f"cannot create the folder for the database {file.parent}: {e.strerror}"
                ) from None
        # How other connections (exports) read this file: read-only, or immutable when even that
        # cannot open it (a read-only folder or file system: no -shm file can be made).
        self._read_uri = f"{file.resolve().as_uri()}?mode=ro" if str(path) != ":memory:" else ""
        # While opening waits for another program: (when to give up, the notice's timer).
        self._opening_waits: tuple[float, threading.Timer | None] | None = None
        try:
            version = self._open_file(path, file)
        finally:
            if self._opening_waits is not None and self._opening_waits[1] is not None:
                self._opening_waits[1].cancel()
        self._opening_waits = None
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer version of reader (schema {version}, this one "
                f"knows {SCHEMA_VERSION}); upgrade reader to open it"
            )
        if version < SCHEMA_VERSION and migrate:
            if self.readonly and same_tables(version, SCHEMA_VERSION):
                return  # only server steps to go: the file is read as it is (nothing to change in it)
            if self.readonly:
                raise StoreError(f"{self.path} is read-only and needs upgrading by this version of reader")
            if on_migrate is not None and version > 0 and self._changes_file(version):
                on_migrate(
                    f"upgrading {self.path} from schema {version} to {SCHEMA_VERSION}; a copy is kept "
                    f"as {self._backup_path(version).name} (a minute at most for a million tags)"
                )
            self._migrate(version)

    def _open_file(self, path: str | Path, file: Path) -> int:
        """Connect to the file (for reading only when it cannot be written), set the connection up
        and return its schema version, refusing another program's file."""
        try:
            try:
                conn = self._connect(path)
            except sqlite3.OperationalError as e:
                if str(path) == ":memory:" or not file.is_file() or not _cannot_open(e):
                    raise
                # The file is there but cannot be opened for writing (read-only folder or file
                # system, as README promises): open it for reading.
                self.readonly = True
                try:
                    conn = self._connect(path)
                except sqlite3.OperationalError as e2:
                    if not _cannot_open(e2):
                        raise
                    self._read_uri = f"{file.resolve().as_uri()}?immutable=1"
                    conn = self._connect(path)
            self.conn = conn
            conn.text_factory = lenient_text
            conn.execute("PRAGMA foreign_keys = ON")
            # The entity index key, for grouping and linking tags in SQL (reader.entities).
            conn.create_function("reader_entity_key", 1, entity_key, deterministic=True)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            # One statement, so one snapshot: another program may create the schema in between.
            version, tables, ours = self._when_free(
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
                (mode,) = self._when_free(conn, "PRAGMA journal_mode = WAL")
                if mode.lower() != "wal" and version == 0:
                    raise StoreError(f"cannot write the database {self.path} (journal mode {mode})")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as e:
            raise StoreError(self._describe(e)) from None
        return version

    def _when_free(self, conn: sqlite3.Connection, sql: str) -> tuple:
        """The row of a statement run while opening, retried while another program holds the file
        (a new database is still in rollback mode, where even reads wait for a writer): said
        after WAIT_NOTICE_S (on_wait, as a write says it), given up after WRITE_RETRY_S from the
        first wait of the opening, in the same words as a write."""
        delay = 0.01
        while True:
            try:
                return conn.execute(sql).fetchone()
            except sqlite3.OperationalError as e:
                if not _is_busy(e):
                    raise
                if self._opening_waits is None:
                    self._opening_waits = (time.monotonic() + WRITE_RETRY_S, self._wait_notice())
                if time.monotonic() >= self._opening_waits[0]:
                    raise StoreError(_gave_up(self.path)) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.2)

    def _connect(self, path: str | Path) -> sqlite3.Connection:
        target, uri = (self._read_uri, True) if self.readonly else (str(path), False)
        conn = sqlite3.connect(
            target, timeout=BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=None, uri=uri
        )
        try:
            self._when_free(conn, "SELECT count(*) FROM sqlite_master")  # fails here if it cannot open
        except (sqlite3.Error, StoreError):
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
        if msg.startswith(pg_connection.LOST):  # a server restarted: reader reconnects by itself
            detail = msg[len(pg_connection.LOST) :].strip(" ;()")
            return (
                f"lost the connection to {self.path}: nothing was changed; reader reconnects once the "
                f"server answers ({detail})"
            )
        return f"database error on {self.path}: {msg}"

    def _migrate(self, version: int) -> None:
        # Two programs may open the same old (or new) file at once: each step re-reads the version
        # once it holds the write lock and skips what the other has done meanwhile.
        for number in range(version, SCHEMA_VERSION):
            with self._write():
                current = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if current > number:
                    continue
                if number == version > 0 and Path(self.path).exists() and self._changes_file(version):
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
        # A step that rewrote a table (schema 9 rewrites every article) leaves a write-ahead log as
        # large as the table until the last connection closes: give the disk space back now.
        with self._lock:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @staticmethod
    def _changes_file(version: int) -> bool:
        """Whether upgrading from version changes anything in an SQLite file (SERVER_ONLY_VERSIONS)."""
        return not same_tables(version, SCHEMA_VERSION)

    def _backup_path(self, version: int) -> Path:
        file = Path(self.path)
        return file.with_name(f"{file.name}.v{version}.bak")

    @property
    def schema_version(self) -> int:
        if self.dialect == "postgresql":
            return pg_connection.schema_version(self)
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        if self.dialect == "postgresql":
            pg_connection.close(self)
            return
        with self._lock:
            self.conn.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self, article_id: int | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction, retried with backoff while another process holds the write lock.

        The thread lock is let go between tries, so the TUI's reads (rows on screen) go on while a
        worker waits for another program to finish writing. article_id: the transaction only adds
        a tag to that article; on PostgreSQL it then waits only for writes to the same article (and
        for those that take the whole library), so a desk's annotators tag side by side."""
        if self.readonly:
            raise StoreError(f"the database {self.path} is read-only: nothing was changed")
        if getattr(self, "_batch_thread", None) == threading.get_ident():
            with self._nested_write() as conn:  # inside batch(): a savepoint of its transaction
                yield conn
            return
        delay = 0.01
        deadline = time.monotonic() + WRITE_RETRY_S
        # A timer, not a check in the loop: on a server one attempt itself waits (lock_timeout).
        notice = self._wait_notice()
        try:
            while True:
                self._lock.acquire()
                try:
                    if article_id is not None and self.dialect == "postgresql":
                        self.conn.begin_tagging(article_id)  # type: ignore[attr-defined]
                    else:
                        self.conn.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as e:
                    self._lock.release()
                    if _is_busy(e) and time.monotonic() < deadline:
                        time.sleep(delay)
                        delay = min(delay * 2, 0.25)
                        continue
                    if _is_busy(e):
                        raise StoreError(_gave_up(self.path)) from None
                    raise StoreError(self._describe(e)) from None
        finally:
            if notice is not None:
                notice.cancel()
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

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes as one transaction (a restore's tags, an undo of accept all): every _write
        of this thread inside the block is a savepoint of it, so a write that fails (a tag already
        there) undoes only itself, as its own transaction did, and the others are committed
        together at the end (one commit, and on PostgreSQL one library write lock, instead of one
        each). An exception out of the block rolls all of them back. Nested batches are one. Other
        threads' writes and reads wait for the block (the store's lock is held throughout)."""
        if getattr(self, "_batch_thread", None) == threading.get_ident():
            yield
            return
        with self._write():
            self._batch_thread, self._batch_depth = threading.get_ident(), 0
            self._batch_labels = {}  # labels.get_label's, for the block
            try:
                yield
            finally:
                self._batch_thread, self._batch_labels = None, None

    @contextlib.contextmanager
    def _nested_write(self) -> Iterator[sqlite3.Connection]:
        """A write inside batch(): a savepoint, rolled back alone when the write fails. Sent with
        the next statement (run_later), as its release is: no round trip of its own on a server."""
        self._batch_depth += 1
        name = f"reader_write_{self._batch_depth}"
        conn = self.conn
        run_later(conn, f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException as e:
            rollback_to = getattr(conn, "rollback_to", None)
            try:
                if rollback_to is not None:
                    rollback_to(name)
                else:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
            except sqlite3.DatabaseError as failed:
                raise StoreError(self._describe(failed)) from None
            if isinstance(e, sqlite3.DatabaseError):
                raise StoreError(self._describe(e)) from None
            raise
        else:
            run_later(conn, f"RELEASE SAVEPOINT {name}")
        finally:
            self._batch_depth -= 1

    def _wait_notice(self) -> threading.Timer | None:
        """on_wait, told in WAIT_NOTICE_S unless cancelled first (the write got the lock)."""
        on_wait = getattr(self, "on_wait", None)
        if on_wait is None:
            return None
        timer = threading.Timer(
            WAIT_NOTICE_S,
            on_wait,
            [
                f"waiting for another program writing to the database {self.path} "
                f"(up to {WRITE_RETRY_S:.0f} s)…"
            ],
        )
        timer.daemon = True
        timer.start()
        return timer

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
        if self.dialect == "postgresql":
            return pg_connection.integrity_check(self)
        return self._read("PRAGMA integrity_check")[0][0]

    def data_version(self) -> int:
        """A number that changes when another connection (another program, another reader window,
        another person on the server) commits, not for this connection's own writes. Cheap to poll:
        SQLite's PRAGMA data_version; on PostgreSQL the count of NOTIFYs from other sessions."""
        if self.dialect == "postgresql":
            return pg_connection.data_version(self)
        return int(self._read("PRAGMA data_version")[0][0])

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """The lock for a read on the shared connection; a database error is a StoreError."""
        with self._lock:
            try:
                yield
            except sqlite3.DatabaseError as e:
                raise StoreError(self._describe(e)) from None
