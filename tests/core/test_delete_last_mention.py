"""Deleting an entity's only tag: the entity goes with it (no empty row, invisible in the entity
index and `reader entities`, that a later tag of its name would join and be shown under), unless
a claim names it or someone gave it a name by hand (merge, rename: kept, as a span edit keeps it).
Undo of the delete brings the tag back into the same entity: its id, name and aliases."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

EN = "KOLTAVA BRIDGE OPENS\n\nThe new bridge at Koltava opened on Monday; Ines Varga's office paid for it."
DE = "OSTERKAMP ERÖFFNET BRÜCKE\n\nBürgermeisterin Hanne Osterkamp eröffnete die Brücke in Velmsdorf."
CASES = [(EN, "KOLTAVA", "Koltava", "PLACE"), (DE, "OSTERKAMP", "Osterkamp", "PERSON")]


def _article(store: Store, text: str) -> int:
    return store.add_article(CleanResult(text=text), raw=text, source="x", fmt="text").article_id


def _span(text: str, quote: str) -> tuple[int, int]:
    return text.index(quote), text.index(quote) + len(quote)


def _rows(store: Store, sql: str, *params) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(sql, params).fetchall()]


def _entities(store: Store) -> list[tuple]:
    return _rows(store, "SELECT id, label_id, canonical FROM entities ORDER BY id")


def _aliases(store: Store) -> list[tuple]:
    return _rows(store, "SELECT entity_id, key, alias FROM entity_aliases ORDER BY entity_id, key")


def _entities_json() -> list[dict]:
    result = CliRunner().invoke(cli, ["entities", "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


@pytest.mark.parametrize(("text", "first", "later", "label"), CASES)
def test_deleting_the_only_tag_leaves_no_entity_for_a_later_tag_to_join(store, text, first, later, label):
    aid = _article(store, text)
    history = History(store)
    ann = history.add(aid, label, *_span(text, first))
    history.delete(ann.id)
    assert _entities(store) == []
    assert _aliases(store) == []
    tagged = store.add_annotation(aid, label, *_span(text, later))
    # shown under the words it was tagged on, not under the deleted tag's spelling
    assert [(e["canonical"], e["mentions"]) for e in _entities_json()] == [(later, 1)]
    assert store.get_entity(tagged.entity_id).aliases == [later]


@pytest.mark.parametrize(("text", "first", "later", "label"), CASES)
def test_undo_brings_the_tag_back_into_the_same_entity(store, text, first, later, label):
    aid = _article(store, text)
    history = History(store)
    ann = history.add(aid, label, *_span(text, first))
    entities, aliases = _entities(store), _aliases(store)
    history.delete(ann.id)
    history.undo()
    back = store.get_annotation(ann.id)
    assert back.entity_id == ann.entity_id and back.entity == first
    assert _entities(store) == entities
    assert _aliases(store) == aliases
    history.redo()  # deleted again: gone again
    assert _entities(store) == []


def test_undo_after_the_name_was_tagged_again_joins_that_entity(store):
    """The same words tagged meanwhile (another article, a colleague) made an entity of that name:
    the tag comes back into it, not into a second entity of the same name."""
    aid, other = _article(store, EN), _article(store, EN.replace("Monday", "Tuesday"))
    history = History(store)
    ann = history.add(aid, "PLACE", *_span(EN, "Koltava"))
    history.delete(ann.id)
    made = store.add_annotation(other, "PLACE", *_span(EN, "Koltava"), annotator="bob")
    history.undo()
    assert store.get_annotation(ann.id).entity_id == made.entity_id
    assert [(e["canonical"], e["mentions"]) for e in _entities_json()] == [("Koltava", 2)]


def test_an_entity_with_other_mentions_or_a_claim_stays(store):
    aid = _article(store, EN)
    one = store.add_annotation(aid, "PLACE", *_span(EN, "KOLTAVA"))
    two = store.add_annotation(aid, "PLACE", *_span(EN, "Koltava"))
    store.delete_annotation(one.id)
    assert store.get_annotation(two.id).entity_id == one.entity_id
    varga = store.add_annotation(aid, "PERSON", *_span(EN, "Ines Varga"))
    store.add_annotation(
        aid,
        "CLAIM",
        *_span(EN, "The new bridge at Koltava opened on Monday"),
        claimant_entity_id=varga.entity_id,
    )
    store.delete_annotation(varga.id)  # its only mention, but a claim names it
    assert store.get_entity(varga.entity_id).canonical == "Ines Varga"


def test_reader_untag_removes_the_entity_too(store):
    aid = _article(store, EN)
    ann = store.add_annotation(aid, "PLACE", *_span(EN, "KOLTAVA"))
    result = CliRunner().invoke(cli, ["untag", str(ann.id)])
    assert result.exit_code == 0, result.output
    assert _entities(store) == []
