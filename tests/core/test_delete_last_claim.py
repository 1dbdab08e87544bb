"""Deleting the only claim naming a claimant entity made for it (the claimant typed in the claim
form, no tag of its name): the entity goes with the claim, as an entity goes with its last tag
(tests/core/test_delete_last_mention.py). Kept, it stayed as a hidden row (not in the entity
index) that a later claim by that name joined, with the kind it was made with. Undo brings the
claim back with the same claimant entity: its id, name, label and aliases."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

EN = "Koltava will close its port in 2027, the harbour authority said on Monday."
DE = "Velmsdorf erhöht den Strompreis um 12 Prozent, teilten die Stadtwerke mit."
# text, the claim, who made it, the claimant's label
CASES = [
    (EN, "Koltava will close its port in 2027", "Koltava Harbour Authority", "ORG"),
    (DE, "Velmsdorf erhöht den Strompreis um 12 Prozent", "Hanne Osterkamp", "PERSON"),
]


def _article(store: Store, text: str) -> int:
    return store.add_article(CleanResult(text=text), raw=text, source=text[:12], fmt="text").article_id


def _span(text: str, quote: str) -> tuple[int, int]:
    return text.index(quote), text.index(quote) + len(quote)


def _rows(store: Store, sql: str, *params) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(sql, params).fetchall()]


def _entities(store: Store) -> list[tuple]:
    return _rows(
        store,
        "SELECT e.id, l.name, e.canonical FROM entities e JOIN labels l ON l.id = e.label_id ORDER BY e.id",
    )


def _aliases(store: Store) -> list[tuple]:
    return _rows(store, "SELECT entity_id, key, alias FROM entity_aliases ORDER BY entity_id, key")


def _entities_json() -> list[dict]:
    result = CliRunner().invoke(cli, ["entities", "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def _claim(history: History, aid: int, text: str, claim: str, claimant: str, label: str):
    return history.add(aid, "CLAIM", *_span(text, claim), claimant=claimant, claimant_label=label)


@pytest.mark.parametrize(("text", "claim", "claimant", "label"), CASES)
def test_deleting_the_only_claim_takes_its_claimant_entity(store, text, claim, claimant, label):
    aid = _article(store, text)
    history = History(store)
    made = _claim(history, aid, text, claim, claimant, label)
    assert _entities(store) == [(made.claimant_entity_id, label, claimant)]
    history.delete(made.id)
    assert _entities(store) == []
    assert _aliases(store) == []
    assert _entities_json() == []


@pytest.mark.parametrize(("text", "claim", "claimant", "label"), CASES)
def test_undo_brings_the_claim_back_with_the_same_claimant_entity(store, text, claim, claimant, label):
    aid = _article(store, text)
    history = History(store)
    made = _claim(history, aid, text, claim, claimant, label)
    entities, aliases = _entities(store), _aliases(store)
    history.delete(made.id)
    history.undo()
    back = store.get_annotation(made.id)
    assert (back.claimant, back.claimant_entity_id, back.claimant_entity) == (
        claimant,
        made.claimant_entity_id,
        claimant,
    )
    assert _entities(store) == entities
    assert _aliases(store) == aliases
    history.redo()  # deleted again: gone again
    assert _entities(store) == []
    history.undo()
    assert _entities(store) == entities


def test_undo_of_an_added_claim_and_its_redo(store):
    """The undo of the add deletes the claim (its entity goes); redo makes both again, the same."""
    text, claim, claimant, label = CASES[0]
    aid = _article(store, text)
    history = History(store)
    made = _claim(history, aid, text, claim, claimant, label)
    entities = _entities(store)
    history.undo()
    assert _entities(store) == []
    history.redo()
    assert store.get_annotation(made.id).claimant_entity_id == made.claimant_entity_id
    assert _entities(store) == entities


def test_undo_after_the_claimant_was_named_again_joins_that_entity(store):
    """A colleague's claim by the same claimant, made meanwhile, made an entity of that name: the
    claim comes back to it, not to a second entity of the same name."""
    text, claim, claimant, label = CASES[0]
    aid, other = _article(store, text), _article(store, text + " ")
    history = History(store)
    made = _claim(history, aid, text, claim, claimant, label)
    history.delete(made.id)
    theirs = store.add_annotation(
        other, "CLAIM", *_span(text, claim), claimant=claimant, claimant_label=label, annotator="bob"
    )
    history.undo()
    assert store.get_annotation(made.id).claimant_entity_id == theirs.claimant_entity_id
    assert [(e["canonical"], e["claims"]) for e in _entities_json()] == [(claimant, 2)]


def test_a_claimant_with_a_tag_another_claim_or_a_name_by_hand_stays(store):
    text, claim, claimant, label = CASES[1]
    aid = _article(store, text)
    first = store.add_annotation(aid, "CLAIM", *_span(text, claim), claimant=claimant)
    second = store.add_annotation(aid, "CLAIM", *_span(text, "Velmsdorf erhöht"), claimant=claimant)
    assert first.claimant_entity_id == second.claimant_entity_id
    store.delete_annotation(first.id)  # another claim names it
    assert store.get_entity(second.claimant_entity_id).canonical == claimant
    tagged = store.add_annotation(aid, "ORG", *_span(text, "Stadtwerke"))
    third = store.add_annotation(aid, "CLAIM", *_span(text, claim), claimant_entity_id=tagged.entity_id)
    store.delete_annotation(third.id)  # a tag names it
    assert store.get_entity(tagged.entity_id).canonical == "Stadtwerke"
    store.rename_entity(second.claimant_entity_id, "Bürgermeisterin Osterkamp")
    store.delete_annotation(second.id)  # named by hand
    assert store.get_entity(second.claimant_entity_id).canonical == "Bürgermeisterin Osterkamp"


def test_reader_untag_of_a_claim_removes_its_claimant_entity(store):
    text, claim, claimant, label = CASES[0]
    aid = _article(store, text)
    made = store.add_annotation(aid, "CLAIM", *_span(text, claim), claimant=claimant, claimant_label=label)
    result = CliRunner().invoke(cli, ["untag", str(made.id)])
    assert result.exit_code == 0, result.output
    assert _entities(store) == []


def test_a_later_claim_by_that_name_starts_a_new_entity(store):
    """Kept hidden, the deleted claim's ORG entity was joined by a later claim by that name typed
    without a kind: it now starts a new one (PERSON, the default)."""
    text, claim, claimant, label = CASES[0]
    aid = _article(store, text)
    first = store.add_annotation(aid, "CLAIM", *_span(text, claim), claimant=claimant, claimant_label=label)
    store.delete_annotation(first.id)
    later = store.add_annotation(aid, "CLAIM", *_span(text, claim), claimant=claimant)
    assert _entities(store) == [(later.claimant_entity_id, "PERSON", claimant)]
