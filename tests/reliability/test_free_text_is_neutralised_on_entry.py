"""One rule for free text: control characters, terminal escapes, bidi overrides and other format
characters are removed when the text enters the database, whatever the way in (CLI arguments,
imported files, import-annotations), and shown neutralised whatever the way out."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.models import CleanResult
from reader.store import Store

from .cli_run import assert_refused, reader
from .conftest import unsafe_chars

HOSTILE = "\x1b[2J\x1b]52;c;cHduZWQ=\x07X\u009bY\u009dZ\u202eW\u200b\x00"
TEXT = "Anna Kurose said the plant hired 300 workers in Douai last year."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store.add_article(CleanResult(text=TEXT, title="Plant"), TEXT, None, "text")
    return path


def all_text(db: Path) -> dict[str, list[str]]:
    """Every text value of every table, by table.column."""
    conn = sqlite3.connect(db)
    try:
        out: dict[str, list[str]] = {}
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in tables:
            if t.startswith(("articles_fts", "sqlite_")):
                continue
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
            for row in conn.execute(f'SELECT * FROM "{t}"'):
                for c, v in zip(cols, row, strict=True):
                    if isinstance(v, str):
                        out.setdefault(f"{t}.{c}", []).append(v)
        return out
    finally:
        conn.close()


def assert_all_clean(db: Path) -> None:
    # articles.raw is the input as it came (re-cleaning reads it); it is never displayed.
    bad = {k: [v for v in vs if unsafe_chars(v)] for k, vs in all_text(db).items() if k != "articles.raw"}
    assert not {k: v for k, v in bad.items() if v}


def test_cli_arguments_are_neutralised(db: Path) -> None:
    r = reader(
        db, "--annotator", "bob" + HOSTILE, "tag", "1", "Anna Kurose", "-l", "PERSON", "--note", HOSTILE
    )
    assert r.code == 0, r.output
    r = reader(
        db, "tag", "1", "300 workers", "-l", "CLAIM", "--claimant", "Anna" + HOSTILE, "--note", HOSTILE
    )
    assert r.code == 0, r.output
    r = reader(db, "labels", "add", "TOPIC", "--description", "what" + HOSTILE)
    assert r.code == 0, r.output
    assert_refused(reader(db, "labels", "add", "BAD" + HOSTILE), "label names")
    assert_refused(reader(db, "labels", "rename", "TOPIC", "T\u202eX"), "label names")
    assert_all_clean(db)
    values = all_text(db)
    assert "XYZW" in values["annotations.note"][0]  # the printable text is kept
    assert "bobXYZW" in values["annotations.annotator"]
    assert "AnnaXYZW" in values["annotations.claimant"]
    assert any("whatXYZW" == v for v in values["labels.description"])


def test_import_and_import_annotations_are_neutralised(db: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.json"
    page.write_text(
        json.dumps(
            {
                "title": "Title" + HOSTILE,
                "author": "Byline" + HOSTILE,
                "text": "Body " + HOSTILE + " " + TEXT * 3,
            }
        )
    )
    r = reader(db, "import", page)
    assert r.code == 0, r.output
    export = tmp_path / "in.jsonl"
    span = {"label": "PERSON", "start": 0, "end": 11, "text": "Anna Kurose", "note": HOSTILE,
            "annotator": "eve" + HOSTILE, "claimant": HOSTILE}  # fmt: skip
    claim = {"label": "CLAIM", "start": 0, "end": 20, "claimant": "Eve" + HOSTILE, "note": HOSTILE}
    export.write_text(json.dumps({"text": TEXT, "spans": [span, claim]}) + "\n")
    r = reader(db, "import-annotations", export)
    assert r.code == 0, r.output
    assert_all_clean(db)
    assert "TitleXYZW" in all_text(db)["articles.title"]
    # the same file again: recognised as duplicates, nothing added
    r = reader(db, "import-annotations", export)
    assert "2 duplicates" in r.stderr, r.output


def test_store_neutralises_whoever_calls(db: Path) -> None:
    with Store(db) as store:
        ann = store.add_annotation(1, "CLAIM", 0, 11, note=HOSTILE, annotator=HOSTILE, claimant=HOSTILE)
        store.update_annotation(ann.id, note="n" + HOSTILE, claimant="c" + HOSTILE)
        store.update_label("PERSON", description="d" + HOSTILE)
        store.start_session("s" + HOSTILE)
        store.add_article(CleanResult(text="Other text here.", title=HOSTILE, byline=HOSTILE, site=HOSTILE),
                          "raw", "src" + HOSTILE, "text")  # fmt: skip
    assert_all_clean(db)


def test_escape_sequences_in_a_web_page_leave_no_residue(tmp_path: Path) -> None:
    """An HTML page with terminal escapes in its title, headline and text: the HTML parser drops the
    ESC character alone, which left "[31m" or "[?1049l" in the stored title and text (and the page
    view, which reads the page without them, could not find the article on its page)."""
    from reader.body import page_text, paragraphs
    from reader.body_marks import text_marks

    para = "Der Stadtrat von Kiel hat am Montag \x1b[31mden Haushalt\x1b[0m für das Jahr beschlossen."
    page = (
        "<html><head><title>\x1b[2JHaushalt</title></head><body><article>"
        "<h1>Kiel \x1b[1mbeschließt\x1b[0m den Haushalt</h1>"
        + "".join(f"<p>{para} Absatz {i} \x1b[?1049l mit weiteren Worten zum Thema.</p>" for i in range(8))
        + "</article></body></html>"
    )
    path = tmp_path / "kiel.html"
    path.write_text(page, encoding="utf-8")
    db = tmp_path / "r.db"
    assert reader(db, "import", path).code == 0
    with Store(db) as store:
        article = store.get_article(1, with_raw=True)
        for value in (article.title, article.text):
            assert (
                "[31m" not in value and "[0m" not in value and "[?1049l" not in value and "[1m" not in value
            )
        assert article.title == "Kiel beschließt den Haushalt"
        shown = page_text(article.raw, "html")
        assert text_marks(paragraphs(shown), article.text) is not None
