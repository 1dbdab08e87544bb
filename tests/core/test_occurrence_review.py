"""occurrences_to_review: whole words only, each in its sentence; inside a longer tag -> unticked;
already tagged -> not listed; the ticked ones tagged through tag_every_occurrence as one undo step."""

from __future__ import annotations

import re

import pytest

from reader.errors import InvalidInput
from reader.history import History
from reader.models import CleanResult
from reader.occurrence_review import occurrences_to_review
from reader.store import Store
from reader.suggestions import tag_every_occurrence

TEXT = (
    "Trump spoke first. The Trump administration said no. Donald Trump left.\n\n"
    "Trumpism is a word. Later Trump came back, and TRUMP was shouted."
)


@pytest.fixture
def store(tmp_path) -> Store:  # type: ignore[no-untyped-def]
    s = Store(tmp_path / "r.db")
    s.add_article(CleanResult(text=TEXT, title="One"), "raw", "a", "text")
    s.add_article(CleanResult(text="Elsewhere Trump won.", title="Two"), "raw", "b", "text")
    return s


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    return starts[nth], starts[nth] + len(needle)


def test_review_lists_whole_words_with_longer_tags_unticked(store: Store):
    ann = store.add_annotation(1, "PERSON", *at(TEXT, "Trump"))
    store.add_annotation(1, "ORG", *at(TEXT, "The Trump administration"))
    store.add_annotation(1, "PERSON", *at(TEXT, "Donald Trump"))
    found = occurrences_to_review(store, ann, "article")
    assert [(o.start, o.ticked, o.inside) for o in found] == [
        (at(TEXT, "Trump", 1)[0], False, "The Trump administration"),
        (at(TEXT, "Trump", 2)[0], False, "Donald Trump"),
        (at(TEXT, "Trump", 4)[0], True, None),  # "Trumpism" (index 3) is not a whole word; "TRUMP" not exact
    ]
    later = found[-1]
    assert later.sentence == "Later Trump came back, and TRUMP was shouted."
    assert later.sentence[later.offset : later.offset + 5] == "Trump"
    everywhere = occurrences_to_review(store, ann, "all")
    assert [(o.article_id, o.title) for o in everywhere][-1] == (2, "Two")


def test_the_ticked_ones_are_one_undo_step(store: Store):
    history = History(store)
    ann = history.add(1, "PERSON", *at(TEXT, "Trump"))
    store.add_annotation(1, "PERSON", *at(TEXT, "Donald Trump"))
    found = occurrences_to_review(history, ann, "all")
    ticked = [o.span for o in found if o.ticked]
    with history.group("tag every"):
        assert tag_every_occurrence(history, ann, "all", spans=ticked) == 3
    rows = {(a.article_id, a.start) for a in store.annotations(1) + store.annotations(2) if a.text == "Trump"}
    # not the one inside "Donald Trump"; "The Trump administration" is not tagged here
    assert rows == {(1, ann.start), (1, at(TEXT, "Trump", 1)[0]), (1, at(TEXT, "Trump", 4)[0]), (2, 10)}
    history.undo(1)
    rows = {(a.article_id, a.start) for a in store.annotations(1) + store.annotations(2) if a.text == "Trump"}
    assert rows == {(1, ann.start)}
    history.redo(1)  # tagged again: only the one inside "Donald Trump" is left to review
    assert [(o.start, o.inside) for o in occurrences_to_review(store, ann, "all")] == [
        (at(TEXT, "Trump", 2)[0], "Donald Trump")
    ]


def test_claims_are_refused(store: Store):
    claim = store.add_annotation(1, "CLAIM", *at(TEXT, "Trump spoke first."))
    with pytest.raises(InvalidInput):
        occurrences_to_review(store, claim)
