"""import-annotations refuses, one line each, what would store nonsense: offsets that are not
ASCII numbers (W3C "start": "²" or 5,000 digits), free-text timestamps, spans of white space or
cutting a word; times are stored as ISO 8601 UTC; the summary counts articles, not lines."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hostile_counts import exercised

from reader.models import CleanResult
from reader.store import Store
from reader.store.store import content_hash

from .cli_run import dump, reader

TEXT = "Anna Kurose said the councillor hired 300 workers in Douai last year."
HASH = content_hash(TEXT)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store.add_article(CleanResult(text=TEXT, title="Plant"), TEXT, None, "text")
    return path


def w3c(tmp_path: Path, start: object, end: object) -> Path:
    page = {
        "type": "AnnotationPage",
        "items": [
            {
                "type": "Annotation",
                "body": [{"type": "TextualBody", "purpose": "tagging", "value": "PERSON"}],
                "target": {
                    "source": f"urn:sha256:{HASH}",
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": "Anna Kurose"},
                        {"type": "TextPositionSelector", "start": start, "end": end},
                    ],
                },
            }
        ],
    }
    path = tmp_path / "in.jsonld"
    path.write_text(json.dumps(page))
    return path


@pytest.mark.parametrize("start", ["²", "٣", "9" * 5000, "1e3", " 0x1", -1, 2**70, True, 1.5])
def test_w3c_offsets_that_are_not_numbers_are_refused(db: Path, tmp_path: Path, start: object) -> None:
    exercised("files", 1)
    before = dump(db)
    r = reader(db, "import-annotations", w3c(tmp_path, start, 11))
    assert "Traceback" not in r.output, r.output
    assert r.code == 1 and "TextPositionSelector start" in r.stderr, r.output
    assert all(len(line) < 400 for line in r.stderr.splitlines())
    assert dump(db) == before


def test_w3c_offsets_as_digit_strings_still_work(db: Path, tmp_path: Path) -> None:
    r = reader(db, "import-annotations", w3c(tmp_path, "0", "11"))
    assert r.code == 0, r.output
    assert "imported 1 annotation" in r.stderr


def jsonl(tmp_path: Path, *spans: dict, lines: int = 1) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"text": TEXT, "spans": list(spans)}) + "\n" for _ in range(lines)))
    return path


@pytest.mark.parametrize(
    "span, reason",
    [
        ({"label": "PERSON", "start": 0, "end": 11, "updated": "9999-99-99"}, "not a date and time"),
        ({"label": "PERSON", "start": 0, "end": 11, "created": "yesterday"}, "not a date and time"),
        ({"label": "PERSON", "start": 4, "end": 5}, "only white space"),
        ({"label": "PERSON", "start": 21, "end": 28}, "ends inside the word “councillor”"),
        ({"label": "PERSON", "start": 2, "end": 11}, "starts inside the word “Anna”"),
    ],
)
def test_bad_records_are_refused_one_line_each(db: Path, tmp_path: Path, span: dict, reason: str) -> None:
    exercised("files", 1)
    good = {"label": "PLACE", "start": 53, "end": 58}
    r = reader(db, "import-annotations", jsonl(tmp_path, span, good))
    assert r.code == 0, r.output  # the good span went in
    problems = [line for line in r.stderr.splitlines() if line.startswith("reader: not imported")]
    assert len(problems) == 1 and reason in problems[0], r.output
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT text FROM annotations").fetchall() == [("Douai",)]
    conn.close()


def test_times_are_stored_in_utc(db: Path, tmp_path: Path) -> None:
    span = {"label": "PERSON", "start": 0, "end": 11, "created": "2025-03-01T14:00:00+02:00",
            "updated": "2025-03-02T10:00:00Z"}  # fmt: skip
    assert reader(db, "import-annotations", jsonl(tmp_path, span)).code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT created, updated FROM annotations").fetchone() == (
        "2025-03-01T12:00:00+00:00",
        "2025-03-02T10:00:00+00:00",
    )
    conn.close()


def test_summary_counts_articles_not_lines(db: Path, tmp_path: Path) -> None:
    span = {"label": "PERSON", "start": 0, "end": 11}
    r = reader(db, "import-annotations", jsonl(tmp_path, span, lines=3))
    assert r.code == 0, r.output
    assert "into 1 article;" in r.stderr and "2 duplicates" in r.stderr, r.stderr
