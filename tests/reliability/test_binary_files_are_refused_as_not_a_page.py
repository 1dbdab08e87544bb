"""A file that is not a page (an image, a PDF, an archive, a program) is refused with one line that
says so, whatever its name and however short it is: a 9-byte PNG header read as cp1252 gave the
text "‰PNG" and was imported as an "(untitled)" article."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from hostile_counts import exercised

from reader.importing.read import Refused, decode

from .cli_run import assert_refused, dump, reader
from .conftest import paragraph_text


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    pixels = zlib.compress(b"".join(b"\x00" + bytes([i]) * 4 for i in range(4)))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("notes.txt", "Die Regierung hat heute einen Plan vorgestellt. " * 20)
    return out.getvalue()


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
    b"endobj\n3 0 obj<</Type/Page/MediaBox[0 0 3 3]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

NOT_PAGES = {
    "png-header-9-bytes": (b"\x89PNG\r\n\x1a\n\x00", "PNG image"),
    "png": (_png(), "PNG image"),
    "pdf": (PDF, "PDF document"),
    "zip": (_zip(), "ZIP archive"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", "JPEG image"),
    "gif": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!", "GIF image"),
    "sqlite": (b"SQLite format 3\x00" + b"\x10\x00\x01\x01" + b"\x00" * 80, "SQLite database"),
    "elf": (b"\x7fELF\x02\x01\x01" + b"\x00" * 9, "program"),
}


@pytest.mark.parametrize(("data", "kind"), NOT_PAGES.values(), ids=NOT_PAGES.keys())
def test_decode_refuses_what_is_not_a_page_and_names_it(data: bytes, kind: str) -> None:
    exercised("files", 1)
    with pytest.raises(Refused) as refused:
        decode(data)
    message = str(refused.value)
    assert "not a page" in message and kind in message, message


@pytest.mark.parametrize("suffix", [".html", ".txt", ".md", ".json", ""])
@pytest.mark.parametrize("name", ["png-header-9-bytes", "pdf", "zip"])
def test_import_refuses_a_renamed_binary_in_one_line_and_keeps_the_library(
    tmp_path: Path, name: str, suffix: str
) -> None:
    exercised("files", 1)
    db = tmp_path / "lib.db"
    good = tmp_path / "good.txt"
    good.write_text(paragraph_text(3, 200), "utf-8")
    assert reader(db, "import", good).code == 0
    before = dump(db)
    data, kind = NOT_PAGES[name]
    bad = tmp_path / f"file{suffix}"
    bad.write_bytes(data)
    line = assert_refused(reader(db, "import", bad), "not a page", kind)
    assert str(bad) in line
    assert dump(db) == before  # nothing added, nothing lost


def test_text_that_starts_like_a_signature_is_still_text() -> None:
    """Only the bytes a binary format starts with count: prose that mentions them is text."""
    exercised("files", 2)
    body = paragraph_text(5, 120)
    assert decode(f"PK is what the archive starts with. {body}".encode()).startswith("PK is")
    assert decode(f"%PDF files are not pages. {body}".encode()).startswith("%PDF files")
    assert decode(f"GIF89 was a year of images. {body}".encode()).startswith("GIF89")


@pytest.mark.parametrize("word", ["gustar", "mustard", "ustar"])
def test_text_with_ustar_where_a_tar_header_has_it_is_still_text(word: str) -> None:
    """A TAR archive says 'ustar' then a NUL or two spaces and a NUL at byte 257; prose that has the
    five letters there ('me gustaría', 'mustard') is text. Such an article was refused as 'a TAR
    archive' (about one in five thousand Spanish texts: 'gustar' is a common verb)."""
    exercised("files", 1)
    lead = "A la alcaldesa de Villalba le parece bien el plan de la bahía. " * 5
    lead = lead.encode()[: 257 - word.index("ustar")].decode()  # bahía's í is two bytes
    text = lead + word + " que el puerto crezca un 4 % este año." * 3
    assert text.encode()[257:262] == b"ustar"
    assert decode(text.encode()) == text
