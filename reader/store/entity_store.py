"""Entities in the store (issue 12): one entity, many mentions, with a canonical name and aliases.

Every entity tag (an annotation of an entity-kind label) points at one entity of its label. An
entity's aliases are the entity_key()s of the texts that name it: a new tag whose text has one of
those keys joins that entity, else a new entity is made, named by the tag's text. Merging moves
mentions, aliases and claims from some entities into one; splitting gives aliases their own entity
again. Both are recorded as EntityState snapshots so the history can undo and redo them exactly.

A mixin of reader.store.Store: it uses the store's transactions (_write, _read, _lock)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.entities import EntityGroup, Mention, entity_id_ref, entity_key
from reader.errors import InvalidInput, NotFound
from reader.models import Entity
from reader.normalize import normalize_field
from reader.segments import sentence_around
from reader.store.core import StoreCore, inserted_id, lock_entity_name, run_later

# The label a claimant typed as a new name gets when none is given.
DEFAULT_CLAIMANT_LABEL = "PERSON"


@dataclass
class EntityState:
    """Everything a merge or split changes, for the entities involved: their rows, their aliases,
    and which annotations point at them as mention or as claimant. Applying a state puts it back."""

    entities: list[tuple[int, int, str, str]] = field(
        default_factory=list
    )  # id, label_id, canonical, created
    aliases: list[tuple[int, str, str]] = field(default_factory=list)  # entity_id, key, alias
    mentions: dict[int, int | None] = field(default_factory=dict)  # annotation id -> entity_id
    claimants: dict[int, int | None] = field(default_factory=dict)  # claim id -> claimant_entity_id

    @property
    def entity_ids(self) -> set[int]:
        return {e[0] for e in self.entities}


def _one_line(text: str) -> str:
    return normalize_field(text) or text.strip()


def _names(canonical: str, aliases_json: str | None) -> list[str]:
    """An entity's aliases, the canonical name first, the others by key."""
    aliases = json.loads(aliases_json) if aliases_json else []
    return sorted(aliases, key=lambda a: a != canonical)


def _entity_name(name: str) -> str:
    return _one_line(name)


class EntitiesMixin(StoreCore):
    # -- linking tags to entities (called inside the store's write transactions) -------------------

    def _new_entity(
        self, conn: sqlite3.Connection, label_id: int, name: str, entity_id: int | None = None
    ) -> int:
        """A new entity of the label named name (with that id: one a delete removed, made again)."""
        from reader.store.store import now

        name = _entity_name(name)
        entity_id = inserted_id(
            conn.execute(
                "INSERT INTO entities (id, label_id, canonical, created) VALUES (?, ?, ?, ?)",
                (entity_id, label_id, name, now()),
            )
        )
        run_later(
            conn,
            "INSERT INTO entity_aliases (entity_id, key, alias) VALUES (?, ?, ?)",
            (entity_id, entity_key(name), name),
        )
        return entity_id

    @staticmethod
    def _alias_query(label_id: int | None, key: str) -> tuple[str, tuple]:
        """The look-up of _entity_by_alias, as (sql, params): its one column is the entity id."""
        if label_id is not None:
            return (
                "SELECT al.entity_id FROM entity_aliases al JOIN entities e ON e.id = al.entity_id "
                "WHERE al.key = ? AND e.label_id = ? ORDER BY al.entity_id LIMIT 1",
                (key, label_id),
            )
        return (
            "SELECT al.entity_id FROM entity_aliases al WHERE al.key = ? "
            "ORDER BY (SELECT count(*) FROM annotations x WHERE x.entity_id = al.entity_id) DESC, "
            "al.entity_id LIMIT 1",
            (key,),
        )

    def _entity_by_alias(self, conn: sqlite3.Connection, label_id: int | None, key: str) -> int | None:
        """The entity (of label_id, or of any label: the most mentioned) with this alias key."""
        row = conn.execute(*self._alias_query(label_id, key)).fetchone()
        return row[0] if row else None

    def _link_mention(
        self,
        conn: sqlite3.Connection,
        annotation_id: int,
        label_id: int,
        text: str,
        found: list[tuple] | None = None,
        again: tuple[int, str] | None = None,
    ) -> int:
        """Point an entity tag at the entity of its label named by its text, made if there is none.
        found: the rows of _alias_query already read (under lock_entity_name) by the caller.
        again: (id, name) of the entity a deleted tag named, made again with them if it is gone."""
        if found is None:
            lock_entity_name(conn, entity_key(text))
            found = conn.execute(*self._alias_query(label_id, entity_key(text))).fetchall()
        entity_id = found[0][0] if found else None
        if entity_id is None and again is not None:
            if not conn.execute("SELECT 1 FROM entities WHERE id = ?", (again[0],)).fetchone():
                entity_id = self._new_entity(conn, label_id, again[1], again[0])
        if entity_id is None:
            entity_id = self._new_entity(conn, label_id, text)
        run_later(conn, "UPDATE annotations SET entity_id = ? WHERE id = ?", (entity_id, annotation_id))
        return entity_id

    def _entity_named(self, conn: sqlite3.Connection, label_id: int, text: str, canonical: str) -> int:
        """The entity of label_id that `text` names, where an export called that entity `canonical`
        (import-annotations): the one that already has the text as a name, left as it is; else the
        one named `canonical`, which gets the text as another name (a merge made in the exporting
        library); else a new entity named `canonical`, with the text as another name."""
        key, canonical_key = entity_key(text), entity_key(canonical)
        for k in sorted({key, canonical_key}):  # one order, so two writers never wait on each other
            lock_entity_name(conn, k)
        found = self._entity_by_alias(conn, label_id, key)
        if found is not None:
            return found
        # (a canonical name the same as the text was looked up just now)
        target = (
            self._entity_by_alias(conn, label_id, canonical_key)
            if canonical_key and canonical_key != key
            else None
        )
        if target is None:
            target = self._new_entity(conn, label_id, canonical if canonical_key else text)
        if key != canonical_key:
            run_later(
                conn,
                "INSERT OR IGNORE INTO entity_aliases (entity_id, key, alias) VALUES (?, ?, ?)",
                (target, key, _entity_name(text)),
            )
        return target

    def _relink_mention(
        self,
        conn: sqlite3.Connection,
        annotation_id: int,
        label_id: int | None,
        old_id: int | None,
        text: str,
    ) -> tuple[EntityState, EntityState]:
        """A tag's text or label changed (a span edit, a new label): its mention follows to the
        entity of its label its new text names; else its own entity is renamed, when this was its
        only mention and nobody gave it a name by hand (merge, rename); else a new entity. An old
        entity left with no mention, no claim and no name given by hand goes: a later tag of the
        old text must not join a hidden entity. label_id None: the tag is no entity tag any more.
        Returns the (before, after) states of the entities involved, for an exact undo."""
        key = entity_key(text)
        found: list[tuple] = []
        if label_id is not None:
            lock_entity_name(conn, key)
            found = conn.execute(*self._alias_query(label_id, key)).fetchall()
        ids = {i for i in (old_id, found[0][0] if found else None) if i is not None}
        before = self._entity_state(conn, json.dumps(sorted(ids)))
        if label_id is None:
            conn.execute("UPDATE annotations SET entity_id = NULL WHERE id = ?", (annotation_id,))
            new_id = None
        elif not found and old_id is not None and self._only_mention(conn, old_id, label_id, annotation_id):
            new_id, name = old_id, _entity_name(text)
            conn.execute("UPDATE entities SET canonical = ? WHERE id = ?", (name, old_id))
            conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (old_id,))
            conn.execute(
                "INSERT INTO entity_aliases (entity_id, key, alias) VALUES (?, ?, ?)",
                (old_id, entity_key(name), name),
            )
        else:
            new_id = self._link_mention(conn, annotation_id, label_id, text, found)
        if old_id is not None and old_id != new_id:
            self._drop_if_orphan(conn, old_id)
        after = self._entity_state(conn, json.dumps(sorted(ids | ({new_id} if new_id else set()))))
        return before, after

    @staticmethod
    def _named_by_hand(conn: sqlite3.Connection, entity_id: int) -> tuple[int | None, bool]:
        """(label id, whether it has a name other than its canonical one: merged or renamed by
        hand) of an entity; (None, True) when there is none."""
        row = conn.execute("SELECT label_id, canonical FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None, True
        keys = {
            r[0] for r in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (entity_id,))
        }
        return row[0], _by_hand(row[1], keys)

    def _only_mention(
        self, conn: sqlite3.Connection, entity_id: int, label_id: int, annotation_id: int
    ) -> bool:
        """Whether annotation_id is all an entity of this label has: no other mention, no claim
        naming it, no name given by hand. Renaming it then changes nothing anyone else sees."""
        label, by_hand = self._named_by_hand(conn, entity_id)
        if label != label_id or by_hand:
            return False
        return not conn.execute(
            "SELECT 1 FROM annotations WHERE (entity_id = ? AND id != ?) OR claimant_entity_id = ? LIMIT 1",
            (entity_id, annotation_id, entity_id),
        ).fetchone()

    def _drop_if_orphan(self, conn: sqlite3.Connection, entity_id: int) -> None:
        """Delete an entity nothing points at any more and nobody named by hand."""
        if self._named_by_hand(conn, entity_id)[1]:
            return
        if conn.execute(
            "SELECT 1 FROM annotations WHERE entity_id = ? OR claimant_entity_id = ? LIMIT 1",
            (entity_id, entity_id),
        ).fetchone():
            return
        conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (entity_id,))
        conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))

    def _drop_orphans(self, conn: sqlite3.Connection, entity_ids: Iterable[int]) -> None:
        """_drop_if_orphan for many entities in a few statements a chunk, not three each (deleting
        an article with 500 tags on PostgreSQL: 0.64 s one by one, benchmarks/delete_articles.py)."""
        ids = sorted(set(entity_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            named = {
                r[0]: r[1]
                for r in conn.execute(f"SELECT id, canonical FROM entities WHERE id IN ({marks})", chunk)
            }
            keys: dict[int, set[str]] = {}
            for entity_id, key in conn.execute(
                f"SELECT entity_id, key FROM entity_aliases WHERE entity_id IN ({marks})", chunk
            ):
                keys.setdefault(entity_id, set()).add(key)
            used = {
                r[0]
                for r in conn.execute(
                    f"SELECT entity_id FROM annotations WHERE entity_id IN ({marks}) UNION "
                    f"SELECT claimant_entity_id FROM annotations WHERE claimant_entity_id IN ({marks})",
                    chunk + chunk,
                )
            }
            gone = [
                e for e, name in named.items() if e not in used and not _by_hand(name, keys.get(e, set()))
            ]
            if gone:
                marks = ", ".join("?" * len(gone))
                conn.execute(f"DELETE FROM entity_aliases WHERE entity_id IN ({marks})", gone)
                conn.execute(f"DELETE FROM entities WHERE id IN ({marks})", gone)

    def _claimant_entity(
        self,
        conn: sqlite3.Connection,
        claimant: str | None,
        entity_id: int | None,
        label: str | None = None,
        again: tuple[int, str] | None = None,
        new_label: str | None = None,
    ) -> tuple[str | None, int | None]:
        """(claimant text, claimant entity) of a claim. An entity id given is used (its canonical
        name is the text when none is given); a text is looked up among the aliases of every label
        and, when no entity has it, becomes a new entity of `label` (default PERSON). again: (id,
        name) of the claimant entity a deleted claim named, made again with them (undo) when gone
        and no entity has the claimant's name now. new_label: the label of a new entity when no
        label is given (a suggested claim's claimant suggested as an ORG), instead of PERSON."""
        claimant = _one_line(claimant) if claimant and claimant.strip() else None
        if entity_id is not None:
            row = conn.execute("SELECT canonical FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if row is not None:
                return claimant or row[0], entity_id
            if claimant is None and again is not None and again[0] == entity_id:
                claimant = again[1]
            if claimant is None:
                raise NotFound(f"no entity with id {entity_id}")
        if claimant is None:
            return None, None
        label_id = self._claimant_label_id(label) if label else None
        lock_entity_name(conn, entity_key(claimant))
        found = self._entity_by_alias(conn, label_id, entity_key(claimant))
        if found is None and again is not None and label_id is not None:
            if not conn.execute("SELECT 1 FROM entities WHERE id = ?", (again[0],)).fetchone():
                found = self._new_entity(conn, label_id, again[1], again[0])
        if found is None:
            found = self._new_entity(
                conn,
                label_id if label_id is not None else self._new_claimant_label_id(new_label),
                claimant,
            )
        return claimant, found

    def _new_claimant_label_id(self, label: str | None) -> int:
        """A new claimant entity's label: the one suggested when it is an entity label still, else PERSON."""
        if label:
            try:
                return self._claimant_label_id(label)
            except (InvalidInput, NotFound):
                pass  # a label deleted or made a claim label since the suggestion: the default
        return self.get_label(DEFAULT_CLAIMANT_LABEL).id

    def _claimant_label_id(self, label: str) -> int:
        lab = self.get_label(label)
        if lab.kind != "entity":
            raise InvalidInput(f"a claimant is an entity: {label} is not an entity label")
        return lab.id

    def claimant_entity(self, name: str, label: str | None = None) -> int | None:
        """The entity a claimant typed as `name` is: one of `label` (any label when None) that has
        the name as an alias, else a new one of `label` (default PERSON). None for an empty name."""
        with self._write() as conn:
            return self._claimant_entity(conn, name, None, label)[1]

    # -- reading entities ------------------------------------------------------------------------

    _ENTITY_SELECT = """
        SELECT e.id, l.name, e.canonical,
               (SELECT json_group_array(alias) FROM
                    (SELECT alias FROM entity_aliases WHERE entity_id = e.id ORDER BY key) al),
               (SELECT count(*) FROM annotations WHERE entity_id = e.id),
               (SELECT count(DISTINCT article_id) FROM annotations WHERE entity_id = e.id),
               (SELECT count(*) FROM annotations WHERE claimant_entity_id = e.id)
        FROM entities e JOIN labels l ON l.id = e.label_id
    """

    def _entity(self, row: tuple) -> Entity:
        return Entity(row[0], row[1], row[2], _names(row[2], row[3]), *row[4:7])

    def get_entity(self, entity_id: int) -> Entity:
        rows = self._read(self._ENTITY_SELECT + " WHERE e.id = ?", (entity_id,))
        if not rows:
            raise NotFound(f"no entity with id {entity_id}")
        return self._entity(rows[0])

    def entities(self, label: str | None = None) -> list[Entity]:
        """Every entity with a mention or a claim, most mentioned first."""
        where, params = "", []
        if label:
            where, params = " AND e.label_id = ?", [self.get_label(label).id]
        sql = (
            "WITH x (id, label, canonical, aliases, mentions, articles, claims) AS ("
            + self._ENTITY_SELECT
            + f" WHERE 1 = 1{where}) SELECT * FROM x WHERE mentions > 0 OR claims > 0 "
            "ORDER BY mentions DESC, claims DESC, label, canonical COLLATE NOCASE, id"
        )
        return [self._entity(r) for r in self._read(sql, params)]

    def find_entities(self, name: str, label: str | None = None) -> list[Entity]:
        """The entities one of whose aliases (or canonical name) is `name`, as entity_key sees it;
        `#ID` names an entity by its id."""
        name = name.strip()
        ref = entity_id_ref(name)
        if ref is not None:
            return [self.get_entity(ref)]
        where = "WHERE e.id IN (SELECT entity_id FROM entity_aliases WHERE key = ?)"
        params: list[object] = [entity_key(name)]
        if label:
            where += " AND e.label_id = ?"
            params.append(self.get_label(label).id)
        rows = self._read(self._ENTITY_SELECT + where + " ORDER BY e.id", params)
        found = [self._entity(r) for r in rows]
        # An alias left without mentions (a split kept it) matters less than one with them.
        return sorted(found, key=lambda e: (-(e.mentions + e.claims), e.id))

    def entity_index(self, label: str | None = None) -> list[EntityGroup]:
        """Every entity with mentions (labels of kind entity) across all articles, most mentioned
        first, then those only named as a claimant (a name typed in the claim form that no tag
        names: listed, so it can be merged into the entity its tags name). label limits it to one
        label."""
        where, params = "l.kind = 'entity'", []
        if label:
            where += " AND l.id = ?"
            params.append(self.get_label(label).id)
        aliases = """(SELECT json_group_array(alias) FROM (SELECT alias FROM entity_aliases
                        WHERE entity_id = e.id ORDER BY key) al)"""
        sql = f"""
            SELECT l.name, e.id, e.canonical, count(*) AS n, count(DISTINCT a.article_id),
                   {aliases}, e.label_id
            FROM annotations a JOIN entities e ON e.id = a.entity_id JOIN labels l ON l.id = e.label_id
            WHERE {where}
            GROUP BY e.id, l.name
        """
        claimant_only = f"""
            SELECT l.name, e.id, e.canonical, 0, 0, {aliases}, e.label_id
            FROM entities e JOIN labels l ON l.id = e.label_id
            WHERE {where} AND e.id IN (SELECT claimant_entity_id FROM annotations)
              AND NOT EXISTS (SELECT 1 FROM annotations m WHERE m.entity_id = e.id)
        """
        claims = dict(
            self._read(
                "SELECT claimant_entity_id, count(*) FROM annotations"
                " WHERE claimant_entity_id IS NOT NULL GROUP BY claimant_entity_id"
            )
        )
        found = [*self._read(sql, params), *self._read(claimant_only, params)]
        # Ordered here, by the entity key of the name (a Python function, the same on both backends).
        found.sort(key=lambda r: (-r[3], r[6], entity_key(r[2]), r[1]))
        rows = [r[:6] for r in found]
        return [
            EntityGroup(
                name,
                entity_key(canonical),
                canonical,
                n,
                na,
                eid,
                _names(canonical, aliases),
                claims.get(eid, 0),
            )
            for name, eid, canonical, n, na, aliases in rows
        ]

    def entity_mentions(
        self, label: str | None, key: str, *, context_chars: int = 300, entity_id: int | None = None
    ) -> list[Mention]:
        """Every mention of the entities named `key` (an alias or any surface form: it is normalised
        with entity_key), or of entity_id, with its sentence, by article then position. label None:
        any entity label."""
        params: dict[str, object] = {"w": int(context_chars)}
        if entity_id is not None:
            where = "a.entity_id = :e"
            params["e"] = int(entity_id)
        else:
            where = "a.entity_id IN (SELECT entity_id FROM entity_aliases WHERE key = :k)"
            params["k"] = entity_key(key)
        where = "l.kind = 'entity' AND " + where
        if label:
            where += " AND l.id = :l"
            params["l"] = self.get_label(label).id
        sql = f"""
            SELECT a.id, a.article_id, ar.title, l.name, a.start, a."end", a.text, a.field,
                   max(a.start - :w, 0), substr(CASE a.field WHEN 'body' THEN ar.text WHEN 'title' THEN ar.title
                       WHEN 'byline' THEN ar.byline ELSE ar.dateline END,
                       max(a.start - :w, 0) + 1, a."end" - max(a.start - :w, 0) + :w)
            FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
            WHERE {where}
            ORDER BY a.article_id, a.start, a.id
        """
        rows = self._read(sql, params)
        mentions = []
        for ann_id, article_id, title, name, start, end, text, on, w0, window in rows:
            s, e = sentence_around(window, start - w0, end - w0)
            mentions.append(
                Mention(ann_id, article_id, title, name, start, end, text, window[s:e], w0 + s, on or "body")
            )
        return mentions

    # -- merging and splitting -------------------------------------------------------------------

    def entity_state(self, entity_ids: Iterable[int]) -> EntityState:
        """A snapshot of these entities and everything that points at them."""
        ids = json.dumps(sorted({int(i) for i in entity_ids}))
        with self._reading():
            return self._entity_state(self.conn, ids)

    def _entity_state(self, conn: sqlite3.Connection, ids_json: str) -> EntityState:
        inside = "IN (SELECT value FROM json_each(?))"
        return EntityState(
            [
                tuple(r)
                for r in conn.execute(
                    f"SELECT id, label_id, canonical, created FROM entities WHERE id {inside}", (ids_json,)
                )
            ],
            [
                tuple(r)
                for r in conn.execute(
                    f"SELECT entity_id, key, alias FROM entity_aliases WHERE entity_id {inside}", (ids_json,)
                )
            ],
            dict(
                conn.execute(
                    f"SELECT id, entity_id FROM annotations WHERE entity_id {inside}", (ids_json,)
                ).fetchall()
            ),
            dict(
                conn.execute(
                    f"SELECT id, claimant_entity_id FROM annotations WHERE claimant_entity_id {inside}",
                    (ids_json,),
                ).fetchall()
            ),
        )

    def apply_entity_state(self, target: EntityState, current: EntityState) -> None:
        """Put the entities back as `target` was, from `current` (undo and redo of a merge or a
        split): entities only in current go, entities of target come back with their ids, aliases
        and the mentions and claimants they had. A mention of them tagged since is linked again by
        its text."""
        with self._write() as conn:
            self._apply_entity_state(conn, target, current)

    def _apply_entity_state(
        self, conn: sqlite3.Connection, target: EntityState, current: EntityState
    ) -> None:
        for eid, label_id, canonical, created in target.entities:
            conn.execute(
                "INSERT INTO entities (id, label_id, canonical, created) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET label_id = excluded.label_id, canonical = excluded.canonical",
                (eid, label_id, canonical, created),
            )
        involved = json.dumps(sorted(target.entity_ids | current.entity_ids))
        conn.execute(
            "DELETE FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each(?))", (involved,)
        )
        conn.executemany(
            "INSERT INTO entity_aliases (entity_id, key, alias) VALUES (?, ?, ?)", target.aliases
        )
        for ann_id in set(current.mentions) | set(target.mentions):
            conn.execute(
                "UPDATE annotations SET entity_id = ? WHERE id = ?", (target.mentions.get(ann_id), ann_id)
            )
        for ann_id in set(current.claimants) | set(target.claimants):
            conn.execute(
                "UPDATE annotations SET claimant_entity_id = ? WHERE id = ?",
                (target.claimants.get(ann_id), ann_id),
            )
        # Tags made since (recorded in neither state) are linked again by their text: after an
        # undone merge, a "Kurose" tagged meanwhile goes back to the entity "Kurose". So is a
        # recorded mention whose words or label changed since (widened, relabelled after the
        # merge): the entity it had then no longer names it.
        recorded = set(current.mentions) | set(target.mentions)
        rows = conn.execute(
            "SELECT a.id, a.label_id, a.text, l.kind, a.entity_id, e.label_id FROM annotations a "
            "JOIN labels l ON l.id = a.label_id JOIN entities e ON e.id = a.entity_id "
            "WHERE a.entity_id IN (SELECT value FROM json_each(?))",
            (involved,),
        ).fetchall()
        names: dict[int, set[str]] = {}
        for eid, key in conn.execute(
            "SELECT entity_id, key FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each(?))",
            (involved,),
        ):
            names.setdefault(eid, set()).add(key)
        since = []
        for ann_id, label_id, text, kind, eid, entity_label in rows:
            if kind != "entity":  # no entity tag any more
                conn.execute("UPDATE annotations SET entity_id = NULL WHERE id = ?", (ann_id,))
            elif (
                ann_id not in recorded
                or label_id != entity_label
                or entity_key(text) not in names.get(eid, set())
            ):
                since.append((ann_id, label_id, text))
        gone = json.dumps(sorted(current.entity_ids - target.entity_ids))
        # Claims made since whose claimant's entity goes (a claim by a name split off, the split
        # undone) join the entity that has the name now, of the same label, as a new claim would.
        orphaned = conn.execute(
            "SELECT a.id, a.claimant, l.name FROM annotations a JOIN entities e ON e.id = a.claimant_entity_id "
            "JOIN labels l ON l.id = e.label_id WHERE a.claimant_entity_id IN (SELECT value FROM json_each(?))",
            (gone,),
        ).fetchall()
        conn.execute(
            "UPDATE annotations SET claimant_entity_id = NULL "
            "WHERE claimant_entity_id IN (SELECT value FROM json_each(?))",
            (gone,),
        )
        conn.execute("DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?))", (gone,))
        for ann_id, label_id, text in since:
            self._link_mention(conn, ann_id, label_id, text)
        for claim_id, claimant, label in orphaned:
            if claimant and claim_id not in current.claimants and claim_id not in target.claimants:
                _, entity_id = self._claimant_entity(conn, claimant, None, label)
                conn.execute(
                    "UPDATE annotations SET claimant_entity_id = ? WHERE id = ?", (entity_id, claim_id)
                )
        self._join_namesakes(conn, target, involved)

    def _join_namesakes(self, conn: sqlite3.Connection, target: EntityState, involved: str) -> None:
        """An entity put back under a name another entity of its label took meanwhile ("Marchetti"
        widened, "Marchetti" tagged in another article, the widening undone) would be listed twice:
        its mentions join that entity, as a new tag of those words would, and it goes. One a claim
        names, or with other names merged into it by hand, stays as it is."""
        for eid, label_id, _canonical, _created in target.entities:
            keys = [r[0] for r in conn.execute("SELECT key FROM entity_aliases WHERE entity_id = ?", (eid,))]
            if (
                len(keys) != 1
                or conn.execute("SELECT 1 FROM annotations WHERE claimant_entity_id = ?", (eid,)).fetchone()
            ):
                continue
            other = conn.execute(
                "SELECT al.entity_id FROM entity_aliases al JOIN entities e ON e.id = al.entity_id "
                "WHERE al.key = ? AND e.label_id = ? AND al.entity_id NOT IN (SELECT value FROM json_each(?)) "
                "ORDER BY al.entity_id LIMIT 1",
                (keys[0], label_id, involved),
            ).fetchone()
            if other is not None:
                conn.execute("UPDATE annotations SET entity_id = ? WHERE entity_id = ?", (other[0], eid))
                conn.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (eid,))
                conn.execute("DELETE FROM entities WHERE id = ?", (eid,))

    def merge_entities(self, source_ids: Sequence[int], target_id: int) -> tuple[EntityState, EntityState]:
        """Merge the source entities into the target: their mentions, aliases and claims move to it,
        the target keeps its canonical name, and the sources are gone. All of one label.
        Returns (before, after) states for the history."""
        sources = list(dict.fromkeys(int(i) for i in source_ids if int(i) != int(target_id)))
        if not sources:
            raise InvalidInput("name at least one entity to merge other than the one merged into")
        with self._write() as conn:
            ids = [*sources, int(target_id)]
            rows = dict(
                (r[0], r[1:])
                for r in conn.execute(
                    "SELECT e.id, e.label_id, l.name, e.canonical FROM entities e JOIN labels l ON l.id = e.label_id "
                    "WHERE e.id IN (SELECT value FROM json_each(?))",
                    (json.dumps(ids),),
                )
            )
            for eid in ids:
                if eid not in rows:
                    raise NotFound(f"no entity with id {eid}")
            target = rows[int(target_id)]
            for eid in sources:
                # a claimant's entity that no tag names (made PERSON by default) has no label to
                # keep: its claims may go to an entity of another label (README: it "can be merged
                # into the entity its tags name")
                tagged = conn.execute(
                    "SELECT 1 FROM annotations WHERE entity_id = ? LIMIT 1", (eid,)
                ).fetchone()
                if rows[eid][0] != target[0] and tagged is not None:
                    raise InvalidInput(
                        f"cannot merge {rows[eid][1]} “{rows[eid][2]}” into {target[1]} “{target[2]}”: "
                        "an entity has one label (change the tags' label first)"
                    )
            before = self._entity_state(conn, json.dumps(ids))
            src = json.dumps(sources)
            conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, key, alias) "
                "SELECT ?, key, alias FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each(?))",
                (target_id, src),
            )
            conn.execute(
                "UPDATE annotations SET entity_id = ? WHERE entity_id IN (SELECT value FROM json_each(?))",
                (target_id, src),
            )
            conn.execute(
                "UPDATE annotations SET claimant_entity_id = ? "
                "WHERE claimant_entity_id IN (SELECT value FROM json_each(?))",
                (target_id, src),
            )
            conn.execute("DELETE FROM entities WHERE id IN (SELECT value FROM json_each(?))", (src,))
            after = self._entity_state(conn, json.dumps(ids))
        return before, after

    def split_entity(self, entity_id: int, names: Sequence[str] = ()) -> tuple[EntityState, EntityState]:
        """Give aliases of an entity their own entity again, each with the mentions and claims whose
        text has that alias's key. names: the aliases to split off (any form of them); none: every
        alias but the canonical name's. Returns (before, after) states for the history."""
        from reader.store.store import now

        with self._write() as conn:
            row = conn.execute(
                "SELECT label_id, canonical FROM entities WHERE id = ?", (entity_id,)
            ).fetchone()
            if row is None:
                raise NotFound(f"no entity with id {entity_id}")
            label_id, canonical = row
            aliases = dict(
                conn.execute("SELECT key, alias FROM entity_aliases WHERE entity_id = ?", (entity_id,))
            )
            own = entity_key(canonical)
            if names:
                keys = list(dict.fromkeys(entity_key(n) for n in names))
                for key, name in zip(keys, names, strict=False):
                    if key not in aliases:
                        raise InvalidInput(f"“{_one_line(name)}” is not a name of “{canonical}”")
                    if key == own:
                        raise InvalidInput(
                            f"“{canonical}” is the entity's own name; split off its other names instead"
                        )
            else:
                keys = [k for k in aliases if k != own]
            if not keys:
                raise InvalidInput(f"“{canonical}” has no other name to split off")
            before = self._entity_state(conn, json.dumps([entity_id]))
            created = []
            for key in keys:
                new_id = inserted_id(
                    conn.execute(
                        "INSERT INTO entities (label_id, canonical, created) VALUES (?, ?, ?)",
                        (label_id, aliases[key], now()),
                    )
                )
                created.append(new_id)
                conn.execute(
                    "UPDATE entity_aliases SET entity_id = ? WHERE entity_id = ? AND key = ?",
                    (new_id, entity_id, key),
                )
                # The entity key is a Python function: the tags to move are chosen here (the same
                # on both backends), then moved by id.
                for column, text_column in (("entity_id", "text"), ("claimant_entity_id", "claimant")):
                    moved = [
                        (new_id, ann_id)
                        for ann_id, text in conn.execute(
                            f"SELECT id, {text_column} FROM annotations WHERE {column} = ?", (entity_id,)
                        ).fetchall()
                        if entity_key(text) == key
                    ]
                    conn.executemany(f"UPDATE annotations SET {column} = ? WHERE id = ?", moved)
            after = self._entity_state(conn, json.dumps([entity_id, *created]))
        return before, after

    def rename_entity(self, entity_id: int, canonical: str) -> tuple[EntityState, EntityState]:
        """Give an entity another canonical name (kept as an alias too)."""
        name = _entity_name(canonical)
        if not name:
            raise InvalidInput("an entity's name cannot be empty")
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is None:
                raise NotFound(f"no entity with id {entity_id}")
            before = self._entity_state(conn, json.dumps([entity_id]))
            conn.execute("UPDATE entities SET canonical = ? WHERE id = ?", (name, entity_id))
            conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, key, alias) VALUES (?, ?, ?)",
                (entity_id, entity_key(name), name),
            )
            after = self._entity_state(conn, json.dumps([entity_id]))
        return before, after

    def mentions_by_entity(
        self, label: str | None = None
    ) -> dict[int, list[tuple[int, int, int, int, str, str]]]:
        """Every entity tag as (annotation id, article id, start, end, text, field), by entity id, in
        article and text order: what `reader entities --json` lists under each entity."""
        where, params = "", []
        if label:
            where, params = " AND a.label_id = ?", [self.get_label(label).id]
        out: dict[int, list[tuple[int, int, int, int, str, str]]] = {}
        for entity_id, *mention in self._read(
            'SELECT a.entity_id, a.id, a.article_id, a.start, a."end", a.text, a.field FROM annotations a '
            f"WHERE a.entity_id IS NOT NULL{where} ORDER BY a.article_id, a.start, a.id",
            params,
        ):
            out.setdefault(entity_id, []).append(tuple(mention))
        return out


def _by_hand(canonical: str, keys: set[str]) -> bool:
    """Whether an entity has a name other than its canonical one (merged or renamed by hand)."""
    return not keys <= {entity_key(canonical)}
