"""A claim already stored gets the fact-check an import brings where it has none: the verdict, the
explanation, the review state, who checked it and when, and the evidence it lacks; it is matched
whatever its verdict (it was added a second time when the verdicts differed). Where the store and
the file disagree the store's value is kept, and one line per claim says which. Invented text,
Spanish and Dutch; the importing library on both backends; JSONL, brat and W3C."""

from __future__ import annotations

import pytest
from test_roundtrip_factcheck import CLAIMS, FORMATS, TEXT, _source

from reader.export import export
from reader.export.importers import import_annotations
from reader.models import CleanResult
from reader.store.store import Store


def _bare_claims(store: Store) -> int:
    """The article with the two claims as a colleague stored them before any fact-check."""
    aid = store.add_article(CleanResult(text=TEXT), "raw", None, "text").article_id
    store.add_annotation(
        aid, "CLAIM", 0, len(CLAIMS[0]), claimant="Tomás Iriarte", annotator="lucia", note="=privado"
    )
    start = TEXT.index(CLAIMS[1])
    store.add_annotation(
        aid, "CLAIM", start, start + len(CLAIMS[1]), claimant="Femke Aalbers", annotator="lucia"
    )
    return aid


def _checks(store: Store, aid: int) -> list[tuple]:
    return sorted(
        (a.text, a.claim_status, a.explanation, a.review_state, a.checked_by, a.checked_at,
         [(e.source, e.quote, e.note, e.added_at, e.added_by) for e in a.evidence])
        for a in store.annotations(aid)
    )  # fmt: skip


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_stored_claim_is_filled_in(tmp_path, store, fmt):
    src = _source(tmp_path)
    path = tmp_path / FORMATS[fmt]
    export(src, fmt, path)
    aid = _bare_claims(store)
    report = import_annotations(store, path, fmt)
    assert report.problems == [] and report.kept == []
    assert report.added == 0 and report.duplicates == 2 and report.filled == 2
    assert _checks(store, aid) == _checks(src, 1)
    again = import_annotations(store, path, fmt)
    assert again.added == 0 and again.filled == 0 and again.kept == []
    assert _checks(store, aid) == _checks(src, 1)
    src.close()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_where_they_disagree_the_store_is_kept_and_said(tmp_path, store, fmt):
    src = _source(tmp_path)
    path = tmp_path / FORMATS[fmt]
    export(src, fmt, path)
    aid = _bare_claims(store)
    first = min(store.annotations(aid), key=lambda a: a.start)
    store.update_annotation(
        first.id, claim_status="true", explanation="Klopt volgens de haven.", checked_by="joost"
    )
    store.add_evidence(first.id, "https://example.org/puerto-2024.pdf", quote="3 millones", added_by="joost")
    report = import_annotations(store, path, fmt)
    assert report.added == 0 and report.filled == 2  # the first gets its review state, time, one evidence
    (line,) = report.kept
    assert line.endswith(
        f"claim {first.id} 'El alcalde Tomás Iriarte dijo que el ...': kept the stored verdict 'true' "
        "(the file: 'false'), explanation 'Klopt volgens de haven.' (the file: 'El informe anual da 2,1 "
        "millones.\\nNo 3.'), checked by 'joost' (the file: 'pedro')"
    )
    claim = store.get_annotation(first.id)
    assert (claim.claim_status, claim.explanation, claim.checked_by) == (
        "true",
        "Klopt volgens de haven.",
        "joost",
    )
    assert claim.review_state == "reviewed" and claim.checked_at is not None
    assert [(e.source, e.quote) for e in claim.evidence] == [
        ("https://example.org/puerto-2024.pdf", "3 millones"),
        ("https://example.org/puerto-2024.pdf", '"2,1 millones" de toneladas,\nsegún el informe'),
        ("doc:acta pleno 12", None),
    ]
    assert len(store.annotations(aid)) == 2
    src.close()


def test_the_command_says_what_it_kept_and_filled(tmp_path, store, db_url):
    from click.testing import CliRunner

    from reader.cli.main import cli

    src = _source(tmp_path)
    export(src, "jsonl", tmp_path / "out.jsonl")
    aid = _bare_claims(store)
    first = min(store.annotations(aid), key=lambda a: a.start)
    store.update_annotation(first.id, claim_status="misleading")
    result = CliRunner().invoke(cli, ["import-annotations", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"reader: out.jsonl line 1: claim {first.id} 'El alcalde Tomás Iriarte dijo que el ...': kept the stored "
        "verdict 'misleading' (the file: 'false')",
        "imported 0 annotations into 1 article; 2 duplicates skipped; 0 annotations not imported; "
        "2 stored claims filled in from the file's fact-check",
    ]
    src.close()


def test_a_verdict_reader_does_not_know_is_a_problem_line_not_the_end_of_the_import(tmp_path, store):
    """A stored claim whose file verdict is none of reader's (another tool's, a hand edit): refused in
    one line, as for a new claim, and the rest of the file is still imported. It stopped the whole
    import at that claim with 'unknown claim status' (the next claims and articles not imported)."""
    import json

    src = _source(tmp_path)
    export(src, "jsonl", tmp_path / "out.jsonl")
    line = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    first = min(line["spans"], key=lambda s: s["start"])
    first["claim_status"], first["review_state"] = "disputed", "pending"
    (tmp_path / "edited.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    aid = _bare_claims(store)
    report = import_annotations(store, tmp_path / "edited.jsonl", "jsonl")
    (problem,) = report.problems
    assert problem.startswith("edited.jsonl line 1: CLAIM 'El alcalde Tomás Iriarte") and (
        "unknown claim status 'disputed'" in problem
    )
    assert report.duplicates == 2 and report.filled == 1
    by_start = sorted(store.annotations(aid), key=lambda a: a.start)
    assert (by_start[0].claim_status, by_start[0].evidence) == ("unverified", [])
    assert _checks(store, aid)[1] == _checks(src, 1)[1]  # the second claim, filled in
    src.close()
