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
        self._conn, self.commits = conn, 0

    def execute(self, sql: str, *args: object) -> object:
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


def _commits(store: Store, step) -> int:  # noqa: ANN001
    counting = CountingConnection(store.conn)
    store.conn = counting  # type: ignore[assignment]
    try:
        step()
    finally:
        store.conn = counting._conn  # type: ignore[assignment]
    return counting.commits


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


def test_an_undo_that_fails_halfway_changes_nothing(db_url, monkeypatch):
    store = Store(db_url)
    history = History(store, annotator="ola")
    aid = _accepted(store, history, "pl", 6)
    real = store.delete_annotation
    calls = []

    def fails_on_the_fourth(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 4:
            raise ReaderError("the server went away")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "delete_annotation", fails_on_the_fourth)
    with pytest.raises(ReaderError):
        history.undo(aid)
    assert _count(db_url, aid) == 6
    monkeypatch.undo()
    history.undo(aid)  # kept, so it can be tried again
    assert _count(db_url, aid) == 0
    store.close()
