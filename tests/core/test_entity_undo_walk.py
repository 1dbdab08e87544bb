"""A random walk of what a journalist does to entities over two articles: tags, span edits, label
changes, claims and their claimants, merges, splits, deletions, and undo and redo in one article
(as the reading view does) or anywhere (the entity index). After every step every entity tag is a
mention of an entity of its label that has its words among its names, every claimant's entity has
the claimant's name, and no name is listed twice for one label; undoing everything leaves no tag.
It found three defects (h61): a mention left in an entity that no longer named it, one name listed
twice after an undone widening, a claim left without its claimant's entity after an undone split."""

from __future__ import annotations

import random
import re

import pytest

from reader.entities import entity_key
from reader.errors import ReaderError
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

TEXT = (
    "Minister Ayumi Kurose said Kurose would visit Douai. Ayumi Kurose's aide, Ilse Marchetti, "
    "said Marchetti agreed. The Douai plant of AESC hired 800 staff, AESC said.\n\n"
    "Later Kurose met Ilse Marchetti in Douai and AESC officials."
)
WORDS = [(m.start(), m.end()) for m in re.finditer(r"\w+", TEXT)]


def problems(store: Store, articles: list[int]) -> list[str]:
    found = []
    for article_id in articles:
        for a in store.annotations(article_id):
            if a.kind != "entity":
                continue
            if a.entity_id is None:
                found.append(f"{a.label} “{a.text}” has no entity")
                continue
            e = store.get_entity(a.entity_id)
            if e.label != a.label or entity_key(a.text) not in {entity_key(x) for x in e.aliases}:
                found.append(f"{a.label} “{a.text}” in {e.label} #{e.id} {e.aliases}")
        for a in store.annotations(article_id):
            if a.kind != "claim" or not a.claimant:
                continue
            if a.claimant_entity_id is None:
                found.append(f"claim by “{a.claimant}” has no claimant entity")
            elif entity_key(a.claimant) not in {
                entity_key(x) for x in store.get_entity(a.claimant_entity_id).aliases
            }:
                found.append(f"claim by “{a.claimant}” in #{a.claimant_entity_id}")
    names = [(e.label, entity_key(e.canonical)) for e in store.entities()]
    found += [f"{n} listed twice" for n in set(names) if names.count(n) > 1]
    return found


def a_span(rnd: random.Random) -> tuple[int, int] | None:
    i = rnd.randrange(len(WORDS))
    j = min(len(WORDS) - 1, i + rnd.randrange(2))
    start, end = WORDS[i][0], WORDS[j][1]
    return None if "\n" in TEXT[start:end] else (start, end)


def step(rnd: random.Random, store: Store, h: History, article_id: int) -> None:
    op = rnd.choice(["add", "add", "claim", "retag", "label", "merge", "split", "delete", "undo", "redo"])
    tags = store.annotations(article_id)
    span = a_span(rnd)
    if op == "add" and span:
        h.add(article_id, rnd.choice(["PERSON", "PERSON", "ORG", "PLACE"]), *span)
    elif op == "claim":
        i = rnd.randrange(len(WORDS) - 3)
        who = rnd.choice(["Kurose", "Ayumi Kurose", "AESC", "Ilse Marchetti", "Marchetti"])
        label = rnd.choice([None, "PERSON", "ORG"])
        h.add(article_id, "CLAIM", WORDS[i][0], WORDS[i + 3][1], claimant=who, claimant_label=label)
    elif op == "retag" and tags and span:
        h.retag(rnd.choice(tags).id, *span)
    elif op == "label" and tags:
        h.update(rnd.choice(tags).id, label=rnd.choice(["PERSON", "ORG", "PLACE"]))
    elif op == "delete" and tags:
        h.delete(rnd.choice(tags).id)
    elif op == "merge" and len(store.entities()) >= 2:
        source, target = rnd.sample(store.entities(), 2)
        h.merge_entities([source.id], target.id)
    elif op == "split":
        merged = [e for e in store.entities() if len(e.aliases) > 1]
        if merged:
            h.split_entity(rnd.choice(merged).id)
    elif op in ("undo", "redo"):
        where = article_id if rnd.random() < 0.8 else None
        (h.undo if op == "undo" else h.redo)(where)


@pytest.mark.parametrize("seed", range(30))
def test_entities_stay_consistent_through_a_random_walk(tmp_path, seed):
    rnd = random.Random(seed)
    store = Store(tmp_path / "walk.db")
    articles = [
        store.add_article(CleanResult(text=TEXT + suffix), f"raw{suffix}", None, "text").article_id
        for suffix in ("", " Again.")
    ]
    h = History(store, None, "ana")
    for n in range(25):
        try:
            step(rnd, store, h, rnd.choice(articles))
        except ReaderError:
            pass  # a refusal (already tagged, labels differ): nothing changed
        assert problems(store, articles) == [], f"seed {seed}, step {n}"
    while h.can_undo:
        h.undo()
    assert [a for i in articles for a in store.annotations(i)] == []
    while h.can_redo:
        h.redo()
    assert problems(store, articles) == []
    store.close()
