"""A claimant's entity that no tag names merges into an entity of another label.

Found by hand (h76): a suggested claim accepted with its claimant "Kestle Marine Engineering Ltd"
made a PERSON entity (the default for a new claimant); the company's ORG tag, accepted after it,
made an ORG one. The README says a claimant listed alone "can be merged into the entity its tags
name", but the merge was refused ("an entity has one label (change the tags' label first)"): the
PERSON entity had no tag to change. With no tag it has no label to keep: its claims move."""

from __future__ import annotations

import pytest

from reader.errors import InvalidInput
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

TEXT = "The wall needs £4.1 million of work, according to a survey by Kestle Marine Ltd. Kestle Marine Ltd said so."


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


def tag(store: Store, article_id: int, quote: str, label: str, **kw):
    start = TEXT.index(quote)
    return store.add_annotation(article_id, label, start, start + len(quote), **kw)


def test_a_claimant_with_no_tag_merges_into_an_entity_of_another_label(store):
    aid = store.add_article(CleanResult(text=TEXT), raw=TEXT, source="x", fmt="text").article_id
    claim = tag(store, aid, "The wall needs £4.1 million of work", "CLAIM", claimant="Kestle Marine Ltd")
    alone = claim.claimant_entity_id
    assert store.get_entity(alone).label == "PERSON"  # the default for a new claimant
    org = tag(store, aid, "Kestle Marine Ltd", "ORG")
    assert org.entity_id != alone
    history = History(store)
    history.merge_entities([alone], org.entity_id)
    assert store.get_annotation(claim.id).claimant_entity_id == org.entity_id
    assert alone not in {e.id for e in store.entities()}
    history.undo()
    assert store.get_annotation(claim.id).claimant_entity_id == alone
    assert store.get_entity(alone).label == "PERSON"
    # an entity that tags name keeps its label: that merge is still refused
    person = tag(store, aid, "Kestle Marine Ltd said", "PERSON")
    with pytest.raises(InvalidInput, match="one label"):
        store.merge_entities([person.entity_id], org.entity_id)
