"""Tags a body fix set aside (their words left the text; kept whole, listed by `reader show`) are in
the JSONL export, marked "status": "set aside", and import-annotations brings them back as set
aside: the same words, offsets (in the text they came from), note, claim, verdict and evidence, and
importing twice adds nothing. So a deleted article's set-aside tags come back with it (reader.trash).
Invented text, English and German; the importing library on both backends."""

from __future__ import annotations

import json
import shutil

import pytest

from reader.anchor import reanchor
from reader.export import export
from reader.export.importers import import_annotations
from reader.factcheck import set_verdict
from reader.models import CleanResult
from reader.store import Store

CASES = {
    "en": (
        "Mayor Ines Varga opened the Koltava bridge on Monday.\n\n"
        "Varga said the crossing cost 40 million and would carry 9,000 cars a day.",
        "Koltava",
    ),
    "de": (
        "Die Brücke in Velmsdorf wurde am Montag eröffnet.\n\nSie kostete laut Hanne Osterkamp 40 Millionen Euro.",
        "Velmsdorf",
    ),
}


def _source(tmp_path, lang: str) -> tuple[Store, int]:  # noqa: ANN001
    text, place = CASES[lang]
    src = Store(tmp_path / f"source-{lang}.db")
    aid = src.add_article(CleanResult(text=text, title="Bridge"), text, None, "text").article_id
    first = text.split("\n\n")[0]
    tag = src.add_annotation(aid, "PLACE", text.index(place), text.index(place) + len(place), annotator="ana",
                             note="Ort\nprüfen")  # fmt: skip
    claim = src.add_annotation(aid, "CLAIM", 0, len(first), annotator="ana", claimant="Varga")
    src.add_evidence(claim.id, "https://example.org/bridge.pdf", quote="Monday", note="p. 2", added_by="ben")
    set_verdict(
        src, claim.id, "true", explanation="Opened 3 May.", review_state="reviewed", checked_by="rita"
    )
    kept = text.split("\n\n")[1]
    person = "Varga" if lang == "en" else "Hanne Osterkamp"
    src.add_annotation(
        aid, "PERSON", text.index(person, len(first)), text.index(person, len(first)) + len(person)
    )
    placements = {}
    for a in src.annotations(aid):
        if a.id not in (tag.id, claim.id):
            placements[a.id] = reanchor(kept, a.text, a.prefix, a.suffix, a.start)
    src.replace_body(aid, kept, body_choice=None, confidence=1.0, reason=None, placements=placements,
                     set_aside=(tag.id, claim.id), bring_back=(), changed_by="ben")  # fmt: skip
    assert len(src.set_aside_annotations(aid)) == 2
    return src, aid


def _aside(store: Store, article_id: int) -> list[tuple]:
    """Each set-aside tag as stored, without ids."""
    out = []
    for item in store.set_aside_rows(article_id):
        row = item["row"]
        evidence = [tuple(e[2:]) for e in item["evidence"]]
        fields = ("start", "end", "text", "prefix", "suffix", "note", "annotator", "created", "updated", "origin",
                  "claimant", "claim_status", "explanation", "review_state", "checked_by", "checked_at", "field")  # fmt: skip
        out.append((item["label"], *(row[f] for f in fields), evidence, item["set_aside_at"]))
    return sorted(out, key=repr)


@pytest.mark.parametrize("lang", list(CASES))
def test_set_aside_tags_are_exported_and_imported_as_set_aside(tmp_path, store, lang):
    src, aid = _source(tmp_path, lang)
    path = tmp_path / "out.jsonl"
    export(src, "jsonl", path)
    line = json.loads(path.read_text(encoding="utf-8"))
    assert [s["status"] for s in line["set_aside"]] == ["set aside", "set aside"]
    assert len(line["spans"]) == 1  # the tag still in the text
    new = store.add_article(CleanResult(text=src.get_article(aid).text), "raw", None, "text").article_id
    report = import_annotations(store, path, "jsonl")
    assert report.problems == [] and report.added == 1 and report.set_aside == 2
    assert _aside(store, new) == _aside(src, aid)
    again = import_annotations(store, path, "jsonl")
    assert again.added == 0 and again.set_aside == 0 and again.duplicates == 3
    assert _aside(store, new) == _aside(src, aid)
    src.close()


def test_a_deleted_article_keeps_its_set_aside_tags(tmp_path, monkeypatch):
    from reader.trash import delete_to_trash, restore

    src, aid = _source(tmp_path, "de")
    before = _aside(src, aid)
    monkeypatch.setenv("READER_TRASH", str(tmp_path / "trash"))
    path, _ = delete_to_trash(src, [aid])
    assert src.set_aside_rows(aid) == []
    report = restore(src, path)
    assert _aside(src, report.articles[0].article_id) == before
    src.close()
    shutil.rmtree(tmp_path / "trash")


def test_filters_apply_to_set_aside_tags_and_an_article_with_only_those_has_a_line(tmp_path):
    from reader.export import ExportFilters

    src, aid = _source(tmp_path, "en")
    other = src.add_article(CleanResult(text="Nothing tagged here at all."), "x", None, "text").article_id
    src.delete_annotation(next(a.id for a in src.annotations(aid)))  # only the set-aside tags are left
    path = tmp_path / "all.jsonl"
    export(src, "jsonl", path)  # every article (h103): the untagged one with nothing
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(x["id"], len(x["spans"]), len(x.get("set_aside", []))) for x in lines] == [
        (aid, 0, 2),
        (other, 0, 0),
    ]
    export(src, "jsonl", path, ExportFilters(tagged_only=True))
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(line["id"], len(line["spans"]), len(line["set_aside"])) for line in lines] == [(aid, 0, 2)]
    export(src, "jsonl", path, ExportFilters(labels=("claim",), tagged_only=True))
    (line,) = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert [s["label"] for s in line["set_aside"]] == ["CLAIM"]
    export(src, "jsonl", path, ExportFilters(labels=("PERSON",), tagged_only=True))
    assert path.read_text(encoding="utf-8") == ""
    assert other not in [x["id"] for x in lines]
    src.close()


LINKED = {
    "en": (
        "The council met on Tuesday.\n\nVarga said the crossing cost 40 million euros.",
        "40 million euros",
    ),
    "de": (
        "Der Rat tagte am Dienstag.\n\nOsterkamp sagte, die Brücke habe 12 Millionen Euro gekostet.",
        "12 Millionen Euro",
    ),
}


@pytest.mark.parametrize("lang", list(LINKED))
def test_a_claim_set_aside_with_its_quantity_comes_back_linked(tmp_path, store, lang):
    """A body fix that drops a paragraph sets aside a claim and the quantity it links together:
    imported, and brought back by a body fix in the importing library, they are linked again."""
    text, number = LINKED[lang]
    kept, dropped = text.split("\n\n")[0], text.split("\n\n")[1]
    src = Store(tmp_path / "linked.db")
    aid = src.add_article(CleanResult(text=text), text, None, "text").article_id
    quantity = src.add_annotation(aid, "QUANTITY", text.index(number), text.index(number) + len(number))
    claim = src.add_annotation(aid, "CLAIM", text.index(dropped), len(text), quantity_ids=[quantity.id])
    src.replace_body(aid, kept, body_choice=None, confidence=1.0, reason=None, placements={},
                     set_aside=(claim.id, quantity.id), bring_back=(), changed_by="ben")  # fmt: skip
    path = tmp_path / "out.jsonl"
    export(src, "jsonl", path)
    src.close()
    new = store.add_article(CleanResult(text=kept), "raw", None, "text").article_id
    assert import_annotations(store, path, "jsonl").set_aside == 2
    aside = {item["label"]: item["row"]["id"] for item in store.set_aside_rows(new)}
    store.replace_body(new, text, body_choice=None, confidence=1.0, reason=None, placements={},
                       bring_back=tuple(aside.values()), changed_by="ana")  # fmt: skip
    (back,) = [a for a in store.annotations(new) if a.label == "CLAIM"]
    assert back.quantity_ids == [aside["QUANTITY"]]


def test_a_set_aside_tag_and_its_gold_copy_both_come_back_from_the_trash(tmp_path, store):
    """An editor who tags and reviews accepts her own tag (its gold copy has her name too); a body
    fix sets both aside; the article is deleted and restored. The gold copy was taken for a
    duplicate of her tag (the same label, words, offsets, note and annotator) and left out."""
    from reader.trash import delete_to_trash, restore

    text = "Die Genossenschaft Ostkap baut am Hafen.\n\nDer Rat stimmte am Dienstag zu."
    src = Store(tmp_path / "desk.db")
    aid = src.add_article(CleanResult(text=text), text, None, "text").article_id
    start = text.index("Genossenschaft Ostkap")
    org = src.add_annotation(aid, "ORG", start, start + 21, annotator="rita")
    src.accept(org.id, "rita")
    mine, gold = src.layer_annotations(aid)
    kept = text.split("\n\n")[1]
    src.replace_text(aid, CleanResult(text=kept), {}, set_aside=[a.id for a in [*mine, *gold]])
    before = sorted(
        (r["row"]["gold"], r["row"]["annotator"], r["row"]["text"]) for r in src.set_aside_rows(aid)
    )
    assert before == [(0, "rita", "Genossenschaft Ostkap"), (1, "rita", "Genossenschaft Ostkap")]
    path, _ = delete_to_trash(src, [aid])
    src.close()
    (back,) = restore(store, path).articles
    after = [
        (int(bool(r["row"]["gold"])), r["row"]["annotator"], r["row"]["text"])
        for r in store.set_aside_rows(back.article_id)
    ]
    assert sorted(after) == before
