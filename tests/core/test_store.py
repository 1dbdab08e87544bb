"""The store against a real SQLite file: round trips, migrations, constraints, search."""

import sqlite3

import pytest

from reader.errors import InvalidInput, NotFound, StoreError
from reader.models import CleanResult
from reader.store import Store, content_hash
from reader.store.schema import SCHEMA_VERSION

BODY = "Kurose said 150 Chinese experts work at Douai.\n\nThe factory employs 800 local staff."


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


def add(store, text=BODY, **meta):
    return store.add_article(CleanResult(text=text, **meta), raw="RAW " + text, source="/x.txt", fmt="text")


def test_article_round_trip(store, db_url):
    res = add(store, title="T", byline="B", dateline="D", agency="AFP", published="2025-12-10", language="en")
    assert res.created
    store.close()
    again = Store(db_url)
    art = again.get_article(res.article_id, with_raw=True)
    assert (art.title, art.byline, art.dateline, art.agency, art.published, art.language) == (
        "T",
        "B",
        "D",
        "AFP",
        "2025-12-10",
        "en",
    )
    assert art.text == BODY and art.raw == "RAW " + BODY
    assert art.word_count == 14 and art.status == "new"
    assert art.content_hash == content_hash(BODY)
    again.close()


@pytest.mark.sqlite_only("journal mode and foreign-key pragmas")
def test_pragmas(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0  # and writes retry with backoff


def test_same_content_is_a_duplicate(store):
    first = add(store)
    second = add(store, title="other title")
    assert not second.created and second.article_id == first.article_id
    assert store.count_articles() == 1


def test_empty_text_refused(store):
    with pytest.raises(InvalidInput):
        add(store, text="  \n ")


def test_default_labels(store):
    labels = {label.name: label for label in store.labels()}
    assert set(labels) == {"PERSON", "ORG", "PLACE", "QUANTITY", "DATE", "CLAIM"}
    assert labels["CLAIM"].kind == "claim" and labels["PERSON"].hotkey == "1"


def test_annotation_round_trip_and_context(store):
    aid = add(store).article_id
    start = BODY.index("150 Chinese experts")
    ann = store.add_annotation(
        aid, "quantity", start, start + 19, note='a "note", here\nnext', annotator="ana"
    )
    got = store.get_annotation(ann.id)
    assert got.text == "150 Chinese experts" and got.label == "QUANTITY"
    assert got.prefix == BODY[max(0, start - 32) : start] and got.suffix == BODY[start + 19 : start + 51]
    assert got.note == 'a "note", here\nnext' and got.annotator == "ana" and got.origin == "manual"
    assert store.get_article(aid).status == "in progress"
    assert store.article_rows([aid])[0].annotation_count == 1


def test_overlapping_spans_allowed(store):
    aid = add(store).article_id
    store.add_annotation(aid, "CLAIM", 0, 46)
    store.add_annotation(aid, "PERSON", 0, 6)
    store.add_annotation(aid, "ORG", 0, 6)
    assert [a.label for a in store.annotations(aid)] == ["CLAIM", "PERSON", "ORG"]


def test_claim_fields_and_links(store):
    aid = add(store).article_id
    q = store.add_annotation(aid, "QUANTITY", 12, 31)
    c = store.add_annotation(aid, "CLAIM", 0, 46, claimant="Ayumi Kurose", quantity_ids=[q.id])
    assert c.claim_status == "unverified" and c.quantity_ids == [q.id]
    _, after = store.update_annotation(c.id, claim_status="mostly true", note="checked")
    assert after.claim_status == "mostly true" and after.note == "checked"
    with pytest.raises(InvalidInput):
        store.update_annotation(c.id, claim_status="sort of")


def test_bad_annotations_refused(store):
    aid = add(store).article_id
    with pytest.raises(InvalidInput):
        store.add_annotation(aid, "NOPE", 0, 3)
    with pytest.raises(InvalidInput):
        store.add_annotation(aid, "PERSON", 5, 500)
    with pytest.raises(NotFound):
        store.add_annotation(999, "PERSON", 0, 3)
    other = add(store, text="Another article entirely.").article_id
    q = store.add_annotation(other, "QUANTITY", 0, 7)
    with pytest.raises(InvalidInput):
        store.add_annotation(aid, "CLAIM", 0, 10, quantity_ids=[q.id])
    assert store.annotations(aid) == []


def test_delete_and_restore_keeps_id_and_links(store):
    aid = add(store).article_id
    q = store.add_annotation(aid, "QUANTITY", 12, 31)
    c = store.add_annotation(aid, "CLAIM", 0, 46, quantity_ids=[q.id])
    ann, linked = store.delete_annotation(q.id)
    assert linked == [c.id] and store.get_annotation(c.id).quantity_ids == []
    store.restore_annotation(ann, linked)
    assert store.get_annotation(q.id).created == q.created
    assert store.get_annotation(c.id).quantity_ids == [q.id]
    # A new annotation never takes a deleted one's id.
    store.delete_annotation(c.id)
    assert store.add_annotation(aid, "PERSON", 0, 6).id > c.id


def test_deleting_an_article_removes_its_annotations(store):
    aid = add(store).article_id
    store.add_annotation(aid, "PERSON", 0, 6)
    store.delete_article(aid)
    assert store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0


def test_labels_rename_keeps_annotations(store):
    aid = add(store).article_id
    store.add_annotation(aid, "PLACE", 40, 45)
    store.update_label("PLACE", new_name="LOCATION", colour="#123456", hotkey="7")
    assert store.annotations(aid)[0].label == "LOCATION"
    assert store.get_label("location").colour == "#123456"
    with pytest.raises(InvalidInput):
        store.add_label("EVENT", hotkey="1")  # PERSON's
    with pytest.raises(InvalidInput):
        store.add_label("EVENT", colour="red")
    assert store.add_label("event", hotkey="8").name == "EVENT"


def test_status(store):
    aid = add(store).article_id
    store.set_status(aid, "done")
    assert store.get_article(aid).status == "done"
    with pytest.raises(InvalidInput):
        store.set_status(aid, "finished")
    with pytest.raises(NotFound):
        store.set_status(42, "done")


def test_search_and_fts_sync(store):
    a = add(store, title="Battery valley").article_id
    b = add(store, text="Nothing about factories here, only gardens.", title="Gardens").article_id
    assert [h.id for h in store.search("experts")] == [a]
    assert "\x02experts\x03" in store.search("experts")[0].snippet
    assert store.article_ids(query="gard") == [b]  # prefix search from three characters
    assert store.article_ids(query="battery") == [a]  # titles are indexed
    store.delete_article(b)
    assert store.search("gardens") == []
    with pytest.raises(InvalidInput):
        store.search('"unbalanced', raw=True)
    assert store.search('" OR (') == []  # user text is quoted, never FTS syntax


def test_list_sorting_and_filters(store):
    ids = [
        add(store, text=f"Article number {i} " + "word " * i, title=t).article_id for i, t in enumerate("cab")
    ]
    assert store.article_ids(sort="title") == [ids[1], ids[2], ids[0]]
    assert store.article_ids(sort="words", descending=True) == ids[::-1]
    store.add_annotation(ids[2], "PERSON", 0, 7)
    assert store.article_ids(label="PERSON") == [ids[2]]
    assert store.article_ids(status="in progress") == [ids[2]]
    with pytest.raises(InvalidInput):
        store.article_ids(sort="colour")


def test_replace_text_requires_every_annotation_placed(store):
    aid = add(store).article_id
    p = store.add_annotation(aid, "PERSON", 0, 6)
    new = CleanResult(text="Intro.\n\n" + BODY)
    with pytest.raises(InvalidInput):
        store.replace_text(aid, new, {})
    store.replace_text(aid, new, {p.id: (8, 14)})
    assert store.get_annotation(p.id).start == 8 and store.get_article(aid).text == new.text


def test_migration_from_nothing_sets_version(store):
    assert store.schema_version == SCHEMA_VERSION


def test_newer_database_refused(tmp_path):
    path = tmp_path / "r.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer version of reader"):
        Store(path)


def test_older_database_migrated_with_backup(tmp_path, monkeypatch):
    """A database at version N is migrated to N+1 on open, after a copy is taken."""
    from reader.store import connection as store_module
    from reader.store import schema

    path = tmp_path / "r.db"
    s = Store(path)
    add(s)
    s.close()
    extra = "CREATE TABLE extra_for_test (x INTEGER);"
    monkeypatch.setattr(store_module, "MIGRATIONS", [*schema.MIGRATIONS, extra])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    s = Store(path)
    assert s.schema_version == SCHEMA_VERSION + 1
    assert s.conn.execute("SELECT count(*) FROM extra_for_test").fetchone()[0] == 0
    assert s.count_articles() == 1
    s.close()
    backup = tmp_path / f"r.db.v{SCHEMA_VERSION}.bak"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_failed_migration_changes_nothing(tmp_path, monkeypatch):
    from reader.store import connection as store_module
    from reader.store import schema

    path = tmp_path / "r.db"
    Store(path).close()
    monkeypatch.setattr(
        store_module, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE t (x); SELECT nope FROM t;"]
    )
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError):
        Store(path)
    monkeypatch.undo()
    s = Store(path)
    assert s.schema_version == SCHEMA_VERSION
    assert not s.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 't'").fetchone()
    s.close()


def test_bad_files(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a reader database or is corrupt"):
        Store(junk)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE foo (x)")
    with pytest.raises(StoreError, match="not a reader database"):
        Store(other)
    with pytest.raises(StoreError, match="directory"):
        Store(tmp_path)


def test_sessions_and_stats(store):
    aid = add(store).article_id
    sid = store.start_session("ana")
    a = store.add_annotation(aid, "PERSON", 0, 6, annotator="ana", session_id=sid)
    store.update_annotation(a.id, note="n", session_id=sid)
    store.delete_annotation(a.id, session_id=sid)
    store.end_session(sid)
    session = store.stats()["sessions"][0]
    assert (session["added"], session["changed"], session["deleted"], session["articles"]) == (1, 1, 1, 1)
    assert session["ended"] is not None


def test_searches_matching_very_many_articles_list_newest_first(store, monkeypatch):
    from reader.store import search as store_module

    ids = [
        add(store, text=f"Common word here, article {i}. " + "filler " * i).article_id for i in range(1, 6)
    ]
    rare = add(store, text="Common word and a rare one: zeppelin zeppelin zeppelin.").article_id
    ranked = store.article_ids(query="zeppelin common")
    assert ranked == [rare]
    monkeypatch.setattr(store_module, "RANK_LIMIT", 3)
    assert store.article_ids(query="common") == [rare, *ids[::-1]]
    store.set_status(ids[1], "done")
    assert store.article_ids(query="common", status="done") == [ids[1]]
    assert [h.id for h in store.search("common", limit=2)] == [rare, ids[-1]]


def test_the_same_tag_twice_is_refused(store):
    aid = add(store).article_id
    store.add_annotation(aid, "PERSON", 0, 6)
    with pytest.raises(InvalidInput, match="already tagged PERSON"):
        store.add_annotation(aid, "PERSON", 0, 6)
    store.add_annotation(aid, "ORG", 0, 6)  # another label on the same span is fine
    assert len(store.annotations(aid)) == 2


@pytest.mark.sqlite_only("SQLite's one write lock, held by another connection")
def test_a_waiting_write_does_not_block_reads(store):
    """Another program holds the write lock: our write waits, our reads (the screen) go on."""
    import threading
    import time

    aid = add(store).article_id
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    done = threading.Event()

    def write() -> None:
        store.add_annotation(aid, "PERSON", 0, 6)
        done.set()

    worker = threading.Thread(target=write)
    worker.start()
    time.sleep(0.3)
    started = time.monotonic()
    assert store.article_rows([aid])[0].annotation_count == 0  # a read while the write waits
    # blocked, the read would wait as long as the write retries (WRITE_RETRY_S, 30 s); 2 s leaves room
    # for a machine busy with the parallel test suite
    assert time.monotonic() - started < 2.0
    assert not done.is_set()
    other.execute("COMMIT")
    worker.join(5)
    assert done.is_set() and store.article_rows([aid])[0].annotation_count == 1
    other.close()


def test_a_read_only_file_opens_for_reading(tmp_path, monkeypatch):
    """A database the user cannot write (tests run as root, so permission is simulated) still lists,
    shows and searches; any change is refused with one clear message and the file is untouched."""
    from reader.store import connection as store_module

    path = tmp_path / "r.db"
    s = Store(path)
    aid = add(s, title="Kept").article_id
    s.close()
    before = path.read_bytes()
    monkeypatch.setattr(store_module.os, "access", lambda p, mode: False)
    ro = Store(path)
    assert ro.readonly
    assert ro.get_article(aid).title == "Kept" and [h.id for h in ro.search("experts")] == [aid]
    with pytest.raises(StoreError, match="read-only: nothing was changed"):
        ro.add_annotation(aid, "PERSON", 0, 6)
    with pytest.raises(StoreError, match="read-only"):
        ro.set_status(aid, "done")
    ro.close()
    assert path.read_bytes() == before


def test_an_edit_cannot_make_the_same_tag_twice(store):
    """Adding refuses the same label on the same span; so does relabelling or moving onto one."""
    aid = add(store).article_id
    person = store.add_annotation(aid, "PERSON", 0, 6)
    org = store.add_annotation(aid, "ORG", 0, 6)
    with pytest.raises(InvalidInput, match="already tagged PERSON"):
        store.update_annotation(org.id, label="PERSON")
    other = store.add_annotation(aid, "PERSON", 12, 15)
    with pytest.raises(InvalidInput, match="already tagged PERSON"):
        store.update_annotation(other.id, start=0, end=6)
    assert sorted((a.label, a.start, a.end) for a in store.annotations(aid)) == [
        ("ORG", 0, 6), ("PERSON", 0, 6), ("PERSON", 12, 15),
    ]  # fmt: skip
    store.update_annotation(person.id, note="kept")  # an edit that keeps its own span is fine
    assert store.get_annotation(person.id).note == "kept"


def test_an_edit_waiting_for_the_lock_keeps_what_another_program_wrote(tmp_path):
    """Another program holds the write lock and changes a tag's note; an edit of its label started
    here meanwhile waits, then keeps that note (it used to read the tag before waiting and write
    the old note back)."""
    import threading
    import time

    first = Store(tmp_path / "r.db")
    aid = add(first).article_id
    ann = first.add_annotation(aid, "PERSON", 0, 6, note="old")
    other = sqlite3.connect(tmp_path / "r.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    result = {}
    edit = threading.Thread(target=lambda: result.update(pair=first.update_annotation(ann.id, label="ORG")))
    edit.start()
    time.sleep(0.5)  # the edit is waiting for the lock
    other.execute("UPDATE annotations SET note = 'from the other program' WHERE id = ?", (ann.id,))
    other.execute("COMMIT")
    other.close()
    edit.join(timeout=30)
    before, after = result["pair"]
    assert before.note == after.note == "from the other program"
    stored = first.get_annotation(ann.id)
    assert (stored.label, stored.note) == ("ORG", "from the other program")
    first.close()


def test_a_read_only_file_one_server_step_behind_opens(tmp_path, monkeypatch):
    """Schema 10 changes nothing in an SQLite file (SERVER_ONLY_VERSIONS): a file written by the
    previous reader (schema 9) that the user cannot write still opens for reading in a reader of
    schema 10, and `reader db copy` takes it. It was refused as 'read-only and needs upgrading by
    this version of reader'. (Schema 11 changes the file: a reader of schema 10 is simulated.)"""
    from reader.store import connection as store_module
    from reader.store.copy import copy_library
    from reader.store.schema import MIGRATIONS, SERVER_ONLY_VERSIONS

    assert 10 in SERVER_ONLY_VERSIONS
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:10])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 10)
    path = tmp_path / "r.db"
    s = Store(path)
    aid = add(s, title="Archiv der Redaktion").article_id
    s.conn.execute("PRAGMA user_version = 9")
    s.close()
    before = path.read_bytes()

    def title(store: Store) -> str:  # read as such: get_article reads the columns of schema 11
        return store._read("SELECT title FROM articles WHERE id = ?", (aid,))[0][0]

    with monkeypatch.context() as m:
        m.setattr(store_module.os, "access", lambda p, mode: False)
        ro = Store(path)
    assert ro.readonly and title(ro) == "Archiv der Redaktion"
    assert ro.schema_version == 9  # as stored: the file is not changed
    with Store(tmp_path / "copy.db") as copied:
        copy_library(ro, copied)
        assert title(copied) == "Archiv der Redaktion"
    ro.close()
    assert path.read_bytes() == before
