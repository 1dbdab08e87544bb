"""Undoing accept all (a group of many tags) takes them away in one transaction: one commit however
many tags, and the redo puts them back the same way; an undo that cannot be made whole changes
nothing. Invented text, English and Polish, both backends."""

from __future__ import annotations

import pytest
from backends import connect

from reader.errors import ReaderError
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

SENTENCE = {
    "en": "Councillor Maren Holtby said the Dunmere ferry carried {n} thousand passengers.",
    "pl": "Radna Jadwiga Zielińska powiedziała, że prom w Przyłęku przewiózł {n} tysięcy pasażerów.",
}


class CountingConnection:
    """The store's connection, counting the COMMITs sent through it."""

    def __init__(self, conn: object) -> None:
        self._conn, self.commits, self.statements = conn, 0, 0

    def execute(self, sql: str, *args: object) -> object:
        self.statements += 1
        if sql.strip().upper() == "COMMIT":
            self.commits += 1
        return self._conn.execute(sql, *args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


def _accepted(store: Store, history: History, lang: str, n: int) -> int:
    """An article of n sentences, each number in it accepted as a QUANTITY in one group (as accept
    all does: History.add_tags inside history.group)."""
    sentences = [SENTENCE[lang].format(n=k + 3) for k in range(n)]
    text = " ".join(sentences)
    aid = store.add_article(CleanResult(text=text, title=f"{lang} {n}"), text, None, "text").article_id
    spans, at = [], 0
    for k, sentence in enumerate(sentences):
        where = at + sentence.index(f" {k + 3} ") + 1
        spans.append(("QUANTITY", where, where + len(str(k + 3))))
        at += len(sentence) + 1
    with history.group("accept all QUANTITY", article_id=aid):
        history.add_tags(aid, spans, origin="suggested")
    return aid


def _counted(store: Store, step) -> CountingConnection:  # noqa: ANN001
    counting = CountingConnection(store.conn)
    store.conn = counting  # type: ignore[assignment]
    try:
        step()
    finally:
        store.conn = counting._conn  # type: ignore[assignment]
    return counting


def _commits(store: Store, step) -> int:  # noqa: ANN001
    return _counted(store, step).commits


def _count(db_url: str, aid: int) -> int:
    with connect(db_url) as conn:
        return conn.execute("SELECT count(*) FROM annotations WHERE article_id = ?", (aid,)).fetchone()[0]


@pytest.mark.parametrize("lang", list(SENTENCE))
def test_undo_and_redo_of_accept_all_commit_once(db_url, lang):
    store = Store(db_url)
    history = History(store, annotator="ola")
    few = _accepted(store, history, lang, 3)
    assert _commits(store, lambda: history.undo(few)) == 1
    assert _count(db_url, few) == 0
    many = _accepted(store, history, lang, 25)
    assert _commits(store, lambda: history.undo(many)) == 1
    assert _count(db_url, many) == 0
    with connect(db_url) as conn:
        assert conn.execute("SELECT status FROM articles WHERE id = ?", (many,)).fetchone()[0] == "new"
    assert _commits(store, lambda: history.redo(many)) == 1
    assert _count(db_url, many) == 25
    store.close()


def test_undoing_many_tags_takes_a_few_statements_not_some_each(db_url):
    store = Store(db_url)
    history = History(store, annotator="ola")
    few, many = _accepted(store, history, "en", 3), _accepted(store, history, "en", 40)
    history.undo(many)
    history.redo(many)
    statements_few = _counted(store, lambda: history.undo(few)).statements
    statements_many = _counted(store, lambda: history.undo(many)).statements
    assert statements_many <= statements_few + 4, (statements_few, statements_many)
    assert _count(db_url, many) == 0
    store.close()


def test_an_undo_that_fails_halfway_changes_nothing(db_url, monkeypatch):
    """The tags are deleted, then putting the article back to "new" fails (a lost server): the
    deletes are rolled back with it, and the step stays to be tried again."""
    store = Store(db_url)
    history = History(store, annotator="ola")
    aid = _accepted(store, history, "pl", 6)

    def fails(*_args: object, **_kwargs: object) -> object:
        raise ReaderError("the server went away")

    monkeypatch.setattr(store, "revert_status", fails)
    with pytest.raises(ReaderError):
        history.undo(aid)
    assert _count(db_url, aid) == 6
    with connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM events WHERE action = 'deleted'").fetchone()[0] == 0
    monkeypatch.undo()
    history.undo(aid)  # kept, so it can be tried again
    assert _count(db_url, aid) == 0
    with connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM events WHERE action = 'deleted'").fetchone()[0] == 6
        assert conn.execute("SELECT status FROM articles WHERE id = ?", (aid,)).fetchone()[0] == "new"
    store.close()


def test_undo_of_a_group_leaves_what_undoing_each_left(db_url):
    """Undoing the group in one go (Store.delete_tags) leaves the rows undoing each tag one by one
    leaves: no tag, no entity nobody names, a "deleted" event each, the status back to new."""
    results = []
    for one_by_one in (False, True):
        text = " ".join(SENTENCE["en"].format(n=k) for k in (4, 5 + one_by_one)) + " Maren Holtby left."
        store = Store(db_url)
        history = History(store, annotator="ola")
        aid = store.add_article(
            CleanResult(text=text, title=f"t{one_by_one}"), text + str(one_by_one), None, "text"
        ).article_id
        spans = [("PERSON", m, m + len("Maren Holtby")) for m in (text.index("Maren"), text.rindex("Maren"))]
        spans.append(("PLACE", text.index("Dunmere"), text.index("Dunmere") + len("Dunmere")))
        with history.group("accept all", article_id=aid):
            history.add_tags(aid, spans, origin="suggested")
        if one_by_one:
            [group] = history._undo
            history._undo = list(group.changes)  # one step each
            for _ in spans:
                history.undo(aid)
        else:
            history.undo(aid)
        with connect(db_url) as conn:
            results.append(
                (
                    conn.execute("SELECT count(*) FROM annotations WHERE article_id = ?", (aid,)).fetchone()[
                        0
                    ],
                    conn.execute("SELECT count(*) FROM entities").fetchone()[0],
                    conn.execute(
                        "SELECT action, annotator FROM events WHERE article_id = ? ORDER BY id", (aid,)
                    ).fetchall(),
                    conn.execute("SELECT status FROM articles WHERE id = ?", (aid,)).fetchone()[0],
                )
            )
        store.close()
    batched, single = results
    assert batched[:2] == single[:2] == (0, 0)
    assert [tuple(e) for e in batched[2]] == [tuple(e) for e in single[2]]
    assert batched[3] == single[3] == "new"
