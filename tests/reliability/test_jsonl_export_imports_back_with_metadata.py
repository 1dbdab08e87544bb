"""`reader export --format jsonl` then `reader import` (and `import-annotations` of the same file)
gives back the articles with their metadata and their tags: the documented round trip."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.models import CleanResult
from reader.store import Store

from .cli_run import reader

TEXT = "Anna Kurose said the plant hired 300 workers in Douai last year.\n\nThe council agreed on Monday."
COLUMNS = "title, byline, site, published, language, text, content_hash"


def rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        articles = conn.execute(f"SELECT {COLUMNS} FROM articles ORDER BY id").fetchall()
        tags = conn.execute(
            'SELECT l.name, a.start, a."end", a.note, a.claimant FROM annotations a '
            "JOIN labels l ON l.id = a.label_id ORDER BY a.start, l.name"
        ).fetchall()
        return [articles, tags]
    finally:
        conn.close()


def test_jsonl_round_trip_keeps_metadata_and_tags(tmp_path: Path) -> None:
    first = tmp_path / "first.db"
    with Store(first) as store:
        clean = CleanResult(text=TEXT, title="Plant hires", byline="Etienne Balmer", site="example.org",
                            published="2025-12-10", language="en")  # fmt: skip
        store.add_article(clean, TEXT, "/saved/page.txt", "text")
        store.add_annotation(1, "PERSON", 0, 11, note="the mayor")
        store.add_annotation(1, "CLAIM", 0, 63, claimant="Anna Kurose")
    out = tmp_path / "export.jsonl"
    assert reader(first, "export", "-f", "jsonl", "-o", out).code == 0
    second = tmp_path / "second.db"
    r = reader(second, "import", out)
    assert r.code == 0 and "imported 1 article" in r.stdout, r.output
    r = reader(second, "import-annotations", out)
    assert r.code == 0, r.output
    assert rows(second) == rows(first)


def test_jsonl_round_trip_keeps_the_dateline_and_agency_and_their_tags(tmp_path: Path) -> None:
    """A wire story's dateline ("Douai, France") and agency ("AFP") come back, and so does a tag on
    the dateline (`M` in the reading view): import-annotations found no dateline to put it on."""
    first = tmp_path / "first.db"
    with Store(first) as store:
        clean = CleanResult(text=TEXT, title="Plant hires", byline="Etienne Balmer", dateline="Douai, France",
                            agency="AFP", site="example.org", published="2025-12-10", language="en")  # fmt: skip
        store.add_article(clean, TEXT, "/saved/page.txt", "text")
        store.add_annotation(1, "PLACE", 0, 5, field="dateline")
    out = tmp_path / "export.jsonl"
    assert reader(first, "export", "-f", "jsonl", "-o", out).code == 0
    second = tmp_path / "second.db"
    assert reader(second, "import", out).code == 0
    r = reader(second, "import-annotations", out)
    assert r.code == 0 and "imported 1 annotation" in r.output, r.output

    def meta(db: Path) -> list[tuple]:
        conn = sqlite3.connect(db)
        try:
            return conn.execute(
                'SELECT ar.dateline, ar.agency, a.field, a.start, a."end", a.text FROM articles ar '
                "JOIN annotations a ON a.article_id = ar.id"
            ).fetchall()
        finally:
            conn.close()

    assert meta(second) == meta(first) == [("Douai, France", "AFP", "dateline", 0, 5, "Douai")]
