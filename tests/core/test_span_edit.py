"""Changing a tag's span (issue 12): the pure word/character moves, and the stored quote, context
and sentence following each change, undone and redone through the history."""

from __future__ import annotations

import pytest

from reader.anchor import context
from reader.errors import InvalidInput
from reader.history import History
from reader.models import CleanResult
from reader.segments import sentence_text
from reader.span_edit import adjust, adjust_span
from reader.store import Store

TEXT = "Minister Ayumi Kurose said 150,000 people came.\n\nLater Kurose’s aide left Douai."


def moved(start: int, end: int, **kw) -> str:
    s, e = adjust_span(TEXT, start, end, **kw)
    return TEXT[s:e]


def test_word_and_character_moves():
    s = TEXT.index("Ayumi")
    e = s + len("Ayumi Kurose")
    assert moved(s, e, edge="start", grow=True) == "Minister Ayumi Kurose"
    assert moved(s, e, edge="start", grow=False) == "Kurose"
    assert moved(s, e, edge="end", grow=True) == "Ayumi Kurose said"
    assert moved(s, e, edge="end", grow=False) == "Ayumi"
    assert moved(s, e, edge="start", grow=False, unit="char") == "yumi Kurose"
    assert moved(s, e, edge="end", grow=True, unit="char") == "Ayumi Kurose "
    n = TEXT.index("150,000")
    assert moved(n, n + 7, edge="end", grow=True) == "150,000 people"  # a number is one word
    k = TEXT.index("Kurose’s")
    assert moved(k - 6, k - 1, edge="end", grow=True) == "Later Kurose’s"  # so is a possessive
    # Across a paragraph break, to the next word.
    c = TEXT.index("came")
    assert moved(c, c + 4, edge="end", grow=True) == "came.\n\nLater"


def test_moves_that_cannot_be_made_say_why():
    with pytest.raises(InvalidInput, match="one word"):
        adjust_span(TEXT, 0, 8, edge="start", grow=False)
    with pytest.raises(InvalidInput, match="one word"):
        adjust_span(TEXT, 0, 8, edge="end", grow=False)
    with pytest.raises(InvalidInput, match="first word"):
        adjust_span(TEXT, 0, 8, edge="start", grow=True)
    with pytest.raises(InvalidInput, match="last word"):
        adjust_span(TEXT, len(TEXT) - 6, len(TEXT) - 1, edge="end", grow=True)
    with pytest.raises(InvalidInput, match="one character"):
        adjust_span(TEXT, 3, 4, edge="end", grow=False, unit="char")
    with pytest.raises(InvalidInput, match="white space"):
        adjust_span("a   b", 1, 4, edge="end", grow=False, unit="char")


def stored(store: Store, annotation_id: int) -> tuple:
    return store.conn.execute(
        'SELECT start, "end", text, prefix, suffix, sentence FROM annotations WHERE id = ?', (annotation_id,)
    ).fetchone()


def expected(start: int, end: int) -> tuple:
    return (start, end, TEXT[start:end], *context(TEXT, start, end), sentence_text(TEXT, start, end))


def test_each_change_is_stored_with_its_quote_context_and_sentence_and_undone(tmp_path):
    store = Store(tmp_path / "s.db")
    aid = store.add_article(CleanResult(text=TEXT), raw=TEXT, source="x", fmt="text").article_id
    s = TEXT.index("Kurose")
    ann = store.add_annotation(aid, "PERSON", s, s + 6)
    history = History(store)
    adjust(history, ann.id, edge="start", grow=True)
    a = TEXT.index("Ayumi")
    assert stored(store, ann.id) == expected(a, s + 6)
    adjust(history, ann.id, edge="end", grow=True, unit="char")
    assert stored(store, ann.id) == expected(a, s + 7)
    # Growing over the paragraph break: the stored sentence follows (both sentences).
    history.retag(ann.id, a, TEXT.index("Later") + 5)
    assert stored(store, ann.id) == expected(a, TEXT.index("Later") + 5)
    assert "\n\nLater" in stored(store, ann.id)[5]
    history.undo()
    assert stored(store, ann.id) == expected(a, s + 7)
    history.undo()
    history.undo()
    assert stored(store, ann.id) == expected(s, s + 6)
    history.redo()
    assert stored(store, ann.id) == expected(a, s + 6)
    store.close()


def test_retag_refuses_bad_spans_and_keeps_the_tag(tmp_path):
    store = Store(tmp_path / "s.db")
    aid = store.add_article(CleanResult(text=TEXT), raw=TEXT, source="x", fmt="text").article_id
    s = TEXT.index("Kurose")
    ann = store.add_annotation(aid, "PERSON", s, s + 6)
    other = store.add_annotation(aid, "PERSON", 0, 8)
    history = History(store)
    for start, end, message in (
        (s, len(TEXT) + 1, "outside"),
        (-1, s, "outside"),
        (s, s, "empty"),
        (s + 6, s, "empty"),
        (TEXT.index("\n\n"), TEXT.index("\n\n") + 2, "white space"),
        (0, 8, "already tagged PERSON"),
    ):
        with pytest.raises(InvalidInput, match=message):
            history.retag(ann.id, start, end)
    assert stored(store, ann.id) == expected(s, s + 6) and stored(store, other.id) == expected(0, 8)
    assert not history.can_undo
    store.close()


def test_trim_span_leaves_out_white_space_at_the_ends_only():
    from reader.span_edit import trim_span

    text = "said  Ayumi Kurose \nin Douai"
    assert trim_span(text, 4, 19) == (6, 18)
    assert trim_span(text, 6, 18) == (6, 18)
    assert trim_span(text, 4, 6) == (4, 6)  # white space only: the store refuses it
    assert trim_span(text, 10, 99) == (10, 99)  # outside the text: the store refuses it
