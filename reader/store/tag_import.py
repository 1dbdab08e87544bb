"""Many tags of one article put back at once (`reader restore`, import-annotations): the rows,
entities, aliases, claimants, evidence, quantity links and events insert_annotation stores for
each, but in a few round trips for the whole article instead of three to five per tag. Restoring
500 tags on PostgreSQL took 2,014 round trips and 3.3 s one insert_annotation each
(benchmarks/delete_articles.py --trash).

The work insert_annotation does per tag in SQL is done here in Python over rows read once: the
article's texts and its tags (the duplicate check, a claim's quantities), the entities the tags'
and claimants' names already have (one look-up for every name), then ids taken for the new rows,
then one INSERT per table (executemany: one pipeline on a server). A tag that insert_annotation
would refuse gets the same error here, in its place in the result, and the others are stored."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from reader.anchor import context
from reader.entities import entity_key
from reader.errors import AlreadyTagged, InvalidInput, NotFound, ReaderError
from reader.models import CLAIM_STATUSES, FIELDS, ORIGINS, Evidence, Label
from reader.normalize import normalize_field, normalize_note
from reader.segments import sentence_text
from reader.short_text import short_text
from reader.store.annotations import AnnotationsMixin
from reader.store.core import lock_entity_name, read_together, run_later
from reader.store.entity_store import DEFAULT_CLAIMANT_LABEL
from reader.store.factcheck_store import clean_field, clean_text
from reader.store.rows import _check_span, _review_state, now

# Names per look-up (a statement's parameters stay well under SQLite's limit).
CHUNK = 500

Ref = tuple[str, int]  # ("old", an entity's id) or ("new", its place among the entities made here)


@dataclass
class ImportedTag:
    """One tag to put back: what insert_annotation takes (a claim's fields only for a claim)."""

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
    entity_name: str | None = None  # the canonical name an export gave its entity (a claim: its claimant's)
    claimant: str | None = None
    claimant_label: str | None = None  # an entity label: the kind of a claimant made here
    claim_status: str | None = None
    explanation: str | None = None
    review_state: str | None = None
    checked_by: str | None = None
    checked_at: str | None = None
    evidence: Sequence[Evidence] = ()
    quantity_ids: Sequence[int] = ()


@dataclass
class _Checked:
    tag: ImportedTag
    label: Label
    note: str | None
    annotator: str | None
    text: str  # the text of its field
    claimant_label_id: int | None = None


def _one_line(name: str) -> str:
    return normalize_field(name) or name.strip()


class _Names:
    """The entities the tags join and the claimants they name, chosen one tag after another as
    insert_annotation chooses them (entity_store: _entity_named, _link_mention, _claimant_entity),
    over the names read once; the entities made are inserted by insert()."""

    def __init__(self, by_label: dict[tuple[int, str], int], any_label: dict[str, int], person: int) -> None:
        self.known: dict[tuple[int, str], Ref] = {k: ("old", v) for k, v in by_label.items()}
        self.any_label: dict[str, Ref] = {k: ("old", v) for k, v in any_label.items()}
        self.person = person  # a claimant's kind when none is given
        self.new: list[tuple[int, str]] = []  # (label id, canonical name)
        self.aliases: list[tuple[Ref, str, str]] = []  # (entity, key, alias)
        self.ids: list[int] = []

    def _make(self, label_id: int, name: str) -> Ref:
        name = _one_line(name)
        ref = ("new", len(self.new))
        self.new.append((label_id, name))
        self._alias(label_id, ref, entity_key(name), name)
        return ref

    def _alias(self, label_id: int, ref: Ref, key: str, alias: str) -> None:
        self.aliases.append((ref, key, alias))
        self.known.setdefault((label_id, key), ref)  # a lower id of that label is found first
        self.any_label.setdefault(key, ref)

    def named(self, label_id: int, text: str, canonical: str | None) -> Ref:
        """The entity a tag of label_id on `text` joins, or a claimant of that kind with an
        exported entity named `canonical` (_entity_named, then _link_mention)."""
        key = entity_key(text)
        if (label_id, key) in self.known:
            return self.known[(label_id, key)]
        if not canonical:
            return self._make(label_id, text)
        ck = entity_key(canonical)
        target = self.known.get((label_id, ck)) if ck and ck != key else None
        if target is None:
            target = self._make(label_id, canonical if ck else text)
        if key != ck and (label_id, key) not in self.known:
            self._alias(label_id, target, key, _one_line(text))
        return self.known[(label_id, key)]

    def claimant(self, name: str, label_id: int | None) -> Ref:
        """The entity a claimant typed as `name` is (_claimant_entity): of label_id, else of any
        label (the most mentioned), else a new one of label_id (PERSON when none)."""
        key = entity_key(_one_line(name))
        found = self.known.get((label_id, key)) if label_id is not None else self.any_label.get(key)
        return found if found is not None else self._make(label_id or self.person, name)

    def id_of(self, ref: Ref) -> int:
        return self.ids[ref[1]] if ref[0] == "new" else ref[1]

    def insert(self, conn: sqlite3.Connection, ids: list[int]) -> None:
        self.ids = ids
        stamp = now()
        conn.executemany(
            "INSERT INTO entities (id, label_id, canonical, created) VALUES (?, ?, ?, ?)",
            [(i, label_id, name, stamp) for i, (label_id, name) in zip(ids, self.new, strict=True)],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, key, alias) VALUES (?, ?, ?)",
            [(self.id_of(ref), key, alias) for ref, key, alias in self.aliases],
        )


class TagImportMixin(AnnotationsMixin):
    def import_tags(self, article_id: int, tags: Sequence[ImportedTag]) -> list[int | ReaderError]:
        """insert_annotation(article_id, ...) for each tag, in one write: for each, the new tag's
        id, or the error insert_annotation would have raised for it (nothing stored for that one).
        A claim's quantities are tags stored before the call. A missing article raises NotFound."""
        if not tags:
            return []
        with self._write(article_id) as conn:
            texts, taken, here = self._article_texts_and_tags(conn, article_id)
            out: list[int | ReaderError] = []
            checked: list[_Checked] = []
            for tag in tags:
                try:
                    checked.append(self._checked(article_id, tag, texts, taken, here))
                    out.append(0)  # its id, below
                except ReaderError as e:
                    out.append(e)
            names = self._names(conn, checked)
            refs: list[Ref | None] = []
            claimants: list[tuple[str | None, Ref | None]] = []
            for c in checked:
                t = c.tag
                entity = c.label.kind == "entity" and not t.gold
                refs.append(
                    names.named(c.label.id, c.text[t.start : t.end], t.entity_name) if entity else None
                )
                claimants.append(self._claimant_of(c, names) if c.label.kind == "claim" else (None, None))
            ids = self._next_ids(conn, "annotations", len(checked))
            names.insert(conn, self._next_ids(conn, "entities", len(names.new)))
            self._insert_rows(conn, article_id, checked, ids, refs, claimants, names)
        new_ids = iter(ids)
        return [next(new_ids) if not isinstance(r, ReaderError) else r for r in out]

    def _insert_rows(
        self,
        conn: sqlite3.Connection,
        article_id: int,
        checked: list[_Checked],
        ids: list[int],
        refs: list[Ref | None],
        claimants: list[tuple[str | None, Ref | None]],
        names: _Names,
    ) -> None:
        """The tags' rows, their evidence, quantity links and events: one statement each."""
        stamp = now()
        rows, events, evidence, links = [], [], [], []
        for ann_id, c, ref, (claimant, who) in zip(ids, checked, refs, claimants, strict=True):
            t, (start, end), text = c.tag, (c.tag.start, c.tag.end), c.text
            prefix, suffix = context(text, start, end)
            claim = c.label.kind == "claim"
            rows.append((
                ann_id, article_id, c.label.id, start, end, text[start:end], prefix, suffix,
                sentence_text(text, start, end), c.note or None, c.annotator, t.created or stamp,
                t.updated or stamp, t.origin, 1 if t.gold else 0, t.field,
                names.id_of(ref) if ref is not None else None, claimant or None,
                (t.claim_status or "unverified") if claim else None,
                names.id_of(who) if who is not None else None,
                clean_text(t.explanation) if claim else None,
                (t.review_state or "unreviewed") if claim else None,
                clean_field(t.checked_by) if claim else None, t.checked_at if claim else None,
            ))  # fmt: skip
            events.append((None, article_id, ann_id, "added", c.annotator, stamp))
            if claim:
                evidence += [
                    (e.id, ann_id, clean_field(e.source), clean_text(e.quote), clean_text(e.note),
                     e.added_at, clean_field(e.added_by))
                    for e in t.evidence if clean_field(e.source)
                ]  # fmt: skip
                links += [(ann_id, q) for q in dict.fromkeys(t.quantity_ids)]
        conn.executemany(
            """INSERT INTO annotations (id, article_id, label_id, start, "end", text, prefix, suffix,
               sentence, note, annotator, created, updated, origin, gold, field, entity_id, claimant,
               claim_status, claimant_entity_id, explanation, review_state, checked_by, checked_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
        conn.executemany(
            "INSERT INTO evidence (id, claim_id, source, quote, note, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            evidence,
        )
        conn.executemany("INSERT INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)", links)
        conn.executemany(
            "INSERT INTO events (session_id, article_id, annotation_id, action, annotator, at) VALUES (?, ?, ?, ?, ?, ?)",
            events,
        )
        if rows:
            run_later(
                conn,
                "UPDATE articles SET status = 'in progress' WHERE id = ? AND status = 'new'",
                (article_id,),
            )

    @staticmethod
    def _claimant_of(c: _Checked, names: _Names) -> tuple[str | None, Ref | None]:
        """(claimant text, its entity) of a claim, as insert_annotation gives them."""
        t = c.tag
        claimant = normalize_field(t.claimant)
        if not claimant or not claimant.strip():
            return None, None
        if t.entity_name and c.claimant_label_id is not None:  # the entity the export named
            return _one_line(claimant), names.named(c.claimant_label_id, claimant, t.entity_name)
        return _one_line(claimant), names.claimant(claimant, c.claimant_label_id)

    def _article_texts_and_tags(
        self, conn: sqlite3.Connection, article_id: int
    ) -> tuple[dict[str, str], set[tuple], set[int]]:
        """The article's body, title, byline and dateline, the (label id, start, end, layer,
        gold, field) of its tags, and their ids, read together."""
        found, tags = read_together(
            conn,
            [
                ("SELECT text, title, byline, dateline FROM articles WHERE id = ?", (article_id,)),
                (
                    "SELECT id, label_id, start, \"end\", coalesce(annotator, ''), gold, field FROM annotations "
                    "WHERE article_id = ?",
                    (article_id,),
                ),
            ],
        )
        if not found.rows:
            raise NotFound(f"no article with id {article_id}")
        texts = dict(zip(FIELDS, (v or "" for v in found.rows[0]), strict=True))
        return texts, {tuple(r[1:]) for r in tags.rows}, {r[0] for r in tags.rows}

    def _checked(
        self, article_id: int, tag: ImportedTag, texts: dict[str, str], taken: set[tuple], here: set[int]
    ) -> _Checked:
        """A tag insert_annotation would store (its place in taken); else the error
        insert_annotation raises for it, checked in the same order."""
        lab = self.get_label(tag.label)
        note, annotator = normalize_note(tag.note), normalize_field(tag.annotator)
        if tag.origin not in ORIGINS:
            raise InvalidInput(f"unknown origin {tag.origin!r}")
        claimant_label_id = None
        if lab.kind == "claim":
            status = tag.claim_status or "unverified"
            if status not in CLAIM_STATUSES:
                raise InvalidInput(
                    f"unknown claim status {status!r}; use one of: {', '.join(CLAIM_STATUSES)}"
                )
            _review_state(tag.review_state or "unreviewed")
            if tag.field != "body":
                raise InvalidInput(f"a claim is tagged in the article's text, not in its {tag.field}")
            if tag.claimant_label:
                claimant_label_id = self._claimant_label_id(tag.claimant_label)
        if tag.field not in FIELDS:
            raise InvalidInput(f"unknown field {tag.field!r}; use one of: {', '.join(FIELDS)}")
        text = texts[tag.field]
        if tag.field != "body" and not text:
            raise InvalidInput(f"article {article_id} has no {tag.field} to tag")
        _check_span(text, tag.start, tag.end, tag.field)
        key = (lab.id, tag.start, tag.end, annotator or "", 1 if tag.gold else 0, tag.field)
        if key in taken:
            raise AlreadyTagged(f"“{short_text(text[tag.start : tag.end], 40)}” is already tagged {lab.name}")
        if lab.kind == "claim":
            for qid in dict.fromkeys(tag.quantity_ids):
                if qid not in here:
                    raise InvalidInput(f"annotation {qid} is not in article {article_id}")
        taken.add(key)
        return _Checked(tag, lab, note, annotator, text, claimant_label_id)

    def _names(self, conn: sqlite3.Connection, checked: list[_Checked]) -> _Names:
        """The entities every name of the tags and claimants already has: by label (the lowest
        id, as _alias_query picks) and, for a claimant of no kind, of any label (the most
        mentioned). Each name's lock is taken first, in one order (tag_batch.add_tags)."""
        keys: set[str] = set()
        for c in checked:
            t = c.tag
            if c.label.kind == "entity" and not t.gold:
                keys.add(entity_key(c.text[t.start : t.end]))
            if c.label.kind == "claim" and t.claimant and t.claimant.strip():
                keys.add(entity_key(_one_line(normalize_field(t.claimant) or t.claimant)))
            if t.entity_name:
                keys.add(entity_key(t.entity_name))
        for key in sorted(keys):
            lock_entity_name(conn, key)
        by_label: dict[tuple[int, str], int] = {}
        mentioned: dict[str, tuple[int, int]] = {}  # key -> (mentions, -id) of the best of any label
        ordered = sorted(keys)
        for at in range(0, len(ordered), CHUNK):
            chunk = ordered[at : at + CHUNK]
            for key, label_id, entity_id, mentions in conn.execute(
                "SELECT al.key, e.label_id, al.entity_id, "
                "(SELECT count(*) FROM annotations x WHERE x.entity_id = al.entity_id) "
                f"FROM entity_aliases al JOIN entities e ON e.id = al.entity_id WHERE al.key IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall():
                if (label_id, key) not in by_label or entity_id < by_label[(label_id, key)]:
                    by_label[(label_id, key)] = entity_id
                if key not in mentioned or (mentions, -entity_id) > mentioned[key]:
                    mentioned[key] = (mentions, -entity_id)
        any_label = {key: -best[1] for key, best in mentioned.items()}
        return _Names(by_label, any_label, self.get_label(DEFAULT_CLAIMANT_LABEL).id)

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
