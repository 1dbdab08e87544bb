"""A trash file that is damaged (a copy cut short, a hand edit) restores nothing or everything:
every line is read and checked before any article is put back. A line that could not be read
stopped the restore after the articles above it were put back bare, without their tags, status or
reviewer's decisions, and restoring the good file afterwards could no longer bring those back (an
article whose text is there again gets its tags only). Lists of a hand-edited row that are not lists
of objects are read as empty, not a traceback. Invented text (Swedish, Catalan), both backends."""

from __future__ import annotations

import json

import pytest

from reader.errors import InvalidInput
from reader.models import CleanResult
from reader.store import Store
from reader.trash import delete_to_trash, restore

TEXTS = (
    "Kommunalrådet Lena Björk sa att simhallen i Norrvik kostar 80 miljoner kronor.",
    "L'alcaldessa Núria Pons va dir que el port de Calbona va rebre 2 milions de visitants.",
)


def _library(store: Store) -> list[int]:
    ids = []
    for text in TEXTS:
        aid = store.add_article(CleanResult(text=text), f"<p>{text}</p>", None, "html").article_id
        name = " ".join(text.split()[1:3])
        person = store.add_annotation(
            aid, "PERSON", text.index(name), text.index(name) + len(name), annotator="ana"
        )
        store.reject(person.id, "rita")
        store.set_status(aid, "done")
        ids.append(aid)
    return ids


def _state(store: Store, aid: int) -> tuple:
    anns = store.annotations(aid)
    return store.get_article(aid).status, [(a.label, a.text) for a in anns]


def test_a_file_cut_short_restores_nothing_then_the_whole_file_restores_all(store, tmp_path):
    ids = _library(store)
    before = [_state(store, i) for i in ids]
    path, _ = delete_to_trash(store, ids)
    whole = path.read_text(encoding="utf-8")
    cut = tmp_path / "cut.jsonl"
    cut.write_text(whole[: len(whole) - 40], encoding="utf-8")  # the second line cut short
    with pytest.raises(InvalidInput, match="line 2 is not JSON"):
        restore(store, cut)
    assert store.article_ids() == []
    report = restore(store, path)
    assert [r.new for r in report.articles] == [True, True]
    assert [_state(store, r.article_id) for r in report.articles] == before


def test_hand_edited_lists_are_read_as_empty(store):
    ids = _library(store)
    path, _ = delete_to_trash(store, ids[:1])
    line = json.loads(path.read_text(encoding="utf-8"))
    line["row"].update(assignments=["ben"], rejected_suggestions="PERSON", reviews=7)
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (back,) = restore(store, path).articles
    assert back.new and _state(store, back.article_id) == ("done", [("PERSON", "Lena Björk")])
