"""A trash file restored into another library (a colleague's copy of it, or the library moved to a
server with `reader db copy` since the delete): the article keeps its id when that id is free there,
and the articles imported afterwards still get ids of their own. On PostgreSQL the id was given by
hand, past the ids the library's sequence had handed out, and the next import but one was refused
as a duplicate id. Invented text (Norwegian, Italian), both backends."""

from __future__ import annotations

from reader.models import CleanResult
from reader.store import Store
from reader.trash import delete_to_trash, restore

TEXTS = [
    "Ordføreren i Vestvik sa at fergen fraktet 41 000 passasjerer i fjor.",
    "Havnesjefen svarte at tallet var 38 000.",
    "Il sindaco di Pontalba ha detto che il mercato coperto costerà 2 milioni di euro.",
]
LATER = [
    "La giunta ha rinviato il voto a martedì.",
    "Kommunestyret møtes igjen i januar.",
    "L'opposizione chiede i conti del 2023.",
]


def _add(store: Store, text: str) -> int:
    return store.add_article(
        CleanResult(text=text, title=text[:20]), f"<p>{text}</p>", None, "html"
    ).article_id


def test_restored_elsewhere_later_imports_get_new_ids(tmp_path, store):
    solo = Store(tmp_path / "solo.db")
    ids = [_add(solo, t) for t in TEXTS]
    solo.add_annotation(ids[2], "PLACE", TEXTS[2].index("Pontalba"), TEXTS[2].index("Pontalba") + 8)
    path, _ = delete_to_trash(solo, [ids[2]])
    solo.close()

    first = _add(store, "Redaksjonen har fått nye tall fra rederiet.")
    report = restore(store, path)
    (back,) = report.articles
    assert back.new and back.article_id == ids[2] and back.article_id != first
    assert [a.text for a in store.annotations(back.article_id)] == ["Pontalba"]
    later = [_add(store, t) for t in LATER]
    assert len(set([first, back.article_id, *later])) == 5
    assert store.get_article(back.article_id).text == TEXTS[2]
    assert [store.get_article(i).text for i in later] == LATER
