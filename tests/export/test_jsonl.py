from __future__ import annotations

import io
import json

from export_fixtures import KUROSE_CLAIM, SOURCE_URL, TRICKY_NOTE

from reader.export import ExportFilters, export
from reader.store.store import content_hash


def export_jsonl(tagged, filters=None) -> list[dict]:
    buf = io.StringIO()
    count = export(tagged.store, "jsonl", buf, filters)
    lines = buf.getvalue().splitlines()
    assert count == sum(len(json.loads(line)["spans"]) for line in lines)
    return [json.loads(line) for line in lines]


def test_one_line_per_article_with_text_and_metadata(tagged):
    (line,) = export_jsonl(tagged)
    article = tagged.store.get_article(tagged.article_id)
    assert line["id"] == article.id
    assert line["title"] == "France's 'Battery Valley' makes use of Asian experts"
    assert line["site"] == "Energy-Daily.com"
    assert line["published"] == "2025-12-10"
    assert line["source"] == SOURCE_URL
    assert line["text"] == article.text
    assert line["content_hash"] == article.content_hash == content_hash(line["text"])


def test_spans_carry_every_field(tagged):
    (line,) = export_jsonl(tagged)
    stored = {a.id: a for a in tagged.annotations()}
    assert len(line["spans"]) == len(stored)
    for span in line["spans"]:
        a = stored[span["id"]]
        assert line["text"][span["start"] : span["end"]] == span["text"] == a.text
        assert (span["label"], span["kind"], span["note"], span["annotator"], span["origin"], span["created"]) == (
            a.label, a.kind, a.note, a.annotator, a.origin, a.created,
        )  # fmt: skip
        if a.kind == "claim":
            assert (span["claimant"], span["claim_status"], span["quantities"]) == (
                a.claimant, a.claim_status, a.quantity_ids,
            )  # fmt: skip
        else:
            assert "claimant" not in span
    by_id = {s["id"]: s for s in line["spans"]}
    claim = by_id[tagged.by_name["claim"].id]
    assert claim["text"] == KUROSE_CLAIM
    assert [by_id[q]["text"] for q in claim["quantities"]] == ["150 Chinese experts", "800 local staff"]
    assert by_id[tagged.by_name["verkor"].id]["note"] == TRICKY_NOTE
    assert by_id[tagged.by_name["renault"].id]["origin"] == "suggested"


def test_filtered_export_keeps_only_matching_spans(tagged):
    (line,) = export_jsonl(tagged, ExportFilters(labels=("QUANTITY",)))
    assert [s["text"] for s in line["spans"]] == ["150 Chinese experts", "800 local staff"]
    assert export_jsonl(tagged, ExportFilters(status="done")) == []
    # An article named explicitly is written even when nothing in it matches.
    (line,) = export_jsonl(tagged, ExportFilters(article_ids=(tagged.article_id,), status="false"))
    assert line["spans"] == [] and line["text"]
