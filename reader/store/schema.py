"""The database schema as numbered forward migrations.

PRAGMA user_version holds the number of migrations applied. A database whose version is higher than
len(MIGRATIONS) was written by a newer reader and is refused rather than misread."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from reader.segments import SentenceBounds

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

# A migration is an SQL script or a function given the connection; each runs in one transaction
# with the version bump.
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [_V1, _v2_sentence_bounds, _V3]
SCHEMA_VERSION = len(MIGRATIONS)
