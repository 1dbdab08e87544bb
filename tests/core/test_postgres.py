"""What only the PostgreSQL backend has: another person's change heard through LISTEN/NOTIFY, the
read-only role, the schema version kept in reader_meta, search syntax translated to tsquery, and
a server that cannot be reached said in one line. Skipped without a server (READER_TEST_PG)."""

from __future__ import annotations

import re
import time
import uuid

import psycopg
import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.errors import InvalidInput, StoreError
from reader.models import CleanResult
from reader.store import Store
from reader.store.pg_dialect import translate, tsquery_raw, tsquery_words
from reader.store.schema import SCHEMA_VERSION

TEXT = "Ayumi Kurose runs the plant in Douai. The Élysée said 150 experts came."


@pytest.fixture
def pg_url(db_url):
    if not db_url.startswith("postgresql://"):
        pytest.skip("PostgreSQL only")
    return db_url


def wait_for_change(store: Store, before: int) -> int:
    """data_version polled as the TUI polls it, until it moves (or a minute passes)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        now = store.data_version()
        if now != before:
            return now
        time.sleep(0.05)
    return before


def test_another_persons_tag_moves_data_version_and_ours_does_not(pg_url):
    with Store(pg_url) as mine, Store(pg_url) as theirs:
        aid = mine.add_article(CleanResult(text=TEXT), "r", "x", "text").article_id
        start = mine.data_version()
        mine.add_annotation(aid, "PERSON", 0, 12)
        assert mine.data_version() == start  # our own write is not "someone else's change"
        theirs.add_annotation(aid, "PLACE", 31, 36, annotator="ben")
        assert wait_for_change(mine, start) != start
        assert [a.annotator for a in mine.annotations(aid)] == [None, "ben"]


def test_a_read_only_role_reads_and_refuses_writes_in_one_line(pg_url):
    with Store(pg_url) as owner:
        aid = owner.add_article(CleanResult(text=TEXT), "r", "x", "text").article_id
        owner.add_annotation(aid, "PERSON", 0, 12)
        schema = owner._read("SELECT current_schema()")[0][0]
    role = f"reporter_{schema}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    try:
        url = pg_url.replace("postgresql://reader@", f"postgresql://{role}@")
        with Store(url) as reporter:
            assert reporter.readonly
            assert [a.text for a in reporter.annotations(aid)] == ["Ayumi Kurose"]
            assert [h.id for h in reporter.search("elysee")] == [aid]
            with pytest.raises(StoreError, match="read-only: nothing was changed"):
                reporter.add_annotation(aid, "PLACE", 31, 36)
        result = CliRunner().invoke(cli, ["--db", url, "tag", str(aid), "Douai", "--label", "PLACE"])
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and "read-only" in result.stderr
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}")
            conn.execute(f"REVOKE USAGE ON SCHEMA {schema} FROM {role}")
            conn.execute(f"DROP ROLE {role}")
    with Store(pg_url) as owner:
        assert len(owner.annotations(aid)) == 1


def test_the_schema_version_is_checked(pg_url):
    with Store(pg_url) as s:
        assert s.schema_version == SCHEMA_VERSION
        s.conn.execute(
            "UPDATE reader_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    with pytest.raises(StoreError, match="newer version of reader"):
        Store(pg_url)


def test_another_programs_tables_are_refused(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(StoreError, match="not a reader database"):
        Store(pg_url)


def test_a_server_that_cannot_be_reached_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["--db", "postgresql://nobody@127.0.0.1:1/none", "list"])
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("reader: error: cannot connect to postgresql://nobody@127.0.0.1:1/none")


def test_search_is_typed_as_on_sqlite(pg_url):
    with Store(pg_url) as s:
        a = s.add_article(CleanResult(text=TEXT, title="Plant"), "r", "x", "text").article_id
        b = s.add_article(
            CleanResult(text="Kurose and Kurose again, Kurose.", title="K"), "r", "y", "text"
        ).article_id
        assert [h.id for h in s.search("kurose")] == [b, a]  # more of the word in less text first
        assert [h.id for h in s.search("ELYSEE exp")] == [a]  # accents and case ignored, a prefix
        assert [h.id for h in s.search('"plant in douai"', raw=True)] == [a]
        assert [h.id for h in s.search("kurose NOT douai", raw=True)] == [b]
        assert {h.id for h in s.search("douai OR again", raw=True)} == {a, b}
        assert s.articles_with_words("plant in Douai") == [a]
        with pytest.raises(InvalidInput, match="cannot search for"):
            s.search("kurose AND", raw=True)


def test_query_translation():
    assert tsquery_words("Élysée exp") == "'Élysée' & 'exp':*"
    assert tsquery_words("to ") == "'to'"
    assert tsquery_raw('"a b" OR c* NOT d') == "('a' <-> 'b') | 'c':* & ! 'd'"
    assert tsquery_raw("(a OR b) c") == "( 'a' | 'b' ) & 'c'"
    with pytest.raises(InvalidInput):
        tsquery_raw("a -b")
    # SQLite's choice of index goes: the server plans for itself
    assert translate("SELECT id FROM articles INDEXED BY articles_by_title WHERE id = ?") == (
        "SELECT id FROM articles WHERE id = %s"
    )


def test_the_server_schema_follows_every_sqlite_migration():
    """A migration added to reader.store.schema needs its step in reader.store.pg_schema.PG_STEPS."""
    from reader.store.pg_schema import PG_STEPS

    version = 0
    while version in PG_STEPS:
        version = PG_STEPS[version][0]
    assert version == SCHEMA_VERSION


def test_a_change_in_another_library_on_the_same_server_is_not_ours(pg_url):
    """Two libraries in two schemas of one database (two desks, or tests run side by side): a change
    in one does not move the other's data_version; a colleague's change in ours still does."""
    from reader.store.pg_schema import CHANNEL

    other_schema = f"o_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {other_schema}")
    other_url = re.sub(r"search_path%3D[^,&]+", f"search_path%3D{other_schema}", pg_url)
    try:
        with Store(pg_url) as mine, Store(pg_url) as theirs, Store(other_url) as elsewhere:
            assert elsewhere._read("SELECT current_schema()") == [(other_schema,)]
            aid = mine.add_article(CleanResult(text=TEXT), "r", "x", "text").article_id
            start = mine.data_version()
            with psycopg.connect(pg_url, autocommit=True) as probe:
                probe.execute(f"LISTEN {CHANNEL}")
                far = elsewhere.add_article(CleanResult(text=TEXT), "r", "x", "text").article_id
                elsewhere.add_annotation(far, "PLACE", 31, 36, annotator="zoe")
                # The server has sent the other library's change (the probe heard it) ...
                assert next(probe.notifies(timeout=10), None) is not None
            time.sleep(0.5)  # ... and our listener has had time to hear it too
            assert mine.data_version() == start
            theirs.add_annotation(aid, "PLACE", 31, 36, annotator="ben")
            assert wait_for_change(mine, start) != start
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {other_schema} CASCADE")


def test_a_test_library_sees_only_its_own_schema(pg_url):
    """The tests' libraries search their own schema only: on a database that also holds a real
    library (in public, say), a test neither reads nor writes it. The unaccent extension reader
    needs is found where it is installed, without public on the path."""
    with Store(pg_url) as s:
        (schemas,) = s.conn.execute("SELECT current_schemas(false)").fetchone()
        assert schemas == [s._schema] and s._schema.startswith("t_")
        aid = s.add_article(CleanResult(text=TEXT, title="Plant"), "r", "x", "text").article_id
        assert [h.id for h in s.search("ELYSEE")] == [aid]  # the search index's unaccent works
