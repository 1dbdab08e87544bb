"""A brat export that fails halfway (a full disk on the third file) leaves no half folder: it is
written in a folder beside the target and moved into place only when whole. A new export leaves
nothing under its name; an export --force into an existing folder leaves its files as they were.
Invented text, Estonian and Greek, two articles."""

from __future__ import annotations

import pytest

from reader.errors import InvalidInput
from reader.export import export
from reader.models import CleanResult
from reader.store.store import Store

TEXTS = (
    "Linnapea Kadri Tamme ütles, et Võrumaa sai 4 miljonit eurot.",
    "Ο δήμαρχος Νίκος Καραλής είπε ότι η Σητεία πήρε 2 εκατομμύρια ευρώ.",
)


@pytest.fixture
def lib(tmp_path):
    store = Store(tmp_path / "lib.db")
    for text, quote in zip(TEXTS, ("Kadri Tamme", "Νίκος Καραλής"), strict=True):
        aid = store.add_article(CleanResult(text=text), "raw", None, "text").article_id
        store.add_annotation(aid, "PERSON", text.index(quote), text.index(quote) + len(quote))
    yield store
    store.close()


def _full_disk_on_the_second_article(monkeypatch) -> None:  # noqa: ANN001
    import reader.export.brat_format as brat_format

    real = brat_format.ann_lines
    calls = []

    def full(text, rows):  # noqa: ANN001, ANN202
        calls.append(text)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(text, rows)

    monkeypatch.setattr(brat_format, "ann_lines", full)


def _tree(folder) -> dict[str, bytes]:  # noqa: ANN001
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_failed_new_brat_export_leaves_no_folder(lib, tmp_path, monkeypatch):
    _full_disk_on_the_second_article(monkeypatch)
    with pytest.raises(InvalidInput, match="No space left on device"):
        export(lib, "brat", tmp_path / "brat")
    assert sorted(p.name for p in tmp_path.iterdir() if "brat" in p.name) == []


def test_a_failed_brat_export_into_a_folder_leaves_its_files(lib, tmp_path, monkeypatch):
    folder = tmp_path / "brat"
    export(lib, "brat", folder)
    (folder / "article-1.ann").write_text("T1\tPERSON 0 3\tmine\n", encoding="utf-8")  # edited since
    before = _tree(folder)
    _full_disk_on_the_second_article(monkeypatch)
    with pytest.raises(InvalidInput, match="No space left on device"):
        export(lib, "brat", folder)
    assert _tree(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "brat" in p.name) == ["brat"]


def test_a_whole_brat_export_replaces_the_files_it_writes_and_keeps_others(lib, tmp_path):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "notes.md").write_text("meine Notizen", encoding="utf-8")
    (folder / "article-1.ann").write_text("old", encoding="utf-8")
    assert export(lib, "brat", folder) == 2
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["annotation.conf", "article-1.ann", "article-1.txt", "article-2.ann", "article-2.txt",
                     "notes.md", "visual.conf"]  # fmt: skip
    assert "Kadri Tamme" in (folder / "article-1.ann").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if "brat" in p.name) == ["brat"]


def test_an_export_into_an_empty_folder_writes_into_that_folder(lib, tmp_path, monkeypatch):
    """`cd out && reader export --format brat -o .`: the files are in the folder the shell is in. The
    empty folder was removed and the export renamed in its place, so the shell sat in a deleted
    folder that listed nothing (and a mount point, or a folder shared with its own permissions, was
    replaced or refused)."""
    folder = tmp_path / "out"
    folder.mkdir()
    folder.chmod(0o770)
    inode = folder.stat().st_ino
    monkeypatch.chdir(folder)
    assert export(lib, "brat", folder) == 2
    assert folder.stat().st_ino == inode and folder.stat().st_mode & 0o777 == 0o770
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["annotation.conf", "article-1.ann", "article-1.txt", "article-2.ann", "article-2.txt",
                     "visual.conf"]  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir() if "out" in p.name) == ["out"]
