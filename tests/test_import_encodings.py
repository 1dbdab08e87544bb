"""Stored text is right whatever the input encoding."""

from __future__ import annotations

import codecs

import pytest

from reader.importing import import_paths
from reader.importing.read import decode

TEXT = (
    "Élections à Noël : « le café coûte 3 € », a dit le maire — “c’est trop cher”.\n\n"
    "Le conseil municipal a voté un budget de 120 millions d’euros pour les travaux du tramway.\n\n"
    "Les opposants disent que la ligne traversera un parc très fréquenté par les familles."
)
LATIN1 = (
    "Élève à Noël, le garçon déçu demande où êtes-vous allés cet été à Genève.\n\n"
    "Le conseil municipal a voté un budget de cent vingt millions pour les travaux du tramway.\n\n"
    "Les opposants disent que la ligne traversera un parc très fréquenté par les familles."
)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("utf-8", TEXT.encode("utf-8"), TEXT),
        ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
        ("utf-16-le with BOM", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT),
        ("utf-16-be with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
        ("utf-16-le without BOM", TEXT.encode("utf-16-le"), TEXT),
        ("utf-16-be without BOM", TEXT.encode("utf-16-be"), TEXT),
        ("cp1252 curly quotes and euro", TEXT.encode("cp1252"), TEXT),
        ("latin-1 accents", LATIN1.encode("latin-1"), LATIN1),
    ],
)
def test_decode(name, data, expected):
    assert decode(data) == expected, name


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_stored_text_is_correct(store, tmp_path, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(TEXT.encode(encoding))
    report = import_paths(store, [path])
    assert report.imported == [1], report.refused
    article = store.get_article(1, with_raw=True)
    assert article.raw == TEXT
    assert "« le café coûte 3 € »" in article.text
    assert "“c’est trop cher”" in article.text
    assert "\ufeff" not in article.raw


def test_windows_line_endings_do_not_shift_text(store, tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert import_paths(store, [path]).imported == [1]
    assert "\r" not in store.get_article(1).text
