"""Many tags of one article in one transaction (tag every occurrence, accept all): the rows,
entities, claim links and events add_annotation stores for each, with the article text read once
and one commit, so all are stored or none."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.entities import entity_key
from reader.errors import AlreadyTagged, InvalidInput
from reader.models import Annotation, Label, NewClaim
from reader.normalize import normalize_field
from reader.short_text import short_text
from reader.store.annotations import AnnotationsMixin, on_stored_text
from reader.store.core import lock_entity_name, run_later
from reader.store.rows import _check_span, now


class TagBatchMixin(AnnotationsMixin):
    def add_tags(
        self,
        article_id: int,
        tags: Sequence[tuple[str, int, int]],
        *,
        annotator: str | None = None,
        session_id: int | None = None,
        origin: str = "manual",
        seen_text: str | None = None,
        claims: Mapping[int, NewClaim] | None = None,
    ) -> list[Annotation]:
        """add_annotation for many (label, start, end) tags of an article's body: the same rows,
        entities, claim links and events, but the article text is read once and everything is one
        transaction, so either all are stored or none (an error is the one add_annotation would
        give for the first bad tag). Returns them in the order given. seen_text: as
        add_annotation's; one tag whose words are gone refuses them all. claims: the claimant and
        quantities of the claims among tags, by position (a claim not in it has neither); a claim
        is stored as add_annotation stores a new one (unverified, unreviewed). Accepting 1,000
        suggested claims one transaction each took 5-30 s (benchmarks/accept_claims.py)."""
        labels = {name: self.get_label(name) for name in dict.fromkeys(t[0] for t in tags)}
        claims = claims or {}
        if origin not in ("manual", "suggested"):
            raise InvalidInput(f"unknown origin {origin!r}")
        annotator = normalize_field(annotator)
        if not tags:
            return []
        ids: list[int] = []
        with self._write(article_id) as conn:
            text = self._article_text(conn, article_id)
            # This layer's tags, read once (what _duplicate_query asks for each tag).
            taken = {
                (r[0], r[1], r[2])
                for r in conn.execute(
                    'SELECT label_id, start, "end" FROM annotations WHERE article_id = ? '
                    "AND coalesce(annotator, '') = ? AND gold = 0 AND field = 'body'",
                    (article_id, annotator or ""),
                )
            }
            moved = seen_text is not None and seen_text != text
            placed: list[tuple[Label, int, int]] = []
            for name, start, end in tags:
                lab = labels[name]
                with self._naming_who(conn, article_id):
                    start, end = on_stored_text(text, seen_text, (start, end))
                _check_span(text, start, end)
                if (lab.id, start, end) in taken:
                    raise AlreadyTagged(f"“{short_text(text[start:end], 40)}” is already tagged {lab.name}")
                taken.add((lab.id, start, end))
                placed.append((lab, start, end))
            # PostgreSQL: every name's entity lock taken first, in one order. Taken tag by tag, a
            # batch naming Anna then Bruno and a colleague's naming Bruno then Anna each held one
            # lock and waited for the other's: the server refused one (a deadlock).
            names = {entity_key(text[s:e]) for lab, s, e in placed if lab.kind == "entity"}
            names |= {entity_key(c.claimant) for c in claims.values() if c.claimant and c.claimant.strip()}
            for key in sorted(names):
                lock_entity_name(conn, key)
            links: list[tuple[int, int]] = []  # (claim, quantity), inserted together at the end
            for at, (lab, start, end) in enumerate(placed):
                claim: tuple[str | None, str | None, int | None, str | None, str | None]
                claim = (None, None, None, None, None)
                quantities: list[int] = []
                if lab.kind == "claim":
                    spec = claims.get(at, NewClaim())
                    claimant, claimant_id = self._claimant_entity(
                        conn, normalize_field(spec.claimant), None, new_label=spec.claimant_label
                    )
                    claim = (claimant or None, "unverified", claimant_id, None, "unreviewed")
                    quantities = self._check_quantities(conn, article_id, spec.quantity_ids)
                    quantities += [ids[i] for i in spec.quantities_at if 0 <= i < at]
                stamp = now()
                ann_id = self._insert_tag(
                    conn,
                    text,
                    (article_id, lab, start, end),
                    (None, None, annotator, stamp, stamp, origin),
                    claim,
                    (None, None, False, "body"),
                )
                links += [(ann_id, q) for q in dict.fromkeys(quantities)]
                self._log(conn, session_id, article_id, ann_id, "added", annotator)
                ids.append(ann_id)
            if links:
                conn.executemany("INSERT INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)", links)
            run_later(
                conn,
                "UPDATE articles SET status = 'in progress' WHERE id = ? AND status = 'new'",
                (article_id,),
            )
        wanted = set(ids)
        by_id = {a.id: a for a in self.annotations(article_id) if a.id in wanted}
        for ann in by_id.values():
            ann.on_new_text = moved
        return [by_id[i] for i in ids]

    def delete_tags(
        self, annotation_ids: Sequence[int], *, session_id: int | None = None, annotator: str | None = None
    ) -> list[int]:
        """delete_annotation for many tags (undo of accept all, of tag every occurrence) in one
        transaction and a few statements a chunk: the rows (their quantity links, evidence and
        reviews go by the foreign keys), the entities left with no mention, no claim and no name
        given by hand, and a "deleted" event each. Returns the ids no tag has (deleted meanwhile,
        or set aside by a body fix): the caller decides what they mean. Undoing accept all of 1,249
        tags one delete_annotation each took 2.7-9.8 s on PostgreSQL (benchmarks/README.md, h81)."""
        ids = list(dict.fromkeys(int(i) for i in annotation_ids))
        annotator = normalize_field(annotator)
        found: dict[int, tuple[int, int | None, int | None]] = {}
        with self._write() as conn:
            for at in range(0, len(ids), 500):
                chunk = ids[at : at + 500]
                marks = ", ".join("?" * len(chunk))
                for ann_id, article_id, entity_id, claimant_id in conn.execute(
                    f"SELECT id, article_id, entity_id, claimant_entity_id FROM annotations WHERE id IN ({marks})",
                    chunk,
                ).fetchall():
                    found[ann_id] = (article_id, entity_id, claimant_id)
                conn.execute(f"DELETE FROM annotations WHERE id IN ({marks})", chunk)
            self._drop_orphans(conn, {e for _, *named in found.values() for e in named if e is not None})
            stamp = now()
            conn.executemany(
                "INSERT INTO events (session_id, article_id, annotation_id, action, annotator, at) "
                "VALUES (?, ?, ?, 'deleted', ?, ?)",
                [(session_id, found[i][0], i, annotator, stamp) for i in ids if i in found],
            )
        return [i for i in ids if i not in found]
