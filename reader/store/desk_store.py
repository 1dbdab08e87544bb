"""The desk (issue 14, items 4 and 6): assignments, each annotator's progress, the tags agreement
reads, and the reviewer's gold set.

The gold set is a layer of its own: accepting a tag copies it into annotations with gold = 1 (the
reviewer as annotator), so the reviewer can edit the gold copy without changing what the annotator
tagged (their figures in `reader agreement` stay theirs). reviews holds each decision on an
annotator's tag: accepted (with the gold copy it made) or rejected. Plain SQL, no SQLite-only
syntax, so the same statements serve a PostgreSQL backend."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reader.errors import InvalidInput, NotFound
from reader.models import Annotation
from reader.normalize import normalize_field
from reader.store.core import StoreCore
from reader.store.rows import _ANNOTATION_SELECT, now

REVIEW_DECISIONS = ("accepted", "rejected")


@dataclass(frozen=True)
class LayerSpan:
    """One tag as agreement reads it."""

    article_id: int
    annotator: str  # "" for a tag nobody's name is on
    label: str
    start: int
    end: int
    annotation_id: int
    gold: bool


@dataclass
class AnnotatorProgress:
    annotator: str
    assigned: int  # articles assigned to them
    started: int  # of those, articles where they have tagged something
    done: int  # of those, articles whose status is done
    tags: int  # their tags, in any article
    articles: int  # articles they tagged in, assigned or not


@dataclass
class ArticleProgress:
    article_id: int
    title: str
    status: str
    assigned: list[str] = field(default_factory=list)
    tags: dict[str, int] = field(default_factory=dict)  # annotator -> their tags here
    gold: int = 0  # tags in the gold set
    reviewed: int = 0  # annotators' tags with a decision


@dataclass(frozen=True)
class Review:
    annotation_id: int
    decision: str
    gold_id: int | None
    reviewer: str | None
    at: str


class DeskMixin(StoreCore):
    """Assignments, progress, agreement input and the gold set."""

    @property
    def _store(self) -> Any:
        """This object as the whole Store (its other parts: articles, annotations)."""
        return self

    # Assignments
    def assign(self, article_ids: Sequence[int], annotator: str, *, by: str | None = None) -> int:
        """Assign articles to an annotator; how many were not assigned to them before."""
        name = _name(annotator)
        missing = self._store.missing_articles(article_ids)
        if missing:
            raise NotFound(f"no article with id {missing[0]}")
        added = 0
        with self._write() as conn:
            for article_id in dict.fromkeys(article_ids):
                if conn.execute(
                    "SELECT 1 FROM assignments WHERE article_id = ? AND annotator = ?", (article_id, name)
                ).fetchone():
                    continue
                conn.execute(
                    "INSERT INTO assignments (article_id, annotator, assigned_at, assigned_by) VALUES (?, ?, ?, ?)",
                    (article_id, name, now(), normalize_field(by)),
                )
                added += 1
        return added

    def unassign(self, article_ids: Sequence[int], annotator: str) -> int:
        name = _name(annotator)
        removed = 0
        with self._write() as conn:
            for article_id in dict.fromkeys(article_ids):
                removed += conn.execute(
                    "DELETE FROM assignments WHERE article_id = ? AND annotator = ?", (article_id, name)
                ).rowcount
        return removed

    def assignments(self) -> list[tuple[int, str]]:
        """(article id, annotator) for every assignment, by article then name."""
        return [
            (r[0], r[1]) for r in self._read("SELECT article_id, annotator FROM assignments ORDER BY 1, 2")
        ]

    # Progress
    def progress_by_annotator(self) -> list[AnnotatorProgress]:
        """Everyone who is assigned an article or has tagged one (the gold layer aside)."""
        rows = self._read(
            """
            SELECT w.annotator,
                   (SELECT count(*) FROM assignments s WHERE s.annotator = w.annotator),
                   (SELECT count(*) FROM assignments s WHERE s.annotator = w.annotator
                      AND EXISTS (SELECT 1 FROM annotations a WHERE a.article_id = s.article_id
                                  AND a.annotator = s.annotator AND a.gold = 0)),
                   (SELECT count(*) FROM assignments s JOIN articles ar ON ar.id = s.article_id
                      WHERE s.annotator = w.annotator AND ar.status = 'done'),
                   (SELECT count(*) FROM annotations a WHERE a.annotator = w.annotator AND a.gold = 0),
                   (SELECT count(DISTINCT a.article_id) FROM annotations a
                      WHERE a.annotator = w.annotator AND a.gold = 0)
            FROM (SELECT annotator FROM assignments
                  UNION SELECT annotator FROM annotations WHERE gold = 0 AND annotator IS NOT NULL) w
            ORDER BY w.annotator
            """
        )
        return [AnnotatorProgress(*r) for r in rows]

    def progress_by_article(self) -> list[ArticleProgress]:
        """Every article assigned to someone or tagged by anyone, by id."""
        rows = self._read(
            """
            SELECT ar.id, coalesce(ar.title, ''), ar.status FROM articles ar
            WHERE EXISTS (SELECT 1 FROM assignments s WHERE s.article_id = ar.id)
               OR EXISTS (SELECT 1 FROM annotations a WHERE a.article_id = ar.id)
            ORDER BY ar.id
            """
        )
        out = {r[0]: ArticleProgress(r[0], r[1], r[2]) for r in rows}
        for article_id, name in self.assignments():
            if article_id in out:
                out[article_id].assigned.append(name)
        for article_id, name, gold, n in self._read(
            "SELECT article_id, coalesce(annotator, ''), gold, count(*) FROM annotations "
            "GROUP BY article_id, coalesce(annotator, ''), gold"
        ):
            if article_id not in out:
                continue
            if gold:
                out[article_id].gold += n
            else:
                out[article_id].tags[name] = n
        for article_id, n in self._read(
            "SELECT a.article_id, count(*) FROM reviews r JOIN annotations a ON a.id = r.annotation_id "
            "GROUP BY a.article_id"
        ):
            if article_id in out:
                out[article_id].reviewed = n
        return list(out.values())

    # What agreement reads
    def layer_spans(self, labels: Sequence[str] = (), *, gold: bool = True) -> list[LayerSpan]:
        """Every tag with its annotator, label and offsets (the gold layer too when gold=True)."""
        where, params = ["1 = 1"], []
        if labels:
            where.append(f"l.name IN ({', '.join('?' for _ in labels)})")
            params += [self.get_label(name).name for name in labels]
        if not gold:
            where.append("a.gold = 0")
        rows = self._read(
            f"""SELECT a.article_id, coalesce(a.annotator, ''), l.name, a.start, a."end", a.id, a.gold
                FROM annotations a JOIN labels l ON l.id = a.label_id
                WHERE {" AND ".join(where)} ORDER BY a.article_id, a.start, a.id""",
            params,
        )
        return [LayerSpan(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6])) for r in rows]

    def reviewed_articles(self) -> list[int]:
        """Articles where the reviewer decided on at least one tag."""
        return [
            r[0]
            for r in self._read(
                "SELECT DISTINCT a.article_id FROM reviews r JOIN annotations a ON a.id = r.annotation_id "
                "ORDER BY 1"
            )
        ]

    def article_texts(self, article_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        """id -> (title, text) for these articles."""
        out: dict[int, tuple[str, str]] = {}
        ids = list(dict.fromkeys(article_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for r in self._read(
                f"SELECT id, coalesce(title, ''), text FROM articles WHERE id IN ({', '.join('?' for _ in chunk)})",
                chunk,
            ):
                out[r[0]] = (r[1], r[2])
        return out

    # The gold set
    def layer_annotations(self, article_id: int) -> tuple[list[Annotation], list[Annotation]]:
        """An article's annotators' tags and its gold tags, each in text order."""
        with self._reading():
            rows = self.conn.execute(
                _ANNOTATION_SELECT + ' WHERE a.article_id = ? ORDER BY a.start, a."end" DESC, a.id',
                (article_id,),
            ).fetchall()
            gold = {
                r[0]
                for r in self.conn.execute(
                    "SELECT id FROM annotations WHERE article_id = ? AND gold = 1", (article_id,)
                )
            }
            anns = [self._store._annotation_from_row(r) for r in rows]
        return [a for a in anns if a.id not in gold], [a for a in anns if a.id in gold]

    def reviews(self, article_id: int) -> dict[int, Review]:
        """Decisions on an article's tags, by the annotation decided on."""
        rows = self._read(
            "SELECT r.annotation_id, r.decision, r.gold_id, r.reviewer, r.at FROM reviews r "
            "JOIN annotations a ON a.id = r.annotation_id WHERE a.article_id = ?",
            (article_id,),
        )
        return {r[0]: Review(*r) for r in rows}

    def accept(self, annotation_id: int, reviewer: str | None) -> Review:
        """Put an annotator's tag into the gold set: a gold copy, unless the gold set has the same
        label on the same span already (then this decision points at that one)."""
        ann = self._store.get_annotation(annotation_id)
        if self._is_gold(annotation_id):
            raise InvalidInput("that tag is in the gold set already: accept an annotator's tag")
        self.undecide(annotation_id)
        existing = self._read(
            "SELECT a.id FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.article_id = ? "
            'AND l.name = ? AND a.start = ? AND a."end" = ? AND a.gold = 1',
            (ann.article_id, ann.label, ann.start, ann.end),
        )
        if existing:
            gold_id = existing[0][0]
        else:
            gold_id = self._store.add_annotation(
                ann.article_id,
                ann.label,
                ann.start,
                ann.end,
                note=ann.note,
                annotator=reviewer,
                claimant=ann.claimant,
                claim_status=ann.claim_status,
                explanation=ann.explanation,
                gold=True,
            ).id
        self._decide(annotation_id, "accepted", gold_id, reviewer)
        return self.reviews(ann.article_id)[annotation_id]

    def reject(self, annotation_id: int, reviewer: str | None) -> Review:
        ann = self._store.get_annotation(annotation_id)
        if self._is_gold(annotation_id):
            raise InvalidInput("that tag is in the gold set: reject an annotator's tag")
        self.undecide(annotation_id)
        self._decide(annotation_id, "rejected", None, reviewer)
        return self.reviews(ann.article_id)[annotation_id]

    def undecide(self, annotation_id: int) -> None:
        """Take a decision back (undo): an accepted tag's gold copy goes too, unless another
        accepted tag points at it."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT decision, gold_id FROM reviews WHERE annotation_id = ?", (annotation_id,)
            ).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM reviews WHERE annotation_id = ?", (annotation_id,))
            gold_id = row[1]
            if (
                gold_id is not None
                and not conn.execute("SELECT 1 FROM reviews WHERE gold_id = ?", (gold_id,)).fetchone()
            ):
                conn.execute("DELETE FROM annotations WHERE id = ? AND gold = 1", (gold_id,))

    def restore_decision(self, review: Review) -> None:
        """Redo a decision taken back by undecide (an accepted one makes its gold copy again)."""
        if review.decision == "accepted":
            self.accept(review.annotation_id, review.reviewer)
        else:
            self.reject(review.annotation_id, review.reviewer)

    def _decide(self, annotation_id: int, decision: str, gold_id: int | None, reviewer: str | None) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM reviews WHERE annotation_id = ?", (annotation_id,))
            conn.execute(
                "INSERT INTO reviews (annotation_id, decision, gold_id, reviewer, at) VALUES (?, ?, ?, ?, ?)",
                (annotation_id, decision, gold_id, normalize_field(reviewer), now()),
            )

    def _is_gold(self, annotation_id: int) -> bool:
        return bool(self._read("SELECT 1 FROM annotations WHERE id = ? AND gold = 1", (annotation_id,)))


def _name(annotator: str) -> str:
    name = normalize_field(annotator)
    if not name:
        raise InvalidInput("an annotator's name cannot be empty")
    return name
