"""Tagging many spans at once (tag every occurrence, accept all) stores exactly the rows that
tagging them one by one stored: text, context, sentence, entity, events, status, one undo step.
Invented articles in two languages; both backends."""

import itertools

import pytest
from backends import connect

from reader.errors import AlreadyTagged
from reader.history import History
from reader.models import CleanResult
from reader.suggestions import (
    accept,
    accept_all,
    accept_many,
    find_occurrences,
    pending_suggestions,
    tag_every_occurrence,
)

TEXTS = {
    "en": (
        "Tomasz Wielgosz spoke first at the harbour.\n\nWielgosz, who runs the quay, said Wielgosz's "
        "plan would cost €40 million. Wielgoszewski is another man. Fenna Halvorsen disagreed; "
        "Halvorsen said the port was losing money and Wielgosz knew it."
    ),
    "de": (
        "Jördis Käßbohrer sprach zuerst im Rathaus.\n\nKäßbohrer, die den Hafen leitet, sagte, "
        "Käßbohrers Plan koste 40 Millionen Euro. Die Käßbohrer-Stiftung schwieg. Öszlem Grüntaler "
        "widersprach; Grüntaler meinte, Käßbohrer wisse es."
    ),
}
NAMES = {"en": ("Wielgosz", "Halvorsen"), "de": ("Käßbohrer", "Grüntaler")}

COLUMNS = (
    'start, "end", text, prefix, suffix, sentence, note, annotator, origin, label_id, entity_id, '
    "claimant, claim_status, claimant_entity_id, gold, field, created = updated"
)


def _stored(location, article_id):
    with connect(location) as conn:
        rows = conn.execute(
            f"SELECT {COLUMNS} FROM annotations WHERE article_id = ? ORDER BY start, id", (article_id,)
        ).fetchall()
        events = conn.execute(
            "SELECT action, annotator, session_id FROM events WHERE article_id = ? ORDER BY id",
            (article_id,),
        ).fetchall()
        status = conn.execute("SELECT status FROM articles WHERE id = ?", (article_id,)).fetchone()
    return [tuple(r) for r in rows], [tuple(e) for e in events], status[0]


# Two copies of an article must differ to be two articles: by a last paragraph further from the
# names than a tag's context reaches.
_COPIES = itertools.count()


def _article(store, lang):
    n = next(_COPIES)
    return store.add_article(
        CleanResult(text=TEXTS[lang] + "\n\n" + "-" * (200 + n), language=lang), f"raw {n}", None, "text"
    ).article_id


@pytest.mark.parametrize("lang", ["en", "de"])
def test_tag_every_occurrence_stores_what_one_by_one_stored(store, db_url, lang):
    text, name = TEXTS[lang], NAMES[lang][0]
    one, batch = _article(store, lang), _article(store, lang)
    session = store.start_session("ana")
    history = History(store, session, "ana")
    seeds = {
        aid: history.add(aid, "PERSON", text.index(name), text.index(name) + len(name))
        for aid in (one, batch)
    }
    spans = find_occurrences(store, name, "PERSON", "article", one)
    assert len(spans) == 3  # not inside "Wielgoszewski" / "Käßbohrers", nor the seed
    with history.group("one by one", article_id=one):
        for _, s, e in spans:
            history.add(one, "PERSON", s, e)
    with history.group("batch", article_id=batch):
        assert tag_every_occurrence(history, seeds[batch]) == 3
    assert _stored(db_url, batch) == _stored(db_url, one)
    assert len(_stored(db_url, batch)[0]) == 4
    history.undo()  # the batch is one undo step
    assert [a.id for a in store.annotations(batch)] == [seeds[batch].id]
    assert len(store.annotations(one)) == 4
    history.redo()
    assert [(a.start, a.end) for a in store.annotations(batch)] == [
        (a.start, a.end) for a in store.annotations(one)
    ]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_add_tags_makes_and_links_entities_as_one_by_one(store, db_url, lang):
    """A batch of two names no entity has yet: the first tag of each makes its entity, the later
    ones join it, and one by one afterwards links to the very same entities."""
    text = TEXTS[lang]
    batch, one = _article(store, lang), _article(store, lang)
    spans = sorted(
        (s, s + len(n))
        for n in NAMES[lang]
        for s in (i for i in range(len(text)) if text.startswith(n, i))
        if not text[s + len(n)].isalnum()
    )
    added = store.add_tags(batch, [("PERSON", s, e) for s, e in spans], annotator="bo", session_id=None)
    assert [(a.start, a.end) for a in added] == spans
    assert all(a.article_id == batch and a.origin == "manual" for a in added)
    for s, e in spans:
        store.add_annotation(one, "PERSON", s, e, annotator="bo")
    assert _stored(db_url, batch) == _stored(db_url, one)
    assert len({a.entity_id for a in added}) == 2
    assert store.annotations(batch) == added


def test_add_tags_is_all_or_nothing(store):
    aid = _article(store, "en")
    text = TEXTS["en"]
    s = text.index("Halvorsen")
    store.add_annotation(aid, "PERSON", s, s + 9, annotator="bo")
    with pytest.raises(AlreadyTagged):
        store.add_tags(aid, [("PERSON", 0, 6), ("PERSON", s, s + 9)], annotator="bo")
    assert [(a.start, a.end) for a in store.annotations(aid)] == [(s, s + 9)]
    assert store.add_tags(aid, [], annotator="bo") == []


@pytest.mark.parametrize("lang", ["en", "de"])
def test_accept_all_stores_what_accepting_one_by_one_stored(store, db_url, lang):
    batch, one = _article(store, lang), _article(store, lang)
    history = History(store, store.start_session("ana"), "ana")
    pending = pending_suggestions(store, one)
    assert sum(g.label != "CLAIM" for g in pending) >= 2
    with history.group("accept all", article_id=batch):
        accept_all(history, batch)
    with history.group("one by one", article_id=one):
        for g in sorted(pending, key=lambda g: g.label == "CLAIM"):
            accept(history, one, g)
    got, want = _stored(db_url, batch), _stored(db_url, one)
    assert got[1:] == want[1:]
    for row, expected in zip(got[0], want[0], strict=True):
        assert row == expected
    history.undo()
    history.undo()
    assert store.annotations(batch) == [] and store.annotations(one) == []


# A claim, who made it and the quantity inside it (None: none), per language.
CLAIMS = {
    "en": [
        ("Wielgosz's plan would cost €40 million", "Tomasz Wielgosz", "€40 million"),
        ("Halvorsen said the port was losing money", "Fenna Halvorsen", None),
    ],
    "de": [
        ("Käßbohrers Plan koste 40 Millionen Euro", "Jördis Käßbohrer", "40 Millionen Euro"),
        ("Grüntaler meinte, Käßbohrer wisse es", "Öszlem Grüntaler", None),
    ],
}


def _claim_links(location, article_id):
    """Each claim's quantities, by the claim's and the quantity's spans."""
    with connect(location) as conn:
        rows = conn.execute(
            'SELECT c.start, c."end", q.start, q."end" FROM claim_quantities cq '
            "JOIN annotations c ON c.id = cq.claim_id JOIN annotations q ON q.id = cq.quantity_id "
            "WHERE c.article_id = ? ORDER BY c.start, q.start",
            (article_id,),
        ).fetchall()
    return [tuple(r) for r in rows]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_accepting_claims_is_one_transaction_with_the_rows_one_by_one_stored(
    store, db_url, lang, monkeypatch
):
    """Accepting suggested claims (with their quantities) stores them in one write transaction,
    the same rows, links, entities and events that add_annotation stored for each, one by one."""
    from reader.suggest import Suggestion

    text = TEXTS[lang]
    suggestions = []
    for claim, claimant, quantity in CLAIMS[lang]:
        s = text.index(claim)
        spans = ((text.index(quantity), text.index(quantity) + len(quantity)),) if quantity else ()
        suggestions.append(Suggestion("CLAIM", s, s + len(claim), claim, claimant=claimant, quantities=spans))
    one, batch = _article(store, lang), _article(store, lang)
    for g in suggestions:  # what accepting one claim did, one transaction each
        ids = [
            store.add_annotation(one, "QUANTITY", *q, annotator="ana", origin="suggested").id
            for q in g.quantities
        ]
        store.add_annotation(
            one,
            "CLAIM",
            g.start,
            g.end,
            annotator="ana",
            origin="suggested",
            claimant=g.claimant,
            quantity_ids=ids,
        )
    writes = []
    real_write = store._write

    def counted(*args, **kwargs):
        writes.append(args)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(store, "_write", counted)
    history = History(store, None, "ana")
    with history.group("accept all", article_id=batch):
        accepted = accept_many(history, batch, suggestions)
    monkeypatch.undo()
    assert len(writes) == 1
    assert [(a.label, a.claimant) for a in accepted] == [("CLAIM", g.claimant) for g in suggestions]
    assert _stored(db_url, batch) == _stored(db_url, one)
    assert _claim_links(db_url, batch) == _claim_links(db_url, one) != []
    assert accepted[0].quantity_ids
    history.undo()  # one undo step
    assert store.annotations(batch) == []
