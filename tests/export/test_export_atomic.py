"""An export that fails while writing (a full disk, a vanished folder) leaves the file that was
there before as it was, and no half-written file under the export's name: --force replaces an old
export only once the new one is whole. Invented text, Finnish and Turkish."""

from __future__ import annotations

import pytest

from reader.errors import InvalidInput
from reader.export import export
from reader.models import CleanResult
from reader.store.store import Store

TEXT = "Pormestari Aino Lehtola sanoi, että Kuusela sai 3 miljoonaa euroa. Vali Ayşe Korkmaz Ordu'yu ziyaret etti."


@pytest.fixture
def lib(tmp_path):
    store = Store(tmp_path / "lib.db")
    store.add_article(CleanResult(text=TEXT), "raw", None, "text")
    for quote, label in (("Aino Lehtola", "PERSON"), ("Kuusela", "PLACE"), ("Ayşe Korkmaz", "PERSON")):
        start = TEXT.index(quote)
        store.add_annotation(1, label, start, start + len(quote))
    yield store
    store.close()


def _fail_after_some(monkeypatch, fmt: str) -> None:
    """The writer of fmt writes a part, then the disk is full."""
    import reader.export.csv_format as csv_format
    import reader.export.jsonl_format as jsonl_format
    import reader.export.w3c_format as w3c_format

    module, name = {"csv": (csv_format, "write_csv"), "jsonl": (jsonl_format, "write_jsonl"),
                    "w3c": (w3c_format, "write_w3c")}[fmt]  # fmt: skip

    def full(store, out, *args, **kwargs):  # noqa: ANN001, ANN202
        out.write("annotation_id,article_id\r\n1,")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, name, full)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "w3c"])
def test_a_failed_export_leaves_the_old_file_whole(lib, tmp_path, monkeypatch, fmt):
    path = tmp_path / f"tags.{fmt}"
    export(lib, fmt, path)
    before = path.read_bytes()
    _fail_after_some(monkeypatch, fmt)
    with pytest.raises(InvalidInput, match="No space left on device"):
        export(lib, fmt, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".tags", "tags"))) == [path.name]


def test_a_failed_new_export_leaves_no_file(lib, tmp_path, monkeypatch):
    path = tmp_path / "new.csv"
    _fail_after_some(monkeypatch, "csv")
    with pytest.raises(InvalidInput):
        export(lib, "csv", path)
    assert list(tmp_path.glob("*new.csv*")) == []


def test_a_link_is_written_through_and_a_device_is_written_to(lib, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    export(lib, "csv", link)
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("annotation_id,")
    export(lib, "csv", "/dev/null")  # a device is never replaced by a file
    assert not (tmp_path / "null").exists()
