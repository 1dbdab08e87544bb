"""The PostgreSQL server goes away (restarted, the network drops, an administrator ends the
connection) while reader is open: a change is refused with one clear ReaderError, never a raw
driver exception (a traceback in the CLI, "OperationalError: the connection is lost" in the TUI)."""

from __future__ import annotations

import pytest

from reader.errors import ReaderError
from reader.models import CleanResult
from reader.store import Store


def _drop_connection(store: Store, url: str) -> None:
    import psycopg

    pid = store.conn.raw.info.backend_pid  # type: ignore[attr-defined]
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_write_after_the_server_dropped_the_connection_is_a_reader_error(db_url: str):
    if not db_url.startswith("postgresql"):
        pytest.skip("a server's connection: PostgreSQL only")
    store = Store(db_url)
    try:
        aid = store.add_article(
            CleanResult(text="Rotterdam harbour news.", title="T"), "raw", "a.txt", "text"
        )
        aid = aid.article_id
        _drop_connection(store, db_url)
        with pytest.raises(ReaderError) as info:
            store.set_status(aid, "done")
        assert "\n" not in str(info.value)
    finally:
        try:
            store.close()
        except Exception:  # noqa: BLE001 - closing a dead connection may complain; not under test
            pass


def test_once_the_server_answers_again_the_next_change_is_saved(db_url: str):
    """A server restart ends every connection: the change made meanwhile is refused (said), the
    next one is saved on a new connection, without restarting reader; a colleague's change made
    meanwhile still shows (the listener comes back too)."""
    if not db_url.startswith("postgresql"):
        pytest.skip("a server's connection: PostgreSQL only")
    import psycopg

    store = Store(db_url)
    try:
        aid = store.add_article(
            CleanResult(text="Rotterdam harbour news.", title="T"), "raw", "a.txt", "text"
        )
        aid = aid.article_id
        seen = store.data_version()
        # every connection of this store ends (only its own: other tests share the server)
        pids = [store.conn.raw.info.backend_pid, store._listener.info.backend_pid]  # type: ignore[attr-defined]
        pids += [c.info.backend_pid for c in store._pool._pool]  # type: ignore[attr-defined]
        with psycopg.connect(db_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM unnest(%s::int[]) AS pid", (pids,))
        with pytest.raises(ReaderError):
            store.set_status(aid, "done")
        store.set_status(aid, "in progress")  # the server is back: saved
        assert store.article_rows([aid])[0].status == "in progress"

        def version() -> int:  # the TUI's poll: the listener's loss is a ReaderError, once
            try:
                return store.data_version()
            except ReaderError:
                return seen

        version()
        other = Store(db_url)
        try:
            other.set_status(aid, "done")
        finally:
            other.close()
        import time

        deadline = time.monotonic() + 5
        while version() == seen and time.monotonic() < deadline:  # then it listens again
            time.sleep(0.1)
        assert version() != seen
        assert store.article_rows([aid])[0].status == "done"
    finally:
        store.close()
