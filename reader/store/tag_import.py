"""Many tags of one article put back at once (`reader restore`, import-annotations): the rows,
entities, aliases and events insert_annotation stores for each, but in a few round trips for the
whole article instead of three or four per tag. Restoring 500 tags on PostgreSQL took 2,014 round
trips and 3.3 s one insert_annotation each (benchmarks/delete_articles.py --trash).

The work insert_annotation does per tag in SQL is done here in Python over rows read once: the
article's texts and its tags (the duplicate check), the entities the tags' names already have
(one look-up for every name), then ids taken for the new rows, then one INSERT per table
(executemany: one pipeline on a server). A tag that insert_annotation would refuse gets the same
error here, in its place in the result, and the others are stored. Claims are not taken here (a
claimant, quantities, evidence: the caller adds them with insert_annotation)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from reader.anchor import context
from reader.entities import entity_key
from reader.errors import AlreadyTagged, InvalidInput, NotFound, ReaderError
from reader.models import FIELDS, ORIGINS, Label
from reader.normalize import normalize_field, normalize_note
from reader.segments import sentence_text
from reader.short_text import short_text
from reader.store.annotations import AnnotationsMixin
from reader.store.core import lock_entity_name, read_together, run_later
from reader.store.rows import _check_span, now

# Rows per look-up of names (a statement's parameters stay well under SQLite's limit).
CHUNK = 500


@dataclass
class ImportedTag:
    """One tag to put back: what insert_annotation takes for a tag that is not a claim."""

    label: str
    start: int
    end: int
    field: str = "body"
    note: str | None = None
    annotator: str | None = None
    origin: str = "manual"
    created: str | None = None
    updated: str | None = None
    gold: bool = False
    entity_name: str | None = None  # the canonical name an export gave its entity


def _entity_name(name: str) -> str:
    return normalize_field(name) or name.strip()


class TagImportMixin(AnnotationsMixin):
    def import_tags(self, article_id: int, tags: Sequence[ImportedTag]) -> list[int | ReaderError]:
        """insert_annotation(article_id, ...) for each tag (none a claim), in one write: for each,
        the new tag's id, or the error insert_annotation would have raised for it (nothing stored
        for that one). A missing article raises NotFound."""
        if not tags:
            return []
        labels = {t.label: self.get_label(t.label) for t in tags}  # unknown: InvalidInput, as there
        if any(lab.kind == "claim" for lab in labels.values()):
            raise InvalidInput("import_tags takes no claims: add them with insert_annotation")
        with self._write(article_id) as conn:
            texts, taken = self._article_texts_and_tags(conn, article_id)
            out: list[int | ReaderError] = []
            checked: list[tuple[ImportedTag, Label, str | None, str | None, str]] = []
            for tag in tags:
                try:
                    checked.append((tag, *self._checked(article_id, tag, labels[tag.label], texts, taken)))
                    out.append(0)  # its id, below
                except ReaderError as e:
                    out.append(e)
            named = [(lab, texts[t.field][t.start : t.end], t.entity_name)
                     for t, lab, *_ in checked if lab.kind == "entity" and not t.gold]  # fmt: skip
            aliases = self._aliases(conn, named)
            ids = self._next_ids(conn, "annotations", len(checked))
            entities = self._entities_for(conn, named, aliases)
            stamp = now()
            rows, events = [], []
            names = iter(entities)
            for ann_id, (tag, lab, note, annotator, text) in zip(ids, checked, strict=True):
                start, end = tag.start, tag.end
                prefix, suffix = context(text, start, end)
                entity_id = next(names) if lab.kind == "entity" and not tag.gold else None
                rows.append((
                    ann_id, article_id, lab.id, start, end, text[start:end], prefix, suffix,
                    sentence_text(text, start, end), note or None, annotator, tag.created or stamp,
                    tag.updated or stamp, tag.origin, 1 if tag.gold else 0, tag.field, entity_id,
                ))  # fmt: skip
                events.append((None, article_id, ann_id, "added", annotator, stamp))
            conn.executemany(
                """INSERT INTO annotations (id, article_id, label_id, start, "end", text, prefix, suffix,
                   sentence, note, annotator, created, updated, origin, gold, field, entity_id)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows,
            )
            conn.executemany(
                "INSERT INTO events (session_id, article_id, annotation_id, action, annotator, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                events,
            )
            if rows:
                run_later(
                    conn,
                    "UPDATE articles SET status = 'in progress' WHERE id = ? AND status = 'new'",
                    (article_id,),
                )
        new_ids = iter(ids)
        return [next(new_ids) if not isinstance(r, ReaderError) else r for r in out]

    def _article_texts_and_tags(
        self, conn: sqlite3.Connection, article_id: int
    ) -> tuple[dict[str, str], set[tuple]]:
        """The article's body, title, byline and dateline, and the (label id, start, end, layer,
        gold, field) of its tags, read together."""
        found, tags = read_together(
            conn,
            [
                ("SELECT text, title, byline, dateline FROM articles WHERE id = ?", (article_id,)),
                (
                    "SELECT label_id, start, \"end\", coalesce(annotator, ''), gold, field FROM annotations "
                    "WHERE article_id = ?",
                    (article_id,),
                ),
            ],
        )
        if not found.rows:
            raise NotFound(f"no article with id {article_id}")
        texts = dict(zip(FIELDS, (v or "" for v in found.rows[0]), strict=True))
        return texts, {tuple(r) for r in tags.rows}

    def _checked(
        self, article_id: int, tag: ImportedTag, lab: Label, texts: dict[str, str], taken: set[tuple]
    ) -> tuple[Label, str | None, str | None, str]:
        """(label, note, annotator, text of its field) of a tag insert_annotation would store, its
        place in taken; else the error insert_annotation raises for it, in the same order."""
        note, annotator = normalize_note(tag.note), normalize_field(tag.annotator)
        if tag.origin not in ORIGINS:
            raise InvalidInput(f"unknown origin {tag.origin!r}")
        if tag.field not in FIELDS:
            raise InvalidInput(f"unknown field {tag.field!r}; use one of: {', '.join(FIELDS)}")
        text = texts[tag.field]
        if tag.field != "body" and not text:
            raise InvalidInput(f"article {article_id} has no {tag.field} to tag")
        _check_span(text, tag.start, tag.end, tag.field)
        key = (lab.id, tag.start, tag.end, annotator or "", 1 if tag.gold else 0, tag.field)
        if key in taken:
            raise AlreadyTagged(f"“{short_text(text[tag.start : tag.end], 40)}” is already tagged {lab.name}")
        taken.add(key)
        return lab, note, annotator, text

    def _aliases(
        self, conn: sqlite3.Connection, named: list[tuple[Label, str, str | None]]
    ) -> dict[tuple[int, str], int]:
        """{(label id, name key): the entity of that label with that name (the lowest id, as
        _alias_query picks)} for every key the tags may look up: their words' and their exported
        entities' names. Each key's lock is taken first, in one order (tag_batch.add_tags)."""
        keys = {entity_key(text) for _, text, _ in named}
        keys |= {entity_key(name) for _, _, name in named if name}
        for key in sorted(keys):
            lock_entity_name(conn, key)
        found: dict[tuple[int, str], int] = {}
        ordered = sorted(keys)
        for at in range(0, len(ordered), CHUNK):
            chunk = ordered[at : at + CHUNK]
            for key, label_id, entity_id in conn.execute(
                "SELECT al.key, e.label_id, min(al.entity_id) FROM entity_aliases al "
                f"JOIN entities e ON e.id = al.entity_id WHERE al.key IN ({', '.join('?' * len(chunk))}) "
                "GROUP BY al.key, e.label_id",
                chunk,
            ).fetchall():
                found[(label_id, key)] = entity_id
        return found

    def _entities_for(
        self,
        conn: sqlite3.Connection,
        named: list[tuple[Label, str, str | None]],
        aliases: dict[tuple[int, str], int],
    ) -> list[int]:
        """The entity each named tag joins, in order, as _entity_named (with an exported name) or
        _link_mention (without) would choose it one tag after another; the entities and names
        this makes are inserted here."""
        # An entity is ("old", its id) or ("new", its place in `new`) until the new ones have ids.
        new: list[tuple[int, str]] = []  # (label id, canonical name)
        new_aliases: list[tuple[tuple[str, int], str, str]] = []  # (entity, key, alias)
        chosen: list[tuple[str, int]] = []
        known: dict[tuple[int, str], tuple[str, int]] = {k: ("old", v) for k, v in aliases.items()}

        def make(label_id: int, name: str) -> tuple[str, int]:
            name = _entity_name(name)
            new.append((label_id, name))
            ref = ("new", len(new) - 1)
            new_aliases.append((ref, entity_key(name), name))
            known.setdefault((label_id, entity_key(name)), ref)
            return ref

        for lab, text, canonical in named:
            key = entity_key(text)
            if (lab.id, key) not in known and not canonical:
                make(lab.id, text)
            elif (lab.id, key) not in known:
                ck = entity_key(canonical or "")
                target = known.get((lab.id, ck)) if ck and ck != key else None
                if target is None:
                    target = make(lab.id, (canonical or text) if ck else text)
                if key != ck and (lab.id, key) not in known:
                    new_aliases.append((target, key, _entity_name(text)))
                    known[(lab.id, key)] = target
            chosen.append(known[(lab.id, key)])
        ids = self._next_ids(conn, "entities", len(new))
        stamp = now()
        conn.executemany(
            "INSERT INTO entities (id, label_id, canonical, created) VALUES (?, ?, ?, ?)",
            [(i, label_id, name, stamp) for i, (label_id, name) in zip(ids, new, strict=True)],
        )

        def entity_id(ref: tuple[str, int]) -> int:
            return ids[ref[1]] if ref[0] == "new" else ref[1]

        conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, key, alias) VALUES (?, ?, ?)",
            [(entity_id(ref), key, alias) for ref, key, alias in new_aliases],
        )
        return [entity_id(ref) for ref in chosen]

    def _next_ids(self, conn: sqlite3.Connection, table: str, n: int) -> list[int]:
        """n ids for new rows of table (annotations, entities: AUTOINCREMENT, never reused), taken
        now so that the rows naming them go in one statement each."""
        if n == 0:
            return []
        if self.dialect == "postgresql":
            rows = conn.execute(
                f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, ?)", (n,)
            ).fetchall()
            return [int(r[0]) for r in rows]
        # Under the write lock: no other writer takes ids until the rows are in.
        (last,) = conn.execute(
            f"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0), "
            f"coalesce((SELECT max(id) FROM {table}), 0))"
        ).fetchone()
        return list(range(int(last) + 1, int(last) + 1 + n))
