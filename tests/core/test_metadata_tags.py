"""Tags on the title, byline and dateline (issue 12): offsets into the field, kept apart from the
body's tags, reaching the entity index and the exports; older databases migrate with a backup and
their tags stay on the body."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from reader.errors import InvalidInput
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

BODY = "Lambres-Lez-Douai is a town. Ayumi Kurose runs the plant there."
TITLE = "Battery plant opens in Lambres-Lez-Douai"
BYLINE = "By Marie Dupont and Ayumi Kurose"
DATELINE = "LAMBRES-LEZ-DOUAI, France"


@pytest.fixture
def store(tmp_path) -> Store:  # type: ignore[no-untyped-def]
    s = Store(tmp_path / "r.db")
    s.add_article(CleanResult(text=BODY, title=TITLE, byline=BYLINE, dateline=DATELINE), "raw", "a", "text")
    return s


def at(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def test_a_metadata_tag_counts_in_its_field_and_stays_out_of_the_body(store: Store):
    body_tag = store.add_annotation(1, "PERSON", *at(BODY, "Ayumi Kurose"))
    byline_tag = store.add_annotation(1, "PERSON", *at(BYLINE, "Ayumi Kurose"), field="byline")
    place = store.add_annotation(1, "PLACE", *at(DATELINE, "LAMBRES-LEZ-DOUAI"), field="dateline")
    assert (byline_tag.field, byline_tag.text) == ("byline", "Ayumi Kurose")
    assert (place.field, place.text, place.start) == ("dateline", "LAMBRES-LEZ-DOUAI", 0)
    row = store.conn.execute(
        'SELECT field, start, "end", text FROM annotations WHERE id = ?', (place.id,)
    ).fetchone()
    assert row == ("dateline", 0, 17, "LAMBRES-LEZ-DOUAI")
    assert [a.id for a in store.annotations(1)] == [body_tag.id]  # the body's tags only
    assert {a.id for a in store.annotations(1, field=None)} == {body_tag.id, byline_tag.id, place.id}
    # the same label on the same span of the same field twice is refused
    with pytest.raises(InvalidInput):
        store.add_annotation(1, "PLACE", *at(DATELINE, "LAMBRES-LEZ-DOUAI"), field="dateline")


def test_refusals(store: Store):
    with pytest.raises(InvalidInput, match="outside"):
        store.add_annotation(1, "PLACE", 0, len(DATELINE) + 1, field="dateline")
    with pytest.raises(InvalidInput, match="claim"):
        store.add_annotation(1, "CLAIM", 0, 10, field="title")
    with pytest.raises(InvalidInput, match="unknown field"):
        store.add_annotation(1, "PLACE", 0, 5, field="url")
    store.add_article(CleanResult(text="No metadata here at all.", title="T"), "raw", "b", "text")
    with pytest.raises(InvalidInput, match="no byline"):
        store.add_annotation(2, "PERSON", 0, 2, field="byline")


def test_history_undoes_and_redoes_a_metadata_tag_and_a_change_of_its_span(store: Store):
    history = History(store)
    tag = history.add(1, "PERSON", *at(BYLINE, "Kurose"), field="byline")
    history.retag(tag.id, *at(BYLINE, "Ayumi Kurose"))
    assert store.get_annotation(tag.id).text == "Ayumi Kurose"
    history.undo(1)
    assert store.get_annotation(tag.id).text == "Kurose"
    history.delete(tag.id)
    history.undo(1)  # restored on the byline, not the body
    restored = store.get_annotation(tag.id)
    assert (restored.field, restored.text) == ("byline", "Kurose")


def test_metadata_tags_reach_the_entity_index_and_the_exports(store: Store):
    from reader.export import export

    store.add_annotation(1, "PERSON", *at(BODY, "Ayumi Kurose"))
    store.add_annotation(1, "PERSON", *at(BYLINE, "Ayumi Kurose"), field="byline")
    store.add_annotation(1, "PLACE", *at(DATELINE, "LAMBRES-LEZ-DOUAI"), field="dateline")
    index = {(g.label, g.text): g.mentions for g in store.entity_index()}
    assert index[("PERSON", "Ayumi Kurose")] == 2  # the body's and the byline's mention: one entity
    assert ("PLACE", "LAMBRES-LEZ-DOUAI") in index
    mentions = store.entity_mentions("PLACE", "LAMBRES-LEZ-DOUAI")
    assert [m.sentence for m in mentions] == [DATELINE]  # its context is the dateline, not the body

    out = io.StringIO()
    export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert sorted((r["field"], r["text"], r["start"]) for r in rows) == [
        ("body", "Ayumi Kurose", str(BODY.index("Ayumi"))),
        ("byline", "Ayumi Kurose", str(BYLINE.index("Ayumi"))),
        ("dateline", "LAMBRES-LEZ-DOUAI", "0"),
    ]
    out = io.StringIO()
    export(store, "jsonl", out)
    spans = json.loads(out.getvalue().splitlines()[0])["spans"]
    assert sorted((s.get("field", "body"), s["text"]) for s in spans) == [
        ("body", "Ayumi Kurose"),
        ("byline", "Ayumi Kurose"),
        ("dateline", "LAMBRES-LEZ-DOUAI"),
    ]


def test_a_body_fix_keeps_the_metadata_tags(store: Store):
    tag = store.add_annotation(1, "PLACE", *at(DATELINE, "LAMBRES-LEZ-DOUAI"), field="dateline")
    body = store.add_annotation(1, "PERSON", *at(BODY, "Ayumi Kurose"))
    new = BODY.replace("is a town", "is a small town")
    store.replace_text(
        1,
        CleanResult(text=new, title=TITLE, byline=BYLINE, dateline=DATELINE),
        {body.id: at(new, "Ayumi Kurose")},
    )
    assert store.get_annotation(tag.id).text == "LAMBRES-LEZ-DOUAI"
    assert store.get_annotation(body.id).start == new.index("Ayumi")


def test_a_version_4_database_migrates_with_a_backup_and_its_tags_stay_on_the_body(tmp_path, monkeypatch):
    from reader.store import connection as store_module
    from reader.store import schema

    path = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", schema.MIGRATIONS[:4])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 4)
    old = Store(path)
    # Raw SQL: the store's own insert writes the columns of the current schema (page_hash: 7).
    old.conn.execute(
        "INSERT INTO articles (content_hash, source, title, raw, text, word_count, imported_at) "
        "VALUES ('h', 'a', ?, 'raw', ?, 9, 'x')",
        (TITLE, BODY),
    )
    old.conn.execute(
        'INSERT INTO annotations (article_id, label_id, start, "end", text, created, updated) '
        "SELECT 1, id, 0, 17, 'Lambres-Lez-Douai', 'x', 'x' FROM labels WHERE name = 'PLACE'"
    )
    old.conn.commit()
    old.close()
    monkeypatch.undo()
    s = Store(path)
    assert s.schema_version == len(schema.MIGRATIONS)
    (ann,) = s.annotations(1)
    assert (ann.field, ann.start, ann.text) == ("body", 0, "Lambres-Lez-Douai")
    s.close()
    with sqlite3.connect(tmp_path / "old.db.v4.bak") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1


def test_a_span_outside_a_metadata_field_names_the_field(store: Store):
    """Found by hand (h61): `reader retag` of a title tag to an end past the title said "outside the
    article (0-40)": the journalist looked for the span in the article's text, which is longer."""
    title_tag = store.add_annotation(1, "PLACE", *at(TITLE, "Lambres-Lez-Douai"), field="title")
    with pytest.raises(InvalidInput, match=rf"outside the title \(0-{len(TITLE)}\)"):
        store.update_annotation(title_tag.id, end=len(TITLE) + 30)
    with pytest.raises(InvalidInput, match=rf"outside the dateline \(0-{len(DATELINE)}\)"):
        store.add_annotation(1, "PLACE", 0, len(DATELINE) + 1, field="dateline")
