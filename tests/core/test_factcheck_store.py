"""Claims as a fact-check (issue 12), against a real SQLite file: evidence, verdict with a public
explanation apart from the note, who checked it and when, review state, settings."""

from __future__ import annotations

import pytest

from reader.errors import InvalidInput, NotFound
from reader.factcheck import NO_DISPLAY_NAME, review_author, set_verdict
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

TEXT = "Kurose said 150 Chinese experts work at Douai.\n\nThe factory employs 800 local staff."


@pytest.fixture
def claim(db_url):
    store = Store(db_url)
    aid = store.add_article(CleanResult(text=TEXT), raw=TEXT, source="x", fmt="text").article_id
    end = TEXT.index(".") + 1
    ann = store.add_annotation(aid, "CLAIM", 0, end, claimant="Kurose", note="ask the press office")
    yield store, ann
    store.close()


def row(store: Store, sql: str, *params) -> tuple:
    return store.conn.execute(sql, params).fetchone()


def test_evidence_is_stored_listed_and_removed(claim):
    store, ann = claim
    first = store.add_evidence(
        ann.id, " https://example.org/report ", quote="150 experts\x1b[31m", note="p. 12", added_by="ana"
    )
    second = store.add_evidence(ann.id, "Annual report 2024, p. 3")
    assert row(
        store, "SELECT claim_id, source, quote, note, added_by FROM evidence WHERE id = ?", first.id
    ) == (
        ann.id,
        "https://example.org/report",
        "150 experts",  # escape sequences neutralised on entry
        "p. 12",
        "ana",
    )
    assert row(store, "SELECT added_at FROM evidence WHERE id = ?", second.id)[0][:4].isdigit()
    assert [e.id for e in store.evidence(ann.id)] == [first.id, second.id]
    assert [e.source for e in store.get_annotation(ann.id).evidence] == [first.source, second.source]
    store.remove_evidence(first.id)
    assert row(store, "SELECT count(*) FROM evidence WHERE claim_id = ?", ann.id) == (1,)
    with pytest.raises(InvalidInput, match="URL or a document"):
        store.add_evidence(ann.id, "   ")
    with pytest.raises(NotFound):
        store.remove_evidence(first.id)
    entity = store.add_annotation(ann.article_id, "PLACE", TEXT.index("Douai"), TEXT.index("Douai") + 5)
    with pytest.raises(InvalidInput, match="not a claim"):
        store.add_evidence(entity.id, "https://example.org")


def test_verdict_explanation_apart_from_the_note_with_who_and_when(claim):
    store, ann = claim
    assert row(store, "SELECT review_state FROM annotations WHERE id = ?", ann.id) == ("unreviewed",)
    with pytest.raises(InvalidInput, match="public explanation"):
        set_verdict(store, ann.id, "false", checked_by="ana")
    history = History(store)
    after = set_verdict(
        history,
        ann.id,
        "misleading",
        explanation="The company counts 80.",
        review_state="needs a second check",
        checked_by="ana",
    )
    assert row(
        store,
        "SELECT claim_status, explanation, note, review_state, checked_by FROM annotations WHERE id = ?",
        ann.id,
    ) == ("misleading", "The company counts 80.", "ask the press office", "needs a second check", "ana")
    assert after.checked_at and row(store, "SELECT checked_at FROM annotations WHERE id = ?", ann.id) == (
        after.checked_at,
    )
    history.undo()
    assert row(
        store,
        "SELECT claim_status, explanation, review_state, checked_by, checked_at FROM annotations WHERE id = ?",
        ann.id,
    ) == ("unverified", None, "unreviewed", None, None)
    history.redo()
    assert row(store, "SELECT explanation FROM annotations WHERE id = ?", ann.id) == (
        "The company counts 80.",
    )
    # Keeping the explanation given before; a review state not known is refused.
    set_verdict(store, ann.id, "false", review_state="reviewed", checked_by="bo")
    assert row(
        store, "SELECT claim_status, explanation, checked_by FROM annotations WHERE id = ?", ann.id
    ) == (
        "false",
        "The company counts 80.",
        "bo",
    )
    with pytest.raises(InvalidInput, match="review state"):
        set_verdict(store, ann.id, "false", review_state="maybe")
    assert [r.annotation.id for r in store.claims(review_state="reviewed")] == [ann.id]
    assert store.claims(review_state="needs a second check") == []


def test_deleting_a_claim_and_undoing_brings_back_its_evidence_and_check(claim):
    store, ann = claim
    e = store.add_evidence(ann.id, "https://example.org/a", quote="q", note="n", added_by="ana")
    set_verdict(store, ann.id, "true", explanation="Confirmed.", checked_by="ana")
    history = History(store)
    history.delete(ann.id)
    assert row(store, "SELECT count(*) FROM evidence") == (0,)
    history.undo()
    assert row(store, "SELECT id, claim_id, source, quote, note, added_by FROM evidence") == (
        e.id,
        ann.id,
        "https://example.org/a",
        "q",
        "n",
        "ana",
    )
    assert row(
        store, "SELECT claim_status, explanation, checked_by FROM annotations WHERE id = ?", ann.id
    ) == (
        "true",
        "Confirmed.",
        "ana",
    )


def test_display_name_setting(claim):
    store, _ = claim
    assert review_author(store) == (NO_DISPLAY_NAME, False)
    assert store.set_setting("display-name", "  Jane\x07 Doe ") == "Jane Doe"
    assert row(store, "SELECT value FROM settings WHERE key = 'display-name'") == ("Jane Doe",)
    assert review_author(store) == ("Jane Doe", True)
    store.set_setting("display-name", "")
    assert row(store, "SELECT count(*) FROM settings") == (0,)
    with pytest.raises(InvalidInput, match="unknown setting"):
        store.set_setting("colour", "red")


def test_display_names_per_colleague_fall_back_to_the_desk_wide_one(claim):
    store, _ = claim
    assert store.set_display_name("ana", "  Ana\x07 Ruiz ") == "Ana Ruiz"
    store.set_display_name("ben", "Ben Okafor")
    assert store.display_names() == {"ana": "Ana Ruiz", "ben": "Ben Okafor"}
    assert (store.display_name("ana"), store.display_name("cleo"), store.display_name(None)) == (
        "Ana Ruiz",
        None,
        None,
    )
    store.set_setting("display-name", "The Desk")  # an older library's single name
    assert (
        store.display_name("ana"),
        store.display_name("cleo"),
        store.display_name("cleo", fallback=False),
    ) == (
        "Ana Ruiz",
        "The Desk",
        None,
    )
    assert (review_author(store, "ben"), review_author(store, "cleo")) == (
        ("Ben Okafor", True),
        ("The Desk", True),
    )
    store.set_display_name("ana", "")
    assert row(store, "SELECT count(*) FROM settings WHERE key LIKE 'display-name:%'") == (1,)
    assert store.settings() == {"display-name": "The Desk"}  # the per-colleague rows are not settings
    with pytest.raises(InvalidInput, match="annotator"):
        store.set_display_name(" ", "Nobody")
