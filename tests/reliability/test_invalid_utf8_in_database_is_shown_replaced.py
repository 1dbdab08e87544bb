"""One value that is not UTF-8 in a tampered database does not stop list, show, claims, search,
stats or export: the bad bytes are shown as U+FFFD and every other value as stored."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from hostile_counts import exercised

from reader.models import CleanResult
from reader.store import Store

from .cli_run import reader

TEXT = "Anna Kurose said the plant hired {} workers in Douai last year."
ARTICLES = 40
TAGS_EACH = 60  # 2,400 annotations: the bad rows come after the first batch (2,000) an export streams


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: the tests only read it."""
    path = tmp_path_factory.mktemp("utf8") / "reader.db"
    with Store(path) as store:
        for i in range(1, ARTICLES + 1):
            text = " ".join(TEXT.format(i * 100 + k) for k in range(TAGS_EACH))
            store.add_article(CleanResult(text=text, title=f"Plant {i}"), text, None, "text")
            step = len(TEXT.format(i * 100))
            for k in range(TAGS_EACH - 1):
                store.add_annotation(i, "PERSON", k * (step + 1), k * (step + 1) + 11)
            store.add_annotation(i, "CLAIM", 0, 40, claimant="Anna Kurose", note="fine")
    conn = sqlite3.connect(path)
    with conn:  # bytes that are not UTF-8, stored as text behind reader's back
        conn.execute(f"UPDATE articles SET title = CAST(x'41ff42' AS TEXT) WHERE id = {ARTICLES}")
        conn.execute(
            f"UPDATE annotations SET note = CAST(x'43fe44' AS TEXT), claimant = CAST(x'45c046' AS TEXT) "
            f"WHERE article_id = {ARTICLES} AND claimant IS NOT NULL"
        )
    conn.close()
    return path


@pytest.mark.parametrize(
    "args",
    [("list",), ("list", "--json"), ("show", str(ARTICLES)), ("show", str(ARTICLES), "--json"), ("claims",),
     ("claims", "--json"), ("search", "Kurose", "--limit", "50"), ("stats",), ("entities",)],
    ids=" ".join,
)  # fmt: skip
def test_commands_show_what_can_be_shown(db: Path, args: tuple[str, ...]) -> None:
    exercised("files", 1)
    r = reader(db, *args)
    assert r.code == 0, r.output
    assert "A\ufffdB" in r.stdout or "\\ufffd" in r.stdout or args[0] == "entities"


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "w3c"])
def test_export_writes_every_row(db: Path, tmp_path: Path, fmt: str) -> None:
    exercised("files", 1)
    out = tmp_path / f"out.{fmt}"
    r = reader(db, "export", "-f", fmt, "-o", out)
    assert r.code == 0, r.output
    assert f" {ARTICLES * TAGS_EACH} annotations" in r.stderr  # jsonl: "wrote 40 articles with …"
    body = out.read_text(encoding="utf-8")
    assert "C\ufffdD" in body and ("A\ufffdB" in body or fmt == "w3c")  # w3c has no title
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(body, newline="")))
        assert len(rows) == ARTICLES * TAGS_EACH
        assert len({r["annotation_id"] for r in rows}) == len(rows)  # none twice after the re-read
