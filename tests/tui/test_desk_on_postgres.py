"""The desk's TUI tests (tests/tui/test_desk.py) again with the library on a PostgreSQL server:
a colleague's tag made by another process arrives through LISTEN/NOTIFY, layers, two people
editing one tag. Skipped without a server (READER_TEST_PG), failed under READER_REQUIRE_PG=1."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from backends import schema_url
from test_desk import (  # noqa: F401 - collected here, run with this module's db_path
    test_a_colleagues_tag_from_another_process_appears,
    test_two_people_editing_one_tag_is_shown_not_overwritten,
    test_your_layer_and_everyone_elses,
)


@pytest.fixture
def db_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A schema of its own on the test server, as tests/conftest.py's db_url makes one."""
    server = os.environ.get("READER_TEST_PG", "")
    if not server:
        if os.environ.get("READER_REQUIRE_PG") == "1":
            pytest.fail("READER_REQUIRE_PG=1 but READER_TEST_PG names no server")
        pytest.skip("PostgreSQL: no server (set READER_TEST_PG=postgresql://... to run these)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = schema_url(server, schema)
    monkeypatch.setenv("READER_DB", url)
    try:
        yield url
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
