"""Undo and redo of every kind of annotation change, checked against the stored rows."""

import pytest

from reader.history import History
from reader.models import CleanResult
from reader.store import Store

BODY = "He said there are nearly 150 Chinese experts directing 800 local staff."


@pytest.fixture
def setup(tmp_path):
    store = Store(tmp_path / "r.db")
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
