"""A tag made on a text that a colleague replaced meanwhile (a body fix, a reclean): the writer says
which text it counted its offsets in (seen_text), and the store, in the same transaction, places the
tag on the new text by its quote and context (as reclean places tags) or refuses it in one line.
Nothing is stored at the old text's offsets. Both backends: two Stores on one library."""

from __future__ import annotations

import pytest

from reader import suggestions
from reader.errors import TextChanged
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

EN = (
    "Mayor Ines Varga opened the Koltava bridge on Monday.\n\n"
    "Varga said the crossing cost 40 million and would carry 9,000 cars a day."
)
EN_FIXED = "Accept cookies to continue\n\n" + EN  # a poor cleaner's line, put back by a colleague's fix
EN_CUT = "Mayor Ines Varga opened a bridge on Monday."  # the paragraph with Koltava taken out

DE = "Bürgermeisterin Hanne Osterkamp eröffnete am Montag die Brücke in Velmsdorf.\n\nDie Brücke kostete 40 Millionen."
DE_FIXED = "Cookies akzeptieren\n\n" + DE
DE_CUT = "Die Brücke kostete 40 Millionen."


def _article(store: Store, text: str) -> int:
    return store.add_article(
        CleanResult(text=text, title="Bridge"), text, "/news/bridge.txt", "text"
    ).article_id


def _replace(url: str, aid: int, new_text: str, by: str | None = "bob") -> None:
    """A colleague's body fix from another program: every tag moved with the text."""
    from reader.anchor import reanchor

    with Store(url) as other:
        tags = other.annotations(aid)
        placements = {}
        for a in tags:
            span = reanchor(new_text, a.text, a.prefix, a.suffix, a.start)
            assert span is not None
            placements[a.id] = span
        other.replace_body(
            aid, new_text, body_choice=None, confidence=1.0, reason=None, placements=placements, changed_by=by
        )


def _rows(url: str, aid: int) -> list[tuple]:
    from backends import connect

    with connect(url) as conn:
        return [
            tuple(r)
            for r in conn.execute(
                'SELECT start, "end", text, prefix, suffix FROM annotations WHERE article_id = ? ORDER BY start',
                (aid,),
            ).fetchall()
        ]


@pytest.mark.parametrize(("old", "new", "word"), [(EN, EN_FIXED, "Koltava"), (DE, DE_FIXED, "Velmsdorf")])
def test_a_tag_on_the_old_text_lands_on_its_words_in_the_new_one(store, db_url, old, new, word):
    aid = _article(store, old)
    seen = store.get_article(aid).text
    _replace(db_url, aid, new)
    start = seen.index(word)
    ann = store.add_annotation(aid, "PLACE", start, start + len(word), seen_text=seen)
    assert ann.text == word
    assert (ann.start, ann.end) == (new.index(word), new.index(word) + len(word))
    assert ann.on_new_text is True
    [(s, e, quote, prefix, suffix)] = _rows(db_url, aid)
    assert new[s:e] == quote == word
    assert prefix == new[max(0, s - 32) : s] and suffix == new[e : e + 32]


@pytest.mark.parametrize(("old", "new", "word"), [(EN, EN_CUT, "Koltava"), (DE, DE_CUT, "Velmsdorf")])
def test_a_tag_whose_words_are_gone_is_refused_and_nothing_stored(store, db_url, old, new, word):
    aid = _article(store, old)
    seen = store.get_article(aid).text
    _replace(db_url, aid, new)
    start = seen.index(word)
    with pytest.raises(TextChanged) as refused:
        store.add_annotation(aid, "PLACE", start, start + len(word), seen_text=seen)
    message = str(refused.value)
    assert "\n" not in message and word in message and "changed by bob meanwhile" in message
    assert _rows(db_url, aid) == []


def test_the_text_unchanged_stores_the_offsets_given(store, db_url):
    aid = _article(store, EN)
    start = EN.index("Koltava")
    ann = store.add_annotation(aid, "PLACE", start, start + 7, seen_text=EN)
    assert (ann.start, ann.end, ann.on_new_text) == (start, start + 7, False)


def test_a_repeated_word_is_placed_by_its_context(store, db_url):
    """ "Varga" stands twice: the second one (after "\n\n") is the one meant, wherever it moved."""
    aid = _article(store, EN)
    _replace(db_url, aid, EN_FIXED)
    second = EN.index("Varga said")
    ann = store.add_annotation(aid, "PERSON", second, second + 5, seen_text=EN)
    assert ann.start == EN_FIXED.index("Varga said")


def test_tags_in_one_batch_are_placed_or_all_refused(store, db_url):
    """Tag every occurrence and accept all store a batch (Store.add_tags): on a changed text each is
    placed by its context; if one cannot be placed, none is stored."""
    aid = _article(store, EN)
    _replace(db_url, aid, EN_FIXED)
    spans = [(EN.index("Varga"), EN.index("Varga") + 5), (EN.index("Varga said"), EN.index("Varga said") + 5)]
    anns = store.add_tags(aid, [("PERSON", s, e) for s, e in spans], seen_text=EN)
    assert [a.start for a in anns] == [EN_FIXED.index("Varga"), EN_FIXED.index("Varga said")]
    assert all(a.on_new_text for a in anns)

    other = _article(store, DE)
    _replace(db_url, other, DE_CUT)
    tags = [
        ("PLACE", DE.index("Velmsdorf"), DE.index("Velmsdorf") + 9),
        ("QUANTITY", DE.index("40"), DE.index("40") + 11),
    ]
    with pytest.raises(TextChanged):
        store.add_tags(other, tags, seen_text=DE)
    assert _rows(db_url, other) == []


def test_a_span_edit_on_the_old_text_is_placed_on_the_new_one(store, db_url):
    """h j k l, the edit dialog: the new span was counted in the text on screen."""
    aid = _article(store, EN)
    start = EN.index("Ines")
    ann = store.add_annotation(aid, "PERSON", start, start + 4)  # "Ines"
    _replace(db_url, aid, EN_FIXED)
    history = History(store, annotator=None)
    # grown by a word on the old text: "Ines Varga"
    after = history.update(ann.id, start=start, end=start + 10, expected=ann, seen_text=EN)
    assert after.text == "Ines Varga"
    assert after.start == EN_FIXED.index("Ines Varga")
    [(s, e, quote, _, _)] = _rows(db_url, aid)
    assert EN_FIXED[s:e] == quote == "Ines Varga"


def test_accepting_a_suggestion_found_on_the_old_text(store, db_url):
    aid = _article(store, EN)
    found = [g for g in suggestions.pending_suggestions(store, aid) if g.text == "Ines Varga"]
    assert found, "the suggester should offer Ines Varga"
    _replace(db_url, aid, EN_FIXED)
    [ann] = suggestions.accept_many(store, aid, found, seen_text=EN)
    assert ann.start == EN_FIXED.index("Ines Varga") and ann.text == "Ines Varga"
    assert ann.on_new_text


def test_undo_of_a_delete_after_a_body_fix_puts_the_tag_on_its_words(store, db_url):
    """The tag was deleted on the old text; a colleague's fix landed; undo brings it back where its
    words are now (by its stored quote and context), not at the old offsets."""
    aid = _article(store, EN)
    history = History(store)
    start = EN.index("Koltava")
    ann = history.add(aid, "PLACE", start, start + 7)
    history.delete(ann.id)
    _replace(db_url, aid, EN_FIXED)
    history.undo()
    back = store.get_annotation(ann.id)
    assert (back.start, back.text) == (EN_FIXED.index("Koltava"), "Koltava")
    history.redo()  # deleted again
    _replace(db_url, aid, EN_CUT)  # and now its words are gone: undo cannot put it back
    with pytest.raises(TextChanged, match="Koltava"):
        history.undo()
    assert _rows(db_url, aid) == []


def test_undo_of_a_span_edit_after_a_body_fix_puts_the_old_span_on_its_words(store, db_url):
    aid = _article(store, EN)
    history = History(store)
    start = EN.index("Varga")
    ann = history.add(aid, "PERSON", start, start + 5)
    history.update(ann.id, start=EN.index("Ines Varga"), end=start + 5, expected=ann, seen_text=EN)
    _replace(db_url, aid, EN_FIXED)
    history.undo()
    back = store.get_annotation(ann.id)
    assert (back.start, back.text) == (EN_FIXED.index("Varga"), "Varga")
    history.redo()
    again = store.get_annotation(ann.id)
    assert (again.start, again.text) == (EN_FIXED.index("Ines Varga"), "Ines Varga")
