from __future__ import annotations

import csv
import io

from export_fixtures import KUROSE_CLAIM, TRICKY_NOTE
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.export import ExportFilters, export
from reader.export.csv_format import COLUMNS, neutralise, write_csv
from reader.models import CleanResult
from reader.segments import sentence_at
from reader.store import Store

EXPECTED_COLUMNS = [
    "annotation_id", "article_id", "article_title", "site", "published", "label", "kind", "text", "start",
    "end", "sentence", "note", "annotator", "created", "updated", "claimant", "claim_status", "quantities",
    "url",
    "entity_id", "entity", "claimant_entity_id", "explanation", "review_state", "checked_by", "checked_at",
    "evidence", "field", "claimant_entity", "claimant_label",
]  # fmt: skip


def export_csv(tagged, filters=None, **kwargs) -> str:
    buf = io.StringIO(newline="")
    export(tagged.store, "csv", buf, filters, **kwargs)
    return buf.getvalue()


def parse(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_is_the_documented_column_order(tagged):
    text = export_csv(tagged)
    assert next(csv.reader(io.StringIO(text))) == EXPECTED_COLUMNS
    assert list(COLUMNS) == EXPECTED_COLUMNS


def test_one_row_per_annotation_in_article_then_text_order(tagged):
    rows = parse(export_csv(tagged))
    stored = tagged.annotations()
    assert len(rows) == len(stored) == 16
    starts = [int(r["start"]) for r in rows]
    assert starts == sorted(starts)


def test_every_stored_value_reads_back_equal_apart_from_neutralisation(tagged):
    article = tagged.store.get_article(tagged.article_id)
    stored = {a.id: a for a in tagged.annotations()}
    for row in parse(export_csv(tagged)):
        a = stored[int(row["annotation_id"])]
        expected = {
            "article_id": str(a.article_id),
            "article_title": article.title,
            "site": article.site,
            "published": article.published,
            "label": a.label,
            "kind": a.kind,
            "text": a.text,
            "start": str(a.start),
            "end": str(a.end),
            "note": a.note or "",
            "annotator": a.annotator or "",
            "created": a.created,
            "updated": a.updated,
            "claimant": a.claimant or "",
            "claim_status": a.claim_status or "",
            "quantities": " | ".join(
                stored[q].text for q in sorted(a.quantity_ids, key=lambda q: stored[q].start)
            ),
            "entity_id": str(a.entity_id or ""),
            "entity": a.entity or "",
            "claimant_entity_id": str(a.claimant_entity_id or ""),
            "claimant_entity": a.claimant_entity or "",
            "explanation": a.explanation or "",
            "review_state": a.review_state or "",
            "checked_by": a.checked_by or "",
            "checked_at": a.checked_at or "",
            "evidence": " | ".join(e.source for e in a.evidence),
        }
        for column, value in expected.items():
            assert row[column] == neutralise(value), (column, a)
        assert article.text[a.start : a.end] == a.text


def test_claim_row(tagged):
    rows = {r["annotation_id"]: r for r in parse(export_csv(tagged))}
    claim = rows[str(tagged.by_name["claim"].id)]
    assert claim["text"] == KUROSE_CLAIM
    assert claim["claimant"] == "Ayumi Kurose"
    assert claim["claim_status"] == "mostly true"
    assert claim["quantities"] == "150 Chinese experts | 800 local staff"
    assert claim["kind"] == "claim"
    assert claim["sentence"] == KUROSE_CLAIM
    assert claim["entity_id"] == claim["entity"] == ""  # a claim names no entity: its claimant does
    kurose = rows[str(tagged.by_name["kurose"].id)]
    assert claim["claimant_entity_id"] == kurose["entity_id"] != ""
    assert kurose["entity"] == "Ayumi Kurose"
    assert claim["claimant_entity"] == "Ayumi Kurose"  # the entity's canonical name
    assert kurose["claimant_entity"] == ""  # not a claim
    assert claim["review_state"] == "unreviewed"


def test_entity_and_fact_check_columns_read_the_stored_rows(tagged):
    """entity is the canonical name after a merge; evidence lists the claim's sources in order."""
    store = tagged.store
    douai, douai2 = tagged.by_name["douai"], tagged.by_name["douai2"]
    assert douai.entity_id == douai2.entity_id  # one entity, two mentions
    verkor = tagged.by_name["verkor"]
    aesc = tagged.by_name["aesc"]
    store.merge_entities([verkor.entity_id], aesc.entity_id)
    claim = tagged.by_name["claim"]
    store.add_evidence(claim.id, "https://example.org/a", quote="150 experts")
    store.add_evidence(claim.id, "=HYPERLINK(evil)")
    rows = {r["annotation_id"]: r for r in parse(export_csv(tagged))}
    assert rows[str(verkor.id)]["entity"] == "AESC"
    assert rows[str(verkor.id)]["entity_id"] == str(aesc.entity_id)
    (entity_id,) = store.conn.execute(
        "SELECT entity_id FROM annotations WHERE id = ?", (verkor.id,)
    ).fetchone()
    assert entity_id == aesc.entity_id
    assert rows[str(claim.id)]["evidence"] == "https://example.org/a | =HYPERLINK(evil)"
    assert rows[str(tagged.by_name["clothes"].id)]["evidence"] == ""


def test_sentence_column_is_the_sentence_around_the_span(tagged):
    rows = {r["annotation_id"]: r for r in parse(export_csv(tagged))}
    text = tagged.text
    for name in ("experts", "douai2", "kurose", "dunkirk"):
        ann = tagged.by_name[name]
        s, e = sentence_at(text, ann.start)
        assert rows[str(ann.id)]["sentence"] == neutralise(text[s:e])
        assert ann.text in rows[str(ann.id)]["sentence"]
    assert rows[str(tagged.by_name["staff"].id)]["sentence"] == KUROSE_CLAIM
    # A span crossing a paragraph break gets every sentence it touches.
    clothes = tagged.by_name["clothes"]
    assert rows[str(clothes.id)]["sentence"] == clothes.text + " she said."


def test_quotes_commas_and_newlines_survive_rfc4180(tagged):
    text = export_csv(tagged)
    rows = {r["annotation_id"]: r for r in parse(text)}
    assert rows[str(tagged.by_name["verkor"].id)]["note"] == TRICKY_NOTE
    assert '"Battery maker, says ""gigafactory"";\nsecond line of the note"' in text
    # Records end with CRLF; the newline inside the quoted note stays a bare LF.
    assert text.count("\r\n") == 17
    assert not text.startswith("\ufeff")


def test_formula_cells_are_neutralised(tagged):
    rows = {r["annotation_id"]: r for r in parse(export_csv(tagged))}
    subhead = rows[str(tagged.by_name["subhead"].id)]
    assert subhead["text"] == "'- Skills transfer -"
    assert subhead["sentence"] == "'- Skills transfer -"
    assert subhead["note"] == "'@section break"
    envision = rows[str(tagged.by_name["envision"].id)]
    assert envision["note"] == "'=SUM(A1:A2)"
    assert envision["annotator"] == "'+Bob"
    for cell in ("=1+1", "+1", "-1", "@x", "\tx", "\rx"):
        assert neutralise(cell) == "'" + cell
    for cell in ("1-1", "a=b", "", "'quoted"):
        assert neutralise(cell) == cell


def test_excel_bom_is_opt_in(tagged, tmp_path):
    path = tmp_path / "out.csv"
    export(tagged.store, "csv", path, excel=True)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfannotation_id,")
    with open(path, encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 16
    export(tagged.store, "csv", path)
    assert path.read_bytes().startswith(b"annotation_id,")


def test_filters(tagged):
    def ids(**kw):
        return [int(r["annotation_id"]) for r in parse(export_csv(tagged, ExportFilters(**kw)))]

    by = tagged.by_name
    assert ids(labels=("claim",)) == sorted(
        [by["claim"].id, by["years"].id, by["clothes"].id],
        key=lambda i: next(a.start for a in tagged.annotations() if a.id == i),
    )
    assert ids(labels=("PERSON", "QUANTITY")) == [
        by[n].id for n in ("redjimi", "kurose", "experts", "staff", "xiaoming")
    ]
    assert ids(status="mostly true") == [by["claim"].id]
    assert ids(status="in progress") == ids()
    assert ids(status="done") == []
    assert ids(annotator="+Bob") == [by["envision"].id]
    assert ids(article_ids=(tagged.article_id,)) == ids()
    assert ids(since="2000-01-01") == ids()
    assert ids(since="2999-01-01") == []
    # The claim was last changed at 16:30 UTC; 18:00 in Paris (+02:00) is 16:00 UTC: it is in.
    assert by["claim"].id in ids(since="2025-12-11T18:00:00+02:00")
    assert by["claim"].id not in ids(since="2025-12-11T19:00:00+02:00")


def test_bad_filters_are_reader_errors(tagged):
    import pytest

    from reader.errors import InvalidInput, NotFound

    for kw in ({"status": "bogus"}, {"since": "yesterday"}, {"labels": ("NOPE",)}):
        with pytest.raises(InvalidInput):
            export_csv(tagged, ExportFilters(**kw))
    with pytest.raises(InvalidInput):
        export(tagged.store, "xml", io.StringIO())
    with pytest.raises(NotFound):
        export_csv(tagged, ExportFilters(article_ids=(999,)))


FORMULA_PROBES = st.text(
    alphabet=st.sampled_from(list("=+-@\t\r'\"a ,Zé_0\n") + ["\u202e", "😀"]), max_size=6
)


@settings(max_examples=60, deadline=None)
@given(note=FORMULA_PROBES, claimant=FORMULA_PROBES)
def test_any_cell_reads_back_neutralised_exactly(note, claimant):
    """Whatever a free-text cell starts with, the CSV holds neutralise(value) of it, nothing else."""
    store = Store(":memory:")
    try:
        text = claimant + "Kurose said 150 experts came."  # the sentence starts with the probe too
        aid = store.add_article(CleanResult(text=text), raw=text, source="x", fmt="text").article_id
        start = len(claimant)
        ann = store.add_annotation(aid, "CLAIM", start, start + 6, note=note, claimant=claimant)
        out = io.StringIO(newline="")
        write_csv(store, out)
        (row,) = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
        assert row["note"] == neutralise(ann.note or "")
        assert row["claimant"] == neutralise(ann.claimant or "")
        assert row["sentence"] == neutralise(
            store.conn.execute("SELECT sentence FROM annotations").fetchone()[0]
        )
    finally:
        store.close()
