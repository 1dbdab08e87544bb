"""The queries exports stream: annotations with their article's metadata, in batches, and the
ranges a parallel export splits the work into."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence

from reader.errors import InvalidInput, StoreError
from reader.store import pg_connection
from reader.store.core import StoreCore
from reader.store.rows import (
    _ANNOTATION_COLS,
    _ANNOTATION_WIDTH,
    _CLAIMANT_LABEL,
    _EVIDENCE_JSON,
    _QUANTITIES_JSON,
    BUSY_TIMEOUT_S,
    ExportRow,
    _claim_parts,
    lenient_text,
)

# Columns iter_export_table can give: name -> (SQL expression, is text). The sentence is the one stored
# when the span was set; quantities are a claim's linked quantities in
# text order (?SEP is the separator parameter).
EXPORT_FIELDS: dict[str, tuple[str, bool]] = {
    "annotation_id": ("a.id", False),
    "article_id": ("a.article_id", False),
    "article_title": ("ar.title", True),
    "site": ("ar.site", True),
    "published": ("ar.published", True),
    "label": ("l.name", True),
    "kind": ("l.kind", True),
    "text": ("a.text", True),
    "start": ("a.start", False),
    "end": ('a."end"', False),
    "sentence": ("a.sentence", True),
    "note": ("a.note", True),
    "annotator": ("a.annotator", True),
    "created": ("a.created", True),
    "updated": ("a.updated", True),
    "origin": ("a.origin", True),
    "claimant": ("a.claimant", True),
    "claim_status": ("a.claim_status", True),
    "url": ("ar.url", True),
    # {value} marks where the value is read, so neutralising it does not run the subquery three times.
    "quantities": (
        "CASE WHEN l.kind = 'claim' AND EXISTS (SELECT 1 FROM claim_quantities WHERE claim_id = a.id) "
        "THEN (SELECT {value} FROM (SELECT group_concat(q.text, ?SEP) AS v FROM "
        "(SELECT q.text FROM claim_quantities c JOIN annotations q ON q.id = c.quantity_id "
        "WHERE c.claim_id = a.id ORDER BY q.start, q.id) q) g) END",
        True,
    ),
    # The entity an entity tag names (issue 12): its id and canonical name.
    "entity_id": ("a.entity_id", False),
    # Where the tag stands (issue 12): body, title, byline or dateline; start and end count in it.
    "field": ("a.field", True),
    "entity": ("e.canonical", True),
    # Claims: the claimant as an entity, the fact-check, and the evidence's sources joined with ?SEP.
    "claimant_entity_id": ("a.claimant_entity_id", False),
    # The claimant entity's canonical name; looked up only for a claim that has one (most rows don't).
    "claimant_entity": (
        "CASE WHEN a.claimant_entity_id IS NOT NULL THEN "
        "(SELECT {value} FROM (SELECT canonical AS v FROM entities WHERE id = a.claimant_entity_id) c) END",
        True,
    ),
    "claimant_label": (
        "CASE WHEN a.claimant_entity_id IS NOT NULL THEN (SELECT {value} FROM (SELECT cl.name AS v "
        "FROM entities ce JOIN labels cl ON cl.id = ce.label_id WHERE ce.id = a.claimant_entity_id) c) END",
        True,
    ),
    "explanation": ("a.explanation", True),
    "review_state": ("a.review_state", True),
    "checked_by": ("a.checked_by", True),
    "checked_at": ("a.checked_at", True),
    "evidence": (
        "CASE WHEN l.kind = 'claim' AND EXISTS (SELECT 1 FROM evidence WHERE claim_id = a.id) "
        "THEN (SELECT {value} FROM (SELECT group_concat(ev.source, ?SEP) AS v FROM "
        "(SELECT source FROM evidence WHERE claim_id = a.id ORDER BY id) ev) g) END",
        True,
    ),
}


class ExportMixin(StoreCore):
    """Streaming reads for the exporters."""

    def _export_where(
        self,
        labels: Sequence[str],
        article_ids: Sequence[int],
        claim_status: str | None,
        article_status: str | None,
        annotator: str | None,
        since: str | None,
        article_range: tuple[int, int] | None = None,
        gold: bool = False,
    ) -> tuple[str, list]:
        # The annotators' layers, or the reviewer's gold set (reader.store.desk_store): never both,
        # or an accepted tag would be exported twice.
        where: list[str] = ["a.gold = 1" if gold else "a.gold = 0"]
        params: list = []
        if article_range:
            where.append("a.article_id BETWEEN ? AND ?")
            params.extend(int(i) for i in article_range)
        if labels:
            names = [self.get_label(name).name for name in labels]
            where.append(f"l.name IN ({','.join('?' * len(names))})")
            params.extend(names)
        if article_ids:
            # One JSON parameter, not one per id: a search can name more articles than SQLite takes
            # parameters (32,766).
            where.append("a.article_id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps([int(i) for i in article_ids]))
        if claim_status:
            where.append("a.claim_status = ?")
            params.append(claim_status)
        if article_status:
            where.append("ar.status = ?")
            params.append(article_status)
        if annotator:
            where.append("a.annotator = ?")
            params.append(annotator)
        if since:
            where.append("a.updated >= ?")
            params.append(since)
        return "WHERE " + " AND ".join(where), params

    def _stream(self, sql: str, params: Sequence, batch_size: int) -> Iterator[list[tuple]]:
        """The rows of one query, batch_size at a time from one cursor: constant memory however many.

        A file database is read through a connection of its own: a cursor left open on the
        writing connection would hold its read snapshot for the whole export, and once another
        program committed, every write here (a tag made while the TUI exports) would fail as busy.
        On PostgreSQL: a server-side cursor on a pooled connection of its own."""
        if self.dialect == "postgresql":
            yield from pg_connection.stream(self, sql, params, batch_size)
            return
        own = str(self.path) != ":memory:"
        try:
            if own:
                conn = sqlite3.connect(
                    self._read_uri,
                    uri=True,
                    timeout=BUSY_TIMEOUT_S,
                    check_same_thread=False,
                )
                lock: contextlib.AbstractContextManager = contextlib.nullcontext()
            else:
                conn, lock = self.conn, self._lock
            try:
                with lock:
                    cur = conn.execute(sql, params)
                done = 0
                while True:
                    try:
                        with lock:
                            rows = cur.fetchmany(batch_size)
                    except sqlite3.OperationalError as e:
                        # A value that is not UTF-8 (a damaged or tampered file): read again from the
                        # start decoding with replacement, past the rows already given. Only such a
                        # file pays for decoding in Python.
                        if not own or conn.text_factory is lenient_text or "decode" not in str(e):
                            raise
                        conn.text_factory = lenient_text
                        cur = conn.execute(sql, params)
                        skip = done
                        while skip > 0:
                            got = len(cur.fetchmany(min(skip, 10_000)))
                            if not got:
                                break
                            skip -= got
                        continue
                    if not rows:
                        return
                    done += len(rows)
                    yield rows
            finally:
                if own:
                    conn.close()
        except sqlite3.DatabaseError as e:
            raise StoreError(self._describe(e)) from None

    def iter_annotations_for_export(
        self,
        *,
        labels: Sequence[str] = (),
        article_ids: Sequence[int] = (),
        claim_status: str | None = None,
        article_status: str | None = None,
        annotator: str | None = None,
        since: str | None = None,
        batch_size: int = 1000,
        gold: bool = False,
    ) -> Iterator[ExportRow]:
        """Every annotation matching the filters, ordered by article, then start, end and id, with its
        article's metadata, streamed. since compares with the updated timestamp (ISO, >=)."""
        where, params = self._export_where(
            labels, article_ids, claim_status, article_status, annotator, since, gold=gold
        )
        sql = f"""
            SELECT {_ANNOTATION_COLS},
                   ar.title, ar.site, ar.published, ar.content_hash, ar.source, ar.url,
                   {_QUANTITIES_JSON}, {_EVIDENCE_JSON}, {_CLAIMANT_LABEL}, ar.page_hash, a.gold
            FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
            {where}
            ORDER BY a.article_id, a.start, a."end", a.id
        """
        w = _ANNOTATION_WIDTH
        for rows in self._stream(sql, params, batch_size):
            for r in rows:
                ann, quantity_texts = _claim_parts(r, w + 6)
                quantities = [(q[0], q[1], q[2], q[3]) for q in json.loads(r[w + 6])] if r[w + 6] else []
                yield ExportRow(
                    ann,
                    r[w],
                    r[w + 1],
                    r[w + 2],
                    r[w + 3],
                    r[w + 4],
                    quantity_texts,
                    article_url=r[w + 5],
                    claimant_label=r[w + 8],
                    page_hash=r[w + 9],
                    gold=bool(r[w + 10]),
                    quantities=quantities,
                )

    def iter_export_table(
        self,
        fields: Sequence[str],
        *,
        neutralise: str = "",
        separator: str = " | ",
        labels: Sequence[str] = (),
        article_ids: Sequence[int] = (),
        claim_status: str | None = None,
        article_status: str | None = None,
        annotator: str | None = None,
        since: str | None = None,
        article_range: tuple[int, int] | None = None,
        batch_size: int = 2000,
        gold: bool = False,
    ) -> Iterator[list[tuple]]:
        """The annotations iter_annotations_for_export gives, in the same order, as batches of flat
        tuples of the named EXPORT_FIELDS computed by SQLite, so a writer takes them as they are (no
        Python per row: issue 7's export speed). A text value starting with a character of neutralise
        gets a "'" before it (spreadsheet formula injection); a claim's quantities are joined with
        separator. article_range=(first, last) keeps the articles with ids in it (one part of an
        export run in parallel: see export_ranges)."""
        sql, params = self._export_table_sql(
            fields,
            neutralise,
            separator,
            (labels, article_ids, claim_status, article_status, annotator, since, article_range, gold),
        )
        return self._stream(sql, params, batch_size)

    def iter_export_csv(
        self,
        fields: Sequence[str],
        *,
        neutralise: str = "",
        separator: str = " | ",
        labels: Sequence[str] = (),
        article_ids: Sequence[int] = (),
        claim_status: str | None = None,
        article_status: str | None = None,
        annotator: str | None = None,
        since: str | None = None,
        gold: bool = False,
    ) -> Iterator[tuple[int, bytes]]:
        """PostgreSQL only: the rows of iter_export_table as CSV written by the server (COPY ... TO
        STDOUT), in (row count, UTF-8 bytes) chunks, each line ending in CRLF: the bytes
        csv.writer(lineterminator="\\r\\n") writes for the same rows, without a Python object per
        cell (issue 14's export rate: 3 times as many rows a second). Empty texts are sent as NULL,
        which both write as an empty unquoted cell."""
        if self.dialect != "postgresql":
            raise InvalidInput("the server's CSV writer is on PostgreSQL only")
        sql, params = self._export_table_sql(
            fields,
            neutralise,
            separator,
            (labels, article_ids, claim_status, article_status, annotator, since, None, gold),
            empty_as_null=True,
        )
        return pg_connection.copy_csv(self, sql, params)

    def _export_table_sql(
        self,
        fields: Sequence[str],
        neutralise: str,
        separator: str,
        filters: tuple,
        *,
        empty_as_null: bool = False,
    ) -> tuple[str, list]:
        """The SELECT of iter_export_table and its parameters; filters: _export_where's arguments.
        empty_as_null: an empty text is NULL (for the server's CSV writer, which quotes '')."""
        unknown = [f for f in fields if f not in EXPORT_FIELDS]
        if unknown:
            raise InvalidInput(f"unknown export fields: {', '.join(unknown)}")
        where, params = self._export_where(*filters)
        if any(c >= "A" for c in neutralise):
            raise InvalidInput("only characters below 'A' can be neutralised")
        codes = ",".join(str(ord(c)) for c in neutralise)
        columns = []
        for name in fields:
            expr, is_text = EXPORT_FIELDS[name]
            value = "v" if "{value}" in expr else expr
            if is_text and codes:
                # Most values start at or above 'A' (letters, anything not ASCII): one comparison
                # settles them, which halves the cost of this column.
                value = (
                    f"CASE WHEN {value} >= 'A' THEN {value} "
                    f"WHEN unicode({value}) IN ({codes}) THEN '''' || {value} ELSE {value} END"
                )
            column = expr.replace("{value}", value) if "{value}" in expr else value
            columns.append(f"NULLIF({column}, '')" if is_text and empty_as_null else column)
        sql = f"""
            SELECT {", ".join(columns)}
            FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
            LEFT JOIN entities e ON e.id = a.entity_id
            {where}
            ORDER BY a.article_id, a.start, a."end", a.id
        """
        # The separator's placeholders all stand in the select list, before the filters' ones.
        separators = [separator] * sql.count("?SEP")
        return sql.replace("?SEP", "?"), [*separators, *params]

    def annotators(self) -> list[str]:
        """Everyone who has tagged (an annotator's layer or the gold set), by name."""
        rows = self._read(
            "SELECT DISTINCT annotator FROM annotations WHERE annotator IS NOT NULL ORDER BY annotator"
        )
        return [r[0] for r in rows]

    def export_ranges(
        self, rows_per_range: int, article_ids: Sequence[int] = ()
    ) -> list[tuple[int, int, int]]:
        """(first article id, last article id, annotations in them) splitting the annotated articles,
        in id order, into ranges of about rows_per_range annotations (more when one article holds
        more): the parts of an export run in parallel. Counts ignore filters, so they are upper bounds."""
        sql = "SELECT article_id, annotation_count FROM annotation_counts WHERE annotation_count > 0"
        params = []
        if article_ids:
            sql += " AND article_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps([int(i) for i in article_ids]))
        ranges: list[tuple[int, int, int]] = []
        first, total = None, 0
        for article_id, count in self._read(sql + " ORDER BY article_id", params):
            first = article_id if first is None else first
            total += count
            if total >= rows_per_range:
                ranges.append((first, article_id, total))
                first, total = None, 0
        if first is not None:
            ranges.append((first, article_id, total))
        return ranges
