"""A brat folder whose files went through a Windows editor or git's autocrlf (every line ending
CRLF) imports as the folder reader wrote: the same article found, the same tags (a tag narrowed
inside a word included), notes without a stray carriage return. Invented text, Italian and Polish."""

from __future__ import annotations

from reader.export import export
from reader.export.importers import import_annotations
from reader.models import CleanResult
from reader.store.store import Store

TEXT = (
    "Il sindaco Piero Lanzi ha detto che Borgoverde avrà 12 nuovi autobus.\n\n"
    "Burmistrz Agata Wrona powiedziała, że Zielonka zapłaci 5 milionów złotych."
)


def _rows(store: Store) -> list[tuple]:
    return sorted(
        (a.label, a.start, a.end, a.text, a.note, a.annotator, a.created, a.claimant, a.claim_status)
        for a in store.annotations(1)
    )


def test_a_crlf_brat_folder_imports_as_written(tmp_path):
    src = Store(tmp_path / "source.db")
    src.add_article(CleanResult(text=TEXT), "raw", None, "text")
    start = TEXT.index("Lanzi")
    src.add_annotation(1, "PERSON", start + 1, start + 5, annotator="gio", note="narrowed\nby hand")
    start = TEXT.index("Agata Wrona")
    src.add_annotation(1, "PERSON", start, start + 11, annotator="ola")
    claim = TEXT.split("\n\n")[1]
    src.add_annotation(1, "CLAIM", TEXT.index(claim), len(TEXT), claimant="Zielonka", claim_status="false")
    folder = tmp_path / "brat"
    export(src, "brat", folder)
    for f in folder.glob("article-*"):
        f.write_bytes(f.read_bytes().replace(b"\n", b"\r\n"))
    dest = Store(tmp_path / "dest.db")
    dest.add_article(CleanResult(text=TEXT), "raw", None, "text")
    report = import_annotations(dest, folder, "brat")
    assert report.problems == [] and report.added == 3
    assert _rows(dest) == _rows(src)
    src.close()
    dest.close()
