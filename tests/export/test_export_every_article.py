"""A corpus export carries every article (found by a journalist's session, h103: a JSONL export
left out the articles with no tags). The formats with a line or a file per article (jsonl, brat)
give every article the article filters choose (--article, an article --status), with the tags the
tag filters choose (none: an empty list); --tagged-only keeps only those with such tags. The
formats with a row per tag (csv, w3c) and claimreview (a review per checked claim) are unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from reader.cli.main import cli
from reader.models import CleanResult
from reader.store import Store

TEXTS = [
    "Inès Valcourt opened the ferry terminal in Roscoff on Friday.\n\nShe said 40 crews were hired.",
    "The tide tables for Roscoff were printed again.\n\nNobody was named.",
    "A storm closed the port of Brest for two days.\n\nFishing boats stayed in.",
]


def library(db: Path) -> Store:
    store = Store(db)
    for i, text in enumerate(TEXTS):
        store.add_article(CleanResult(text=text, title=f"Harbour note {i + 1}"), text, f"n{i}.txt", "text")
    store.add_annotation(1, "PERSON", 0, len("Inès Valcourt"), annotator="ann")
    start = TEXTS[0].index("Roscoff")
    store.add_annotation(1, "PLACE", start, start + len("Roscoff"), annotator="ann")
    store.set_status(3, "done")
    return store


def run(db: Path, *args: str) -> str:
    return invoke(db, *args).stdout


def invoke(db: Path, *args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["export", "--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_gives_every_article(tmp_path: Path):
    db = tmp_path / "r.db"
    library(db).close()
    got = lines(run(db, "-f", "jsonl"))
    assert [(a["id"], a["title"], len(a["spans"])) for a in got] == [
        (1, "Harbour note 1", 2),
        (2, "Harbour note 2", 0),
        (3, "Harbour note 3", 0),
    ]
    assert got[1]["spans"] == [] and got[1]["text"] == TEXTS[1]
    # a tag filter chooses the tags, not the articles
    got = lines(run(db, "-f", "jsonl", "--label", "PERSON"))
    assert [(a["id"], [s["text"] for s in a["spans"]]) for a in got] == [
        (1, ["Inès Valcourt"]),
        (2, []),
        (3, []),
    ]
    # an article filter chooses the articles
    assert [a["id"] for a in lines(run(db, "-f", "jsonl", "--status", "done"))] == [3]
    # asked for: only the articles with tags (those the tag filters keep)
    assert [a["id"] for a in lines(run(db, "-f", "jsonl", "--tagged-only"))] == [1]
    assert lines(run(db, "-f", "jsonl", "--tagged-only", "--label", "DATE")) == []
    # it says how many articles went out, not only how many tags ("wrote 2 annotations" hid them)
    assert "wrote 3 articles with 2 annotations" in invoke(db, "-f", "jsonl").stderr
    assert "wrote 1 article with 2 annotations" in invoke(db, "-f", "jsonl", "--tagged-only").stderr
    assert "wrote 2 annotations" in invoke(db, "-f", "csv").stderr


def test_brat_gives_every_article(tmp_path: Path):
    db = tmp_path / "r.db"
    library(db).close()
    said = invoke(db, "-f", "brat", "-o", str(tmp_path / "all")).stderr
    assert "wrote 3 articles with 2 annotations" in said
    assert sorted(p.name for p in (tmp_path / "all").glob("*.txt")) == [
        "article-1.txt",
        "article-2.txt",
        "article-3.txt",
    ]
    assert (tmp_path / "all" / "article-2.ann").read_text() == ""
    run(db, "-f", "brat", "-o", str(tmp_path / "tagged"), "--tagged-only")
    assert sorted(p.name for p in (tmp_path / "tagged").glob("*.txt")) == ["article-1.txt"]


def test_row_per_tag_formats_are_unchanged(tmp_path: Path):
    db = tmp_path / "r.db"
    library(db).close()
    csv_rows = run(db, "-f", "csv").splitlines()
    assert len(csv_rows) == 3  # the header and a row per tag
    w3c = json.loads(run(db, "-f", "w3c"))
    assert len(w3c["items"]) == 2


def test_a_corpus_round_trip_brings_every_article(tmp_path: Path):
    db = tmp_path / "r.db"
    library(db).close()
    out = tmp_path / "corpus.jsonl"
    run(db, "-f", "jsonl", "-o", str(out))
    other = tmp_path / "other.db"
    for command in ("import", "import-annotations"):
        result = CliRunner().invoke(cli, [command, "--db", str(other), str(out)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    store = Store(other)
    try:
        assert store.count_articles() == 3
        assert len(store.annotations(1)) == 2
    finally:
        store.close()
