"""Each annotation stores the sentence it stands in (export writes it as it is): every write that
sets a span keeps it right, and the migration fills it in for older databases."""

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.models import CleanResult
from reader.segments import SentenceBounds, sentence_around, sentence_text
from reader.store import Store

BODY = (
    "Kurose said 150 Chinese experts work at Douai. Dr. Smith disagreed!\n\n"
    "The factory employs 800 local staff. It opened in 2024.\n\nNo stop at the end"
)


def sentence(store: Store, ann_id: int) -> str:
    return store.conn.execute("SELECT sentence FROM annotations WHERE id = ?", (ann_id,)).fetchone()[0]


def test_every_write_keeps_the_sentence_bounds(tmp_path):
    store = Store(tmp_path / "r.db")
    aid = store.add_article(CleanResult(text=BODY), raw=BODY, source="x", fmt="text").article_id
    start = BODY.index("800")
    ann = store.add_annotation(aid, "QUANTITY", start, start + 3)
    assert sentence(store, ann.id) == "The factory employs 800 local staff."

    # Moving the span into another sentence changes it.
    start = BODY.index("Smith")
    store.update_annotation(ann.id, start=start, end=start + 5)
    assert sentence(store, ann.id) == "Dr. Smith disagreed!"

    # Deleted and restored (undo): recomputed from the text.
    deleted, linked = store.delete_annotation(ann.id)
    store.restore_annotation(deleted, linked)
    assert sentence(store, ann.id) == "Dr. Smith disagreed!"

    # Re-cleaned text: the sentence is taken from the new text at the new place.
    new = BODY.replace("Dr. Smith disagreed!", "Dr. Smith did not agree.")
    store.replace_text(aid, CleanResult(text=new), {ann.id: (start, start + 5)})
    assert sentence(store, ann.id) == "Dr. Smith did not agree."
    store.close()


def test_migration_fills_bounds_of_older_databases(tmp_path, monkeypatch):
    from reader.store import connection as store_module
    from reader.store import schema

    path = tmp_path / "r.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", schema.MIGRATIONS[:1])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
    old = Store(path)
    with old._write() as conn:  # as version 1 wrote an article (today's add_article writes later columns)
        aid = conn.execute(
            "INSERT INTO articles (content_hash, source, format, raw, text, imported_at) "
            "VALUES ('h', 'x', 'text', ?, ?, 'now')",
            (BODY, BODY),
        ).lastrowid
    spans = [(0, 6), (BODY.index("800"), BODY.index("800") + 3), (BODY.index("Douai"), BODY.index("factory"))]
    with old._write() as conn:  # a version-1 database's rows, written as version 1 wrote them
        for s, e in spans:
            conn.execute(
                'INSERT INTO annotations (article_id, label_id, start, "end", text, created, updated) '
                "VALUES (?, 1, ?, ?, ?, 'now', 'now')",
                (aid, s, e, BODY[s:e]),
            )
    old.close()
    monkeypatch.undo()

    store = Store(path)
    rows = store.conn.execute("SELECT sentence FROM annotations ORDER BY id").fetchall()
    assert [r[0] for r in rows] == [sentence_text(BODY, s, e) for s, e in spans]
    assert rows[1][0] == "The factory employs 800 local staff."
    store.close()
    with sqlite3.connect(tmp_path / "r.db.v1.bak") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


TEXT = st.text(alphabet=st.sampled_from(list("ab .!?\n\"'")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(0, 80), st.integers(1, 20)), max_size=8))
def test_sentence_bounds_match_sentence_around(text, spans):
    """The per-article cache gives what sentence_around gives one span at a time, in any order."""
    index = SentenceBounds(text)
    for s, n in spans:
        if s >= len(text):
            continue
        e = min(len(text), s + n)
        assert index.around(s, e) == sentence_around(text, s, e)


def test_the_cli_says_it_is_upgrading_an_older_database(tmp_path, monkeypatch):
    """A migration can take a while on a big database: the user is told, on one line, before it."""
    from click.testing import CliRunner

    from reader.cli.main import cli
    from reader.store import connection as store_module
    from reader.store import schema

    path = tmp_path / "r.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", schema.MIGRATIONS[:1])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
    Store(path).close()
    monkeypatch.undo()
    result = CliRunner().invoke(cli, ["--db", str(path), "list"])
    assert result.exit_code == 0, result.output
    assert (
        f"reader: upgrading {path} from schema 1 to {schema.SCHEMA_VERSION}; a copy is kept as r.db.v1.bak"
        in result.stderr
    )
    assert (tmp_path / "r.db.v1.bak").exists()


def test_the_sentence_of_a_tag_in_a_page_without_blank_lines(tmp_path):
    """A 500 KB page saved without blank lines is one paragraph: the sentence of a tag is still the
    right one, found near the tag (splitting the whole paragraph took 25-85 ms a tag)."""
    sentence = "The council voted 12 to 3 for the new tram line on Monday. "
    text = sentence * 9000  # ~530,000 characters, no paragraph break
    store = Store(tmp_path / "big.db")
    aid = store.add_article(CleanResult(text=text), raw=text, source="x", fmt="text").article_id
    middle = len(text) // 2
    start = text.index("council", middle)
    ann = store.add_annotation(aid, "ORG", start, start + 7)
    assert sentence_text(text, start, start + 7) == sentence.strip()
    assert store.conn.execute("SELECT sentence FROM annotations WHERE id = ?", (ann.id,)).fetchone()[0] == (
        sentence.strip()
    )
    store.close()
