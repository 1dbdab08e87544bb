"""A text with a stray NUL byte is imported (the NUL dropped), a binary file is still refused, and
a subfolder that cannot be read is reported as a refusal instead of being skipped silently."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.importing import import_paths
from reader.store import Store

SENTENCE = "The council met on Monday to discuss the budget for the coming year in Douai. "


def test_a_stray_nul_is_dropped(tmp_path: Path) -> None:
    body = (SENTENCE * 200).encode()  # about 15 KB
    page = tmp_path / "page.txt"
    page.write_bytes(body[:7000] + b"\x00" + body[7000:])
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [page])
        assert report.imported == [1], report
        assert "\x00" not in store.get_article(1).text


def test_a_text_padded_with_nuls_is_read(tmp_path: Path) -> None:
    """A save cut short (a crash, a full disk) leaves the space it had allocated as a run of NULs after
    the text: the text is read, not refused as binary (4 KB of NULs after 15 KB of text were)."""
    page = tmp_path / "cut.txt"
    german = "Der Rat hat am Montag den Haushalt für das kommende Jahr in Düsseldorf beraten. "
    page.write_bytes((SENTENCE * 100 + german * 100).encode() + b"\x00" * 4096)
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [page])
        assert report.imported == [1], report
        assert store.get_article(1).text.rstrip().endswith("Düsseldorf beraten.")


def test_a_tar_archive_is_refused_by_name(tmp_path: Path) -> None:
    import io
    import tarfile

    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        data = (SENTENCE * 50).encode()
        info = tarfile.TarInfo("notes.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    blob = tmp_path / "notes.txt"
    blob.write_bytes(out.getvalue())
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [blob])
    assert report.refused and "a TAR archive" in report.refused[0][1], report


def test_binary_is_still_refused(tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 40)
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [blob])
    assert report.refused and "binary" in report.refused[0][1]


def test_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = tmp_path / "in"
    (top / "locked").mkdir(parents=True)
    (top / "locked" / "a.txt").write_text(SENTENCE * 5)
    (top / "b.txt").write_text(SENTENCE * 6)
    real_scandir = os.scandir

    def scandir(path=None):  # noqa: ANN001, ANN202 - tests run as root: chmod 000 would not stop reading
        if path is not None and os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path) if path is not None else real_scandir()

    monkeypatch.setattr(os, "scandir", scandir)
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [top], workers=1)
    assert len(report.imported) == 1
    assert [(Path(label).name, reason) for label, reason in report.refused] == [
        ("locked", "cannot read this folder: Permission denied")
    ]


def test_a_named_pipe_in_a_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    """Inside a folder, a named pipe (or socket) is a refusal line of its own, as on the command line,
    never read (it could block) and never skipped without a word."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    top = tmp_path / "in"
    top.mkdir()
    (top / "a.txt").write_text(SENTENCE * 5)
    os.mkfifo(top / "feed.txt")
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [top])
    assert len(report.imported) == 1
    assert report.refused == [(str(top / "feed.txt"), report.refused[0][1])], report
    assert "not a regular file (a named pipe)" in report.refused[0][1]
