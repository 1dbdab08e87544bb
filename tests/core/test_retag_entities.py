"""A span edit that changes a tag's text moves its mention to the entity its new text names: its
own entity renamed when it was that entity's only mention and nobody merged or renamed it by hand,
else an entity that already has the name, else a new one. No entity is left without mentions and
without a name given by hand (no orphan that a later tag would join). Undo puts the link back
exactly: the same entity id, name and aliases."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

TEXT = (
    "Signora Ilse Marchetti runs the harbour board. Later Marchetti said the cranes were sold.\n\n"
    "Pani Zofia Wróblewska disagreed. Wróblewska left early."
)


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


def add_article(store: Store, text: str = TEXT) -> int:
    return store.add_article(CleanResult(text=text), raw=text, source="x", fmt="text").article_id


def span(quote: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(quote, start + 1)
    return start, start + len(quote)


def rows(store: Store, sql: str, *params) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(sql, params).fetchall()]


def entity_rows(store: Store) -> list[tuple]:
    return rows(store, "SELECT id, label_id, canonical, created FROM entities ORDER BY id")


def alias_rows(store: Store) -> list[tuple]:
    return rows(store, "SELECT entity_id, key, alias FROM entity_aliases ORDER BY entity_id, key")


def entity_of(store: Store, annotation_id: int) -> int | None:
    return rows(store, "SELECT entity_id FROM annotations WHERE id = ?", annotation_id)[0][0]


def orphans(store: Store) -> list[tuple]:
    return rows(
        store,
        "SELECT e.id, e.canonical FROM entities e WHERE NOT EXISTS "
        "(SELECT 1 FROM annotations a WHERE a.entity_id = e.id OR a.claimant_entity_id = e.id)",
    )


def test_widening_the_only_mention_renames_its_entity_and_undo_puts_it_back(store):
    aid = add_article(store)
    history = History(store)
    ann = history.add(aid, "PERSON", *span("Marchetti"))  # inside "Ilse Marchetti"
    eid = ann.entity_id
    before_entities, before_aliases = entity_rows(store), alias_rows(store)
    history.retag(ann.id, *span("Ilse Marchetti"))
    assert entity_of(store, ann.id) == eid  # the same entity, renamed
    assert rows(store, "SELECT canonical FROM entities WHERE id = ?", eid) == [("Ilse Marchetti",)]
    assert alias_rows(store) == [(eid, "ilse marchetti", "Ilse Marchetti")]
    assert orphans(store) == []
    history.undo()
    assert entity_of(store, ann.id) == eid
    assert (entity_rows(store), alias_rows(store)) == (before_entities, before_aliases)
    history.redo()
    assert rows(store, "SELECT canonical FROM entities WHERE id = ?", eid) == [("Ilse Marchetti",)]
    assert orphans(store) == []


def test_a_later_tag_of_the_old_text_gets_an_entity_of_its_own_not_a_hidden_one(store):
    aid = add_article(store)
    first = store.add_annotation(aid, "PERSON", *span("Wróblewska"))
    store.update_annotation(first.id, start=span("Zofia Wróblewska")[0], end=span("Zofia Wróblewska")[1])
    later = store.add_annotation(aid, "PERSON", *span("Wróblewska", 1))
    assert entity_of(store, later.id) != entity_of(store, first.id)
    names = {e.canonical: e.mentions for e in store.entities()}
    assert names == {"Zofia Wróblewska": 1, "Wróblewska": 1}
    assert orphans(store) == []


def test_a_mention_moving_to_an_existing_entity_leaves_no_orphan_and_undo_is_exact(store):
    aid = add_article(store)
    history = History(store)
    known = history.add(aid, "PERSON", *span("Zofia Wróblewska"))
    other_text = "Zofia Wróblewska"
    bid = add_article(store, f"Yesterday {other_text} spoke.")
    ann = history.add(bid, "PERSON", 10, 10 + len("Zofia"))  # "Zofia": an entity of its own
    old = ann.entity_id
    before_entities, before_aliases = entity_rows(store), alias_rows(store)
    history.retag(ann.id, 10, 10 + len(other_text))
    assert entity_of(store, ann.id) == known.entity_id
    assert old not in [e[0] for e in entity_rows(store)]  # "Zofia" had no other mention: gone
    assert orphans(store) == []
    assert [e.canonical for e in store.entities()] == ["Zofia Wróblewska"]
    history.undo()
    assert entity_of(store, ann.id) == old
    assert (entity_rows(store), alias_rows(store)) == (before_entities, before_aliases)
    history.redo()
    assert entity_of(store, ann.id) == known.entity_id
    assert orphans(store) == []


def test_an_entity_with_other_mentions_keeps_them_and_its_name(store):
    aid = add_article(store)
    first = store.add_annotation(aid, "PERSON", *span("Marchetti"))
    second = store.add_annotation(aid, "PERSON", *span("Marchetti", 1))
    eid = first.entity_id
    assert second.entity_id == eid
    store.update_annotation(first.id, start=span("Ilse Marchetti")[0], end=span("Ilse Marchetti")[1])
    assert entity_of(store, second.id) == eid
    assert rows(store, "SELECT canonical FROM entities WHERE id = ?", eid) == [("Marchetti",)]
    assert entity_of(store, first.id) not in (eid, None)
    assert orphans(store) == []


def test_a_hand_merge_is_never_lost(store):
    aid = add_article(store)
    history = History(store)
    full = history.add(aid, "PERSON", *span("Ilse Marchetti"))
    short = history.add(aid, "PERSON", *span("Marchetti", 1))
    history.merge_entities([short.entity_id], full.entity_id)
    merged = full.entity_id
    history.delete(full.id)  # the merged entity now has one mention, and a name merged by hand
    history.retag(short.id, *span("Later Marchetti"))
    assert entity_of(store, short.id) != merged
    assert sorted(r[1] for r in alias_rows(store) if r[0] == merged) == ["ilse marchetti", "marchetti"]
    assert rows(store, "SELECT canonical FROM entities WHERE id = ?", merged) == [("Ilse Marchetti",)]
    again = history.add(aid, "PERSON", *span("Marchetti"))  # the merged name still finds it
    assert entity_of(store, again.id) == merged
    history.undo()
    history.undo()
    assert entity_of(store, short.id) == merged


def test_a_hand_renamed_entity_is_not_renamed_by_a_span_edit(store):
    aid = add_article(store)
    history = History(store)
    ann = history.add(aid, "PERSON", *span("Marchetti"))
    eid = ann.entity_id
    history.store.rename_entity(eid, "Dott.ssa Ilse Marchetti")
    history.retag(ann.id, *span("Ilse Marchetti"))
    assert rows(store, "SELECT canonical FROM entities WHERE id = ?", eid) == [("Dott.ssa Ilse Marchetti",)]
    assert entity_of(store, ann.id) != eid


def test_a_claimant_entity_is_not_renamed_nor_removed(store):
    aid = add_article(store)
    ann = store.add_annotation(aid, "PERSON", *span("Wróblewska", 1))
    eid = ann.entity_id
    claim = store.add_annotation(
        aid, "CLAIM", *span("Pani Zofia Wróblewska disagreed"), claimant="Wróblewska"
    )
    assert claim.claimant_entity_id == eid
    store.update_annotation(ann.id, label="ORG")
    assert rows(store, "SELECT canonical FROM entities WHERE id = ?", eid) == [("Wróblewska",)]
    assert store.get_annotation(claim.id).claimant_entity_id == eid


def test_a_label_change_leaves_no_orphan(store):
    aid = add_article(store)
    history = History(store)
    ann = history.add(aid, "ORG", *span("Marchetti"))
    old = ann.entity_id
    before_entities, before_aliases = entity_rows(store), alias_rows(store)
    history.update(ann.id, label="PERSON")
    assert orphans(store) == []
    assert [(e.label, e.canonical) for e in store.entities()] == [("PERSON", "Marchetti")]
    history.undo()
    assert entity_of(store, ann.id) == old
    assert (entity_rows(store), alias_rows(store)) == (before_entities, before_aliases)


def entities_json() -> list[dict]:
    result = CliRunner().invoke(cli, ["entities", "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_reader_retag_moves_the_mention_and_entities_json_lists_no_orphan(store):
    aid = add_article(store)
    ann = store.add_annotation(aid, "PERSON", *span("Marchetti"))
    s, e = span("Ilse Marchetti")
    result = CliRunner().invoke(cli, ["retag", str(ann.id), "--start", str(s), "--end", str(e)])
    assert result.exit_code == 0, result.output
    listed = entities_json()
    assert [(x["canonical"], x["mentions"], x["aliases"]) for x in listed] == [
        ("Ilse Marchetti", 1, ["Ilse Marchetti"])
    ]
    later = store.add_annotation(aid, "PERSON", *span("Marchetti", 1))
    listed = entities_json()
    assert sorted((x["canonical"], x["mentions"]) for x in listed) == [
        ("Ilse Marchetti", 1),
        ("Marchetti", 1),
    ]
    assert later.entity_id != ann.entity_id


def names_fit(store: Store) -> list[str]:
    """Every entity tag whose entity neither has its label nor its words among its names."""
    from reader.entities import entity_key

    wrong = []
    for aid in (1, 2):
        for a in store.annotations(aid):
            if a.kind != "entity" or a.entity_id is None:
                continue
            e = store.get_entity(a.entity_id)
            if e.label != a.label or entity_key(a.text) not in {entity_key(x) for x in e.aliases}:
                wrong.append(f"{a.label} “{a.text}” in {e.label} #{e.id} {e.aliases}")
    return wrong


@pytest.mark.parametrize("later", ["widen", "relabel"])
def test_undoing_a_merge_after_its_mention_changed_links_the_mention_by_its_words(store, later):
    """Found by a random walk of tags, span edits, label changes, merges, splits and per-article undo
    (h61): "Marchetti" merged into "Ilse Marchetti" in the entity index, then widened to "Later
    Marchetti" (or made an ORG) in its article, then u in another article (which undoes the merge,
    a change to no one article): the mention went back to the entity "Marchetti" as it was before
    the merge, though its words or label no longer fit it. The entity index and the exports then
    named "Later Marchetti" (or an ORG) as the person "Marchetti"."""
    first = add_article(store)
    other = add_article(store, TEXT + " Again.")
    h = History(store, None, "ana")
    full = h.add(first, "PERSON", *span("Ilse Marchetti"))
    short = h.add(first, "PERSON", *span("Marchetti", 1))
    h.merge_entities([short.entity_id], full.entity_id)
    if later == "widen":
        h.retag(short.id, *span("Later Marchetti"))
    else:
        h.update(short.id, label="ORG")
    h.undo(other)  # the merge: the last change that is not that article's
    assert names_fit(store) == []
    assert store.get_entity(full.entity_id).aliases == ["Ilse Marchetti"]


def test_undoing_a_widening_after_the_old_words_were_tagged_elsewhere_gives_one_entity(store):
    """Found by the same random walk (h61): "Marchetti" widened to "Later Marchetti" (its entity
    renamed with it), "Marchetti" then tagged in another article (a new entity, the name being
    free), then u in the first article: the first entity was renamed "Marchetti" again, and the
    entity index listed two people "Marchetti". The mention joins the entity that has the name
    now, as a new tag of those words would; redo widens it again."""
    first = add_article(store)
    other = add_article(store, TEXT + " Again.")
    h = History(store, None, "ana")
    short = h.add(first, "PERSON", *span("Marchetti", 1))
    h.retag(short.id, *span("Later Marchetti"))
    elsewhere = h.add(other, "PERSON", *span("Marchetti", 1))
    h.undo(first)
    assert names_fit(store) == []
    people = [e for e in store.entities() if e.label == "PERSON"]
    assert [(e.canonical, e.mentions) for e in people] == [("Marchetti", 2)]
    assert store.get_annotation(short.id).entity_id == store.get_annotation(elsewhere.id).entity_id
    h.redo(first)
    assert names_fit(store) == []
    assert sorted(e.canonical for e in store.entities()) == ["Later Marchetti", "Marchetti"]


def test_a_claim_made_after_a_split_keeps_a_claimant_entity_when_the_split_is_undone(store):
    """Found by the random walk (h61): "Marchetti" split off "Ilse Marchetti" in the entity index,
    a claim by "Marchetti" tagged in another article joined the split-off entity, then u in the
    first article undid the split: the claim was left with its claimant's name but no entity (the
    claims screen's claimant filter, the CSV's claimant_entity and ClaimReview's author lost it).
    It joins the entity that has the name again."""
    first = add_article(store)
    other = add_article(store, TEXT + " Again.")
    h = History(store, None, "ana")
    full = h.add(first, "PERSON", *span("Ilse Marchetti"))
    short = h.add(first, "PERSON", *span("Marchetti", 1))
    h.merge_entities([short.entity_id], full.entity_id)
    h.split_entity(full.entity_id)
    claim = h.add(other, "CLAIM", *span("Later Marchetti said the cranes were sold."), claimant="Marchetti")
    assert claim.claimant_entity_id == store.get_annotation(short.id).entity_id
    h.undo(first)  # the split (the claim is the other article's)
    after = store.get_annotation(claim.id)
    assert after.claimant_entity_id == full.entity_id
    assert store.get_entity(full.entity_id).aliases == ["Ilse Marchetti", "Marchetti"]
