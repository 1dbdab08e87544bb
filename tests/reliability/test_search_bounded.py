"""Issue 13 item 14: a search of thousands of terms is refused in one line (20,000 ORs ran past a
minute: FTS5's time grows with the square of the terms), in the CLI, raw or not, and in the library."""

from __future__ import annotations

import time

import pytest

from reader.errors import InvalidInput
from reader.store import Store
from reader.store.store import MAX_QUERY_TERMS

from .conftest import run_cli


def test_search_raw_with_twenty_thousand_ors_is_refused_in_one_line(seeded_db):
    query = " OR ".join(["w"] * 20000)  # 100 KB: one argument can be at most 128 KiB on Linux
    started = time.monotonic()
    result = run_cli("--db", str(seeded_db), "search", "--raw", query, timeout=60)
    assert time.monotonic() - started < 30
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error:"), result.stderr[-300:]
    assert f"at most {MAX_QUERY_TERMS} words" in lines[0]
    assert len(lines[0]) < 200  # the query is not echoed back
    assert result.stdout == ""


@pytest.mark.parametrize("raw", [False, True])
def test_search_of_many_terms_refused_and_a_normal_one_still_works(seeded_db, raw):
    with Store(seeded_db) as store:
        with pytest.raises(InvalidInput, match="at most"):
            store.search(" ".join(["workers"] * (MAX_QUERY_TERMS + 1)), raw=raw)
        hits = store.search(" ".join(["workers"] * MAX_QUERY_TERMS), raw=raw)
        assert len(hits) == 3


def test_library_search_of_many_terms_refused(seeded_db):
    with Store(seeded_db) as store:
        with pytest.raises(InvalidInput, match="at most"):
            store.article_ids(query=" ".join(["workers"] * (MAX_QUERY_TERMS + 1)))
        assert len(store.article_ids(query="workers hired")) == 3


def test_a_malformed_long_query_is_quoted_short(seeded_db):
    with Store(seeded_db) as store:
        with pytest.raises(InvalidInput) as e:
            store.search("(" * 5000 + "a", raw=True)
    assert len(str(e.value)) < 300
