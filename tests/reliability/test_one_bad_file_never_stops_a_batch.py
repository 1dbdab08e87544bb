"""One bad file never stops a batch, whatever a parser raises, in this process and in the worker
processes of a large import: the bad file is refused with a reason, every good one is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_counts import exercised

from reader.importing import import_paths
from reader.importing import pipeline as pipeline_module
from reader.store import Store

from .cli_run import reader

BIG_INT = "9" * 5000


def good_files(folder: Path, n: int) -> list[Path]:
    files = []
    for i in range(n):
        path = folder / f"good{i:02}.txt"
        path.write_text(
            f"Article number {i}. " + "The council met on Monday to discuss the budget for the year. " * 5
        )
        files.append(path)
    return files


def bad_files(folder: Path) -> list[Path]:
    bad = {
        "big.json": '{"text": "hi there", "n": ' + BIG_INT + "}",
        "big_list.json": '[{"text": "hi there", "n": ' + BIG_INT + "}]",
        "big.jsonl": '{"text": "hi there", "n": ' + BIG_INT + "}\n",
        "deep.json": "[" * 100_000 + "]" * 100_000,
    }
    for name, body in bad.items():
        (folder / name).write_text(body)
    return [folder / name for name in bad]


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_json_numbers_refuse_one_file(tmp_path: Path, workers: int) -> None:
    exercised("files", 1)
    folder = tmp_path / "in"
    folder.mkdir()
    good = good_files(folder, 45)
    bad = bad_files(folder)
    with Store(tmp_path / "reader.db") as store:
        report = import_paths(store, [folder], workers=workers)
        assert len(report.imported) == 45
        refused = {Path(label.split(" ")[0]).name for label, _ in report.refused}
        assert refused == {p.name for p in bad}
        assert store.count_articles() == 45
    assert len(good) == 45


def test_any_exception_of_a_parser_refuses_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exercised("files", 1)
    folder = tmp_path / "in"
    folder.mkdir()
    good_files(folder, 3)
    (folder / "boom.txt").write_text("A page that makes the parser fail. " * 10)
    real_parse = pipeline_module.parse
    errors = iter([KeyError("x"), MemoryError(), IndexError("y"), OverflowError("z"), UnicodeError("u")])

    def parse(text: str, kind: str, source: str | None, label: str | None = None):  # noqa: ANN202
        if source and source.endswith("boom.txt"):
            raise next(errors)
        return real_parse(text, kind, source, label)

    monkeypatch.setattr(pipeline_module, "parse", parse)
    for round_ in range(5):
        with Store(tmp_path / f"r{round_}.db") as store:
            report = import_paths(store, [folder], workers=1)
            assert len(report.imported) == 3
            assert [Path(label).name for label, _ in report.refused] == ["boom.txt"]


def test_cli_import_reports_the_bad_file_and_imports_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good_files(folder, 2)
    (folder / "big.json").write_text('{"text": "hi there", "n": ' + BIG_INT + "}")
    r = reader(tmp_path / "reader.db", "import", folder)
    assert r.code == 0, r.output
    assert "Traceback" not in r.output
    assert "refused:" in r.output and "big.json" in r.output
    assert "imported 2 articles" in r.output
