"""The entity index: the normaliser, grouping across articles, mentions in context."""

from __future__ import annotations

import pytest

from reader.entities import entity_key
from reader.errors import InvalidInput
from reader.models import CleanResult
from reader.segments import sentence_around


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kurose", "kurose"),
        ("Kurose's", "kurose"),
        ("Kurose’s", "kurose"),
        ("KUROSE’S", "kurose"),
        ("  Ayumi \n  Kurose ", "ayumi kurose"),
        ("the Joneses'", "the joneses"),
        ("“Battery Valley”", "battery valley"),
        ("'Battery Valley'", "battery valley"),
        ("Straße", "strasse"),
        ("s", "s"),
        ("'s", "s"),
        ("", ""),
    ],
)
def test_entity_key(text, key):
    assert entity_key(text) == key
    assert entity_key(key) == key  # idempotent


def test_sentence_around():
    window = "First one. Then Kurose said hello! Last.\nNext line"
    s, e = sentence_around(window, window.index("Kurose"), window.index("Kurose") + 6)
    assert window[s:e] == "Then Kurose said hello!"
    s, e = sentence_around(window, window.index("Next"), window.index("Next") + 4)
    assert window[s:e] == "Next line"


def _article(store, text: str, title: str) -> int:
    return store.add_article(CleanResult(text=text, title=title), text, None, "text").article_id


def _tag(store, article_id: int, quote: str, label: str = "PERSON", nth: int = 1):
    from reader.tagging import tag

    return tag(store, article_id, quote, label, nth=nth).annotation


@pytest.fixture
def tagged(store):
    a = _article(store, "Kurose spoke first. Later KUROSE left. Ayumi Kurose returned.", "One")
    b = _article(store, "It was Kurose’s plan. Then Kurose's team met Acme in Douai.", "Two")
    _tag(store, a, "Kurose")
    _tag(store, a, "KUROSE")
    _tag(store, a, "Ayumi Kurose")
    _tag(store, b, "Kurose’s")
    _tag(store, b, "Kurose's")
    _tag(store, b, "Acme", "ORG")
    _tag(store, b, "Douai", "PLACE")
    _tag(store, b, "It was Kurose’s plan.", "CLAIM")  # claims are not entities: not in the index
    return store, a, b


def test_index_groups_case_and_possessives(tagged):
    store, a, b = tagged
    groups = {(g.label, g.key): g for g in store.entity_index()}
    assert set(groups) == {
        ("PERSON", "kurose"),
        ("PERSON", "ayumi kurose"),
        ("ORG", "acme"),
        ("PLACE", "douai"),
    }
    kurose = groups[("PERSON", "kurose")]
    assert (kurose.mentions, kurose.articles) == (4, 2)
    assert kurose.text in ("Kurose", "KUROSE", "Kurose’s", "Kurose's")
    assert (groups[("PERSON", "ayumi kurose")].mentions, groups[("PERSON", "ayumi kurose")].articles) == (
        1,
        1,
    )
    assert store.entity_index()[0].key == "kurose"  # most mentioned first
    assert [g.key for g in store.entity_index("org")] == ["acme"]
    with pytest.raises(InvalidInput):
        store.entity_index("NOPE")


def test_mentions_in_context(tagged):
    store, a, b = tagged
    mentions = store.entity_mentions("PERSON", "Kurose’s")  # a surface form works as well as the key
    assert [(m.article_id, m.text) for m in mentions] == [
        (a, "Kurose"),
        (a, "KUROSE"),
        (b, "Kurose’s"),
        (b, "Kurose's"),
    ]
    assert [m.sentence for m in mentions] == [
        "Kurose spoke first.",
        "Later KUROSE left.",
        "It was Kurose’s plan.",
        "Then Kurose's team met Acme in Douai.",
    ]
    for m in mentions:
        article = store.get_article(m.article_id)
        assert article.text[m.start : m.end] == m.text
        assert m.sentence[m.start - m.sentence_start : m.end - m.sentence_start] == m.text
        assert m.article_title == ("One" if m.article_id == a else "Two")
    assert store.entity_mentions("ORG", "kurose") == []
    assert len(store.entity_mentions(None, "kurose")) == 4


def test_claims_across_articles(tagged):
    store, a, b = tagged
    second = _tag(store, a, "Later KUROSE left.", "CLAIM")
    store.update_annotation(second.id, claim_status="false", claimant="Someone")
    rows = store.claims()
    assert [(r.annotation.article_id, r.annotation.claim_status) for r in rows] == [
        (a, "false"),
        (b, "unverified"),
    ]
    assert rows[0].annotation.claimant == "Someone" and rows[0].article_title == "One"
    assert [r.annotation.id for r in store.claims("false")] == [second.id]
    assert store.claims("true") == []
    with pytest.raises(InvalidInput):
        store.claims("maybe")


def test_each_entity_is_shown_by_its_most_frequent_form(tmp_path):
    """The form shown for a group is the one tagged most often; a tie goes to the first in order."""
    from reader.models import CleanResult
    from reader.store import Store

    text = "Acme met ACME and Acme again; Zeta met zeta."
    store = Store(tmp_path / "forms.db")
    aid = store.add_article(CleanResult(text=text), raw=text, source="x", fmt="text").article_id
    for word, nth in (("Acme", 0), ("ACME", 0), ("Acme", 1), ("Zeta", 0), ("zeta", 0)):
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        store.add_annotation(aid, "ORG", start, start + len(word))
    groups = {g.key: (g.text, g.mentions) for g in store.entity_index()}
    assert groups == {"acme": ("Acme", 3), "zeta": ("Zeta", 2)}
    assert [g.key for g in store.entity_index()] == ["acme", "zeta"]
    store.close()
