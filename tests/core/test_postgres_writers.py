"""Several annotators writing one library on PostgreSQL (issue 14): a tag waits only for writes to
its own article and for writes that take the whole library; the statements whose results nobody
reads go with the COMMIT and still fail the transaction when they fail. Skipped without a server."""

from __future__ import annotations

import pytest

from reader.errors import StoreError
from reader.models import CleanResult
from reader.store import Store, pg_connection
from reader.store import connection as connection_module

TEXT = "Ayumi Kurose runs the plant in Douai for Verkor."


@pytest.fixture
def pg_url(db_url):
    if not db_url.startswith("postgresql://"):
        pytest.skip("PostgreSQL only")
    return db_url


@pytest.fixture
def quick_waits(monkeypatch):
    """Busy in a fraction of a second instead of half a minute."""
    monkeypatch.setattr(pg_connection, "WRITE_WAIT", "200ms")
    monkeypatch.setattr(connection_module, "WRITE_RETRY_S", 0.5)


def two_articles(store: Store) -> tuple[int, int]:
    return tuple(  # type: ignore[return-value]
        store.add_article(
            CleanResult(text=f"{TEXT} Part {n}."), raw=TEXT, source=f"s{n}", fmt="text"
        ).article_id
        for n in (1, 2)
    )


def test_a_tag_on_another_article_does_not_wait(pg_url, quick_waits):
    with Store(pg_url) as mine, Store(pg_url) as theirs:
        first, second = two_articles(mine)
        with mine._write(first) as conn:  # my tag on the first article, not yet committed
            conn.execute("UPDATE articles SET status = 'in progress' WHERE id = ?", (first,))
            ann = theirs.add_annotation(second, "PERSON", 0, 12, annotator="bob")
            assert theirs.annotations(second)[0].id == ann.id
            with pytest.raises(StoreError, match="busy"):
                theirs.add_annotation(first, "PERSON", 0, 12, annotator="bob")  # the same article waits
            with pytest.raises(StoreError, match="busy"):
                theirs.add_label("EVENT")  # so does a write to the whole library
        assert theirs.add_annotation(first, "PERSON", 0, 12, annotator="bob").article_id == first


def test_two_tags_naming_a_new_entity_make_it_once(pg_url):
    with Store(pg_url) as mine, Store(pg_url) as theirs:
        first, second = two_articles(mine)
        a = mine.add_annotation(first, "ORG", TEXT.index("Verkor"), TEXT.index("Verkor") + 6, annotator="ann")
        b = theirs.add_annotation(
            second, "ORG", TEXT.index("Verkor"), TEXT.index("Verkor") + 6, annotator="bob"
        )
        assert a.entity_id == b.entity_id is not None
        rows = mine.conn.execute("SELECT count(*) FROM entity_aliases WHERE key = 'verkor'").fetchone()
        assert rows[0] == 1


def test_a_failing_statement_sent_with_the_commit_undoes_the_tag(pg_url):
    with Store(pg_url) as store:
        first, _ = two_articles(store)
        with pytest.raises(StoreError):
            with store._write(first) as conn:
                conn.execute(
                    'INSERT INTO annotations (article_id, label_id, start, "end", text, created, updated) '
                    "VALUES (?, 1, 0, 5, 'Ayumi', 'x', 'x')",
                    (first,),
                )
                conn.defer(
                    "INSERT INTO events (article_id, annotation_id, action, at) VALUES (?, 1, 'nope', 'x')",
                    (first,),
                )
        assert store.annotations(first) == []
        assert not store.conn.in_transaction


@pytest.fixture
def other_library(pg_url):
    """The URL of a second library in another schema of the same database (another desk's)."""
    import re
    import uuid

    import psycopg

    schema = f"o_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield re.sub(r"search_path%3D[^,&]+", f"search_path%3D{schema}", pg_url)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_another_library_on_the_same_server_does_not_wait_for_ours(pg_url, other_library, quick_waits):
    """The write locks are the library's, not the database's: another desk's library in another
    schema writes (a whole-library write, a tag on its article with our article's id, a new entity
    of the same name) while ours holds its write lock, its article's and the entity name's."""
    with Store(pg_url) as mine, Store(other_library) as theirs:
        first, _ = two_articles(mine)
        far, _ = two_articles(theirs)
        assert far == first  # the same article id in both libraries
        verkor = (TEXT.index("Verkor"), TEXT.index("Verkor") + 6)
        with mine._write() as conn:  # the whole library's write lock, not yet committed
            conn.execute("UPDATE articles SET status = 'in progress' WHERE id = ?", (first,))
            theirs.add_label("EVENT")
        with mine._write(first) as conn:  # my tag on article 1 naming a new entity, not yet committed
            from reader.store.core import lock_entity_name

            lock_entity_name(conn, "verkor")
            conn.execute("UPDATE articles SET status = 'done' WHERE id = ?", (first,))
            assert theirs.add_annotation(far, "ORG", *verkor, annotator="zoe").entity is not None
