"""FROZEN: reader/store/schema.py as it was before its steps used sqlite-utils (commit 6a72acd), all raw
SQL. tests/core/test_schema_compat.py makes databases with it, at every version, to check that the
current steps make the same schema and upgrade those files. Do not edit: it stands for files that
exist on journalists' disks."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

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


def _label_rows() -> str:
    def q(v: str) -> str:
        return "'" + v.replace("'", "''") + "'"

    return ",\n".join(f"({', '.join(q(v) for v in row)})" for row in DEFAULT_LABELS)


_V1 = (
    """
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
        -- Covering indexes for the library list, one per sort order (keyset paging by (key, id)).
        CREATE INDEX articles_by_imported ON articles (imported_at, id, status);
        CREATE INDEX articles_by_published ON articles (published, id, status);
        CREATE INDEX articles_by_title ON articles (title COLLATE NOCASE, id, status);
        CREATE INDEX articles_by_site ON articles (site COLLATE NOCASE, id, status);
        CREATE INDEX articles_by_words ON articles (word_count, id, status);
        CREATE INDEX articles_by_annotations ON articles (annotation_count, id, status);
        CREATE INDEX articles_by_status ON articles (status, id);

        CREATE TABLE labels (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL CHECK (kind IN ('entity', 'claim')),
            colour TEXT NOT NULL,
            hotkey TEXT UNIQUE,
            description TEXT
        );

        CREATE TABLE annotations (
            -- AUTOINCREMENT: ids are never reused, so undo can restore a deleted annotation by its id.
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
        CREATE INDEX annotations_by_article ON annotations (article_id, start, "end");
        CREATE INDEX annotations_by_label ON annotations (label_id, article_id);

        -- Quantities a claim contains (both are annotations of the same article).
        CREATE TABLE claim_quantities (
            claim_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
            quantity_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
            PRIMARY KEY (claim_id, quantity_id)
        );
        CREATE INDEX claim_quantities_by_quantity ON claim_quantities (quantity_id);

        -- The annotation count is kept on the article so the library can sort and page on it.
        CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations BEGIN
            UPDATE articles SET annotation_count = annotation_count + 1 WHERE id = new.article_id;
        END;
        CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations BEGIN
            UPDATE articles SET annotation_count = annotation_count - 1 WHERE id = old.article_id;
        END;

        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            annotator TEXT,
            started TEXT NOT NULL,
            ended TEXT
        );
        -- One row per annotation change: the source of per-session statistics.
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
            article_id INTEGER NOT NULL,
            annotation_id INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'deleted')),
            annotator TEXT,
            at TEXT NOT NULL
        );
        CREATE INDEX events_by_session ON events (session_id);

        -- Suggestions the user rejected do not come back for that article.
        CREATE TABLE rejected_suggestions (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (article_id, label, start, "end")
        );

        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
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
        INSERT INTO labels (name, kind, colour, hotkey, description) VALUES
        """
    + _label_rows()
    + ";"
)


def _v2_sentence_bounds(conn: sqlite3.Connection) -> None:
    """Each annotation keeps the sentence it stands in, as it keeps its quote and context, so export
    writes the sentence column straight from the row instead of splitting every article into
    sentences again (issue 7: export speed; reading it with substr() from the article text costs a
    read of the whole text per row). Every write that sets a span sets it; this fills older rows."""
    conn.execute("ALTER TABLE annotations ADD COLUMN sentence TEXT")
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


# Issue 11: an article keeps its page's URL (older rows: the URL they were imported from), how sure
# the cleaner was (confidence, and why when low), and the journalist's own choice of body (a JSON
# reader.body.BodySpec that reclean applies again instead of the cleaner). Tags a body fix cannot
# place are kept aside, whole, in set_aside_annotations (listed by `reader show`, brought back by
# undo), never dropped.
_V3 = """
    ALTER TABLE articles ADD COLUMN url TEXT;
    ALTER TABLE articles ADD COLUMN confidence REAL;
    ALTER TABLE articles ADD COLUMN confidence_reason TEXT;
    ALTER TABLE articles ADD COLUMN body_choice TEXT;
    UPDATE articles SET url = source WHERE source LIKE 'http://%' OR source LIKE 'https://%';
    CREATE TABLE set_aside_annotations (
        id INTEGER PRIMARY KEY,  -- the annotation's own id (annotation ids are never reused)
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        data TEXT NOT NULL,  -- the annotation as JSON, with its quantity links both ways
        set_aside_at TEXT NOT NULL
    );
    CREATE INDEX set_aside_by_article ON set_aside_annotations (article_id);
"""


_V4_TABLES = """
    -- One entity, many mentions (issue 12): each entity-kind annotation points at the entity it
    -- names; an entity's aliases are the entity_key()s of the texts that name it, so a new tag whose
    -- text has one of those keys joins it. AUTOINCREMENT: an entity taken away by a merge comes
    -- back with its id when the merge is undone.
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        label_id INTEGER NOT NULL REFERENCES labels (id),
        canonical TEXT NOT NULL,
        created TEXT NOT NULL
    );
    CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
        key TEXT NOT NULL,   -- reader.entities.entity_key of the alias
        alias TEXT NOT NULL, -- the surface form shown
        PRIMARY KEY (entity_id, key)
    );
    CREATE INDEX entity_aliases_by_key ON entity_aliases (key, entity_id);
    ALTER TABLE annotations ADD COLUMN entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL;
    CREATE INDEX annotations_by_entity ON annotations (entity_id);
    -- Claims as a fact-check: who made the claim (an entity of any label; claimant keeps the text
    -- as typed), the verdict's public explanation (note stays private), who checked it and when,
    -- and a review state.
    ALTER TABLE annotations ADD COLUMN claimant_entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL;
    CREATE INDEX annotations_by_claimant ON annotations (claimant_entity_id);
    ALTER TABLE annotations ADD COLUMN explanation TEXT;
    ALTER TABLE annotations ADD COLUMN review_state TEXT;
    ALTER TABLE annotations ADD COLUMN checked_by TEXT;
    ALTER TABLE annotations ADD COLUMN checked_at TEXT;
    -- Evidence for a claim: a URL or a document reference, a quote from it, a private note.
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        claim_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        quote TEXT,
        note TEXT,
        added_at TEXT NOT NULL,
        added_by TEXT
    );
    CREATE INDEX evidence_by_claim ON evidence (claim_id, id);
    -- Settings kept with the database (reader config): the display name ClaimReview names as author.
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
"""


def _v4_entities_and_fact_checks(conn: sqlite3.Connection) -> None:
    """Entities, claimant entities, evidence, verdict fields and settings (issue 12). Existing entity
    tags become entities grouped as the entity index grouped them (label and entity_key: case,
    white space, possessives), named by their most frequent form; a claimant whose text is an
    alias of an entity is linked to it (the most mentioned one), others keep only their text: their
    kind (person, organisation) cannot be told from the text. Claims start "unreviewed"."""
    from reader.entities import entity_key

    for statement in _statements(_V4_TABLES):
        conn.execute(statement)
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


# Tags on the title, the byline and the dateline (issue 12): `field` says which text start and end
# count in; every existing tag is on the body.
_V6 = """
    ALTER TABLE annotations ADD COLUMN field TEXT NOT NULL DEFAULT 'body'
        CHECK (field IN ('body', 'title', 'byline', 'dateline'));
"""


# The saved page's hash (reader.store.schema._v7_page_hash fills it in for stored articles).
_V7 = """
    ALTER TABLE articles ADD COLUMN page_hash TEXT;
    CREATE INDEX articles_by_page ON articles (page_hash);
"""


# Who last gave an article a new text (reader.store.schema._v8_text_changed_by).
_V8 = """
    ALTER TABLE articles ADD COLUMN text_changed_by TEXT;
"""


# The annotation count in a table of its own (reader.store.schema._v9_annotation_counts counts the
# stored tags into it).
_V9 = """
    DROP TRIGGER annotations_count_insert;
    DROP TRIGGER annotations_count_delete;
    CREATE TABLE annotation_counts (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        annotation_count INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO annotation_counts (article_id, annotation_count)
        SELECT id, (SELECT count(*) FROM annotations WHERE article_id = articles.id) FROM articles;
    CREATE INDEX annotation_counts_by_count ON annotation_counts (annotation_count, article_id);
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
    DROP INDEX articles_by_annotations;
    ALTER TABLE articles DROP COLUMN annotation_count;
"""


# Nothing in an SQLite file (reader.store.schema._v10_server_notifications: the server's step).
_V10 = ""


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _statements(script: str) -> list[str]:
    statements, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    return [s for s in statements if s]


# Issue 14: a desk of annotators. Each annotator's tags are a layer (the annotator column); gold = 1
# marks the reviewer's gold set, copies of accepted tags (reader.store.desk_store). assignments says
# who works on which article; reviews holds the reviewer's decision on each annotator's tag. The two
# views are for Datasette and the sqlite-utils CLI: every tag with its article's title, URL and
# sentence, and every claim with its claimant, verdict and evidence (one row per claim).
_V5 = """
    ALTER TABLE annotations ADD COLUMN gold INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX annotations_by_annotator ON annotations (annotator, gold);
    CREATE TABLE assignments (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        annotator TEXT NOT NULL,
        assigned_at TEXT NOT NULL,
        assigned_by TEXT,
        PRIMARY KEY (article_id, annotator)
    );
    CREATE INDEX assignments_by_annotator ON assignments (annotator, article_id);
    CREATE TABLE reviews (
        annotation_id INTEGER PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        gold_id INTEGER REFERENCES annotations (id) ON DELETE SET NULL,
        reviewer TEXT,
        at TEXT NOT NULL
    );
    CREATE INDEX reviews_by_gold ON reviews (gold_id);
    CREATE VIEW tags AS
        SELECT a.id AS tag_id, l.name AS label, a.text AS text, a.sentence AS sentence,
               ar.title AS article_title, ar.url AS url, ar.site AS site, ar.published AS published,
               CASE WHEN a.gold = 1 THEN 'gold' ELSE a.annotator END AS layer,
               a.annotator AS annotator, a.note AS note, a.start AS start, a."end" AS "end",
               a.article_id AS article_id, a.created AS created, a.updated AS updated
        FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id;
    CREATE VIEW claims AS
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
        WHERE l.kind = 'claim';
"""


# A title given by hand, marked (reader.store.schema._v11_title_by_hand).
_V11 = """
    ALTER TABLE articles ADD COLUMN title_by_hand INTEGER;
"""


# A migration is an SQL script or a function given the connection; each runs in one transaction
# with the version bump.
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    _V1,
    _v2_sentence_bounds,
    _V3,
    _v4_entities_and_fact_checks,
    _V5,
    _V6,
    _V7,
    _V8,
    _V9,
    _V10,
    _V11,
]
SCHEMA_VERSION = len(MIGRATIONS)
