"""Entities survive an export and import-annotations into another library: a name merged into
another comes back under that entity's canonical name, a claimant keeps the kind of its entity
(an organisation or a place stays one), and a canonical name keeps its own spelling whatever the
order the tags come back in. Invented text, French and German; the importing library on both
backends."""

from __future__ import annotations

import pytest

from reader.export import export
from reader.export.importers import import_annotations
from reader.models import CleanResult
from reader.store.store import Store, content_hash

FORMATS = {"jsonl": "out.jsonl", "brat": "brat", "w3c": "out.json"}

TEXT = (
    "La maire Odile Varnier a promis 12 crèches à Quimperlé. Varnier a ajouté que le "
    "Syndicat des Eaux du Léon paierait.\n\n"
    "Die Bürgermeisterin Greta Holm sagte, Holm habe in Nordheim 4 Millionen Euro gespart."
)
CLEAN = CleanResult(text=TEXT, title="Varnier et Holm", dateline="QUIMPERLÉ, 2 mai")


def _span(quote: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(quote, start + 1)
    return start, start + len(quote)


def _tag(store: Store, article_id: int, quote: str, label: str, nth: int = 0, **kw: object) -> int:
    return store.add_annotation(article_id, label, *_span(quote, nth), annotator="ines", **kw).id


def _source(tmp_path) -> Store:  # noqa: ANN001
    src = Store(tmp_path / "source.db")
    aid = src.add_article(CLEAN, "raw", "https://example.org/varnier", "text").article_id
    # Quimperlé is tagged in the body first: its entity is named so, the dateline's capitals join it.
    _tag(src, aid, "Quimperlé", "PLACE")
    src.add_annotation(aid, "PLACE", 0, len("QUIMPERLÉ"), annotator="ines", field="dateline")
    _tag(src, aid, "Odile Varnier", "PERSON")
    _tag(src, aid, "Varnier", "PERSON", nth=1)
    _tag(src, aid, "Greta Holm", "PERSON")
    _tag(src, aid, "Holm", "PERSON", nth=1)
    by_name = {e.canonical: e.id for e in src.entities()}
    src.merge_entities([by_name["Varnier"]], by_name["Odile Varnier"])
    src.merge_entities([by_name["Holm"]], by_name["Greta Holm"])
    _tag(src, aid, "Varnier a ajouté que le Syndicat des Eaux du Léon paierait.", "CLAIM",
         claimant="Syndicat des Eaux du Léon", claimant_label="ORG")  # fmt: skip
    _tag(src, aid, "Holm habe in Nordheim 4 Millionen Euro gespart.", "CLAIM",
         claimant="Nordheim", claimant_label="PLACE")  # fmt: skip
    # typed as the merged name: its entity is "Odile Varnier"
    _tag(src, aid, "La maire Odile Varnier a promis 12 crèches à Quimperlé.", "CLAIM", claimant="Varnier")
    return src


def _entities(store: Store) -> list[tuple]:
    """(field, label, text, entity label, entity canonical) of every entity tag, and (text,
    claimant, claimant entity label, claimant entity canonical) of every claim."""
    article_id = store.find_by_hash(content_hash(TEXT))
    labels = {e.id: (e.label, e.canonical) for e in store.entities()}
    rows = []
    for a in store.annotations(article_id, field=None):
        if a.kind == "claim":
            rows.append(("claim", a.text, a.claimant, *labels[a.claimant_entity_id]))
        else:
            rows.append((a.field, a.label, a.text, *labels[a.entity_id]))
    return sorted(rows)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_merged_names_and_claimant_kinds_come_back(tmp_path, store, fmt):
    src = _source(tmp_path)
    path = tmp_path / FORMATS[fmt]
    export(src, fmt, path)
    store.add_article(CLEAN, "raw", "https://example.org/varnier", "text")
    report = import_annotations(store, path, fmt)
    assert report.problems == [] and report.added == 9
    assert _entities(store) == _entities(src)
    # the merged entity has both names, so a later "Varnier" tag joins it
    varnier = next(e for e in store.entities() if e.canonical == "Odile Varnier")
    assert sorted(varnier.aliases) == ["Odile Varnier", "Varnier"]
    # importing again adds nothing, and leaves the entities as they are
    again = import_annotations(store, path, fmt)
    assert (again.added, again.duplicates) == (0, 9)
    assert _entities(store) == _entities(src)
    src.close()


def test_an_entity_the_importing_library_already_has_is_kept(tmp_path, store):
    """A name the importing library already gives an entity of that label stays with it: an import
    never moves tags between entities there."""
    src = _source(tmp_path)
    path = tmp_path / "out.jsonl"
    export(src, "jsonl", path)
    aid = store.add_article(CLEAN, "raw", "https://example.org/varnier", "text").article_id
    own = store.add_annotation(aid, "PERSON", *_span("Holm", 1), annotator="max")
    report = import_annotations(store, path, "jsonl")
    assert report.problems == []
    holm = [a for a in store.annotations(aid) if a.text == "Holm"]
    assert {a.entity_id for a in holm} == {own.entity_id}
    assert store.get_entity(own.entity_id).canonical == "Holm"
    src.close()


def test_csv_names_the_claimants_kind(tmp_path):
    import csv
    import io

    src = _source(tmp_path)
    buf = io.StringIO(newline="")
    export(src, "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    claims = {
        r["claimant"]: (r["claimant_entity"], r["claimant_label"]) for r in rows if r["kind"] == "claim"
    }
    assert claims == {
        "Syndicat des Eaux du Léon": ("Syndicat des Eaux du Léon", "ORG"),
        "Nordheim": ("Nordheim", "PLACE"),
        "Varnier": ("Odile Varnier", "PERSON"),
    }
    assert {r["claimant_label"] for r in rows if r["kind"] == "entity"} == {""}
    src.close()
