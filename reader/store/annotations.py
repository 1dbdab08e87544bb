"""Annotations (tags): adding, changing, deleting and restoring them, each committed in one
transaction and logged as an event of the session."""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec

from reader.anchor import carry_span, context, span_by_quote, span_on_new_text
from reader.entities import entity_key
from reader.errors import AlreadyTagged, EditConflict, InvalidInput, NotFound, TextChanged
from reader.models import (
    CLAIM_STATUSES,
    FIELDS,
    Annotation,
    Evidence,
    Label,
)
from reader.normalize import normalize_field, normalize_note
from reader.segments import sentence_text
from reader.short_text import short_text
from reader.store.core import StoreCore, inserted_id, lock_entity_name, read_together, run_later
from reader.store.factcheck_store import clean_field, clean_text
from reader.store.rows import (
    _ANNOTATION_SELECT,
    EDITABLE,
    _annotation,
    _check_span,
    _review_state,
    now,
)

if TYPE_CHECKING:
    from reader.store.entity_store import EntityState


_P = ParamSpec("_P")


def _read_back(
    insert: Callable[Concatenate[AnnotationsMixin, _P], tuple[int, bool]],
) -> Callable[Concatenate[AnnotationsMixin, _P], Annotation]:
    """add_annotation from insert_annotation: the same arguments, the stored tag returned (its
    on_new_text set when it went on its words in a changed text)."""

    @functools.wraps(insert)
    def add_annotation(self: AnnotationsMixin, *args: _P.args, **kwargs: _P.kwargs) -> Annotation:
        ann_id, moved = insert(self, *args, **kwargs)
        added = self.get_annotation(ann_id)
        added.on_new_text = moved
        return added

    return add_annotation


class AnnotationsMixin(StoreCore):
    """The annotations table and its links (claim quantities, evidence)."""

    def _annotation_from_row(self, r: tuple) -> Annotation:
        ann = _annotation(r)
        if ann.kind == "claim":
            ann.quantity_ids = [
                q[0]
                for q in self.conn.execute(
                    "SELECT quantity_id FROM claim_quantities WHERE claim_id = ? ORDER BY quantity_id",
                    (ann.id,),
                )
            ]
            ann.evidence = [
                Evidence(*e)
                for e in self.conn.execute(
                    "SELECT id, claim_id, source, quote, note, added_at, added_by FROM evidence "
                    "WHERE claim_id = ? ORDER BY id",
                    (ann.id,),
                )
            ]
        return ann

    def annotations(self, article_id: int, field: str | None = "body") -> list[Annotation]:
        """An article's annotations on its body (or on the metadata field given; None: every field)
        in text order (start, then longest first): every annotator's, not the reviewer's gold set
        (reader.store.desk_store)."""
        where = " WHERE a.article_id = ? AND a.gold = 0"
        params_all: list[object] = [article_id]
        order = ' ORDER BY a.field, a.start, a."end" DESC, a.id'
        if field is not None:
            where, params_all = where + " AND a.field = ?", [article_id, field]
            order = ' ORDER BY a.start, a."end" DESC, a.id'
        with self._reading():
            rows = self.conn.execute(_ANNOTATION_SELECT + where + order, params_all).fetchall()
            anns = [_annotation(r) for r in rows]
            claims = {a.id: a for a in anns if a.kind == "claim"}
            if claims:  # their quantities and evidence: two reads for the article, not two a claim
                for claim_id, quantity_id in self.conn.execute(
                    "SELECT q.claim_id, q.quantity_id FROM claim_quantities q JOIN annotations c "
                    "ON c.id = q.claim_id WHERE c.article_id = ? ORDER BY q.claim_id, q.quantity_id",
                    (article_id,),
                ):
                    if claim_id in claims:
                        claims[claim_id].quantity_ids.append(quantity_id)
                for e in self.conn.execute(
                    "SELECT e.id, e.claim_id, e.source, e.quote, e.note, e.added_at, e.added_by "
                    "FROM evidence e JOIN annotations c ON c.id = e.claim_id WHERE c.article_id = ? "
                    "ORDER BY e.id",
                    (article_id,),
                ):
                    if e[1] in claims:
                        claims[e[1]].evidence.append(Evidence(*e))
            return anns

    def get_annotation(self, annotation_id: int) -> Annotation:
        with self._reading():
            row = self.conn.execute(_ANNOTATION_SELECT + " WHERE a.id = ?", (annotation_id,)).fetchone()
            if row is None:
                raise NotFound(f"no annotation with id {annotation_id}")
            return self._annotation_from_row(row)

    def _article_text(self, conn: sqlite3.Connection, article_id: int) -> str:
        row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        return row[0]

    def _field_text(self, conn: sqlite3.Connection, article_id: int, field: str) -> str:
        """The text a tag on `field` counts its offsets in: the body, or the title, byline or dateline."""
        if field == "body":
            return self._article_text(conn, article_id)
        if field not in FIELDS:
            raise InvalidInput(f"unknown field {field!r}; use one of: {', '.join(FIELDS)}")
        row = conn.execute(f"SELECT {field} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        if not row[0]:
            raise InvalidInput(f"article {article_id} has no {field} to tag")
        return row[0]

    def _check_quantities(self, conn: sqlite3.Connection, article_id: int, ids: Iterable[int]) -> list[int]:
        ids = list(dict.fromkeys(ids))
        for qid in ids:
            row = conn.execute("SELECT article_id FROM annotations WHERE id = ?", (qid,)).fetchone()
            if row is None or row[0] != article_id:
                raise InvalidInput(f"annotation {qid} is not in article {article_id}")
        return ids

    @staticmethod
    def _quantities_inside(conn: sqlite3.Connection, ids: Iterable[int], start: int, end: int) -> list[int]:
        """The quantities among ids whose words lie inside [start, end): a claim's own, as the claim
        form offers them."""
        inside = []
        for qid in ids:
            row = conn.execute('SELECT start, "end" FROM annotations WHERE id = ?', (qid,)).fetchone()
            if row is not None and start <= row[0] and row[1] <= end:
                inside.append(qid)
        return inside

    def _log(
        self,
        conn: sqlite3.Connection,
        session_id: int | None,
        article_id: int,
        ann_id: int,
        action: str,
        who: str | None,
    ) -> None:
        run_later(
            conn,
            "INSERT INTO events (session_id, article_id, annotation_id, action, annotator, at) VALUES (?, ?, ?, ?, ?, ?)",
            (session_id, article_id, ann_id, action, normalize_field(who), now()),
        )

    def insert_annotation(
        self,
        article_id: int,
        label: str,
        start: int,
        end: int,
        *,
        note: str | None = None,
        annotator: str | None = None,
        origin: str = "manual",
        claimant: str | None = None,
        claim_status: str | None = None,
        quantity_ids: Iterable[int] = (),
        session_id: int | None = None,
        annotation_id: int | None = None,
        created: str | None = None,
        updated: str | None = None,
        claimant_entity_id: int | None = None,
        claimant_label: str | None = None,
        explanation: str | None = None,
        review_state: str | None = None,
        checked_by: str | None = None,
        checked_at: str | None = None,
        evidence: Iterable[Evidence] = (),
        gold: bool = False,
        field: str = "body",
        seen_text: str | None = None,
        entity: tuple[int, str] | None = None,
        quote: tuple[str, str, str] | None = None,
        entity_name: str | None = None,
    ) -> tuple[int, bool]:
        """Tag text[start:end] of an article; committed before this returns. Returns the new tag's
        id and whether it went on its words in a text changed since (seen_text); add_annotation,
        the same with the stored tag read back, is what most callers want. The same label on the
        same span twice by one annotator is refused (an InvalidInput), so a repeated keypress adds
        nothing; another annotator's tag there is theirs (each annotator has a layer). gold=True
        puts it in the reviewer's gold set instead (a layer of its own, linked to no entity).
        created/updated keep the timestamps of a restored or imported annotation.

        An entity tag joins the entity of its label one of whose aliases its text is, else a new
        entity named by it. A claim's claimant is an entity of any label: claimant_entity_id picks
        one; a claimant text is looked up by alias, else made a new entity of claimant_label
        (default PERSON). evidence puts back a deleted claim's evidence with its ids. field: the
        text start and end count in (the body, or the title, byline or dateline: entity tags only).

        seen_text: the text of `field` the caller counted start and end in (the one on its screen).
        If a colleague replaced it since (a body fix, a reclean), the tag goes on its words in the
        new text, found by quote and context as reclean finds them (the result's on_new_text says
        so), or, with its words gone, TextChanged is raised and nothing is written.

        entity: (id, canonical name) of the entity a deleted tag named (restore_annotation): made
        again with them when no entity of the label has the tag's words as a name (the delete
        removed it with its last mention), so undo brings the tag back into the same entity. For a
        claim, of its claimant entity (made again of claimant_label when no entity has the
        claimant's name: the delete removed it with the last claim naming it).
        quote: (words, prefix, suffix) of a tag put back (restore_annotation): when the text was
        changed since it was deleted, it goes where they stand now (anchor.span_by_quote).

        entity_name (import-annotations): the canonical name an export gave the tag's entity (a
        claim: its claimant's, of claimant_label), for when no entity here has the text as a name."""
        lab = self.get_label(label)
        # Free text is neutralised as it enters, whoever gives it (CLI, TUI, import-annotations).
        note, annotator, claimant = (
            normalize_note(note),
            normalize_field(annotator),
            normalize_field(claimant),
        )
        if origin not in ("manual", "suggested"):
            raise InvalidInput(f"unknown origin {origin!r}")
        if lab.kind == "claim":
            claim_status = claim_status or "unverified"
            if claim_status not in CLAIM_STATUSES:
                raise InvalidInput(
                    f"unknown claim status {claim_status!r}; use one of: {', '.join(CLAIM_STATUSES)}"
                )
            review_state = _review_state(review_state or "unreviewed")
            explanation, checked_by = clean_text(explanation), clean_field(checked_by)
        else:
            claimant, claim_status, quantity_ids = None, None, ()
            claimant_entity_id = None
            explanation = review_state = checked_by = checked_at = None
            evidence = ()
        if field != "body" and lab.kind == "claim":
            raise InvalidInput(f"a claim is tagged in the article's text, not in its {field}")
        # Only this article's rows change (and entities, under their own locks): see _write.
        with self._write(article_id) as conn:
            text, (start, end), moved = self._text_to_tag(
                conn, article_id, field, lab, (start, end), (annotator, gold), seen_text, quote
            )
            if entity_name and lab.kind == "entity" and not gold:
                self._entity_named(conn, lab.id, text[start:end], entity_name)
            elif entity_name and claimant and claimant_label and claimant_entity_id is None:
                claimant_entity_id = self._entity_named(
                    conn, self._claimant_label_id(claimant_label), claimant, entity_name
                )
            if lab.kind == "claim":
                claimant, claimant_entity_id = self._claimant_entity(
                    conn, claimant, claimant_entity_id, claimant_label, again=entity
                )
                entity = None
            stamp = now()
            ann_id = self._insert_tag(
                conn,
                text,
                (article_id, lab, start, end),
                (annotation_id, note or None, annotator, created or stamp, updated or stamp, origin),
                (claimant or None, claim_status, claimant_entity_id, explanation, review_state),
                (checked_by, checked_at, gold, field),
                entity,
            )
            conn.executemany(
                "INSERT INTO evidence (id, claim_id, source, quote, note, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.id,
                        ann_id,
                        clean_field(e.source),
                        clean_text(e.quote),
                        clean_text(e.note),
                        e.added_at,
                        clean_field(e.added_by),
                    )
                    for e in evidence
                    if clean_field(e.source)
                ],  # fmt: skip
            )
            for qid in self._check_quantities(conn, article_id, quantity_ids):
                conn.execute(
                    "INSERT INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)", (ann_id, qid)
                )
            run_later(
                conn,
                "UPDATE articles SET status = 'in progress' WHERE id = ? AND status = 'new'",
                (article_id,),
            )
            self._log(conn, session_id, article_id, ann_id, "added", annotator)
        return ann_id, moved

    # insert_annotation, then the tag as stored (one more round trip on a server: restoring 500
    # tags, the importer, which needs only the ids, calls insert_annotation).
    add_annotation = _read_back(insert_annotation)

    def _insert_tag(
        self,
        conn: sqlite3.Connection,
        text: str,
        where: tuple[int, Label, int, int],
        who: tuple[int | None, str | None, str | None, str, str, str],
        claim: tuple[str | None, str | None, int | None, str | None, str | None],
        rest: tuple[str | None, str | None, bool, str],
        entity: tuple[int, str] | None = None,
    ) -> int:
        """Insert one tag row (its quote, context and sentence cut from text) and link an entity tag
        to its entity; the one path of add_annotation and add_tags, so both store the same values.
        where: (article id, label, start, end); who: (id, note, annotator, created, updated, origin);
        claim: (claimant, status, claimant entity id, explanation, review state); rest: (checked
        by, checked at, gold, field); entity: as add_annotation's. Returns the new row's id."""
        article_id, lab, start, end = where
        annotation_id, note, annotator, created, updated, origin = who
        claimant, claim_status, claimant_entity_id, explanation, review_state = claim
        checked_by, checked_at, gold, field = rest
        prefix, suffix = context(text, start, end)
        insert = (
            """INSERT INTO annotations (id, article_id, label_id, start, "end", text, prefix, suffix,
               sentence, note, annotator, created, updated, origin, claimant, claim_status,
               claimant_entity_id, explanation, review_state, checked_by, checked_at, gold, field)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                annotation_id,
                article_id,
                lab.id,
                start,
                end,
                text[start:end],
                prefix,
                suffix,
                sentence_text(text, start, end),
                note,
                annotator,
                created,
                updated,
                origin,
                claimant,
                claim_status,
                claimant_entity_id,
                explanation,
                review_state,
                checked_by,
                checked_at,
                1 if gold else 0,
                field,
            ),
        )
        if lab.kind == "entity" and not gold:
            # The entity's name is looked up with the INSERT: one round trip on a server.
            key = entity_key(text[start:end])
            lock_entity_name(conn, key)
            added, found = read_together(conn, [insert, self._alias_query(lab.id, key)])
            ann_id = inserted_id(added)  # type: ignore[arg-type]
            self._link_mention(conn, ann_id, lab.id, text[start:end], found.rows, entity)
            return ann_id
        return inserted_id(conn.execute(*insert))

    def _text_to_tag(
        self,
        conn: sqlite3.Connection,
        article_id: int,
        field: str,
        label: Label,
        span: tuple[int, int],
        layer: tuple[str | None, bool],
        seen_text: str | None = None,
        quote: tuple[str, str, str] | None = None,
    ) -> tuple[str, tuple[int, int], bool]:
        """The text a new tag on `field` counts in, checked as _field_text, _check_span and
        _refuse_duplicate check it (the same errors in the same order); the text and the duplicate
        are read together (one round trip on a server). With seen_text (the text the span was
        counted in), the span moves to the stored text (see on_stored_text); with quote, to where
        its words stand (anchor.span_by_quote). Returns the text, the span in it and whether it
        moved to a changed text."""
        if field != "body" and field not in FIELDS:
            raise InvalidInput(f"unknown field {field!r}; use one of: {', '.join(FIELDS)}")
        column = "text" if field == "body" else field
        rows, duplicate = read_together(
            conn,
            [
                (f"SELECT {column} FROM articles WHERE id = ?", (article_id,)),
                _duplicate_query(article_id, label, span, 0, layer, field),
            ],
        )
        if not rows.rows:
            raise NotFound(f"no article with id {article_id}")
        text = rows.rows[0][0]
        if field != "body" and not text:
            raise InvalidInput(f"article {article_id} has no {field} to tag")
        with self._naming_who(conn, article_id):
            start, end = moved_span = on_stored_text(text, seen_text, span, field)
            if quote is not None:
                start, end = moved_span = span_by_quote(
                    text, span, quote, "text" if field == "body" else field
                )
        _check_span(text, start, end, field)
        if moved_span != span:  # the duplicate read above was of the old offsets
            duplicate = read_together(
                conn, [_duplicate_query(article_id, label, moved_span, 0, layer, field)]
            )[0]
        if duplicate.rows:
            raise AlreadyTagged(f"“{short_text(text[start:end], 40)}” is already tagged {label.name}")
        return text, moved_span, (seen_text is not None and seen_text != text) or moved_span != span

    def _refuse_duplicate(
        self,
        conn: sqlite3.Connection,
        text: str,
        article_id: int,
        label: Label,
        span: tuple[int, int],
        own_id: int = 0,
        *,
        layer: tuple[str | None, bool] = (None, False),
        field: str = "body",
    ) -> None:
        """The same label on the same span twice in one layer (one annotator's tags, or the gold
        set) is refused, whether by adding or by editing."""
        start, end = span
        if conn.execute(*_duplicate_query(article_id, label, span, own_id, layer, field)).fetchone():
            raise AlreadyTagged(f"“{short_text(text[start:end], 40)}” is already tagged {label.name}")

    def update_annotation(
        self,
        annotation_id: int,
        *,
        session_id: int | None = None,
        annotator: str | None = None,
        expected: Annotation | Sequence[Annotation] | None = None,
        seen_text: str | None = None,
        **fields: Any,  # label, note: str; start, end: int; quantity_ids: list[int]; ...
    ) -> tuple[Annotation, Annotation]:
        """edit_annotation without the entities' states (see there)."""
        before, after, _ = self.edit_annotation(
            annotation_id,
            session_id=session_id,
            annotator=annotator,
            expected=expected,
            seen_text=seen_text,
            **fields,
        )
        return before, after

    def edit_annotation(
        self,
        annotation_id: int,
        *,
        session_id: int | None = None,
        annotator: str | None = None,
        expected: Annotation | Sequence[Annotation] | None = None,
        entities: tuple[EntityState, EntityState] | None = None,
        seen_text: str | None = None,
        quote: tuple[str, str, str] | None = None,
        updated: str | None = None,
        **fields: Any,  # label, note: str; start, end: int; quantity_ids: list[int]; ...
    ) -> tuple[Annotation, Annotation, tuple[EntityState, EntityState] | None]:
        """Change label, note, span (start/end), claimant, claim_status, quantity_ids, or a claim's
        fact-check (claimant_entity_id, explanation, review_state, checked_by, checked_at).
        Returns (before, after) so the caller can undo.

        An entity tag whose label or text (by entity_key) changes is linked again (see
        _relink_mention: no entity is left behind without mentions); the third value is then the
        (before, after) states of the entities involved. entities: such a pair (target, current) to
        put back instead of linking by text (the exact undo and redo of an edit). A claimant
        changed without claimant_entity_id is looked up as add_annotation does.

        expected is the annotation as the caller last saw it (or the versions it may have seen: a
        screen whose own previous change is not drawn yet): when someone else changed it since
        (two people editing one tag), EditConflict is raised and nothing is written.

        seen_text: the text the editor counted a new start and end in (as add_annotation's): when
        a colleague replaced it since, the new span goes on its words in the stored text, and the
        expected versions are compared as they stand there (the body fix moved the tag, it did not
        edit it); with the words gone, TextChanged. quote: (words, prefix, suffix) the new span had
        when it was stored (undo and redo put a stored version back): placed by them in a text
        changed since (anchor.span_by_quote). updated: the time of the stored version put back
        (undo and redo: the tag is as it was, its time of change too), else now."""
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise InvalidInput(f"cannot change {', '.join(sorted(unknown))}")
        with self._write() as conn:
            # Read under the write lock: another program's change made while this one waited for
            # the lock is neither overwritten with an old copy nor missing from the undo record.
            seen = [expected] if isinstance(expected, Annotation) else list(expected or [])
            try:
                before = self.get_annotation(annotation_id)
            except NotFound:
                if not seen:
                    raise
                aside = conn.execute(
                    "SELECT 1 FROM set_aside_annotations WHERE id = ?", (annotation_id,)
                ).fetchone()
                what = (
                    "was set aside by a body fix since you opened it (its words are not in the text; "
                    f"reader show {seen[0].article_id} lists it)"
                    if aside
                    else "was deleted since you opened it (another window or program)"
                )
                raise NotFound(f"“{short_text(seen[0].text, 40)}” {what}: nothing saved") from None
            text = self._field_text(conn, before.article_id, before.field)
            moved = seen_text is not None and seen_text != text
            with self._naming_who(conn, before.article_id):
                if moved:
                    assert seen_text is not None
                    span_asked = "start" in fields or "end" in fields
                    shown = seen[0] if seen else before
                    asked = (fields.get("start", shown.start), fields.get("end", shown.end))
                    seen = [_carried(a, seen_text, text) for a in seen]
                    if span_asked:
                        fields["start"], fields["end"] = on_stored_text(text, seen_text, asked, before.field)
                if quote is not None and "start" in fields and "end" in fields:
                    where = "text" if before.field == "body" else before.field
                    span = span_by_quote(text, (fields["start"], fields["end"]), quote, where)
                    moved = moved or span != (fields["start"], fields["end"])
                    fields["start"], fields["end"] = span
            if expected is not None and _visible(before) not in [_visible(a) for a in seen]:
                raise EditConflict(
                    f"“{short_text(before.text, 40)}” was changed by {self._last_editor(conn, annotation_id)} "
                    "since you opened it: look again before you change it"
                )
            after = replace(before, **{k: v for k, v in fields.items() if k != "label"})
            if "label" in fields:
                lab = self.get_label(str(fields["label"]))
                after.label, after.kind = lab.name, lab.kind
            claim_states = None  # a claimant changed: the (before, after) states of its entities
            top = 0
            replaying = entities is not None  # an undo or redo: the entities come from its states
            if after.kind == "claim" and before.kind == "claim" and entities is not None:
                # undo or redo of a claimant change: its entities first, so the claimant's id is there
                self._apply_entity_state(conn, *entities)
                entities = None
            elif after.kind == "claim" and before.claimant_entity_id is not None:
                top = conn.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0]
            if after.kind == "claim":
                after.claim_status = after.claim_status or "unverified"
                if after.claim_status not in CLAIM_STATUSES:
                    raise InvalidInput(
                        f"unknown claim status {after.claim_status!r}; use one of: {', '.join(CLAIM_STATUSES)}"
                    )
                after.review_state = _review_state(after.review_state or "unreviewed")
                after.explanation = clean_text(after.explanation)
                after.checked_by = clean_field(after.checked_by)
                if "claimant_entity_id" in fields and after.claimant_entity_id is None:
                    # Given as None (an undo of a claim whose claimant had no entity): kept so.
                    after.claimant = clean_field(after.claimant)
                elif "claimant_entity_id" in fields or after.claimant != before.claimant:
                    entity = after.claimant_entity_id if "claimant_entity_id" in fields else None
                    after.claimant, after.claimant_entity_id = self._claimant_entity(
                        conn, after.claimant, entity
                    )
                old_claimant = before.claimant_entity_id
                if not replaying and old_claimant not in (None, after.claimant_entity_id):
                    # the entities as they were: the old claimant's, and the new one's if it was
                    # there before (one made just now has a higher id)
                    new_claimant = after.claimant_entity_id
                    kept = {old_claimant} | (
                        {new_claimant} if new_claimant and new_claimant <= top else set()
                    )
                    claim_states = (self._entity_state(conn, json.dumps(sorted(kept))), old_claimant)
            else:
                after.claimant, after.claim_status, after.quantity_ids = None, None, []
                after.claimant_entity_id = after.explanation = after.review_state = None
                after.checked_by = after.checked_at = None
            after.note = normalize_note(after.note)
            if before.field != "body" and after.kind == "claim":
                raise InvalidInput(f"a claim is tagged in the article's text, not in its {before.field}")
            _check_span(text, after.start, after.end, before.field)
            prefix, suffix = context(text, after.start, after.end)
            new_label = self.get_label(after.label)
            label_id = new_label.id
            self._refuse_duplicate(
                conn,
                text,
                before.article_id,
                new_label,
                (after.start, after.end),
                annotation_id,
                layer=self._layer(conn, annotation_id),
                field=before.field,
            )
            conn.execute(
                """UPDATE annotations SET label_id = ?, start = ?, "end" = ?, text = ?, prefix = ?, suffix = ?,
                   sentence = ?, note = ?, claimant = ?, claim_status = ?, updated = ?,
                   claimant_entity_id = ?, explanation = ?, review_state = ?, checked_by = ?, checked_at = ?
                   WHERE id = ?""",
                (
                    label_id,
                    after.start,
                    after.end,
                    text[after.start : after.end],
                    prefix,
                    suffix,
                    sentence_text(text, after.start, after.end),
                    after.note or None,
                    after.claimant or None,
                    after.claim_status,
                    updated or now(),
                    after.claimant_entity_id,
                    after.explanation,
                    after.review_state,
                    after.checked_by,
                    after.checked_at,
                    annotation_id,
                ),
            )
            new_text = text[after.start : after.end]
            states = None
            if claim_states is not None:
                # the old claimant goes when nothing else names it, as a mention's entity does
                # (_relink_mention); undo brings it back from the states
                state_before, old_claimant = claim_states
                self._drop_if_orphan(conn, old_claimant)
                ids = state_before.entity_ids | {old_claimant}
                if after.claimant_entity_id is not None:
                    ids.add(after.claimant_entity_id)
                states = (state_before, self._entity_state(conn, json.dumps(sorted(ids))))
            elif entities is not None:
                self._apply_entity_state(conn, *entities)
            elif new_label.kind != "entity":
                if before.entity_id is None:
                    conn.execute("UPDATE annotations SET entity_id = NULL WHERE id = ?", (annotation_id,))
                else:
                    states = self._relink_mention(conn, annotation_id, None, before.entity_id, new_text)
            elif (
                before.entity_id is None
                or new_label.name != before.label
                or entity_key(new_text) != entity_key(before.text)
            ):
                states = self._relink_mention(conn, annotation_id, new_label.id, before.entity_id, new_text)
            moved = (after.start, after.end) != (before.start, before.end)
            if after.quantity_ids and "quantity_ids" not in fields and moved:
                # a claim narrowed past a quantity lets go of it (an undo gives the ids back itself)
                after.quantity_ids = self._quantities_inside(conn, after.quantity_ids, after.start, after.end)
            conn.execute("DELETE FROM claim_quantities WHERE claim_id = ?", (annotation_id,))
            for qid in self._check_quantities(conn, before.article_id, after.quantity_ids):
                conn.execute(
                    "INSERT INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)", (annotation_id, qid)
                )
            self._log(conn, session_id, before.article_id, annotation_id, "changed", annotator)
        edited = self.get_annotation(annotation_id)
        edited.on_new_text = moved
        return before, edited, states

    def delete_annotation(
        self,
        annotation_id: int,
        *,
        session_id: int | None = None,
        annotator: str | None = None,
        expected: Annotation | None = None,
    ) -> tuple[Annotation, list[int]]:
        """Delete one annotation. Returns it and the claims that linked it as a quantity, which is
        all restore_annotation needs to bring it back exactly. An entity left with no mention, no
        claim naming it and no name given by hand goes with it: invisible in the entity index, it
        would only catch a later tag of its name (restore_annotation makes it again). So does a
        claim's claimant entity made for the claimant typed in the claim form: kept, it stayed as a
        hidden row that a later claim by that name joined, with the kind it was made with.

        expected: the annotation as the caller's screen shows it: when someone else changed it
        since (not merely moved it with a body fix), EditConflict and nothing is deleted."""
        with self._write() as conn:
            ann = self.get_annotation(annotation_id)  # under the write lock, as edit_annotation
            if expected is not None and _edited(ann) != _edited(expected):
                by = self._last_editor(conn, annotation_id)
                if by != annotator:  # your own change not drawn yet (a fast h then x) is yours
                    raise EditConflict(
                        f"“{short_text(ann.text, 40)}” was changed by {by} since you opened it: look again "
                        "before you delete it"
                    )
            linked = [
                r[0]
                for r in conn.execute(
                    "SELECT claim_id FROM claim_quantities WHERE quantity_id = ?", (annotation_id,)
                )
            ]
            named = conn.execute(
                "SELECT entity_id, claimant_entity_id FROM annotations WHERE id = ?", (annotation_id,)
            ).fetchone()
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            for entity_id in named or ():
                if entity_id is not None:
                    self._drop_if_orphan(conn, entity_id)
            self._log(conn, session_id, ann.article_id, annotation_id, "deleted", annotator)
        return ann, linked

    def restore_annotation(
        self, ann: Annotation, linked_claims: Iterable[int] = (), *, session_id: int | None = None
    ) -> Annotation:
        """Put a deleted annotation back with its id, timestamps and links (undo of a delete)."""
        restored = self.add_annotation(
            ann.article_id,
            ann.label,
            ann.start,
            ann.end,
            note=ann.note,
            annotator=ann.annotator,
            origin=ann.origin,
            claimant=ann.claimant,
            claim_status=ann.claim_status,
            quantity_ids=[q for q in ann.quantity_ids if self._exists(q)],
            session_id=session_id,
            annotation_id=ann.id,
            created=ann.created,
            updated=ann.updated,
            claimant_entity_id=ann.claimant_entity_id if ann.claimant_entity_id else None,
            explanation=ann.explanation,
            review_state=ann.review_state,
            checked_by=ann.checked_by,
            checked_at=ann.checked_at,
            evidence=ann.evidence,
            field=ann.field,
            entity=_entity_again(ann),
            claimant_label=ann.claimant_label,
            quote=(ann.text, ann.prefix, ann.suffix),
        )
        with self._write() as conn:
            for claim_id in linked_claims:
                if conn.execute("SELECT 1 FROM annotations WHERE id = ?", (claim_id,)).fetchone():
                    conn.execute(
                        "INSERT OR IGNORE INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)",
                        (claim_id, ann.id),
                    )
        return restored

    @contextlib.contextmanager
    def _naming_who(self, conn: sqlite3.Connection, article_id: int) -> Iterator[None]:
        """A TextChanged raised inside names who last gave the article its text (read only then)."""
        try:
            yield
        except TextChanged as e:
            row = conn.execute("SELECT text_changed_by FROM articles WHERE id = ?", (article_id,)).fetchone()
            raise e.by_whom(row[0] if row else None) from None

    def _layer(self, conn: sqlite3.Connection, annotation_id: int) -> tuple[str | None, bool]:
        annotator, gold = conn.execute(
            "SELECT annotator, gold FROM annotations WHERE id = ?", (annotation_id,)
        ).fetchone()
        return annotator, bool(gold)

    def _last_editor(self, conn: sqlite3.Connection, annotation_id: int) -> str:
        row = conn.execute(
            "SELECT annotator FROM events WHERE annotation_id = ? ORDER BY id DESC LIMIT 1", (annotation_id,)
        ).fetchone()
        return row[0] if row and row[0] else "another program"

    def _exists(self, annotation_id: int) -> bool:
        return bool(self._read("SELECT 1 FROM annotations WHERE id = ?", (annotation_id,)))


def on_stored_text(
    text: str, seen_text: str | None, span: tuple[int, int], field: str = "body"
) -> tuple[int, int]:
    """span, counted in seen_text (the text on the writer's screen), as a span of the stored text:
    the same when the text is the same (or the writer did not say), else the span's words found by
    quote and context (anchor.span_on_new_text); TextChanged when they are not in the stored text."""
    if seen_text is None or seen_text == text:
        return span
    _check_span(seen_text, *span, field)
    return span_on_new_text(seen_text, text, span, "text" if field == "body" else field)


def _duplicate_query(
    article_id: int,
    label: Label,
    span: tuple[int, int],
    own_id: int,
    layer: tuple[str | None, bool],
    field: str,
) -> tuple[str, tuple]:
    """The look-up of a tag with this label on this span in this layer, other than own_id."""
    (start, end), (annotator, gold) = span, layer
    return (
        'SELECT 1 FROM annotations WHERE article_id = ? AND label_id = ? AND start = ? AND "end" = ? '
        "AND id != ? AND coalesce(annotator, '') = ? AND gold = ? AND field = ?",
        (article_id, label.id, start, end, own_id, annotator or "", 1 if gold else 0, field),
    )


def _carried(ann: Annotation, old: str, new: str) -> Annotation:
    """ann, as the editor saw it in old, with its span where its words stand in new."""
    span = carry_span(old, new, ann.start, ann.end)
    return ann if span is None else replace(ann, start=span[0], end=span[1])


def _edited(ann: Annotation) -> tuple:
    """What an edit changes of a tag (what _visible holds, its words in place of its offsets): a
    body fix moves a tag without editing it."""
    label, _start, _end, *rest = _visible(ann)
    return (label, ann.text, *rest)


def _visible(ann: Annotation) -> tuple:
    """What a person editing a tag sees of it: a change to any of these by someone else is a
    conflict (the updated stamp alone has whole seconds, too coarse to tell two edits apart)."""
    return (
        ann.label,
        ann.start,
        ann.end,
        ann.note,
        ann.claimant,
        ann.claim_status,
        ann.explanation,
        ann.review_state,
        tuple(ann.quantity_ids),
        ann.updated,
    )


def _entity_again(ann: Annotation) -> tuple[int, str] | None:
    """(id, name) of the entity a deleted tag named, or of a deleted claim's claimant entity: what
    add_annotation makes again when the delete took it (restore_annotation)."""
    if ann.entity_id is not None:
        return ann.entity_id, ann.entity or ann.text
    if ann.claimant_entity_id is not None:
        return ann.claimant_entity_id, ann.claimant_entity or ann.claimant or ""
    return None
