"""Undo and redo of every kind of annotation change, checked against the stored rows."""

import pytest

from reader.errors import NotFound
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

BODY = "He said there are nearly 150 Chinese experts directing 800 local staff."


@pytest.fixture
def setup(db_url):
    store = Store(db_url)
    aid = store.add_article(CleanResult(text=BODY), "raw", None, "text").article_id
    yield store, aid, History(store, store.start_session("ana"), "ana")
    store.close()


def rows(store, aid):
    return [
        (a.id, a.label, a.start, a.end, a.note, a.claim_status, a.quantity_ids)
        for a in store.annotations(aid)
    ]


def test_undo_redo_add_update_delete(setup):
    store, aid, h = setup
    q1 = h.add(aid, "QUANTITY", BODY.index("150"), BODY.index(" directing"))
    q2 = h.add(aid, "QUANTITY", BODY.index("800"), len(BODY) - 1)
    claim = h.add(aid, "CLAIM", 0, len(BODY), claimant="Ayumi Kurose", quantity_ids=[q1.id, q2.id])
    h.update(claim.id, claim_status="false", note="see report")
    h.update(q1.id, label="DATE")
    h.delete(q2.id)
    states = [rows(store, aid)]
    for _ in range(6):
        h.undo()
        states.append(rows(store, aid))
    assert states[-1] == [] and not h.can_undo
    assert states[1][2][1] == "QUANTITY" and states[1][0][6] == [q1.id, q2.id]  # delete undone, link back
    for expected in reversed(states[:-1]):
        h.redo()
        assert rows(store, aid) == expected
    assert not h.can_redo


def test_new_change_clears_redo(setup):
    store, aid, h = setup
    h.add(aid, "PERSON", 0, 2)
    h.undo()
    assert h.can_redo
    h.add(aid, "ORG", 0, 2)
    assert not h.can_redo and [a.label for a in store.annotations(aid)] == ["ORG"]


def test_annotator_and_session_recorded(setup):
    store, aid, h = setup
    ann = h.add(aid, "PERSON", 0, 2)
    assert store.get_annotation(ann.id).annotator == "ana"
    assert store.stats()["sessions"][0]["added"] == 1


# -- grouped changes: one user action, one undo step ----------------------------------------------


def test_group_is_one_undo_step_in_reverse_and_redo_in_order(setup):
    store, aid, h = setup
    before = h.add(aid, "PERSON", 0, 2)
    with h.group("accept claim") as g:
        q1 = h.add(aid, "QUANTITY", BODY.index("150"), BODY.index(" directing"))
        q2 = h.add(aid, "QUANTITY", BODY.index("800"), len(BODY) - 1)
        h.add(aid, "CLAIM", 3, len(BODY), claimant="Ayumi Kurose", quantity_ids=[q1.id, q2.id])
    assert len(g.changes) == 3 and g.description == "accept claim (3 changes)"
    done = rows(store, aid)
    assert len(done) == 4
    undone = h.undo()
    assert undone is g
    assert rows(store, aid) == [(before.id, "PERSON", 0, 2, None, None, [])]
    redone = h.redo()
    assert redone is g
    assert rows(store, aid) == done  # same ids, the claim linked to both quantities again
    h.undo()
    h.undo()
    assert rows(store, aid) == [] and not h.can_undo


def test_empty_group_adds_no_step_and_nested_groups_join(setup):
    store, aid, h = setup
    with h.group("nothing"):
        pass
    assert not h.can_undo
    with h.group("outer"):
        h.add(aid, "PERSON", 0, 2)
        with h.group("inner"):
            h.add(aid, "ORG", 3, 7)
    h.undo()
    assert rows(store, aid) == [] and not h.can_undo


def test_group_left_by_an_error_keeps_what_was_committed_as_one_step(setup):
    store, aid, h = setup
    with pytest.raises(RuntimeError), h.group("bulk"):
        h.add(aid, "PERSON", 0, 2)
        h.add(aid, "ORG", 3, 7)
        raise RuntimeError("stop")
    assert len(rows(store, aid)) == 2
    h.undo()
    assert rows(store, aid) == []


def test_group_clears_redo(setup):
    store, aid, h = setup
    h.add(aid, "PERSON", 0, 2)
    h.undo()
    with h.group("bulk"):
        h.add(aid, "ORG", 3, 7)
    assert not h.can_redo


def test_tag_every_occurrence_through_a_group_is_one_undo(db_url):
    from reader.suggestions import tag_every_occurrence

    store = Store(db_url)
    try:
        text = "Douai is small. Douai grows. Near Douai, a plant."
        aid = store.add_article(CleanResult(text=text), "raw", None, "text").article_id
        h = History(store, None, "ana")
        first = h.add(aid, "PLACE", 0, 5)
        with h.group("tag every occurrence"):
            assert tag_every_occurrence(h, first) == 2
        assert len(store.annotations(aid)) == 3
        h.undo()
        assert [(a.start, a.end) for a in store.annotations(aid)] == [(0, 5)]
        h.redo()
        assert len(store.annotations(aid)) == 3
    finally:
        store.close()


def test_recorded_action_undoes_a_rejection_and_joins_groups(setup):
    store, aid, h = setup
    store.reject_suggestion(aid, "PERSON", 0, 2)
    h.record_action(
        "reject PERSON",
        lambda: store.unreject_suggestion(aid, "PERSON", 0, 2),
        lambda: store.reject_suggestion(aid, "PERSON", 0, 2),
    )
    assert h.undo().description == "reject PERSON"
    assert store.rejected_suggestions(aid) == set()
    h.redo()
    assert store.rejected_suggestions(aid) == {("PERSON", 0, 2)}
    with h.group("mixed"):
        h.add(aid, "ORG", 3, 7)
        store.reject_suggestion(aid, "ORG", 8, 11)
        h.record_action(
            "reject ORG",
            lambda: store.unreject_suggestion(aid, "ORG", 8, 11),
            lambda: store.reject_suggestion(aid, "ORG", 8, 11),
        )
    h.undo()
    assert rows(store, aid) == [] and store.rejected_suggestions(aid) == {("PERSON", 0, 2)}
    h.redo()
    assert len(rows(store, aid)) == 1 and ("ORG", 8, 11) in store.rejected_suggestions(aid)


def test_a_group_in_a_worker_thread_does_not_swallow_other_threads_changes(setup):
    import threading

    store, aid, h = setup
    inside, release = threading.Event(), threading.Event()

    def bulk() -> None:
        with h.group("bulk"):
            h.add(aid, "PERSON", 0, 2)
            inside.set()
            release.wait(5)
            h.add(aid, "ORG", 3, 7)

    worker = threading.Thread(target=bulk)
    worker.start()
    inside.wait(5)
    h.add(aid, "PLACE", 8, 11)  # from the UI thread meanwhile: its own step
    release.set()
    worker.join()
    assert len(h._undo) == 2
    h.undo()  # the group, pushed last
    assert [a.label for a in store.annotations(aid)] == ["PLACE"]


def test_undo_of_a_tag_deleted_elsewhere_is_done_and_redoable(db_url):
    """Another window deleted one of a group's tags: undo removes the rest and can be redone (it
    used to fail half way and lose the step)."""
    store = Store(db_url)
    aid = store.add_article(CleanResult(text=BODY), "raw", None, "text").article_id
    h = History(store, None, "ana")
    with h.group("two tags"):
        a = h.add(aid, "PERSON", 0, 2)
        h.add(aid, "ORG", 3, 6)
    other = Store(db_url)
    other.delete_annotation(a.id)
    other.close()
    h.undo()
    assert rows(store, aid) == [] and h.can_redo and not h.can_undo
    h.redo()
    assert sorted(r[1] for r in rows(store, aid)) == ["ORG", "PERSON"]
    store.close()


def test_a_step_that_cannot_be_undone_leaves_everything_as_it_was(db_url):
    """A group whose edited tag was deleted elsewhere: undo fails with one error, the other steps
    are put back (nothing half undone); the change, which can never be undone now, leaves the
    stack so that the older steps stay reachable (h61)."""
    store = Store(db_url)
    aid = store.add_article(CleanResult(text=BODY), "raw", None, "text").article_id
    h = History(store, None, "ana")
    edited = h.add(aid, "PERSON", 0, 2)
    with h.group("note and tag"):  # undone in reverse: the ORG tag first, then the note
        h.update(edited.id, note="checked")
        h.add(aid, "ORG", 3, 6)
    other = Store(db_url)
    other.delete_annotation(edited.id)
    other.close()
    after = rows(store, aid)
    with pytest.raises(NotFound):
        h.undo()
    assert rows(store, aid) == after  # the ORG tag undone first was put back
    assert h.can_undo and not h.can_redo
    store.close()


def test_a_step_whose_tag_was_deleted_elsewhere_does_not_block_older_steps(db_url):
    """A colleague (or `reader untag`) deleted the claim whose note this window edited: the edit can
    never be undone. u says so once, in a line naming the change, and the next u undoes the change
    before it (it used to fail with "no annotation with id N" at every press, for ever)."""
    store = Store(db_url)
    aid = store.add_article(CleanResult(text=BODY), "raw", None, "text").article_id
    h = History(store, None, "ana")
    person = h.add(aid, "PERSON", 0, 2)
    claim = h.add(aid, "CLAIM", 3, len(BODY), claimant="Zofia Wrona")
    h.update(claim.id, note="ring the ministry")
    other = Store(db_url)
    other.delete_annotation(claim.id)
    other.close()
    with pytest.raises(NotFound) as refused:
        h.undo(aid)
    message = str(refused.value)
    assert "cannot undo" in message and "deleted" in message and "\n" not in message
    assert h.undo(aid) is not None  # the claim's tagging: already gone, counts as done
    h.undo(aid)
    assert rows(store, aid) == [] and person.id not in [a.id for a in store.annotations(aid)]
    store.close()


def test_undo_of_a_change_to_a_tag_deleted_by_a_colleague_says_so_in_words(db_url):
    """The message named an internal id, "(no annotation with id 3)": it says what could not be
    undone (the change, by its tag's words) and why (the tag was deleted meanwhile), in words."""
    store = Store(db_url)
    aid = store.add_article(CleanResult(text=BODY), "raw", None, "text").article_id
    h = History(store, None, "ana")
    tag = h.add(aid, "PERSON", 0, 2)
    h.update(tag.id, note="ask his name")
    other = Store(db_url)
    other.delete_annotation(tag.id)
    other.close()
    with pytest.raises(NotFound) as refused:
        h.undo(aid)
    message = str(refused.value)
    assert message == (
        "cannot undo note on PERSON “He”: the tag was deleted meanwhile (by a colleague, in another "
        "window or with reader untag), so there is nothing left to undo; left out, so undo goes on "
        "with the change before it"
    )
    assert "id" not in message.split()
    store.close()
