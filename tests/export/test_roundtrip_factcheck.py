"""A claim's fact-check survives every format import-annotations reads: the verdict's public
explanation, the review state, who checked it and when, and each piece of evidence (source, quote,
note, when and by whom it was added), with line breaks, tabs, quotes and formula-like text.
Invented text, Spanish and Dutch; the importing library on both backends."""

from __future__ import annotations

import pytest

from reader.export import export
from reader.export.importers import import_annotations
from reader.factcheck import set_verdict
from reader.models import CleanResult
from reader.store.store import Store, content_hash

FORMATS = {"jsonl": "out.jsonl", "brat": "brat", "w3c": "out.json"}

TEXT = (
    "El alcalde Tomás Iriarte dijo que el puerto de Vigoria movió 3 millones de toneladas.\n\n"
    "Wethouder Femke Aalbers zei dat Zwanenburg 40 procent minder afval heeft."
)
CLAIMS = (
    "El alcalde Tomás Iriarte dijo que el puerto de Vigoria movió 3 millones de toneladas.",
    "Wethouder Femke Aalbers zei dat Zwanenburg 40 procent minder afval heeft.",
)


def _source(tmp_path) -> Store:  # noqa: ANN001
    src = Store(tmp_path / "source.db")
    aid = src.add_article(CleanResult(text=TEXT), "raw", None, "text").article_id
    first = src.add_annotation(
        aid, "CLAIM", 0, len(CLAIMS[0]), claimant="Tomás Iriarte", annotator="lucia", note="=privado"
    )
    start = TEXT.index(CLAIMS[1])
    second = src.add_annotation(
        aid, "CLAIM", start, start + len(CLAIMS[1]), claimant="Femke Aalbers", annotator="lucia"
    )
    src.add_evidence(
        first.id,
        "https://example.org/puerto-2024.pdf",
        quote='"2,1 millones"\tde toneladas,\nsegún el informe',
        note="+llamar al puerto",
        added_by="lucia",
    )
    src.add_evidence(first.id, "doc:acta pleno 12", added_by="pedro")
    set_verdict(
        src, first.id, "false", explanation="El informe anual da 2,1 millones.\nNo 3.",
        review_state="reviewed", checked_by="pedro",
    )  # fmt: skip
    set_verdict(
        src, second.id, "mostly true", explanation="-40 %: cijfers van de gemeente.",
        review_state="needs a second check", checked_by="sanne",
    )  # fmt: skip
    return src


def _fact_checks(store: Store) -> list[tuple]:
    article_id = store.find_by_hash(content_hash(TEXT))
    out = []
    for a in store.annotations(article_id):
        evidence = [(e.source, e.quote, e.note, e.added_at, e.added_by) for e in a.evidence]
        out.append(
            (a.text, a.claim_status, a.explanation, a.review_state, a.checked_by, a.checked_at, evidence)
        )
    return sorted(out)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_fact_check_comes_back(tmp_path, store, fmt):
    src = _source(tmp_path)
    path = tmp_path / FORMATS[fmt]
    export(src, fmt, path)
    store.add_article(CleanResult(text=TEXT), "raw", None, "text")
    report = import_annotations(store, path, fmt)
    assert report.problems == [] and report.added == 2
    assert _fact_checks(store) == _fact_checks(src)
    assert len(_fact_checks(store)[0][-1]) == 2  # both pieces of evidence, in the order added
    src.close()


def test_brat_evidence_that_cannot_be_read_is_reported(tmp_path):
    src = _source(tmp_path)
    export(src, "brat", tmp_path / "brat")
    ann = tmp_path / "brat" / "article-1.ann"
    lines = ann.read_text(encoding="utf-8").split("\n")
    lines = [ln.replace("Evidence: {", "Evidence: [[[{", 1) if "doc:acta" in ln else ln for ln in lines]
    ann.write_text("\n".join(lines), encoding="utf-8")
    dest = Store(tmp_path / "dest.db")
    dest.add_article(CleanResult(text=TEXT), "raw", None, "text")
    report = import_annotations(dest, tmp_path / "brat", "brat")
    assert report.added == 2 and len(report.problems) == 1
    assert "evidence of T1 not read" in report.problems[0]
    claim = next(a for a in dest.annotations(1) if a.claim_status == "false")
    assert [e.source for e in claim.evidence] == ["https://example.org/puerto-2024.pdf"]
    dest.close()
    src.close()


def test_fact_check_times_are_checked_and_stored_in_utc(tmp_path):
    """When a claim was checked and when evidence was added are times like created and updated: in
    UTC as stored, and a value that is no time is refused with a line, not stored."""
    import json

    src = _source(tmp_path)
    path = tmp_path / "out.jsonl"
    export(src, "jsonl", path)
    line = json.loads(path.read_text(encoding="utf-8"))
    first, second = sorted((s for s in line["spans"] if s["kind"] == "claim"), key=lambda s: s["start"])
    first["checked_at"] = "2025-03-01T13:00:00+01:00"
    first["evidence"][0]["added_at"] = "2025-02-28T23:30:00-02:00"
    second["checked_at"] = "hier soir"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    dest = Store(tmp_path / "dest.db")
    dest.add_article(CleanResult(text=TEXT), "raw", None, "text")
    report = import_annotations(dest, path, "jsonl")
    assert report.added == 1 and len(report.problems) == 1
    assert "checked_at 'hier soir' is not a date and time" in report.problems[0]
    claim = dest.annotations(1)[0]
    assert claim.checked_at == "2025-03-01T12:00:00+00:00"
    assert claim.evidence[0].added_at == "2025-03-01T01:30:00+00:00"
    dest.close()
    src.close()
