"""The schema on PostgreSQL: the same tables, columns and keys as SQLite's (reader.store.schema),
so `reader db copy` moves rows as they are.

Texts compare in byte order (COLLATE "C"), as SQLite compares them; timestamps stay ISO texts.
Ids come from sequences; an INSERT that gives NULL for the id gets the next one (as SQLite does),
and one that gives an id keeps it (undo brings a tag back with its id). The search index is a
tsvector column kept by a trigger, over the unaccented title and text, with a GIN index.
A change to tags, articles or labels is NOTIFYed on the channel reader_changes with the name of the
library's schema as the payload (from schema 10): an open TUI sees another person's change in its
own library within its poll, not the changes of another library on the same database.

PG_STEPS[v] takes a database from schema v to the next version it names; the first step makes
the whole current schema at once (PostgreSQL support starts at SQLite's schema 4). A migration
added to reader.store.schema needs its step here (tests/store/test_postgres_schema.py checks)."""

from __future__ import annotations

from reader.store.schema import DEFAULT_LABELS

CHANNEL = "reader_changes"
_T = 'TEXT COLLATE "C"'


def _label_rows() -> str:
    def q(v: str) -> str:
        return "'" + v.replace("'", "''") + "'"

    return ",\n".join(f"({', '.join(q(v) for v in row)})" for row in DEFAULT_LABELS)


def schema_v4(unaccent_schema: str) -> list[str]:
    """Every table, index, trigger and function of schema 4. unaccent_schema: where the unaccent
    extension is, named in the immutable wrapper the index uses."""
    ua = '"' + unaccent_schema.replace('"', '""') + '"'
    return [
        f"""CREATE FUNCTION reader_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT {ua}.unaccent('{ua}.unaccent'::regdictionary, $1) $$""",
        """CREATE FUNCTION reader_fill_id() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.id IS NULL THEN
                    NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id'));
                END IF;
                RETURN NEW;
            END $$""",
        f"""CREATE FUNCTION reader_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
                RETURN NULL;
            END $$""",
        f"""CREATE TABLE articles (
            id BIGSERIAL PRIMARY KEY,
            content_hash {_T} NOT NULL UNIQUE,
            source {_T}, format {_T}, site {_T}, title {_T}, byline {_T}, dateline {_T}, agency {_T},
            published {_T}, language {_T},
            raw {_T} NOT NULL,
            text {_T} NOT NULL,
            word_count BIGINT NOT NULL DEFAULT 0,
            annotation_count BIGINT NOT NULL DEFAULT 0,
            status {_T} NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in progress', 'done')),
            imported_at {_T} NOT NULL,
            url {_T}, confidence DOUBLE PRECISION, confidence_reason {_T}, body_choice {_T},
            fts tsvector
        )""",
        "CREATE INDEX articles_by_imported ON articles (imported_at, id, status)",
        "CREATE INDEX articles_by_published ON articles (published, id, status)",
        "CREATE INDEX articles_by_title ON articles (lower(title), id, status)",
        "CREATE INDEX articles_by_site ON articles (lower(site), id, status)",
        "CREATE INDEX articles_by_words ON articles (word_count, id, status)",
        "CREATE INDEX articles_by_annotations ON articles (annotation_count, id, status)",
        "CREATE INDEX articles_by_status ON articles (status, id)",
        "CREATE INDEX articles_fts ON articles USING gin (fts)",
        """CREATE FUNCTION reader_articles_fts() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.fts := to_tsvector('simple', reader_unaccent(coalesce(NEW.title, '') || ' ' || NEW.text));
                RETURN NEW;
            END $$""",
        """CREATE TRIGGER articles_fts BEFORE INSERT OR UPDATE OF title, text ON articles
            FOR EACH ROW EXECUTE FUNCTION reader_articles_fts()""",
        f"""CREATE TABLE labels (
            id BIGSERIAL PRIMARY KEY,
            name {_T} NOT NULL,
            kind {_T} NOT NULL CHECK (kind IN ('entity', 'claim')),
            colour {_T} NOT NULL,
            hotkey {_T} UNIQUE,
            description {_T}
        )""",
        "CREATE UNIQUE INDEX labels_by_name ON labels (lower(name))",
        f"""CREATE TABLE entities (
            id BIGSERIAL PRIMARY KEY,
            label_id BIGINT NOT NULL REFERENCES labels (id),
            canonical {_T} NOT NULL,
            created {_T} NOT NULL
        )""",
        f"""CREATE TABLE annotations (
            id BIGSERIAL PRIMARY KEY,
            article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            label_id BIGINT NOT NULL REFERENCES labels (id),
            start BIGINT NOT NULL,
            "end" BIGINT NOT NULL,
            text {_T} NOT NULL,
            prefix {_T} NOT NULL DEFAULT '',
            suffix {_T} NOT NULL DEFAULT '',
            note {_T}, annotator {_T},
            created {_T} NOT NULL,
            updated {_T} NOT NULL,
            origin {_T} NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'suggested')),
            claimant {_T}, claim_status {_T},
            sentence {_T},
            entity_id BIGINT REFERENCES entities (id) ON DELETE SET NULL,
            claimant_entity_id BIGINT REFERENCES entities (id) ON DELETE SET NULL,
            explanation {_T}, review_state {_T}, checked_by {_T}, checked_at {_T},
            CHECK (start >= 0 AND "end" > start)
        )""",
        'CREATE INDEX annotations_by_article ON annotations (article_id, start, "end")',
        "CREATE INDEX annotations_by_label ON annotations (label_id, article_id)",
        "CREATE INDEX annotations_by_entity ON annotations (entity_id)",
        "CREATE INDEX annotations_by_claimant ON annotations (claimant_entity_id)",
        """CREATE TABLE claim_quantities (
            claim_id BIGINT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
            quantity_id BIGINT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
            PRIMARY KEY (claim_id, quantity_id)
        )""",
        "CREATE INDEX claim_quantities_by_quantity ON claim_quantities (quantity_id)",
        """CREATE FUNCTION reader_count_annotations() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    UPDATE articles SET annotation_count = annotation_count + 1 WHERE id = NEW.article_id;
                ELSE
                    UPDATE articles SET annotation_count = annotation_count - 1 WHERE id = OLD.article_id;
                END IF;
                RETURN NULL;
            END $$""",
        """CREATE TRIGGER annotations_count AFTER INSERT OR DELETE ON annotations
            FOR EACH ROW EXECUTE FUNCTION reader_count_annotations()""",
        f"""CREATE TABLE sessions (
            id BIGSERIAL PRIMARY KEY, annotator {_T}, started {_T} NOT NULL, ended {_T}
        )""",
        f"""CREATE TABLE events (
            id BIGSERIAL PRIMARY KEY,
            session_id BIGINT REFERENCES sessions (id) ON DELETE SET NULL,
            article_id BIGINT NOT NULL,
            annotation_id BIGINT NOT NULL,
            action {_T} NOT NULL CHECK (action IN ('added', 'changed', 'deleted')),
            annotator {_T},
            at {_T} NOT NULL
        )""",
        "CREATE INDEX events_by_session ON events (session_id)",
        f"""CREATE TABLE rejected_suggestions (
            article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            label {_T} NOT NULL,
            start BIGINT NOT NULL,
            "end" BIGINT NOT NULL,
            PRIMARY KEY (article_id, label, start, "end")
        )""",
        f"""CREATE TABLE set_aside_annotations (
            id BIGSERIAL PRIMARY KEY,
            article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            data {_T} NOT NULL,
            set_aside_at {_T} NOT NULL
        )""",
        "CREATE INDEX set_aside_by_article ON set_aside_annotations (article_id)",
        f"""CREATE TABLE entity_aliases (
            entity_id BIGINT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            key {_T} NOT NULL,
            alias {_T} NOT NULL,
            PRIMARY KEY (entity_id, key)
        )""",
        "CREATE INDEX entity_aliases_by_key ON entity_aliases (key, entity_id)",
        f"""CREATE TABLE evidence (
            id BIGSERIAL PRIMARY KEY,
            claim_id BIGINT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
            source {_T} NOT NULL, quote {_T}, note {_T},
            added_at {_T} NOT NULL,
            added_by {_T}
        )""",
        "CREATE INDEX evidence_by_claim ON evidence (claim_id, id)",
        f"CREATE TABLE settings (key {_T} PRIMARY KEY, value {_T} NOT NULL)",
        *[
            f"CREATE TRIGGER {t}_fill_id BEFORE INSERT ON {t} FOR EACH ROW EXECUTE FUNCTION reader_fill_id()"
            for t in (
                "articles",
                "labels",
                "entities",
                "annotations",
                "sessions",
                "events",
                "set_aside_annotations",
                "evidence",
            )
        ],
        *[
            f"CREATE TRIGGER {t}_notify AFTER INSERT OR UPDATE OR DELETE ON {t} "
            "FOR EACH STATEMENT EXECUTE FUNCTION reader_notify()"
            for t in ("annotations", "articles", "labels", "entities", "evidence", "claim_quantities")
        ],
        "INSERT INTO labels (name, kind, colour, hotkey, description) VALUES " + _label_rows(),
    ]


def schema_v5(unaccent_schema: str) -> list[str]:
    """Schema 5 (issue 14, a desk): the gold set, assignments, reviews, and the two browsing views,
    as reader.store.schema's _V5."""
    return [
        "ALTER TABLE annotations ADD COLUMN gold BIGINT NOT NULL DEFAULT 0",
        "CREATE INDEX annotations_by_annotator ON annotations (annotator, gold)",
        f"""CREATE TABLE assignments (
            article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            annotator {_T} NOT NULL,
            assigned_at {_T} NOT NULL,
            assigned_by {_T},
            PRIMARY KEY (article_id, annotator)
        )""",
        "CREATE INDEX assignments_by_annotator ON assignments (annotator, article_id)",
        f"""CREATE TABLE reviews (
            annotation_id BIGINT PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
            decision {_T} NOT NULL CHECK (decision IN ('accepted', 'rejected')),
            gold_id BIGINT REFERENCES annotations (id) ON DELETE SET NULL,
            reviewer {_T},
            at {_T} NOT NULL
        )""",
        "CREATE INDEX reviews_by_gold ON reviews (gold_id)",
        *[
            f"CREATE TRIGGER {t}_notify AFTER INSERT OR UPDATE OR DELETE ON {t} "
            "FOR EACH STATEMENT EXECUTE FUNCTION reader_notify()"
            for t in ("assignments", "reviews")
        ],
        """CREATE VIEW tags AS
            SELECT a.id AS tag_id, l.name AS label, a.text AS text, a.sentence AS sentence,
                   ar.title AS article_title, ar.url AS url, ar.site AS site, ar.published AS published,
                   CASE WHEN a.gold = 1 THEN 'gold' ELSE a.annotator END AS layer,
                   a.annotator AS annotator, a.note AS note, a.start AS start, a."end" AS "end",
                   a.article_id AS article_id, a.created AS created, a.updated AS updated
            FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id""",
        """CREATE VIEW claims AS
            SELECT a.id AS claim_id, a.text AS claim, a.claimant AS claimant,
                   (SELECT canonical FROM entities e WHERE e.id = a.claimant_entity_id) AS claimant_entity,
                   a.claim_status AS verdict, a.explanation AS explanation, a.review_state AS review_state,
                   a.checked_by AS checked_by, a.checked_at AS checked_at,
                   (SELECT count(*) FROM evidence ev WHERE ev.claim_id = a.id) AS evidence_count,
                   (SELECT string_agg(ev.source || CASE WHEN ev.quote IS NULL THEN ''
                                                       ELSE ' “' || ev.quote || '”' END, ' | ' ORDER BY ev.id)
                      FROM evidence ev WHERE ev.claim_id = a.id) AS evidence,
                   ar.title AS article_title, ar.url AS url, a.sentence AS sentence,
                   CASE WHEN a.gold = 1 THEN 'gold' ELSE a.annotator END AS layer,
                   a.article_id AS article_id
            FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
            WHERE l.kind = 'claim'""",
    ]


# The tables `reader db copy` moves, parents before children (foreign keys), with their columns
# in the order both schemas have them.
TABLES = [
    "articles",
    "labels",
    "entities",
    "annotations",
    "claim_quantities",
    "sessions",
    "events",
    "rejected_suggestions",
    "set_aside_annotations",
    "entity_aliases",
    "evidence",
    "settings",
    "assignments",
    "reviews",
]


# version -> (the version it leads to, the statements; a function of the unaccent schema)
def schema_v6(unaccent_schema: str) -> list[str]:
    """Tags on the title, byline and dateline (SQLite migration 6): start and end count in `field`."""
    return [
        "ALTER TABLE annotations ADD COLUMN field TEXT NOT NULL DEFAULT 'body' "
        "CHECK (field IN ('body', 'title', 'byline', 'dateline'))"
    ]


def schema_v7(unaccent_schema: str) -> list[str]:
    """The saved page's hash (SQLite migration 7): a page imported again after a hand fix is found."""
    return [
        "ALTER TABLE articles ADD COLUMN page_hash TEXT",
        "UPDATE articles SET page_hash = encode(sha256(convert_to(raw, 'UTF8')), 'hex') WHERE raw IS NOT NULL",
        "CREATE INDEX articles_by_page ON articles (page_hash)",
    ]


def schema_v8(unaccent_schema: str) -> list[str]:
    """Who last gave an article a new text (SQLite migration 8)."""
    return ["ALTER TABLE articles ADD COLUMN text_changed_by TEXT"]


def schema_v9(unaccent_schema: str) -> list[str]:
    """The annotation count in a table of its own (SQLite migration 9). PostgreSQL does not copy an
    unchanged long text when a row is updated, but the count is in an index, so every tag made a
    new version of the article row and new entries in all its indexes, the search index included.
    The count trigger keeps its name (reader db copy turns it off by name) and counts in the new
    table. Roles keep on the new table what they had on articles: a reporter who could read the
    library still lists it, and whoever could tag still can (the trigger runs as the tagger)."""
    return [
        """CREATE TABLE annotation_counts (
            article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            annotation_count BIGINT NOT NULL DEFAULT 0
        )""",
        "INSERT INTO annotation_counts (article_id, annotation_count) "
        "SELECT id, (SELECT count(*) FROM annotations WHERE article_id = articles.id) FROM articles",
        "CREATE INDEX annotation_counts_by_count ON annotation_counts (annotation_count, article_id)",
        """CREATE OR REPLACE FUNCTION reader_count_annotations() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    UPDATE annotation_counts SET annotation_count = annotation_count + 1
                    WHERE article_id = NEW.article_id;
                ELSE
                    UPDATE annotation_counts SET annotation_count = annotation_count - 1
                    WHERE article_id = OLD.article_id;
                END IF;
                RETURN NULL;
            END $$""",
        """CREATE FUNCTION reader_count_article() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO annotation_counts (article_id) VALUES (NEW.id);
                RETURN NULL;
            END $$""",
        """CREATE TRIGGER articles_count AFTER INSERT ON articles
            FOR EACH ROW EXECUTE FUNCTION reader_count_article()""",
        """DO $$
            DECLARE g record;
            BEGIN
                FOR g IN SELECT a.grantee, a.privilege_type FROM pg_class c, aclexplode(c.relacl) a
                         WHERE c.oid = 'articles'::regclass AND a.grantee <> c.relowner
                           AND a.privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE')
                LOOP
                    EXECUTE format('GRANT %s ON annotation_counts TO %s', g.privilege_type,
                        CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE g.grantee::regrole::text END);
                END LOOP;
            END $$""",
        "ALTER TABLE articles DROP COLUMN annotation_count",  # its index goes with it
    ]


def schema_v10(unaccent_schema: str) -> list[str]:
    """Each change NOTIFYed with its library's schema (SQLite migration 10 changes nothing). Every
    library in a database shares the one channel, so a TUI counted the changes of every other
    library (a second desk's, tests' schemas) as its colleagues'. The schema goes in the payload,
    not in a channel of its own: a channel is an identifier cut at 63 bytes, as long as a schema's
    name alone, and a reader of schema 9 still running while another upgrades keeps hearing its
    colleagues on reader_changes until it is restarted (it then refuses the newer schema)."""
    return [
        f"""CREATE OR REPLACE FUNCTION reader_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{CHANNEL}', TG_TABLE_SCHEMA);
                RETURN NULL;
            END $$"""
    ]


def schema_v11(unaccent_schema: str) -> list[str]:
    """A title given by hand, marked so that reclean keeps it (SQLite migration 11)."""
    return ["ALTER TABLE articles ADD COLUMN title_by_hand INTEGER"]


PG_STEPS = {
    0: (4, schema_v4),
    4: (5, schema_v5),
    5: (6, schema_v6),
    6: (7, schema_v7),
    7: (8, schema_v8),
    8: (9, schema_v9),
    9: (10, schema_v10),
    10: (11, schema_v11),
}
