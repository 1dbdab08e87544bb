"""reader.suggestions over a real store: pending, accept, reject, tag every occurrence (checked on stored rows)."""

from __future__ import annotations

import re

import pytest

from reader.errors import InvalidInput
from reader.history import History
from reader.models import CleanResult
from reader.store import Store
from reader.suggestions import (
    accept,
    accept_all,
    count_occurrences,
    pending_suggestions,
    reject,
    reject_all,
    tag_every_occurrence,
    unreject,
)

CLAIM = (
    "He said there are currently nearly 150 Chinese experts working at the Douai directing 800 local staff."
)


def _claim(store):
    return next(g for g in pending_suggestions(store, 1) if g.label == "CLAIM" and g.text == CLAIM)


def _key(g):
    return (g.label, g.start, g.end)


def _add(store, text: str) -> int:
    return store.add_article(CleanResult(text=text, language="en"), text, None, "text").article_id


def test_pending_is_the_suggester_output(seed_db):
    from reader.suggest import suggest

    article = seed_db.get_article(1)
    assert pending_suggestions(seed_db, 1) == suggest(article.text, article.language, article.dateline)


def test_pending_filters_rejected_and_existing(seed_db, db_path):
    pending = pending_suggestions(seed_db, 1)
    persons = [g for g in pending if g.label == "PERSON"]
    tagged, rejected, other = persons[0], persons[1], persons[2]
    seed_db.add_annotation(1, "PERSON", tagged.start, tagged.end)
    reject(seed_db, 1, rejected)
    # an entity annotation of another label overlapping a suggestion hides it too (never overwritten)
    seed_db.add_annotation(1, "ORG", other.start, other.end)
    keys = {_key(g) for g in pending_suggestions(seed_db, 1)}
    assert _key(tagged) not in keys and _key(rejected) not in keys and _key(other) not in keys
    assert len(keys) == len(pending) - 3
    # the rejection persists: a new Store on the same file still leaves it out
    with Store(db_path) as again:
        assert (rejected.label, rejected.start, rejected.end) in again.rejected_suggestions(1)
        assert _key(rejected) not in {_key(g) for g in pending_suggestions(again, 1)}
    unreject(seed_db, 1, rejected)
    assert _key(rejected) in {_key(g) for g in pending_suggestions(seed_db, 1)}


def test_accept_entity_stores_origin_suggested(seed_db):
    g = next(g for g in pending_suggestions(seed_db, 1) if g.label == "PLACE")
    ann = accept(seed_db, 1, g, annotator="alice")
    [row] = seed_db.annotations(1)
    assert (row.id, row.label, row.start, row.end, row.text) == (ann.id, "PLACE", g.start, g.end, g.text)
    assert row.origin == "suggested" and row.annotator == "alice"
    # accepting it again returns the same annotation, no duplicate
    assert accept(seed_db, 1, g).id == ann.id
    assert len(seed_db.annotations(1)) == 1
    assert _key(g) not in {_key(p) for p in pending_suggestions(seed_db, 1)}


def test_accept_claim_links_quantities_reusing_existing(seed_db):
    claim = _claim(seed_db)
    assert claim.claimant == "Ayumi Kurose" and len(claim.quantities) == 2
    text = seed_db.get_article(1).text
    first, second = sorted(claim.quantities)
    existing = seed_db.add_annotation(1, "QUANTITY", *first)  # manual, reused as it is
    ann = accept(seed_db, 1, claim, annotator="bob")
    stored = {a.id: a for a in seed_db.annotations(1)}
    row = stored[ann.id]
    assert row.label == "CLAIM" and row.origin == "suggested" and row.claim_status == "unverified"
    assert row.claimant == "Ayumi Kurose" and row.text == CLAIM
    quantities = [a for a in stored.values() if a.label == "QUANTITY"]
    assert len(quantities) == 2
    assert sorted(row.quantity_ids) == sorted(q.id for q in quantities)
    assert existing.id in row.quantity_ids and stored[existing.id].origin == "manual"
    new = next(q for q in quantities if q.id != existing.id)
    assert (new.start, new.end, new.origin, new.text) == (*second, "suggested", text[second[0] : second[1]])


def test_rejected_quantity_is_not_created_with_its_claim(seed_db):
    claim = _claim(seed_db)
    first, second = sorted(claim.quantities)
    seed_db.reject_suggestion(1, "QUANTITY", *first)
    pending_claim = _claim(seed_db)
    assert pending_claim.quantities == (second,)
    accept(seed_db, 1, pending_claim)
    assert [(a.start, a.end) for a in seed_db.annotations(1) if a.label == "QUANTITY"] == [second]


def test_accept_through_history_is_undoable(seed_db):
    history = History(seed_db, session_id=seed_db.start_session("carol"), annotator="carol")
    claim = _claim(seed_db)
    ann = accept(history, 1, claim)
    assert ann.annotator == "carol" and len(seed_db.annotations(1)) == 3  # claim + 2 quantities
    while history.can_undo:
        history.undo()
    assert seed_db.annotations(1) == []
    history.redo()
    assert len(seed_db.annotations(1)) == 1


def test_accept_all_by_label_and_everything(seed_db):
    persons = [g for g in pending_suggestions(seed_db, 1) if g.label == "PERSON"]
    stored = accept_all(seed_db, 1, annotator="alice", label="PERSON")
    rows = seed_db.annotations(1)
    assert sorted((a.start, a.end) for a in rows) == sorted((g.start, g.end) for g in persons)
    assert {a.label for a in rows} == {"PERSON"} and {a.origin for a in rows} == {"suggested"}
    assert [a.id for a in stored] == [a.id for a in rows]
    assert not [g for g in pending_suggestions(seed_db, 1) if g.label == "PERSON"]
    assert accept_all(seed_db, 1, label="PERSON") == []

    rest = pending_suggestions(seed_db, 1)
    accept_all(seed_db, 1, label="all")
    rows = seed_db.annotations(1)
    assert len(rows) == len(persons) + len(rest)
    assert len({(a.label, a.start, a.end) for a in rows}) == len(rows)  # nothing duplicated
    by_span = {(a.label, a.start, a.end): a for a in rows}
    for g in rest:
        if g.label == "CLAIM":
            claim = by_span[_key(g)]
            assert claim.claimant == g.claimant
            assert sorted(claim.quantity_ids) == sorted(by_span[("QUANTITY", *q)].id for q in g.quantities)
    assert pending_suggestions(seed_db, 1) == []


def test_reject_all_persists(seed_db, db_path):
    dates = [g for g in pending_suggestions(seed_db, 1) if g.label == "DATE"]
    assert reject_all(seed_db, 1, label="DATE") == dates
    with Store(db_path) as again:
        assert again.rejected_suggestions(1) == {_key(g) for g in dates}
        assert not [g for g in pending_suggestions(again, 1) if g.label == "DATE"]
    total = len(pending_suggestions(seed_db, 1))
    assert len(reject_all(seed_db, 1)) == total
    assert pending_suggestions(seed_db, 1) == [] and seed_db.annotations(1) == []
    with pytest.raises(InvalidInput):
        reject_all(seed_db, 1, label="NOPE")


def test_tag_every_occurrence_in_article(seed_db):
    text = seed_db.get_article(1).text
    spans = [(m.start(), m.end()) for m in re.finditer(r"\bRedjimi\b", text)]
    assert len(spans) >= 3
    first = seed_db.add_annotation(1, "PERSON", *spans[0], annotator="alice")
    assert count_occurrences(seed_db, "Redjimi", "PERSON", "article", 1) == len(spans) - 1
    assert tag_every_occurrence(seed_db, first) == len(spans) - 1
    rows = [a for a in seed_db.annotations(1) if a.label == "PERSON"]
    assert sorted((a.start, a.end) for a in rows) == spans
    assert {a.annotator for a in rows} == {"alice"} and all(a.text == "Redjimi" for a in rows)
    assert count_occurrences(seed_db, "Redjimi", "PERSON", "article", 1) == 0
    assert tag_every_occurrence(seed_db, first) == 0


def test_tag_every_occurrence_across_articles(store):
    text_a = "Kurose met the press. Kurose's plan was clear."
    text_b = "Kurosezawa is not Kurose, said kurose. Ayumi Kurose agreed."
    a, b, c = _add(store, text_a), _add(store, text_b), _add(store, "Nothing to see here.")
    full = text_b.index("Ayumi Kurose")
    store.add_annotation(b, "PERSON", full, full + 12)  # the Kurose inside it is already tagged
    seed = store.add_annotation(a, "PERSON", 0, 6)
    assert count_occurrences(store, "Kurose", "PERSON", "article", a) == 1
    assert count_occurrences(store, "Kurose", "PERSON", "all") == 2
    history = History(store, annotator="dan")
    assert tag_every_occurrence(history, seed, scope="all") == 2
    rows = {(x.article_id, x.start, x.end) for x in store.annotations(a) + store.annotations(b)}
    second, bare = text_a.index("Kurose's"), text_b.index("Kurose,")
    assert rows == {(a, 0, 6), (a, second, second + 6), (b, bare, bare + 6), (b, full, full + 12)}
    assert store.annotations(c) == []
    assert all(x.annotator == "dan" for x in store.annotations(b) if x.start == bare)
    # an ORG with the same text is a different label: those occurrences still count for it
    assert count_occurrences(store, "Kurose", "ORG", "all") == 4
    history.undo()
    history.undo()
    assert len(store.annotations(a)) == 1 and len(store.annotations(b)) == 1


def test_tag_every_occurrence_refuses_claims_and_bad_scope(seed_db):
    claim = accept(seed_db, 1, _claim(seed_db))
    with pytest.raises(InvalidInput):
        tag_every_occurrence(seed_db, claim)
    with pytest.raises(InvalidInput):
        count_occurrences(seed_db, "Redjimi", "PERSON", "galaxy", 1)
