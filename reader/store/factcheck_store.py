"""Claims as a fact-check in the store (issue 12): evidence items and the settings kept with the
database (the display names ClaimReview names as authors).

Display names are per colleague on a desk: the row "display-name:LOGIN" holds the name LOGIN publishes
under (LOGIN is the stable annotator id that checked_by and added_by record). The plain
"display-name" row is the desk-wide one, the fallback for colleagues who set none (an older
database's single setting keeps working as it was). Same table, new keys: no schema step needed.

The verdict, its public explanation, who checked it, when, and the review state are columns of the
claim's annotation, changed with Store.update_annotation (so the history undoes them).
A mixin of reader.store.Store: it uses the store's transactions (_write, _read)."""

from __future__ import annotations

import sqlite3

from reader.errors import InvalidInput, NotFound
from reader.models import Evidence
from reader.normalize import normalize_field, normalize_note
from reader.store.core import StoreCore, inserted_id

# Settings `reader config` knows: name -> what it is for.
SETTINGS = {
    "display-name": "the name ClaimReview exports give as the fact-check's author (never the login name)",
}

# "display-name:" + an annotator's login: that colleague's own display name.
_OWN_NAME = "display-name:"

_EVIDENCE_COLS = "id, claim_id, source, quote, note, added_at, added_by"


# Free text is neutralised as it enters the store, by the one rule of reader.normalize: a one-line
# field (source, names) and a multi-line text (quotes, notes, explanations), None when empty.
clean_field = normalize_field
clean_text = normalize_note


class FactCheckMixin(StoreCore):
    def _claim_article(self, conn: sqlite3.Connection, claim_id: int) -> int:
        row = conn.execute(
            "SELECT a.article_id, l.kind FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.id = ?",
            (claim_id,),
        ).fetchone()
        if row is None:
            raise NotFound(f"no annotation with id {claim_id}")
        if row[1] != "claim":
            raise InvalidInput(f"annotation {claim_id} is not a claim: evidence goes with claims")
        return row[0]

    def add_evidence(
        self,
        claim_id: int,
        source: str,
        *,
        quote: str | None = None,
        note: str | None = None,
        added_by: str | None = None,
        evidence_id: int | None = None,
        added_at: str | None = None,
    ) -> Evidence:
        """Add a piece of evidence to a claim: a URL or a document reference (required), a quote
        from it, a private note. evidence_id/added_at put back a removed one as it was."""
        from reader.store.store import now

        cleaned = clean_field(source)
        if not cleaned:
            raise InvalidInput("evidence needs a URL or a document reference")
        source = cleaned
        with self._write() as conn:
            self._claim_article(conn, claim_id)
            new_id = inserted_id(
                conn.execute(
                    "INSERT INTO evidence (id, claim_id, source, quote, note, added_at, added_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        evidence_id,
                        claim_id,
                        source,
                        clean_text(quote),
                        clean_text(note),
                        added_at or now(),
                        clean_field(added_by),
                    ),
                )
            )
        return self.get_evidence(new_id)

    def get_evidence(self, evidence_id: int) -> Evidence:
        rows = self._read(f"SELECT {_EVIDENCE_COLS} FROM evidence WHERE id = ?", (evidence_id,))
        if not rows:
            raise NotFound(f"no evidence with id {evidence_id}")
        return Evidence(*rows[0])

    def evidence(self, claim_id: int) -> list[Evidence]:
        """A claim's evidence, in the order it was added."""
        with self._reading():
            self._claim_article(self.conn, claim_id)
            rows = self.conn.execute(
                f"SELECT {_EVIDENCE_COLS} FROM evidence WHERE claim_id = ? ORDER BY id", (claim_id,)
            ).fetchall()
        return [Evidence(*r) for r in rows]

    def remove_evidence(self, evidence_id: int) -> Evidence:
        """Remove one piece of evidence; returns it (add_evidence with its id puts it back)."""
        gone = self.get_evidence(evidence_id)
        with self._write() as conn:
            conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
        return gone

    # -- settings --------------------------------------------------------------------------------

    def _setting_name(self, name: str) -> str:
        if name not in SETTINGS:
            raise InvalidInput(f"unknown setting {name!r}; known: {', '.join(SETTINGS)}")
        return name

    def get_setting(self, name: str) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (self._setting_name(name),))
        return rows[0][0] if rows else None

    def set_setting(self, name: str, value: str | None) -> str | None:
        """Set (or, with None or an empty value, clear) a setting; returns the value stored."""
        name = self._setting_name(name)
        value = clean_field(value)
        return self._put_setting(name, value)

    def _put_setting(self, key: str, value: str | None) -> str | None:
        """Store (None: delete) one settings row; returns the value stored."""
        with self._write() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
        return value

    def settings(self) -> dict[str, str | None]:
        stored = dict(self._read("SELECT key, value FROM settings"))
        return {name: stored.get(name) for name in SETTINGS}

    # -- display names, one per colleague ----------------------------------------------------------

    def display_name(self, annotator: str | None, *, fallback: bool = True) -> str | None:
        """The name annotator publishes under: their own, else (with fallback) the desk-wide one."""
        keys = ([_OWN_NAME + annotator] if annotator else []) + (["display-name"] if fallback else [])
        if not keys:
            return None
        found = dict(
            self._read(
                f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' for _ in keys)})", tuple(keys)
            )
        )
        return next((found[k] for k in keys if k in found), None)

    def set_display_name(self, annotator: str, value: str | None) -> str | None:
        """Set (None or empty: clear) annotator's own display name; returns the value stored."""
        login = clean_field(annotator)
        if not login:
            raise InvalidInput("a display name belongs to an annotator: give one with --annotator")
        value = clean_field(value)
        key = _OWN_NAME + login
        return self._put_setting(key, value)

    def display_names(self) -> dict[str, str]:
        """Every colleague's own display name: login -> name, sorted by login."""
        rows = self._read("SELECT key, value FROM settings WHERE key LIKE ?", (_OWN_NAME + "%",))
        return {k[len(_OWN_NAME) :]: v for k, v in sorted(rows) if k.startswith(_OWN_NAME)}
