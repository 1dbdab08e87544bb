"""Deleting articles (a junk import: a cookie wall, a duplicate, the wrong link): every row that
hangs on them goes, on both backends, whatever each schema's foreign keys cascade (events have
none); other articles keep theirs; an entity left with no mention, no claim naming it and no name
given by hand goes too, as when its last tag is deleted."""

from __future__ import annotations

import pytest

from reader.errors import NotFound
from reader.models import CleanResult
from reader.store import Store

JUNK = "Wir verwenden Cookies. Ines Varga und Koltava: Zustimmung erforderlich, sagte Tomas Brell."
KEEP = "The new bridge at Koltava opened on Monday, the mayor's office said; it cost 40 million."

# (table, column naming the article or one of its annotations)
BY_ARTICLE = [
    ("annotations", "article_id"),
    ("events", "article_id"),
    ("rejected_suggestions", "article_id"),
    ("set_aside_annotations", "article_id"),
    ("assignments", "article_id"),
    ("annotation_counts", "article_id"),
]


def _article(store: Store, text: str, title: str) -> int:
    return store.add_article(CleanResult(text=text, title=title), raw=text, source="x", fmt="text").article_id


def _span(text: str, quote: str) -> tuple[int, int]:
    return text.index(quote), text.index(quote) + len(quote)


def _count(store: Store, sql: str, *params) -> int:
    return store.conn.execute(sql, params).fetchone()[0]


def _entity_names(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT canonical FROM entities").fetchall()}


def _fill(store: Store) -> tuple[int, int, dict]:
    junk, keep = _article(store, JUNK, "Cookies"), _article(store, KEEP, "Bridge opens")
    kw = {"session_id": store.start_session("ana")}
    store.add_annotation(junk, "PERSON", *_span(JUNK, "Ines Varga"), **kw)  # only here: goes
    store.add_annotation(junk, "PLACE", *_span(JUNK, "Koltava"), **kw)  # also in keep: stays
    renamed = store.add_annotation(junk, "PERSON", *_span(JUNK, "Tomas Brell"), **kw)
    store.rename_entity(renamed.entity_id, "Tomáš Brell")  # a name given by hand: stays
    claim = store.add_annotation(
        junk, "CLAIM", *_span(JUNK, "Zustimmung erforderlich"), claimant="Ursel Quandt", **kw
    )  # the claimant is named only here: goes
    store.add_evidence(claim.id, "https://example.org/cookies", quote="Zustimmung")
    store.reject_suggestion(junk, "PLACE", 0, 3)
    store.assign([junk, keep], "ana")
    store.add_annotation(keep, "PLACE", *_span(KEEP, "Koltava"), **kw)
    q = store.add_annotation(keep, "QUANTITY", *_span(KEEP, "40 million"), **kw)
    store.add_annotation(keep, "CLAIM", *_span(KEEP, "it cost 40 million"), quantity_ids=[q.id], **kw)
    before = {t: _count(store, f"SELECT count(*) FROM {t} WHERE {c} = ?", keep) for t, c in BY_ARTICLE}
    return junk, keep, before


def test_delete_removes_every_row_of_the_article_and_only_those(store):
    junk, keep, before = _fill(store)
    assert store.article_tag_counts([junk, keep]) == {junk: (3, 1), keep: (2, 1)}
    assert _count(store, "SELECT count(*) FROM events WHERE article_id = ?", junk) == 4

    store.delete_articles([junk])

    assert _count(store, "SELECT count(*) FROM articles WHERE id = ?", junk) == 0
    for table, column in BY_ARTICLE:
        assert _count(store, f"SELECT count(*) FROM {table} WHERE {column} = ?", junk) == 0, table
        assert _count(store, f"SELECT count(*) FROM {table} WHERE {column} = ?", keep) == before[table]
    assert _count(store, "SELECT count(*) FROM evidence") == 0
    assert _count(store, "SELECT count(*) FROM claim_quantities") == 1  # keep's
    assert store.search("Cookies") == [] and [h.id for h in store.search("bridge")] == [keep]
    assert _entity_names(store) == {"Koltava", "40 million", "Tomáš Brell"}  # keep's, the hand-named
    assert store.count_articles() == 1
    assert store.get_article(keep).title == "Bridge opens"


def test_unknown_id_removes_nothing(store):
    junk, keep, _ = _fill(store)
    with pytest.raises(NotFound, match="999"):
        store.delete_articles([junk, 999])
    assert store.count_articles() == 2
    assert _count(store, "SELECT count(*) FROM annotations WHERE article_id = ?", junk) == 4


def test_several_articles_at_once(store):
    junk, keep, _ = _fill(store)
    assert store.delete_articles([junk, keep]) == [(junk, "Cookies"), (keep, "Bridge opens")]
    assert store.count_articles() == 0
    for table in ("annotations", "events", "evidence", "claim_quantities", "assignments"):
        assert _count(store, f"SELECT count(*) FROM {table}") == 0, table
    assert _entity_names(store) == {"Tomáš Brell"}


def test_history_forgets_the_deleted_articles_steps(store):
    from reader.history import History

    junk, keep, _ = _fill(store)
    history = History(store)
    history.add(junk, "PLACE", *_span(JUNK, "Cookies"))
    history.add(keep, "PERSON", *_span(KEEP, "mayor"))
    store.delete_articles([junk])
    history.forget([junk])
    assert history.can_undo
    history.undo()  # keep's tag, not a step on the deleted article
    assert not history.can_undo
    assert [a.text for a in store.annotations(keep) if a.label == "PERSON"] == []
