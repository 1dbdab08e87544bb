"""The database schema as numbered forward migrations, made with sqlite-utils where it can say it.

PRAGMA user_version holds the number of migrations applied. A database whose version is higher than
len(MIGRATIONS) was written by a newer reader and is refused rather than misread.

Each migration is a function given the connection, inside the transaction that also bumps the
version (reader.store.connection). Tables, columns, indexes, views and the search index are made
with sqlite-utils (Table.create, add_column, create_index, enable_fts, Database.create_view, and
insert_all for the default labels). Raw SQL stays where sqlite-utils cannot say what the schema
needs, each with its reason beside it: a CHECK, a NOCASE collation or AUTOINCREMENT on a new table
(Table.create takes none of them), a foreign key action on an added column (add_column takes
none), the triggers, and the data each step fills in. A later step that has to change a column
in a way ALTER TABLE cannot (type, constraint, order) uses Table.transform, which in sqlite-utils 4
keeps the CHECKs, collations and AUTOINCREMENT it rebuilds the table with.

The result is the schema the earlier raw-SQL steps made, column for column (the names are quoted
differently in sqlite_master, nothing else): tests/core/test_schema_compat.py opens databases made
by that code at every version and compares them with new ones."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.segments import SentenceBounds
from reader.store.core import inserted_id

DEFAULT_LABELS = [
    # name, kind, colour, hotkey, description
    ("PERSON", "entity", "#e5c07b", "1", "A person, named"),
    ("ORG", "entity", "#61afef", "2", "An organisation: company, agency, institution"),
    ("PLACE", "entity", "#98c379", "3", "A place: city, country, site"),
    ("QUANTITY", "entity", "#d19a66", "4", "A number with what it counts, money, a percentage"),
    ("DATE", "entity", "#c678dd", "5", "A date or period, absolute or relative"),
    ("CLAIM", "claim", "#e06c75", "6", "A checkable statement, with who made it"),
]


if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.db import ForeignKey


def utils_db(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over the store's own connection and transaction, changing nothing about the
    connection: recursive_triggers stays off (sqlite-utils turns it on by default, and then an
    INSERT OR REPLACE fires delete triggers) and no sqlite-utils plugin is run on it."""
    import sqlite_utils  # here, not at the top: it loads click, which the core never imports

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def _cascade(table: str, column: str, other: str, action: str = "CASCADE") -> ForeignKey:
    from sqlite_utils.db import ForeignKey

    return ForeignKey(table, column, other, "id", on_delete=action)


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Run a script statement by statement (executescript would COMMIT the migration's transaction)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                conn.execute(buf)
            buf = ""


# Raw: a CHECK on status (Table.create takes no CHECK).
_ARTICLES = """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT,
        format TEXT,
        site TEXT,
        title TEXT,
        byline TEXT,
        dateline TEXT,
        agency TEXT,
        published TEXT,
        language TEXT,
        raw TEXT NOT NULL,
        text TEXT NOT NULL,
        word_count INTEGER NOT NULL DEFAULT 0,
        annotation_count INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in progress', 'done')),
        imported_at TEXT NOT NULL
    );
    -- Raw: sorted without regard to case (create_index takes no collation).
    CREATE INDEX articles_by_title ON articles (title COLLATE NOCASE, id, status);
    CREATE INDEX articles_by_site ON articles (site COLLATE NOCASE, id, status);
"""

# Raw: a NOCASE unique name and a CHECK on kind (Table.create takes neither).
_LABELS = """
    CREATE TABLE labels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind TEXT NOT NULL CHECK (kind IN ('entity', 'claim')),
        colour TEXT NOT NULL,
        hotkey TEXT UNIQUE,
        description TEXT
    );
"""

# Raw: AUTOINCREMENT (ids are never reused, so undo can restore a deleted annotation by its id)
# and two CHECKs, which Table.create cannot make.
_ANNOTATIONS = """
    CREATE TABLE annotations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        label_id INTEGER NOT NULL REFERENCES labels (id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        note TEXT,
        annotator TEXT,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'suggested')),
        claimant TEXT,
        claim_status TEXT,
        CHECK (start >= 0 AND "end" > start)
    );
"""

# Raw: triggers (sqlite-utils makes only its own FTS and count triggers, see below). The
# annotation count is kept on the article so the library can sort and page on it (until schema 9,
# which moves it to a table of its own: _v9_annotation_counts).
_COUNT_TRIGGERS = """
    CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations BEGIN
        UPDATE articles SET annotation_count = annotation_count + 1 WHERE id = new.article_id;
    END;
    CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations BEGIN
        UPDATE articles SET annotation_count = annotation_count - 1 WHERE id = old.article_id;
    END;
"""

# Raw: a CHECK on action.
_EVENTS = """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        article_id INTEGER NOT NULL,
        annotation_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'deleted')),
        annotator TEXT,
        at TEXT NOT NULL
    );
"""

# Raw, for speed: enable_fts(create_triggers=True) re-indexes an article on an UPDATE of any
# column, and every tag updates the article's annotation count (benchmarks/schema_triggers.py: a
# tag on a 2,000-word article takes about 12 times as long with those). Ours: title or text only.
_FTS_TRIGGERS = """
    CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
"""
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


def _v1_library(conn: sqlite3.Connection) -> None:
    """Articles (with their search index), labels, annotations, claims' quantities, sessions and
    their events, rejected suggestions."""
    db = utils_db(conn)
    _run(conn, _ARTICLES)
    articles = db.table("articles")
    # Covering indexes for the library list, one per sort order (keyset paging by (key, id)).
    for name, key in [
        ("imported", "imported_at"),
        ("published", "published"),
        ("words", "word_count"),
        ("annotations", "annotation_count"),
    ]:
        articles.create_index([key, "id", "status"], index_name=f"articles_by_{name}")
    articles.create_index(["status", "id"], index_name="articles_by_status")
    _run(conn, _LABELS)
    _run(conn, _ANNOTATIONS)
    annotations = db.table("annotations")
    annotations.create_index(["article_id", "start", "end"], index_name="annotations_by_article")
    annotations.create_index(["label_id", "article_id"], index_name="annotations_by_label")
    # Quantities a claim contains (both are annotations of the same article).
    db.table("claim_quantities").create(
        {"claim_id": int, "quantity_id": int},
        pk=("claim_id", "quantity_id"),
        not_null={"claim_id", "quantity_id"},
        foreign_keys=[
            _cascade("claim_quantities", "claim_id", "annotations"),
            _cascade("claim_quantities", "quantity_id", "annotations"),
        ],
    )
    db.table("claim_quantities").create_index(["quantity_id"], index_name="claim_quantities_by_quantity")
    _run(conn, _COUNT_TRIGGERS)
    db.table("sessions").create(
        {"id": int, "annotator": str, "started": str, "ended": str}, pk="id", not_null={"started"}
    )
    # One row per annotation change: the source of per-session statistics.
    _run(conn, _EVENTS)
    db.table("events").create_index(["session_id"], index_name="events_by_session")
    # Suggestions the user rejected do not come back for that article.
    db.table("rejected_suggestions").create(
        {"article_id": int, "label": str, "start": int, "end": int},
        pk=("article_id", "label", "start", "end"),
        not_null={"article_id", "label", "start", "end"},
        foreign_keys=[_cascade("rejected_suggestions", "article_id", "articles")],
    )
    # The search index: external content (the articles table), accents and case ignored.
    articles.enable_fts(["title", "text"], tokenize=FTS_TOKENIZER)
    _run(conn, _FTS_TRIGGERS)
    db.table("labels").insert_all(
        {"name": n, "kind": k, "colour": c, "hotkey": h, "description": d} for n, k, c, h, d in DEFAULT_LABELS
    )


def _v2_sentence_bounds(conn: sqlite3.Connection) -> None:
    """Each annotation keeps the sentence it stands in, as it keeps its quote and context, so export
    writes the sentence column straight from the row instead of splitting every article into
    sentences again (issue 7: export speed; reading it with substr() from the article text costs a
    read of the whole text per row). Every write that sets a span sets it; this fills older rows."""
    utils_db(conn).table("annotations").add_column("sentence", str)
    article_ids = [r[0] for r in conn.execute("SELECT DISTINCT article_id FROM annotations")]
    for article_id in article_ids:
        (text,) = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        bounds = SentenceBounds(text)
        rows = conn.execute(
            'SELECT id, start, "end" FROM annotations WHERE article_id = ?', (article_id,)
        ).fetchall()
        conn.executemany(
            "UPDATE annotations SET sentence = ? WHERE id = ?",
            [(bounds.sentence(start, end), ann_id) for ann_id, start, end in rows],
        )


def _v3_urls_confidence_body(conn: sqlite3.Connection) -> None:
    """Issue 11: an article keeps its page's URL (older rows: the URL they were imported from), how
    sure the cleaner was (confidence, and why when low), and the journalist's own choice of body (a
    JSON reader.body.BodySpec that reclean applies again instead of the cleaner). Tags a body fix
    cannot place are kept aside, whole, in set_aside_annotations (listed by `reader show`, brought
    back by undo), never dropped."""
    db = utils_db(conn)
    articles = db.table("articles")
    articles.add_column("url", str)
    articles.add_column("confidence", "REAL")
    articles.add_column("confidence_reason", str)
    articles.add_column("body_choice", str)
    conn.execute("UPDATE articles SET url = source WHERE source LIKE 'http://%' OR source LIKE 'https://%'")
    db.table("set_aside_annotations").create(
        {
            "id": int,  # the annotation's own id (annotation ids are never reused)
            "article_id": int,
            "data": str,  # the annotation as JSON, with its quantity links both ways
            "set_aside_at": str,
        },
        pk="id",
        not_null={"article_id", "data", "set_aside_at"},
        foreign_keys=[_cascade("set_aside_annotations", "article_id", "articles")],
    )
    db.table("set_aside_annotations").create_index(["article_id"], index_name="set_aside_by_article")


# Raw: AUTOINCREMENT on entities and evidence (an entity taken away by a merge comes back with its
# id when the merge is undone), which Table.create cannot make.
_ENTITIES = """
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        label_id INTEGER NOT NULL REFERENCES labels (id),
        canonical TEXT NOT NULL,
        created TEXT NOT NULL
    );
"""
_EVIDENCE = """
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        claim_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        quote TEXT,
        note TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT
    );
"""
# Raw: added columns with a foreign key action (add_column takes none; Table.transform would copy
# the whole annotations table to add one).
_ADD_ENTITY_COLUMN = (
    "ALTER TABLE annotations ADD COLUMN {} INTEGER REFERENCES entities (id) ON DELETE SET NULL"
)


def _v4_entities_and_fact_checks(conn: sqlite3.Connection) -> None:
    """Entities, claimant entities, evidence, verdict fields and settings (issue 12).

    One entity, many mentions: each entity-kind annotation points at the entity it names; an
    entity's aliases are the entity_key()s of the texts that name it, so a new tag whose text has
    one of those keys joins it. Claims as a fact-check: who made the claim (an entity of any label;
    claimant keeps the text as typed), the verdict's public explanation (note stays private), who
    checked it and when, a review state, and evidence (a URL or a document reference, a quote
    from it, a private note). Settings kept with the database (reader config).

    Existing entity tags become entities grouped as the entity index grouped them (label and
    entity_key: case, white space, possessives), named by their most frequent form; a claimant
    whose text is an alias of an entity is linked to it (the most mentioned one), others keep
    only their text: their kind (person, organisation) cannot be told from the text. Claims start
    "unreviewed"."""
    from reader.entities import entity_key

    db = utils_db(conn)
    _run(conn, _ENTITIES)
    db.table("entity_aliases").create(
        {
            "entity_id": int,
            "key": str,  # reader.entities.entity_key of the alias
            "alias": str,  # the surface form shown
        },
        pk=("entity_id", "key"),
        not_null={"entity_id", "key", "alias"},
        foreign_keys=[_cascade("entity_aliases", "entity_id", "entities")],
    )
    db.table("entity_aliases").create_index(["key", "entity_id"], index_name="entity_aliases_by_key")
    annotations = db.table("annotations")
    for column, index in [
        ("entity_id", "annotations_by_entity"),
        ("claimant_entity_id", "annotations_by_claimant"),
    ]:
        conn.execute(_ADD_ENTITY_COLUMN.format(column))
        annotations.create_index([column], index_name=index)
    for column in ("explanation", "review_state", "checked_by", "checked_at"):
        annotations.add_column(column, str)
    _run(conn, _EVIDENCE)
    db.table("evidence").create_index(["claim_id", "id"], index_name="evidence_by_claim")
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"})

    conn.create_function("reader_entity_key", 1, entity_key, deterministic=True)
    stamp = _now()
    conn.execute(
        """CREATE TEMP TABLE m4 AS
           SELECT a.id AS aid, a.label_id AS lid, reader_entity_key(a.text) AS k, a.text AS t
           FROM annotations a JOIN labels l ON l.id = a.label_id WHERE l.kind = 'entity'"""
    )
    conn.execute("CREATE INDEX temp.m4_by_key ON m4 (lid, k, t)")
    # One entity per (label, key), in order of first mention, named by the most frequent form.
    groups = conn.execute(
        """SELECT lid, k, (SELECT t FROM m4 AS x WHERE x.lid = m4.lid AND x.k = m4.k
                            GROUP BY t ORDER BY count(*) DESC, t LIMIT 1)
           FROM m4 GROUP BY lid, k ORDER BY min(aid)"""
    ).fetchall()
    entity_of: dict[tuple[int, str], int] = {}
    for lid, key, form in groups:
        form = " ".join(form.split())  # a tag across a line break is named on one line
        entity_id = inserted_id(
            conn.execute(
                "INSERT INTO entities (label_id, canonical, created) VALUES (?, ?, ?)", (lid, form, stamp)
            )
        )
        conn.execute(
            "INSERT INTO entity_aliases (entity_id, key, alias) VALUES (?, ?, ?)", (entity_id, key, form)
        )
        entity_of[(lid, key)] = entity_id
    conn.executemany(
        "UPDATE annotations SET entity_id = ? WHERE id = ?",
        (
            (entity_of[(lid, key)], aid)
            for aid, lid, key in conn.execute("SELECT aid, lid, k FROM m4").fetchall()
        ),
    )
    conn.execute(
        """UPDATE annotations SET claimant_entity_id = (
               SELECT al.entity_id FROM entity_aliases al
               WHERE al.key = reader_entity_key(annotations.claimant)
               ORDER BY (SELECT count(*) FROM annotations x WHERE x.entity_id = al.entity_id) DESC,
                        al.entity_id
               LIMIT 1)
           WHERE claimant IS NOT NULL
             AND label_id IN (SELECT id FROM labels WHERE kind = 'claim')"""
    )
    conn.execute(
        "UPDATE annotations SET review_state = 'unreviewed' "
        "WHERE label_id IN (SELECT id FROM labels WHERE kind = 'claim')"
    )
    conn.execute("DROP TABLE m4")


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# Raw: a CHECK on the decision (Table.create takes no CHECK).
_REVIEWS = """
    CREATE TABLE reviews (
        annotation_id INTEGER PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        gold_id INTEGER REFERENCES annotations (id) ON DELETE SET NULL,
        reviewer TEXT,
        at TEXT NOT NULL
    );
"""

# The two views are for Datasette and the sqlite-utils CLI: every tag with its article's title,
# URL and sentence, and every claim with its claimant, verdict and evidence (one row per claim).
_TAGS_VIEW = """
    SELECT a.id AS tag_id, l.name AS label, a.text AS text, a.sentence AS sentence,
           ar.title AS article_title, ar.url AS url, ar.site AS site, ar.published AS published,
           CASE WHEN a.gold = 1 THEN 'gold' ELSE a.annotator END AS layer,
           a.annotator AS annotator, a.note AS note, a.start AS start, a."end" AS "end",
           a.article_id AS article_id, a.created AS created, a.updated AS updated
    FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id"""
_CLAIMS_VIEW = """
    SELECT a.id AS claim_id, a.text AS claim, a.claimant AS claimant,
           (SELECT canonical FROM entities e WHERE e.id = a.claimant_entity_id) AS claimant_entity,
           a.claim_status AS verdict, a.explanation AS explanation, a.review_state AS review_state,
           a.checked_by AS checked_by, a.checked_at AS checked_at,
           (SELECT count(*) FROM evidence ev WHERE ev.claim_id = a.id) AS evidence_count,
           (SELECT group_concat(ev.source || CASE WHEN ev.quote IS NULL THEN ''
                                                  ELSE ' “' || ev.quote || '”' END, ' | ')
              FROM evidence ev WHERE ev.claim_id = a.id) AS evidence,
           ar.title AS article_title, ar.url AS url, a.sentence AS sentence,
           CASE WHEN a.gold = 1 THEN 'gold' ELSE a.annotator END AS layer,
           a.article_id AS article_id
    FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
    WHERE l.kind = 'claim'"""


def _v5_desk(conn: sqlite3.Connection) -> None:
    """Issue 14: a desk of annotators. Each annotator's tags are a layer (the annotator column);
    gold = 1 marks the reviewer's gold set, copies of accepted tags (reader.store.desk_store).
    assignments says who works on which article; reviews holds the reviewer's decision on each
    annotator's tag. Views for Datasette and the sqlite-utils CLI: tags and claims."""
    db = utils_db(conn)
    annotations = db.table("annotations")
    annotations.add_column("gold", int, not_null_default=0)
    annotations.create_index(["annotator", "gold"], index_name="annotations_by_annotator")
    db.table("assignments").create(
        {"article_id": int, "annotator": str, "assigned_at": str, "assigned_by": str},
        pk=("article_id", "annotator"),
        not_null={"article_id", "annotator", "assigned_at"},
        foreign_keys=[_cascade("assignments", "article_id", "articles")],
    )
    db.table("assignments").create_index(["annotator", "article_id"], index_name="assignments_by_annotator")
    _run(conn, _REVIEWS)
    db.table("reviews").create_index(["gold_id"], index_name="reviews_by_gold")
    db.create_view("tags", _TAGS_VIEW)
    db.create_view("claims", _CLAIMS_VIEW)


def _v6_metadata_fields(conn: sqlite3.Connection) -> None:
    """Tags on the title, the byline and the dateline (issue 12): `field` says which text start and
    end count in; every existing tag is on the body."""
    # Raw: a CHECK on the added column (add_column takes none).
    conn.execute(
        "ALTER TABLE annotations ADD COLUMN field TEXT NOT NULL DEFAULT 'body' "
        "CHECK (field IN ('body', 'title', 'byline', 'dateline'))"
    )


def _v7_page_hash(conn: sqlite3.Connection) -> None:
    """The saved page's hash, so a page imported again is found even after its article's text was
    fixed by hand (`reader body`, the page view), which changes the content hash; filled in for the
    articles already stored."""
    from reader.store.rows import page_hash

    db = utils_db(conn)
    articles = db.table("articles")
    articles.add_column("page_hash", str)
    conn.create_function("reader_page_hash", 1, lambda raw: None if raw is None else page_hash(raw))
    conn.execute("UPDATE articles SET page_hash = reader_page_hash(raw)")  # the data: raw SQL
    articles.create_index(["page_hash"], index_name="articles_by_page")


def _v8_text_changed_by(conn: sqlite3.Connection) -> None:
    """Who last gave an article a new text (a body fix, a reclean): a colleague whose tag was made
    on the old text meanwhile is told by whom (reader.store.annotations)."""
    utils_db(conn).table("articles").add_column("text_changed_by", str)


# Raw: triggers. One row per article, made with the article (so the library can sort every article
# by its count from this table's index alone) and deleted with it (the foreign key's cascade; OR
# REPLACE: a row left by another program that deleted an article with foreign keys off is reset).
_COUNT_TABLE_TRIGGERS = """
    CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations BEGIN
        UPDATE annotation_counts SET annotation_count = annotation_count + 1
        WHERE article_id = new.article_id;
    END;
    CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations BEGIN
        UPDATE annotation_counts SET annotation_count = annotation_count - 1
        WHERE article_id = old.article_id;
    END;
    CREATE TRIGGER articles_count_insert AFTER INSERT ON articles BEGIN
        INSERT OR REPLACE INTO annotation_counts (article_id) VALUES (new.id);
    END;
"""


def _v9_annotation_counts(conn: sqlite3.Connection) -> None:
    """An article's annotation count moves to a small table of its own. Kept on the article row,
    every tag and every undo made SQLite write the whole row again, the article's text and saved
    page included (2 MB and more for a long article: 1.5 ms a tag, most of the cost of tagging
    one; benchmarks/README.md, h68). The counts are counted again as they move."""
    db = utils_db(conn)
    conn.execute("DROP TRIGGER annotations_count_insert")
    conn.execute("DROP TRIGGER annotations_count_delete")
    counts = db.table("annotation_counts")
    counts.create(
        {"article_id": int, "annotation_count": int},
        pk="article_id",
        not_null={"annotation_count"},
        defaults={"annotation_count": 0},
        foreign_keys=[_cascade("annotation_counts", "article_id", "articles")],
    )
    conn.execute(  # the data: raw SQL
        "INSERT INTO annotation_counts (article_id, annotation_count) "
        "SELECT id, (SELECT count(*) FROM annotations WHERE article_id = articles.id) FROM articles"
    )
    # Covering, for the library sorted by tags (keyset paging by (count, id)).
    counts.create_index(["annotation_count", "article_id"], index_name="annotation_counts_by_count")
    _run(conn, _COUNT_TABLE_TRIGGERS)
    # Raw: DROP COLUMN (sqlite-utils has only Table.transform, which copies the whole table).
    conn.execute("DROP INDEX articles_by_annotations")
    conn.execute("ALTER TABLE articles DROP COLUMN annotation_count")


def _v10_server_notifications(conn: sqlite3.Connection) -> None:
    """Nothing in an SQLite file: the step is the server's (reader.store.pg_schema.schema_v10, each
    change notified with its library's schema). Counted here too, so a library's schema number
    means the same on both backends (reader db copy, the backups)."""


def _v11_title_by_hand(conn: sqlite3.Connection) -> None:
    """A title the journalist gave (reader title, t) is marked, so that reader reclean keeps it as
    it keeps a body chosen by hand (body_choice); the titles stored before are the cleaner's."""
    utils_db(conn).table("articles").add_column("title_by_hand", int)


# A migration is a function given the connection (or, in tests, an SQL script); each runs in one
# transaction with the version bump.
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    _v1_library,
    _v2_sentence_bounds,
    _v3_urls_confidence_body,
    _v4_entities_and_fact_checks,
    _v5_desk,
    _v6_metadata_fields,
    _v7_page_hash,
    _v8_text_changed_by,
    _v9_annotation_counts,
    _v10_server_notifications,
    _v11_title_by_hand,
]
SCHEMA_VERSION = len(MIGRATIONS)
# The versions whose step changes nothing in an SQLite file: a file that needs only these is
# upgraded without a copy kept and without a notice (a copy of a large library for nothing).
SERVER_ONLY_VERSIONS = frozenset({10})


def same_tables(a: int, b: int) -> bool:
    """Whether schemas a and b have the same tables and columns (only server steps between them):
    a library at one is read, and copied, as one at the other."""
    low, high = sorted((a, b))
    return all(v in SERVER_ONLY_VERSIONS for v in range(low + 1, high + 1))
