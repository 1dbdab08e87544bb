"""Set-aside tags as exports carry them: read whole (with their label and evidence) for the JSONL
export and a deleted article's trash file, and kept aside again by import-annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from reader.normalize import normalize_field, normalize_note
from reader.store.core import StoreCore, inserted_id

# The columns an imported set-aside tag is stored with (the others take their defaults).
SET_ASIDE_COLUMNS = (
    "start", "end", "text", "prefix", "suffix", "note", "annotator", "created", "updated", "origin",
    "claimant", "claim_status", "explanation", "review_state", "checked_by", "checked_at", "field",
)  # fmt: skip


class SetAsideMixin(StoreCore):
    """Set-aside annotations in and out of exports."""

    def set_aside_rows(self, article_id: int) -> list[dict[str, Any]]:
        """Each tag set aside on the article, oldest first, as kept: {"row": its columns, "label",
        "kind", "evidence": [[id, claim_id, source, quote, note, added_at, added_by], ...],
        "quantities", "claims" (ids of linked annotations), "set_aside_at"}."""
        labels = {r[0]: (r[1], r[2]) for r in self._read("SELECT id, name, kind FROM labels")}
        out = []
        for data, stamp in self._read(
            "SELECT data, set_aside_at FROM set_aside_annotations WHERE article_id = ? ORDER BY set_aside_at, id",
            (article_id,),
        ):
            item = json.loads(data)
            name, kind = labels.get(item["row"]["label_id"], ("?", "entity"))
            out.append({**item, "label": name, "kind": kind, "set_aside_at": stamp})
        return out

    def articles_with_set_aside(self, article_status: str | None = None) -> list[int]:
        """The ids of the articles with tags set aside (in that status, when given), in order."""
        sql = (
            "SELECT DISTINCT s.article_id FROM set_aside_annotations s JOIN articles a ON a.id = s.article_id"
        )
        params: tuple = ()
        if article_status:
            sql, params = sql + " WHERE a.status = ?", (article_status,)
        return [r[0] for r in self._read(sql + " ORDER BY s.article_id", params)]

    def add_set_aside(
        self,
        article_id: int,
        label: str,
        values: dict[str, Any],
        evidence: Sequence[tuple[str, str | None, str | None, str, str | None]] = (),
        set_aside_at: str | None = None,
    ) -> int | None:
        """Keep an exported set-aside tag aside on the article (values: SET_ASIDE_COLUMNS; offsets in
        the text it came from), with its evidence (source, quote, note, added_at, added_by): a body
        fix may bring it back as any other. None (nothing stored) when the same tag (label, words,
        offsets, field, note, annotator, gold set or not) is already set aside there."""
        label_id, gold = self.get_label(label).id, int(bool(values.get("gold")))
        row = {c: values.get(c) for c in SET_ASIDE_COLUMNS}
        row["note"], row["annotator"] = normalize_note(row["note"]), normalize_field(row["annotator"])
        row["claimant"] = normalize_field(row["claimant"])
        row["origin"], row["field"] = row["origin"] or "manual", row["field"] or "body"
        row["prefix"], row["suffix"] = row["prefix"] or "", row["suffix"] or ""
        same = ("label_id", "start", "end", "text", "field", "note", "annotator")
        mine = {**row, "label_id": label_id}
        with self._write() as conn:
            for (data,) in conn.execute(
                "SELECT data FROM set_aside_annotations WHERE article_id = ?", (article_id,)
            ).fetchall():
                kept = json.loads(data)["row"]
                # a gold copy is no duplicate of its annotator's tag (a reviewer's own tag accepted)
                if all(kept.get(c) == mine.get(c) for c in same) and int(bool(kept.get("gold"))) == gold:
                    return None
            columns = {"article_id": article_id, "label_id": label_id, "gold": gold, **row}
            cur = conn.execute(
                f"INSERT INTO annotations ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                tuple(columns.values()),
            )
            new_id = inserted_id(cur)
            for source, quote, note, added_at, added_by in evidence:
                conn.execute(
                    "INSERT INTO evidence (claim_id, source, quote, note, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)",
                    (new_id, source, quote, note, added_at, added_by),
                )
            self._set_aside(conn, article_id, [new_id])
            if set_aside_at:
                conn.execute(
                    "UPDATE set_aside_annotations SET set_aside_at = ? WHERE id = ?", (set_aside_at, new_id)
                )
        return new_id

    def link_set_aside(self, annotation_id: int, quantities: list[int], claims: list[int]) -> None:
        """Record a set-aside tag's links (its quantities, the claims linking it, by id): a body fix
        that brings it back links them again where both are in the text."""
        with self._write() as conn:
            found = conn.execute(
                "SELECT data FROM set_aside_annotations WHERE id = ?", (annotation_id,)
            ).fetchone()
            if found is None:
                return
            data = json.loads(found[0])
            data["quantities"] = list(dict.fromkeys([*data.get("quantities", []), *quantities]))
            data["claims"] = list(dict.fromkeys([*data.get("claims", []), *claims]))
            conn.execute(
                "UPDATE set_aside_annotations SET data = ? WHERE id = ?",
                (json.dumps(data, ensure_ascii=False), annotation_id),
            )
