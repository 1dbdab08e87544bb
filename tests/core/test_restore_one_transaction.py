"""`reader restore` stores a deleted article's tags in one transaction (Store.batch): as many
commits for thirty tags as for three, nothing left behind when the restore fails halfway, and a
tag that fails inside the batch undoes only itself (a savepoint), on both backends. Invented text,
Dutch and Spanish."""

from __future__ import annotations

import pytest
from backends import connect

from reader.errors import AlreadyTagged, InvalidInput
from reader.models import CleanResult
from reader.store import Store
from reader.trash import delete_to_trash, restore

WORDS = {
    "nl": "Wethouder Sietske Oldenhove zei dat de brug in Veendijk {n} miljoen euro kostte.",
    "es": "La alcaldesa Remedios Albarrán dijo que el puerto de Sanlúcar recibió {n} mil turistas.",
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


def _tagged(store: Store, lang: str, tags: int) -> int:
    """An article of `tags` sentences, each with a number tagged QUANTITY and a name PERSON."""
    text = " ".join(WORDS[lang].format(n=n + 2) for n in range(tags // 2))
    aid = store.add_article(CleanResult(text=text, title=f"{lang} {tags}"), text, None, "text").article_id
    spans, at = [], 0
    for n in range(tags // 2):
        sentence = WORDS[lang].format(n=n + 2)
        name = sentence.split()[2] if lang == "nl" else sentence.split()[2]
        number = str(n + 2)
        spans.append(("PERSON", at + sentence.index(name), at + sentence.index(name) + len(name)))
        where = sentence.index(f" {number} ") + 1
        spans.append(("QUANTITY", at + where, at + where + len(number)))
        at += len(sentence) + 1
    store.add_tags(aid, spans, annotator="ines")
    return aid


def _commits_of_restore(store: Store, aid: int) -> int:
    path, _ = delete_to_trash(store, [aid])
    counting = CountingConnection(store.conn)
    store.conn = counting  # type: ignore[assignment]
    try:
        report = restore(store, path)
    finally:
        store.conn = counting._conn  # type: ignore[assignment]
    assert not report.tags.problems
    return counting.commits


@pytest.mark.parametrize("lang", list(WORDS))
def test_a_restore_commits_once_however_many_tags(db_url, lang, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_TRASH", str(tmp_path / "trash"))
    store = Store(db_url)
    few, many = _tagged(store, lang, 4), _tagged(store, lang, 30)
    assert _commits_of_restore(store, few) == 1
    assert _commits_of_restore(store, many) == 1
    with connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 34
    store.close()


def test_a_restore_that_fails_halfway_restores_nothing(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_TRASH", str(tmp_path / "trash"))
    store = Store(db_url)
    aid = _tagged(store, "nl", 10)
    path, _ = delete_to_trash(store, [aid])

    def broken(*_args: object) -> None:
        raise OSError("the disk is full")

    monkeypatch.setattr(store, "put_reviews", broken)
    with pytest.raises(OSError):
        restore(store, path)
    with connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    monkeypatch.undo()
    monkeypatch.setenv("READER_TRASH", str(tmp_path / "trash"))
    assert restore(store, path).tags.added == 10  # the file is still good
    store.close()


def test_a_write_that_fails_inside_a_batch_undoes_only_itself(db_url):
    store = Store(db_url)
    text = "De gemeente Veendijk betaalde 12 miljoen euro, zei Sietske Oldenhove."
    aid = store.add_article(CleanResult(text=text), text, None, "text").article_id
    name = text.index("Sietske Oldenhove")
    with store.batch():
        store.add_annotation(aid, "PERSON", name, name + len("Sietske Oldenhove"))
        with pytest.raises(AlreadyTagged):
            store.add_annotation(aid, "PERSON", name, name + len("Sietske Oldenhove"))
        with pytest.raises(InvalidInput):  # stored its row, then found the quantity is no tag here
            store.add_annotation(aid, "CLAIM", 0, len(text) - 1, quantity_ids=[987654])
        store.add_annotation(aid, "PLACE", text.index("Veendijk"), text.index("Veendijk") + 8)
    with connect(db_url) as conn:
        rows = conn.execute(
            "SELECT l.name, a.text FROM annotations a JOIN labels l ON l.id = a.label_id ORDER BY a.start"
        ).fetchall()
        events = conn.execute("SELECT action FROM events").fetchall()
    assert [tuple(r) for r in rows] == [("PLACE", "Veendijk"), ("PERSON", "Sietske Oldenhove")]
    assert [tuple(e) for e in events] == [("added",), ("added",)]
    store.close()
