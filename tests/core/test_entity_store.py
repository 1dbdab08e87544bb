"""One entity, many mentions (issue 12), against a real SQLite file: linking, aliases, merge and
split with undo and redo, claimant entities, and the upgrade of an older database."""

from __future__ import annotations

import sqlite3

import pytest

from reader.errors import InvalidInput
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

TEXT = (
    "Ayumi Kurose runs the plant. Kurose said 150 experts came.\n\n"
    "KUROSE’S team met the Swedish Prosecution Authority in Douai. Kurose left."
)


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


def add_article(store: Store, text: str = TEXT) -> int:
    return store.add_article(CleanResult(text=text), raw=text, source="x", fmt="text").article_id


def tag(store: Store, article_id: int, quote: str, label: str = "PERSON", nth: int = 0, **kw):
    text = store.get_article(article_id).text
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return store.add_annotation(article_id, label, start, start + len(quote), **kw)


def rows(store: Store, sql: str, *params) -> list[tuple]:
    return store.conn.execute(sql, params).fetchall()


def entity_of(store: Store, annotation_id: int) -> int:
    return rows(store, "SELECT entity_id FROM annotations WHERE id = ?", annotation_id)[0][0]


def test_tags_with_one_key_share_an_entity_named_by_the_first(store):
    aid = add_article(store)
    full = tag(store, aid, "Ayumi Kurose")
    short = tag(store, aid, "Kurose", nth=1)
    caps = tag(store, aid, "KUROSE’S")
    org = tag(store, aid, "Kurose", "ORG", nth=2)  # another label: another entity
    assert entity_of(store, short.id) == entity_of(store, caps.id) != entity_of(store, full.id)
    assert entity_of(store, org.id) not in (entity_of(store, short.id), entity_of(store, full.id))
    assert rows(store, "SELECT canonical FROM entities WHERE id = ?", short.entity_id) == [("Kurose",)]
    assert rows(store, "SELECT key, alias FROM entity_aliases WHERE entity_id = ?", short.entity_id) == [
        ("kurose", "Kurose")
    ]
    assert caps.entity == "Kurose"
    index = store.entity_index("PERSON")
    assert [(g.text, g.mentions, g.entity_id) for g in index] == [
        ("Kurose", 2, short.entity_id),
        ("Ayumi Kurose", 1, full.entity_id),
    ]


def test_merge_then_new_tags_join_by_alias_and_undo_redo(store):
    aid = add_article(store)
    full = tag(store, aid, "Ayumi Kurose")
    short = tag(store, aid, "Kurose", nth=1)
    claim = tag(store, aid, "Kurose said 150 experts came.", "CLAIM", claimant="Kurose")
    assert claim.claimant_entity_id == short.entity_id
    history = History(store)
    history.merge_entities([short.entity_id], full.entity_id)
    assert entity_of(store, short.id) == full.entity_id
    assert rows(store, "SELECT count(*) FROM entities WHERE id = ?", short.entity_id) == [(0,)]
    assert sorted(rows(store, "SELECT key FROM entity_aliases WHERE entity_id = ?", full.entity_id)) == [
        ("ayumi kurose",),
        ("kurose",),
    ]
    assert rows(store, "SELECT claimant_entity_id, claimant FROM annotations WHERE id = ?", claim.id) == [
        (full.entity_id, "Kurose")  # the text typed stays for display
    ]
    # A new tag whose text is an alias joins the merged entity.
    later = tag(store, aid, "Kurose", nth=2)
    assert later.entity_id == full.entity_id and later.entity == "Ayumi Kurose"
    assert [(g.text, g.mentions) for g in store.entity_index()] == [("Ayumi Kurose", 3)]

    history.undo()
    assert entity_of(store, short.id) == short.entity_id  # back with its id
    assert rows(store, "SELECT canonical FROM entities WHERE id = ?", short.entity_id) == [("Kurose",)]
    assert rows(store, "SELECT key FROM entity_aliases WHERE entity_id = ?", full.entity_id) == [
        ("ayumi kurose",)
    ]
    assert rows(store, "SELECT claimant_entity_id FROM annotations WHERE id = ?", claim.id) == [
        (short.entity_id,)
    ]
    # The tag made after the merge is linked again by its text.
    assert entity_of(store, later.id) == short.entity_id
    history.redo()
    assert {entity_of(store, a) for a in (short.id, later.id, full.id)} == {full.entity_id}
    assert rows(store, "SELECT claimant_entity_id FROM annotations WHERE id = ?", claim.id) == [
        (full.entity_id,)
    ]


def test_split_gives_an_alias_its_own_entity_with_undo(store):
    aid = add_article(store)
    full = tag(store, aid, "Ayumi Kurose")
    short = tag(store, aid, "Kurose", nth=1)
    caps = tag(store, aid, "KUROSE’S")
    store.merge_entities([short.entity_id], full.entity_id)
    history = History(store)
    (new_id,) = history.split_entity(full.entity_id, ["kurose's"])
    assert entity_of(store, short.id) == entity_of(store, caps.id) == new_id
    assert entity_of(store, full.id) == full.entity_id
    assert rows(store, "SELECT label_id, canonical FROM entities WHERE id = ?", new_id) == [
        (store.get_label("PERSON").id, "Kurose")
    ]
    history.undo()
    assert {entity_of(store, a.id) for a in (full, short, caps)} == {full.entity_id}
    assert rows(store, "SELECT count(*) FROM entities WHERE id = ?", new_id) == [(0,)]
    history.redo()
    assert entity_of(store, short.id) == new_id  # the same id again
    with pytest.raises(InvalidInput, match="no other name"):
        store.split_entity(new_id)
    with pytest.raises(InvalidInput, match="own name"):
        store.split_entity(full.entity_id, ["Ayumi Kurose"])


def test_merge_refuses_two_labels(store):
    aid = add_article(store)
    person = tag(store, aid, "Kurose", nth=1)
    place = tag(store, aid, "Douai", "PLACE")
    with pytest.raises(InvalidInput, match="one label"):
        store.merge_entities([place.entity_id], person.entity_id)
    assert entity_of(store, place.id) == place.entity_id


def test_retag_and_relabel_relink_the_mention(store):
    aid = add_article(store)
    full = tag(store, aid, "Ayumi Kurose")
    short = tag(store, aid, "Kurose", nth=1)
    history = History(store)
    text = store.get_article(aid).text
    s = text.index("Kurose", text.index("plant"))
    # Widening the only "Kurose" to "Kurose said" renames its entity (no hidden "Kurose" is left).
    after = history.retag(short.id, s, s + len("Kurose said"))
    assert after.entity_id == short.entity_id != full.entity_id
    assert after.entity == "Kurose said"
    history.undo()
    assert entity_of(store, short.id) == short.entity_id
    assert store.get_annotation(short.id).entity == "Kurose"
    relabelled = history.update(short.id, label="ORG")
    assert relabelled.entity_id != short.entity_id
    assert rows(store, "SELECT e.label_id FROM entities e WHERE e.id = ?", relabelled.entity_id) == [
        (store.get_label("ORG").id,)
    ]
    claim = history.update(short.id, label="CLAIM")
    assert claim.entity_id is None and entity_of(store, short.id) is None


def test_claimant_of_any_kind_picked_or_typed(store):
    aid = add_article(store)
    org = tag(store, aid, "Swedish Prosecution Authority", "ORG")
    claim = tag(store, aid, "Kurose left.", "CLAIM", claimant="the Swedish Prosecution Authority")
    # "the ..." is not an alias: typed as a new one, a PERSON by default ...
    assert claim.claimant_entity_id != org.entity_id
    assert store.get_entity(claim.claimant_entity_id).label == "PERSON"
    # ... or picked from the index, or typed with its label.
    picked = store.update_annotation(claim.id, claimant_entity_id=org.entity_id)[1]
    assert (picked.claimant_entity_id, picked.claimant_entity) == (
        org.entity_id,
        "Swedish Prosecution Authority",
    )
    other = tag(
        store, aid, "Kurose said 150 experts came.", "CLAIM", claimant="Douai", claimant_label="PLACE"
    )
    assert store.get_entity(other.claimant_entity_id).label == "PLACE"
    assert rows(store, "SELECT claimant_entity_id FROM annotations WHERE id = ?", other.id) == [
        (other.claimant_entity_id,)
    ]
    # A claimant entity with no mention still shows in the list of entities, as a claimant.
    listed = {e.id: e for e in store.entities()}
    assert listed[other.claimant_entity_id].claims == 1 and listed[other.claimant_entity_id].mentions == 0


def test_accepted_suggestion_and_imported_tag_join_by_alias(store, tmp_path):
    import json

    from reader.export.importers import import_annotations
    from reader.suggestions import accept_all

    text = "Ayumi Kurose spoke. Later, Ms Kurose said the plant would grow."
    aid = add_article(store, text)
    full = tag(store, aid, "Ayumi Kurose")
    short = tag(store, aid, "Kurose", nth=1)
    store.merge_entities([short.entity_id], full.entity_id)
    store.delete_annotation(short.id)
    accepted = accept_all(store, aid, label="PERSON")
    kurose = [a for a in accepted if a.text == "Kurose"]
    assert kurose, accepted  # the rules find "Kurose" again
    assert rows(store, "SELECT entity_id FROM annotations WHERE id = ?", kurose[0].id) == [(full.entity_id,)]
    for a in kurose:
        store.delete_annotation(a.id)
    start = text.index("Kurose", 10)
    line = {"text": text, "spans": [{"start": start, "end": start + 6, "label": "PERSON", "text": "Kurose"}]}
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    import_annotations(store, path)
    (imported,) = rows(
        store,
        'SELECT entity_id FROM annotations WHERE article_id = ? AND start = ? AND "end" = ?',
        aid,
        start,
        start + 6,
    )
    assert imported == (full.entity_id,)


def _old_database(path, monkeypatch) -> None:
    """A schema-2 database (before entities) holding entity tags and claims, written as that version did."""
    from reader.store import connection as store_module
    from reader.store import schema

    monkeypatch.setattr(store_module, "MIGRATIONS", schema.MIGRATIONS[:2])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    Store(path).close()
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO articles (id, content_hash, raw, text, imported_at) VALUES (1, 'h', ?, ?, '2025-01-01')",
            (TEXT, TEXT),
        )
        labels = dict(conn.execute("SELECT name, id FROM labels"))
        for n, (quote, label, nth) in enumerate(
            [("Ayumi Kurose", "PERSON", 0), ("Kurose", "PERSON", 1), ("KUROSE’S", "PERSON", 0),
             ("Kurose", "PERSON", 2), ("Douai", "PLACE", 0), ("Kurose", "ORG", 1)],
            1,
        ):  # fmt: skip
            start = -1
            for _ in range(nth + 1):
                start = TEXT.index(quote, start + 1)
            conn.execute(
                'INSERT INTO annotations (id, article_id, label_id, start, "end", text, created, updated) '
                "VALUES (?, 1, ?, ?, ?, ?, 'c', 'u')",
                (n, labels[label], start, start + len(quote), quote),
            )
        claim = "Kurose said 150 experts came."
        for n, claimant in ((7, "kurose"), (8, "Nobody Known")):
            conn.execute(
                'INSERT INTO annotations (id, article_id, label_id, start, "end", text, created, updated, '
                "claimant, claim_status, note) VALUES (?, 1, ?, ?, ?, ?, 'c', 'u', ?, 'false', 'private')",
                (
                    n,
                    labels["CLAIM"],
                    TEXT.index(claim),
                    TEXT.index(claim) + len(claim) - n + 7,
                    claim,
                    claimant,
                ),
            )
    conn.close()


def test_upgrading_an_old_database_groups_entity_tags_and_links_claimants(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    _old_database(path, monkeypatch)
    store = Store(path)
    assert (tmp_path / "old.db.v2.bak").exists()
    by_ann = dict(rows(store, "SELECT id, entity_id FROM annotations"))
    # Grouped as the entity index grouped them: case and possessives ignored, one label each.
    assert by_ann[2] == by_ann[3] == by_ann[4]
    assert len({by_ann[1], by_ann[2], by_ann[5], by_ann[6]}) == 4
    assert by_ann[7] is None and by_ann[8] is None  # claims name no entity
    kurose = by_ann[2]
    assert rows(store, "SELECT canonical FROM entities WHERE id = ?", kurose) == [
        ("Kurose",)
    ]  # most frequent
    assert rows(store, "SELECT key FROM entity_aliases WHERE entity_id = ?", kurose) == [("kurose",)]
    claims = dict(rows(store, "SELECT id, claimant_entity_id FROM annotations WHERE id IN (7, 8)"))
    assert claims == {7: kurose, 8: None}  # linked by alias (the most mentioned); unknown: text only
    assert rows(store, "SELECT claimant, review_state, note FROM annotations WHERE id = 8") == [
        ("Nobody Known", "unreviewed", "private")
    ]
    # New tags join the migrated entities, of their own label.
    assert tag(store, 1, "Kurose", "ORG", nth=2).entity_id == by_ann[6]
    assert [(g.label, g.text, g.mentions) for g in store.entity_index()][0] == ("PERSON", "Kurose", 3)
    store.close()


def test_the_entity_index_lists_a_claimant_no_tag_names_with_its_claims(store):
    """A claimant typed in the claim form ("la mairie") is an entity without mentions: the index
    lists it after those with mentions, with its claim count, as `reader entities` does (h70)."""
    aid = add_article(store, "La mairie de Douai promet 200 logements. Ayumi Kurose a confirmé.")
    tag(store, aid, "Ayumi Kurose")
    claim = tag(store, aid, "promet 200 logements", "CLAIM", claimant="la mairie", claimant_label="ORG")
    kurose_claim = tag(store, aid, "a confirmé", "CLAIM", claimant="Ayumi Kurose")
    index = [(g.label, g.text, g.mentions, g.articles, g.claims) for g in store.entity_index()]
    assert index == [("PERSON", "Ayumi Kurose", 1, 1, 1), ("ORG", "la mairie", 0, 0, 1)]
    assert [g.text for g in store.entity_index("PERSON")] == ["Ayumi Kurose"]
    assert claim.claimant_entity_id != kurose_claim.claimant_entity_id


def test_a_merge_is_described_by_the_names_merged(store):
    """Found in tmux (h70): `u` after a merge in the entity index said "Undone: merge 1 into “Lena
    Vogt”": which one? The step names the entities merged in."""
    aid = add_article(store, "Lena Vogt sagte: Vogt bleibt. L. Vogt und Frau Vogt")
    full = tag(store, aid, "Lena Vogt")
    short = tag(store, aid, "Vogt", nth=1)
    initial = tag(store, aid, "L. Vogt")
    history = History(store)
    history.merge_entities([short.entity_id, initial.entity_id], full.entity_id)
    change = history.undo()
    assert change is not None and change.description == "merge “Vogt”, “L. Vogt” into “Lena Vogt”"
