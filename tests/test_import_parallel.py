"""Many files are read and cleaned by worker processes: the report and the stored articles must be
exactly what one process gives, in the same order, with stdin and refusals in their places."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.importing import pipeline
from reader.store import Store

DATA = Path(__file__).resolve().parent / "data" / "pages"
SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


@pytest.fixture
def folder(tmp_path):
    """Pages of every kind, a binary, an empty file, a JSONL feed and a duplicate."""
    root = tmp_path / "in"
    root.mkdir()
    for page in sorted(DATA.iterdir()):
        (root / page.name).write_bytes(page.read_bytes())
    for seed in sorted(SAMPLE.iterdir()):
        (root / f"seed-{seed.name}").write_bytes(seed.read_bytes())  # the two seeds: one is a duplicate
    (root / "zz.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (root / "zz-empty.txt").write_bytes(b"")
    (root / "feed.jsonl").write_text(
        '{"text": "Trams return to Lille next year, the city said."}\n{oops\n{"text": "Buses too."}\n'
    )
    return root


def run(tmp_path: Path, name: str, paths: list, **kwargs) -> tuple[pipeline.ImportReport, list[tuple]]:
    store = Store(tmp_path / f"{name}.db")
    stdin = io.BytesIO(b"A note from stdin about the Douai factory and its 800 local staff.")
    report = pipeline.import_paths(store, paths, stdin=stdin, **kwargs)
    rows = store.conn.execute("SELECT id, source, title, text, format FROM articles ORDER BY id").fetchall()
    store.close()
    return report, rows


def test_workers_give_the_same_import(tmp_path, folder, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_FILES", 0)
    monkeypatch.setattr(pipeline, "FILES_PER_REQUEST", 3)
    paths = [folder, "-", tmp_path / "missing.txt", folder / "feed.jsonl"]
    one_report, one_rows = run(tmp_path, "one", paths, workers=1)
    many_report, many_rows = run(tmp_path, "many", paths, workers=2)
    assert many_report == one_report
    assert many_rows == one_rows
    assert len(one_report.imported) >= 10 and one_report.duplicates and len(one_report.refused) >= 4
    assert any(source is None for _, source, *_ in one_rows)  # stdin, in its place


def test_progress_is_reported_per_input_with_workers(tmp_path, folder, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_FILES", 0)
    seen = []
    store = Store(tmp_path / "p.db")
    pipeline.import_paths(
        store, [folder], workers=2, on_progress=lambda done, total, label: seen.append(done)
    )
    store.close()
    assert seen == list(range(1, len(pipeline.expand([folder])) + 1))
