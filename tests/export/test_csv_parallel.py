"""A large CSV export is written by worker processes, a range of articles each: the file must be
byte for byte what one process writes, with every filter, to a text stream or to a file."""

from __future__ import annotations

import io

import pytest

from reader.errors import NotFound, StoreError
from reader.export import ExportFilters
from reader.export.csv_format import _write_parts, write_csv
from reader.models import CleanResult

PARTS = {"workers": 2, "parallel_min_rows": 0, "part_rows": 3}


@pytest.fixture
def many(tagged):
    """The tagged seed article and eight more, tagged with awkward values."""
    store = tagged.store
    for n in range(8):
        text = f'Piece {n}: "=HYPERLINK" said Zoë, 150,000 people.\n\nSecond paragraph — ok, {n}.'
        aid = store.add_article(
            CleanResult(text=text, title=f"-Title, {n}"), raw=text, source="x", fmt="text"
        )
        aid = aid.article_id
        store.add_annotation(aid, "PERSON", text.index("Zoë"), text.index("Zoë") + 3, note=f'n"{n}"\nline')
        store.add_annotation(aid, "QUANTITY", text.index("150"), text.index("people"), annotator="+x")
        if n % 2:
            store.add_annotation(aid, "CLAIM", 0, text.index("\n"), claimant="@me")
        if n % 3 == 0:
            store.set_status(aid, "done")
    return store


@pytest.mark.parametrize(
    "filters",
    [
        None,
        ExportFilters(labels=("PERSON", "CLAIM")),
        ExportFilters(article_ids=(1, 3, 4, 9)),
        ExportFilters(status="done"),
        ExportFilters(annotator="+x"),
    ],
)
def test_parts_join_into_the_same_file(many, filters):
    one = io.StringIO(newline="")
    n_one = write_csv(many, one, filters, workers=1)
    parts = io.StringIO(newline="")
    n_parts = write_csv(many, parts, filters, **PARTS)
    assert n_parts == n_one > 0
    assert parts.getvalue() == one.getvalue()


def test_parts_written_to_a_file_as_bytes(many, tmp_path):
    one = io.StringIO(newline="")
    write_csv(many, one, workers=1, excel=True)
    path = tmp_path / "out.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        write_csv(many, f, excel=True, **PARTS)
    assert path.read_bytes() == one.getvalue().encode("utf-8")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfannotation_id,")


def test_ranges_cover_every_annotated_article_once(many):
    ranges = many.export_ranges(3)
    ids = [r[0] for r in many.conn.execute("SELECT DISTINCT article_id FROM annotations ORDER BY article_id")]
    covered = [i for i in ids if any(first <= i <= last for first, last, _ in ranges)]
    assert covered == ids
    assert all(a[1] < b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert sum(r[2] for r in ranges) == many.conn.execute("SELECT count(*) FROM annotations").fetchone()[0]


def test_a_worker_that_fails_is_one_error(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        _write_parts(str(tmp_path), {}, [(1, 2, 10), (3, 4, 10)], io.StringIO(), 2)


def test_small_exports_stay_in_process(many, monkeypatch):
    import subprocess

    def no_processes(*args, **kwargs):
        raise AssertionError("a worker was started for a small export")

    monkeypatch.setattr(subprocess, "Popen", no_processes)
    assert write_csv(many, io.StringIO(newline="")) > 0


def test_an_export_can_name_more_articles_than_sqlite_takes_parameters(tmp_path):
    """A search in the library can match 40,000 articles: exporting them is one query, not 40,000
    parameters (SQLite stops at 32,766)."""
    from reader.store import Store

    store = Store(tmp_path / "many.db")
    text = "Ayumi Kurose said 150 experts came."
    with store._write() as conn:  # setup: 40,000 small articles, quicker than importing them
        conn.executemany(
            "INSERT INTO articles (content_hash, raw, text, imported_at) VALUES (?, ?, ?, 'now')",
            [(f"h{i}", text, f"{text} {i}") for i in range(40_000)],
        )
    for article_id in (1, 20_000, 40_000):
        store.add_annotation(article_id, "PERSON", 0, 12)
    ids = tuple(range(1, 40_001))
    out = io.StringIO(newline="")
    assert write_csv(store, out, ExportFilters(article_ids=ids), workers=1) == 3
    parts = io.StringIO(newline="")
    assert write_csv(store, parts, ExportFilters(article_ids=ids), **PARTS) == 3
    assert parts.getvalue() == out.getvalue()
    assert store.missing_articles([5, 40_001, 7, 40_002]) == [40_001, 40_002]
    with pytest.raises(NotFound, match="no article with id 40001"):
        write_csv(store, io.StringIO(), ExportFilters(article_ids=(*ids, 40_001)))
    store.close()


def test_tagging_goes_on_while_an_export_streams_and_another_program_writes(tagged):
    """The TUI exports on a worker thread while the user keeps tagging; another program (the CLI)
    commits meanwhile. The export's read must not pin the writing connection to an old snapshot:
    the TUI's next tag is saved at once, not refused as busy after 30 s of retries."""
    from reader.store import Store

    store = tagged.store
    batches = store.iter_export_table(("annotation_id",), batch_size=1)
    next(batches)  # the export has started and is holding its cursor
    other = Store(store.path)
    text = tagged.text
    start = text.index("Nissan")
    other.add_annotation(tagged.article_id, "ORG", start, start + 6)
    other.close()
    start = text.index("Micra")
    # It used to retry for 30 s and fail: "the database ... is busy in another program".
    saved = store.add_annotation(tagged.article_id, "ORG", start, start + 5)
    assert store.get_annotation(saved.id).text == "Micra"
    assert len(list(batches)) >= 1
