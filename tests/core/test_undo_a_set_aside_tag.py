"""Undo of a tag that a colleague's body fix set aside meanwhile (its words left the text).

Found on a desk of two (tmux, PostgreSQL): ana tagged "Korea"; ben's `reader body --drop` set it
aside; ana's `u` said "Undid: tag PLACE “Korea”" but changed nothing, and ben's `reader body --auto`
later brought the tag back: the undone tag returned. Undo now takes the set-aside copy away too.
Both backends: two Stores on one library."""

from __future__ import annotations

import pytest

from reader.errors import ReaderError
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

EN = (
    "Mayor Ines Varga opened the Koltava bridge on Monday.\n\n"
    "Varga said the crossing cost 40 million and would carry 9,000 cars a day."
)
EN_CUT = "Varga said the crossing cost 40 million and would carry 9,000 cars a day."
DE = "Die Brücke in Velmsdorf wurde am Montag eröffnet.\n\nSie kostete 40 Millionen Euro."
DE_CUT = "Sie kostete 40 Millionen Euro."


def _article(store: Store, text: str) -> int:
    return store.add_article(
        CleanResult(text=text, title="Bridge"), text, "/news/bridge.txt", "text"
    ).article_id


def _fix_body(
    url: str, aid: int, text: str, *, aside: tuple[int, ...] = (), back: tuple[int, ...] = ()
) -> None:
    """Ben's body fix from another program: tags whose words stay are placed, the others set aside."""
    from reader.anchor import reanchor

    with Store(url) as other:
        placements = {}
        for a in other.annotations(aid):
            if a.id not in aside:
                span = reanchor(text, a.text, a.prefix, a.suffix, a.start)
                assert span is not None
                placements[a.id] = span
        other.replace_body(
            aid,
            text,
            body_choice=None,
            confidence=1.0,
            reason=None,
            placements=placements,
            set_aside=aside,
            bring_back=back,
            changed_by="ben",
        )


@pytest.mark.parametrize(("text", "cut", "word"), [(EN, EN_CUT, "Koltava"), (DE, DE_CUT, "Velmsdorf")])
def test_undoing_a_set_aside_tag_takes_it_away_for_good(store, db_url, text, cut, word):
    aid = _article(store, text)
    history = History(store, annotator="ana")
    start = text.index(word)
    tag = history.add(aid, "PLACE", start, start + len(word))
    _fix_body(db_url, aid, cut, aside=(tag.id,))
    assert [a.id for a in store.set_aside_annotations(aid)] == [tag.id]

    done = history.undo(aid)

    assert done is not None
    assert store.set_aside_annotations(aid) == []  # not waiting to come back
    _fix_body(db_url, aid, text)  # the words are back (ben's `reader body --auto`)
    assert store.annotations(aid) == []
    assert store.set_aside_annotations(aid) == []


@pytest.mark.parametrize(("text", "cut", "word"), [(EN, EN_CUT, "Koltava"), (DE, DE_CUT, "Velmsdorf")])
def test_redo_puts_it_back_only_where_its_words_are(store, db_url, text, cut, word):
    aid = _article(store, text)
    history = History(store, annotator="ana")
    start = text.index(word)
    tag = history.add(aid, "PLACE", start, start + len(word))
    _fix_body(db_url, aid, cut, aside=(tag.id,))
    history.undo(aid)

    with pytest.raises(ReaderError):  # one line: its words are not in the text
        history.redo(aid)
    assert store.annotations(aid) == []

    _fix_body(db_url, aid, text)
    history.redo(aid)
    [back] = store.annotations(aid)
    assert (back.start, back.end, back.text) == (start, start + len(word), word)


@pytest.mark.parametrize(("text", "cut", "word"), [(EN, EN_CUT, "Koltava"), (DE, DE_CUT, "Velmsdorf")])
def test_an_edit_of_a_set_aside_tag_says_it_was_set_aside(store, db_url, text, word, cut):
    from reader.errors import NotFound

    aid = _article(store, text)
    start = text.index(word)
    tag = store.add_annotation(aid, "PLACE", start, start + len(word), annotator="ana")
    shown = store.get_annotation(tag.id)
    _fix_body(db_url, aid, cut, aside=(tag.id,))
    with pytest.raises(NotFound) as refused:
        store.edit_annotation(tag.id, annotator="ana", expected=shown, note="checked")
    said = str(refused.value)
    assert "set aside" in said and word in said and "deleted" not in said and "\n" not in said
    assert [a.note for a in store.set_aside_annotations(aid)] == [None]
