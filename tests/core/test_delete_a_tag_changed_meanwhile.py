"""Deleting a tag a colleague changed since your screen showed it is refused, as editing it is
(EditConflict, one line, nothing written): the delete was the one change to a tag that was never
checked. Found on a desk of two (tmux, PostgreSQL): with `T` on, ben's `x` deleted the tag ana had
just given a note and a new label, without a word. A tag the body fix only moved is no change.
Both backends: two Stores on one library."""

from __future__ import annotations

import pytest

from reader.errors import EditConflict
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

EN = "Mayor Ines Varga opened the Koltava bridge on Monday."
DE = "Bürgermeisterin Hanne Osterkamp eröffnete am Montag die Brücke in Velmsdorf."


def _article(store: Store, text: str) -> int:
    return store.add_article(
        CleanResult(text=text, title="Bridge"), text, "/news/bridge.txt", "text"
    ).article_id


@pytest.mark.parametrize(("text", "word"), [(EN, "Koltava"), (DE, "Velmsdorf")])
def test_a_tag_changed_since_it_was_shown_is_not_deleted(store, db_url, text, word):
    aid = _article(store, text)
    start = text.index(word)
    tag = store.add_annotation(aid, "PLACE", start, start + len(word), annotator="ana")
    shown = store.get_annotation(tag.id)  # what ben's screen shows
    with Store(db_url) as ana:
        ana.edit_annotation(tag.id, annotator="ana", label="ORG", note="the company, not the town")

    with pytest.raises(EditConflict) as refused:
        History(store, annotator="ben").delete(tag.id, expected=shown)

    assert "\n" not in str(refused.value) and "ana" in str(refused.value)
    kept = store.get_annotation(tag.id)
    assert (kept.label, kept.note) == ("ORG", "the company, not the town")


@pytest.mark.parametrize(("text", "word"), [(EN, "Koltava"), (DE, "Velmsdorf")])
def test_a_tag_unchanged_or_only_moved_is_deleted(store, db_url, text, word):
    aid = _article(store, text)
    start = text.index(word)
    tag = store.add_annotation(aid, "PLACE", start, start + len(word), annotator="ana")
    shown = store.get_annotation(tag.id)
    new = "Editor's note: updated.\n\n" + text
    with Store(db_url) as other:  # a body fix moves the tag: its words, not an edit
        other.replace_body(
            aid,
            new,
            body_choice=None,
            confidence=1.0,
            reason=None,
            placements={tag.id: (new.index(word), new.index(word) + len(word))},
            changed_by="ana",
        )
    History(store, annotator="ben").delete(tag.id, expected=shown)
    assert store.annotations(aid) == []


@pytest.mark.parametrize(("text", "word"), [(EN, "Koltava"), (DE, "Velmsdorf")])
def test_your_own_change_not_drawn_yet_does_not_stop_your_delete(store, db_url, text, word):
    aid = _article(store, text)
    start = text.index(word)
    history = History(store, annotator="ana")
    tag = history.add(aid, "PLACE", start, start + len(word))
    shown = store.get_annotation(tag.id)
    history.update(tag.id, note="checked")  # a fast e then x: the screen still draws the old one
    history.delete(tag.id, expected=shown)
    assert store.annotations(aid) == []
