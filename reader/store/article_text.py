"""Giving an article a new text (a re-clean, a body the journalist chose) with every tag placed in
it or set aside, never lost."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from reader.anchor import context
from reader.errors import EditConflict, InvalidInput, NotFound
from reader.models import (
    METADATA_FIELDS,
    Annotation,
    CleanResult,
)
from reader.normalize import normalize_field
from reader.segments import SentenceBounds, sentence_text
from reader.store.core import StoreCore
from reader.store.rows import (
    content_hash,
    now,
    word_count,
)


class ArticleTextMixin(StoreCore):
    """An article's text changes, with its tags moved along."""

    def replace_text(
        self,
        article_id: int,
        clean: CleanResult,
        placements: dict[int, tuple[int, int]],
        drop: Iterable[int] = (),
        rejected: Iterable[tuple[str, int, int]] = (),
        set_aside: Iterable[int] = (),
        bring_back: dict[int, tuple[int, int]] | None = None,
        changed_by: str | None = None,
    ) -> None:
        """Give an article a new cleaned text and metadata. Every annotation must be either placed
        (placements: id -> (start, end), in the new text or, for a tag on the title, byline or
        dateline, in that field's new value), listed in drop, or listed in set_aside (kept whole in
        set_aside_annotations, listed by `reader show`): none is lost silently (a tag on a metadata
        field whose value stays the same may be left out: it stays where it is). rejected replaces
        the article's rejected suggestions (label, start, end), placed in the new text. bring_back
        puts set-aside annotations back (id -> (start, end)), each in its own field's new value.
        changed_by: who asks (named to a colleague whose tag was made on the old text meanwhile)."""
        drop = set(drop)
        set_aside = list(set_aside)
        with self._write() as conn:
            fields: dict[int, str] = dict(
                conn.execute(
                    "SELECT id, field FROM annotations WHERE article_id = ?", (article_id,)
                ).fetchall()
            )
            old = conn.execute(
                "SELECT title, byline, dateline FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            unchanged = {  # a tag on a title, byline or dateline that stays as it was stays where it was
                name
                for name, value in zip(
                    ("title", "byline", "dateline"), old or (None, None, None), strict=True
                )
                if (value or "") == (getattr(clean, name) or "")
            }
            missing = (
                {i for i, on in fields.items() if on not in unchanged}
                - set(placements)
                - drop
                - set(set_aside)
            )
            if missing:
                raise InvalidInput(f"annotations {sorted(missing)} have no place in the new text")
            digest = _new_digest(conn, article_id, clean.text)
            conn.execute(
                """UPDATE articles SET text = ?, content_hash = ?, word_count = ?, title = ?, byline = ?,
                   dateline = ?, agency = ?, published = ?, language = ?, site = ?,
                   url = coalesce(?, url), confidence = ?, confidence_reason = ?, text_changed_by = ?
                   WHERE id = ?""",
                (
                    clean.text,
                    digest,
                    word_count(clean.text),
                    clean.title,
                    clean.byline,
                    clean.dateline,
                    clean.agency,
                    clean.published,
                    clean.language,
                    clean.site,
                    clean.url,
                    clean.confidence,
                    clean.reason,
                    normalize_field(changed_by),
                    article_id,
                ),
            )
            for ann_id in drop:
                conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))
            self._set_aside(conn, article_id, set_aside)
            conn.execute("DELETE FROM rejected_suggestions WHERE article_id = ?", (article_id,))
            conn.executemany(
                'INSERT OR IGNORE INTO rejected_suggestions (article_id, label, start, "end") VALUES (?, ?, ?, ?)',
                [(article_id, label, start, end) for label, start, end in rejected],
            )
            sentences = SentenceBounds(clean.text)
            for ann_id, (start, end) in placements.items():
                on = fields.get(ann_id, "body")
                if on == "body":
                    prefix, suffix = context(clean.text, start, end)
                    sentence = sentences.sentence(start, end)
                else:  # a tag on the title, byline or dateline counts in that field's new value
                    value = getattr(clean, on) or ""
                    if not (0 <= start < end <= len(value)):
                        raise InvalidInput(f"annotation {ann_id} does not fit the new {on}")
                    prefix, suffix = context(value, start, end)
                    sentence = sentence_text(value, start, end)
                conn.execute(
                    'UPDATE annotations SET start = ?, "end" = ?, prefix = ?, suffix = ?, sentence = ? WHERE id = ?',
                    (start, end, prefix, suffix, sentence, ann_id),
                )
            if bring_back:
                values: dict[str, tuple[str, SentenceBounds | None]] = {"body": (clean.text, sentences)}
                values.update((name, (getattr(clean, name) or "", None)) for name in METADATA_FIELDS)
                self._bring_back(conn, article_id, dict(bring_back), values)

    def replace_body(
        self,
        article_id: int,
        text: str,
        *,
        body_choice: str | None,
        confidence: float | None,
        reason: str | None,
        placements: dict[int, tuple[int, int]],
        set_aside: Iterable[int] = (),
        bring_back: Iterable[int] | dict[int, tuple[int, int]] = (),
        rejected: Iterable[tuple[str, int, int]] | None = None,
        expect_text: str | None = None,
        changed_by: str | None = None,
    ) -> None:
        """Give an article a body the journalist chose (or take it back: undo), in one transaction.
        Every annotation is placed in the new text (placements: id -> (start, end)) or set aside,
        whole, in set_aside_annotations; bring_back puts set-aside ones back at the offsets they
        had. expect_text: refuse when the stored text is not this one (changed meanwhile).
        changed_by: who asks (named to a colleague whose tag was made on the old text meanwhile)."""
        set_aside = list(set_aside)
        # bring_back: ids (back at the offsets they were set aside with) or id -> (start, end).
        back: dict[int, tuple[int, int] | None] = (
            dict(bring_back) if isinstance(bring_back, dict) else dict.fromkeys(bring_back)
        )
        with self._write() as conn:
            current = self._article_text(conn, article_id)
            if expect_text is not None and current != expect_text:
                raise InvalidInput(f"article {article_id}'s text has changed meanwhile; nothing changed")
            ids = {
                r[0]
                for r in conn.execute(
                    "SELECT id FROM annotations WHERE article_id = ? AND field = 'body'", (article_id,)
                )
            }
            missing = ids - set(placements) - set(set_aside)
            if missing:
                raise InvalidInput(f"annotations {sorted(missing)} have no place in the new text")
            digest = _new_digest(conn, article_id, text)
            conn.execute(
                """UPDATE articles SET text = ?, content_hash = ?, word_count = ?, body_choice = ?,
                   confidence = ?, confidence_reason = ?, text_changed_by = ? WHERE id = ?""",
                (
                    text,
                    digest,
                    word_count(text),
                    body_choice,
                    confidence,
                    reason,
                    normalize_field(changed_by),
                    article_id,
                ),
            )
            self._set_aside(conn, article_id, set_aside)
            sentences = SentenceBounds(text)
            for ann_id, (start, end) in placements.items():
                prefix, suffix = context(text, start, end)
                conn.execute(
                    'UPDATE annotations SET start = ?, "end" = ?, prefix = ?, suffix = ?, sentence = ? WHERE id = ?',
                    (start, end, prefix, suffix, sentences.sentence(start, end), ann_id),
                )
            self._bring_back(conn, article_id, back, {"body": (text, sentences)})
            if rejected is not None:
                conn.execute("DELETE FROM rejected_suggestions WHERE article_id = ?", (article_id,))
                conn.executemany(
                    'INSERT OR IGNORE INTO rejected_suggestions (article_id, label, start, "end") VALUES (?, ?, ?, ?)',
                    [(article_id, label, start, end) for label, start, end in rejected],
                )

    def retitle(
        self,
        article_id: int,
        title: str | None,
        placements: dict[int, tuple[int, int]],
        set_aside: Iterable[int] = (),
        bring_back: dict[int, tuple[int, int]] | None = None,
        expect: str | None = None,
        by_hand: bool = True,
    ) -> None:
        """Give an article a title (None: none), in one transaction: the tags on the title placed
        (id -> (start, end) in the new title), set aside, or brought back from aside. expect: the
        title the caller saw (changed by someone meanwhile: EditConflict, nothing changed).
        by_hand: the journalist gave it (reclean keeps it); False when an undo puts back the
        cleaner's."""
        with self._write() as conn:
            row = conn.execute("SELECT title FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise NotFound(f"no article with id {article_id}")
            if (row[0] or "") != (expect or ""):
                raise EditConflict(f"the title of article {article_id} was changed meanwhile: try again")
            on_title = {
                r[0]
                for r in conn.execute(
                    "SELECT id FROM annotations WHERE article_id = ? AND field = 'title'", (article_id,)
                ).fetchall()
            }
            if on_title - set(placements) - set(set_aside):
                raise InvalidInput(f"a tag on the title of article {article_id} has no place in the new one")
            conn.execute(
                "UPDATE articles SET title = ?, title_by_hand = ? WHERE id = ?",
                (title, 1 if by_hand else 0, article_id),
            )
            self._set_aside(conn, article_id, set_aside)
            value = title or ""
            for ann_id, (start, end) in placements.items():
                if not (0 <= start < end <= len(value)):
                    raise InvalidInput(f"annotation {ann_id} does not fit the new title")
                prefix, suffix = context(value, start, end)
                conn.execute(
                    'UPDATE annotations SET start = ?, "end" = ?, prefix = ?, suffix = ?, sentence = ? WHERE id = ?',
                    (start, end, prefix, suffix, sentence_text(value, start, end), ann_id),
                )
            if bring_back:
                self._bring_back(conn, article_id, dict(bring_back), {"title": (value, None)})

    def _bring_back(
        self,
        conn: Any,
        article_id: int,
        back: dict[int, tuple[int, int] | None],
        values: dict[str, tuple[str, SentenceBounds | None]],
    ) -> None:
        """Put set-aside annotations back, whole (entity, quantities, claim links, evidence), each
        in its own field: values maps a field to its new text (and, for the body, its sentences).
        back: id -> (start, end) in that text, or None for the offsets it was set aside with."""
        links: list[tuple[int, int]] = []
        for ann_id, span in back.items():
            found = conn.execute(
                "SELECT data FROM set_aside_annotations WHERE id = ? AND article_id = ?",
                (ann_id, article_id),
            ).fetchone()
            if found is None:
                raise NotFound(f"no set-aside annotation {ann_id} in article {article_id}")
            data = json.loads(found[0])
            row = data["row"]
            on = row.get("field") or "body"
            if on not in values:
                raise InvalidInput(f"annotation {ann_id} was on the {on}, which is not changing here")
            text, sentences = values[on]
            start, end = span or (row["start"], row["end"])
            row["start"], row["end"] = start, end
            if not (0 <= start < end <= len(text)) or text[start:end] != row["text"]:
                raise InvalidInput(f"annotation {ann_id} does not fit the text it is brought back to")
            row["prefix"], row["suffix"] = context(text, start, end)
            row["sentence"] = (
                sentences.sentence(start, end) if sentences is not None else sentence_text(text, start, end)
            )
            # An entity merged away meanwhile: linked again by its text below.
            for column in ("entity_id", "claimant_entity_id"):
                if (
                    row.get(column) is not None
                    and not conn.execute("SELECT 1 FROM entities WHERE id = ?", (row[column],)).fetchone()
                ):
                    row[column] = None
            cols = ", ".join(f'"{c}"' for c in row)
            conn.execute(
                f"INSERT INTO annotations ({cols}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            if row.get("entity_id") is None:
                kind = conn.execute("SELECT kind FROM labels WHERE id = ?", (row["label_id"],)).fetchone()
                if kind and kind[0] == "entity":
                    self._link_mention(conn, ann_id, row["label_id"], row["text"])
            conn.executemany(
                "INSERT OR IGNORE INTO evidence (id, claim_id, source, quote, note, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                data.get("evidence", []),
            )
            conn.execute("DELETE FROM set_aside_annotations WHERE id = ?", (ann_id,))
            links += [(ann_id, q) for q in data["quantities"]] + [(c, ann_id) for c in data["claims"]]
        for claim_id, quantity_id in links:
            conn.execute(
                "INSERT OR IGNORE INTO claim_quantities (claim_id, quantity_id) "
                "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM annotations WHERE id = ?) "
                "AND EXISTS (SELECT 1 FROM annotations WHERE id = ?)",
                (claim_id, quantity_id, claim_id, quantity_id),
            )

    def _set_aside(self, conn: Any, article_id: int, set_aside: Iterable[int]) -> None:
        """Move annotations, whole (quantities, claim links, evidence), into set_aside_annotations."""
        stamp = now()
        for ann_id in set_aside:
            cur = conn.execute(
                "SELECT * FROM annotations WHERE id = ? AND article_id = ?", (ann_id, article_id)
            )
            names = [d[0] for d in cur.description]
            row = cur.fetchone()
            if row is None:
                raise NotFound(f"no annotation {ann_id} in article {article_id}")
            data: dict[str, Any] = {"row": dict(zip(names, row, strict=True))}
            data["quantities"] = [
                r[0]
                for r in conn.execute(
                    "SELECT quantity_id FROM claim_quantities WHERE claim_id = ?", (ann_id,)
                )
            ]
            data["claims"] = [
                r[0]
                for r in conn.execute(
                    "SELECT claim_id FROM claim_quantities WHERE quantity_id = ?", (ann_id,)
                )
            ]
            # A claim's evidence goes aside with it (deleting the row would cascade it away).
            data["evidence"] = [
                list(r)
                for r in conn.execute(
                    "SELECT id, claim_id, source, quote, note, added_at, added_by FROM evidence "
                    "WHERE claim_id = ? ORDER BY id",
                    (ann_id,),
                )
            ]
            conn.execute(
                "INSERT OR REPLACE INTO set_aside_annotations (id, article_id, data, set_aside_at) VALUES (?, ?, ?, ?)",
                (ann_id, article_id, json.dumps(data, ensure_ascii=False), stamp),
            )
            conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))

    def discard_set_aside(self, annotation_id: int) -> bool:
        """Forget a set-aside annotation (the undo of the tag it was): it will not be brought back
        by a later body fix. False when there was none with that id."""
        with self._write() as conn:
            found = conn.execute(
                "SELECT 1 FROM set_aside_annotations WHERE id = ?", (annotation_id,)
            ).fetchone()
            if found is not None:
                conn.execute("DELETE FROM set_aside_annotations WHERE id = ?", (annotation_id,))
        return found is not None

    def set_aside_annotations(self, article_id: int) -> list[Annotation]:
        """The annotations a body fix could not place in the article's text, as they were (their
        offsets are in the text they came from), oldest first."""
        labels = {label.id: label for label in self.labels()}
        out = []
        for (data,) in self._read(
            "SELECT data FROM set_aside_annotations WHERE article_id = ? ORDER BY set_aside_at, id",
            (article_id,),
        ):
            r = json.loads(data)["row"]
            label = labels.get(r["label_id"])
            out.append(
                Annotation(
                    r["id"],
                    r["article_id"],
                    label.name if label else "?",
                    label.kind if label else "entity",
                    r["start"],
                    r["end"],
                    r["text"],
                    r["prefix"],
                    r["suffix"],
                    r["note"],
                    r["annotator"],
                    r["created"],
                    r["updated"],
                    r["origin"],
                    r["claimant"],
                    r["claim_status"],
                    json.loads(data)["quantities"],
                    field=r.get("field") or "body",
                )
            )
        return out


def _new_digest(conn: sqlite3.Connection, article_id: int, text: str) -> str:
    """The content hash of an article's new text; InvalidInput if another article has that text."""
    digest = content_hash(text)
    other = conn.execute(
        "SELECT id FROM articles WHERE content_hash = ? AND id != ?", (digest, article_id)
    ).fetchone()
    if other:
        raise InvalidInput(f"the new text is the same as article {other[0]}'s")
    return digest
