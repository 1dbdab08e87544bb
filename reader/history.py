"""Undo and redo of annotation changes, over the store (no Textual: the TUI and tests share it).

Every step is already committed when it is pushed; undoing it is another committed change."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from reader.errors import InvalidInput, NotFound
from reader.models import Annotation
from reader.short_text import short_text
from reader.store import Store
from reader.store.entity_store import EntityState
from reader.store.store import EDITABLE


@dataclass
class Change:
    """One annotation change. before is None for an add, after is None for a delete."""

    before: Annotation | None
    after: Annotation | None
    linked_claims: list[int] = field(default_factory=list)  # claims that held a deleted quantity
    # An add that moved its article from "new" to "in progress" (the store does that on the first
    # tag): undoing the add puts "new" back, unless the status was changed since.
    started_article: bool = False
    # An edit that moved the tag's mention to another entity (or renamed or removed one): the
    # (before, after) states of those entities, put back exactly by undo and redo.
    entities: tuple[EntityState, EntityState] | None = None

    @property
    def article_ids(self) -> frozenset[int]:
        ann = self.after or self.before
        return frozenset({ann.article_id}) if ann is not None else frozenset()

    @property
    def description(self) -> str:
        """What changed, in a journalist's words: "tag PLACE “Douai”", "delete …", "verdict on
        claim 12 “…”", "span of PLACE “Douai”" (what "Undid: …" and "Redid: …" name)."""
        ann = self.after or self.before
        assert ann is not None
        if self.before is None or self.after is None:
            return f"{'tag' if self.before is None else 'delete'} {ann.label} “{short_text(ann.text)}”"
        return _edit_description(self.before, self.after)


def _edit_description(before: Annotation, after: Annotation) -> str:
    """An edit named by what it changed (the first that applies)."""
    quote = f"“{short_text(before.text)}”"
    what = f"claim {before.id} {quote}" if before.kind == "claim" else f"{before.label} {quote}"

    def changed(*names: str) -> bool:
        return any(getattr(before, n) != getattr(after, n) for n in names)

    if changed("claim_status", "explanation", "review_state"):
        return f"verdict on {what}"
    if changed("label"):
        return f"label of {quote} ({before.label} → {after.label})"
    if changed("start", "end"):
        return f"span of {what}"
    if changed("claimant", "claimant_entity_id"):
        return f"claimant of {what}"
    if changed("quantity_ids"):
        return f"quantities of {what}"
    if changed("note"):
        return f"note on {what}"
    return f"edit of {what}"


def said(change: object, forward: bool) -> str:
    """The one line every screen shows after u or U: "Undid: verdict on claim 3 “…”"."""
    return f"{'Redid' if forward else 'Undid'}: {getattr(change, 'description', '')}"


@dataclass
class ActionChange:
    """A change that is not an annotation (rejecting suggestions): undone and redone by callables
    that commit their own change."""

    description: str
    undo_fn: Callable[[], object]
    redo_fn: Callable[[], object]
    before: None = None  # nothing to show in the text after an undo or a redo
    after: None = None
    linked_claims: list[int] = field(default_factory=list)
    article_ids: frozenset[int] = frozenset()  # the articles it changed (rejections: one)


@dataclass
class GroupChange:
    """Several changes made by one user action (tag every occurrence, accept all, a claim accepted
    with its quantities): undone together in reverse order, redone together in order."""

    label: str
    changes: list[Change | ActionChange] = field(default_factory=list)
    # The article the action was made from: u there undoes it even when every change landed in
    # other articles (O with nothing left to tag here); article_ids stays what the step changed.
    origin: frozenset[int] = frozenset()

    @property
    def article_ids(self) -> frozenset[int]:
        return frozenset().union(*(c.article_ids for c in self.changes))

    @property
    def description(self) -> str:
        n = len(self.changes)
        if n == 1 and isinstance(self.changes[0], Change) and self.changes[0].before is not None:
            return self.changes[0].description  # one edit (the claim form's): named by what it changed
        return f"{self.label} ({n} change{'s' if n != 1 else ''})"

    # What the TUI shows after an undo (before) or a redo (after): the first change's annotation.
    @property
    def before(self) -> Annotation | None:
        return self.changes[0].before if self.changes else None

    @property
    def after(self) -> Annotation | None:
        return self.changes[0].after if self.changes else None


def _an_add(step: object) -> bool:
    """A step that added one tag (undone by deleting it)."""
    return isinstance(step, Change) and step.before is None and step.after is not None


_EDITABLE = EDITABLE  # every field update_annotation takes: an undo puts each one back


class History:
    def __init__(self, store: Store, session_id: int | None = None, annotator: str | None = None) -> None:
        self.store = store
        self.session_id = session_id
        self.annotator = annotator
        self._undo: list[Change | ActionChange | GroupChange] = []
        self._redo: list[Change | ActionChange | GroupChange] = []
        self._group: GroupChange | None = None
        self._group_thread: int | None = None  # a group collects only its own thread's changes

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def record_action(
        self,
        description: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        article_id: int | None = None,
    ) -> None:
        """Record a change made outside the annotations (already committed) with how to undo and
        redo it, and the article it changed (for undo in one article)."""
        ids = frozenset({article_id}) if article_id is not None else frozenset()
        self.record(ActionChange(description, undo, redo, article_ids=ids))  # type: ignore[arg-type]

    def forget(self, article_ids: Iterable[int]) -> None:
        """Drop the steps that changed these articles (deleted: there is nothing to undo them on)."""
        gone = frozenset(article_ids)
        self._undo = [c for c in self._undo if not c.article_ids & gone]
        self._redo = [c for c in self._redo if not c.article_ids & gone]

    def record(self, change: Change) -> None:
        if self._group is not None and self._group_thread == threading.get_ident():
            self._group.changes.append(change)
            return
        self._undo.append(change)
        self._redo.clear()

    @contextlib.contextmanager
    def group(self, label: str, article_id: int | None = None) -> Iterator[GroupChange]:
        """Collect every change recorded inside the block into one undo step:

            with history.group("tag every occurrence"):
                history.add(...); history.add(...)

        A block that records nothing adds no step; a block left by an exception keeps the changes
        already committed as one step (so they can still be undone). A nested group joins the outer one.
        article_id: the article the action was made from, where u undoes it."""
        if self._group is not None and self._group_thread == threading.get_ident():
            yield self._group
            return
        grouped = GroupChange(
            label, origin=frozenset({article_id}) if article_id is not None else frozenset()
        )
        self._group, self._group_thread = grouped, threading.get_ident()
        try:
            yield grouped
        finally:
            self._group, self._group_thread = None, None
            if grouped.changes:
                self._undo.append(grouped)
                self._redo.clear()

    # The three edits, each committed and recorded.
    def add(self, article_id: int, label: str, start: int, end: int, **kwargs: object) -> Annotation:
        was_new = self.store.article_status(article_id) == "new"
        ann = self.store.add_annotation(
            article_id,
            label,
            start,
            end,
            annotator=self.annotator,
            session_id=self.session_id,
            **kwargs,  # type: ignore[arg-type]
        )
        self.record(Change(None, ann, started_article=was_new))
        return ann

    def add_tags(
        self, article_id: int, tags: list[tuple[str, int, int]], **kwargs: object
    ) -> list[Annotation]:
        """add for many (label, start, end) tags of one article in one transaction (Store.add_tags):
        one change each, as add records them (a group makes them one undo step)."""
        was_new = self.store.article_status(article_id) == "new"
        anns = self.store.add_tags(
            article_id,
            tags,
            annotator=self.annotator,
            session_id=self.session_id,
            **kwargs,  # type: ignore[arg-type]
        )
        for n, ann in enumerate(anns):
            self.record(Change(None, ann, started_article=was_new and n == 0))
        return anns

    def update(self, annotation_id: int, **fields: object) -> Annotation:
        """fields as Store.update_annotation takes them, and expected: the tag as the editor saw it
        (someone else's change since is an EditConflict)."""
        expected = fields.pop("expected", None)
        assert expected is None or isinstance(expected, (Annotation, list, tuple))
        before, after, entities = self.store.edit_annotation(
            annotation_id,
            session_id=self.session_id,
            annotator=self.annotator,
            expected=expected,
            **fields,  # type: ignore[arg-type]
        )
        self.record(Change(before, after, entities=entities))
        return after

    def delete(self, annotation_id: int, expected: Annotation | None = None) -> Annotation:
        """Delete a tag (expected: as the screen shows it; changed by someone since: EditConflict)."""
        ann, linked = self.store.delete_annotation(
            annotation_id, session_id=self.session_id, annotator=self.annotator, expected=expected
        )
        self.record(Change(ann, None, linked))
        return ann

    def retag(self, annotation_id: int, start: int, end: int) -> Annotation:
        """A new span for a tag: one undoable step (quote, context and sentence follow)."""
        return self.update(annotation_id, start=start, end=end)

    def merge_entities(self, source_ids: list[int], target_id: int) -> None:
        """Merge entities into one (Store.merge_entities), as one undoable step."""
        before, after = self.store.merge_entities(source_ids, target_id)
        name = next((e[2] for e in after.entities if e[0] == target_id), str(target_id))
        # the names merged in, in the order given (as the entity index's confirmation names them)
        merged = {e[0]: e[2] for e in before.entities if e[0] != target_id}
        names = [f"“{short_text(merged[i])}”" for i in source_ids if i in merged]
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        self.record_action(
            f"merge {shown} into “{short_text(name)}”",
            undo=lambda: self.store.apply_entity_state(before, after),
            redo=lambda: self.store.apply_entity_state(after, before),
        )

    def split_entity(self, entity_id: int, names: list[str] | tuple[str, ...] = ()) -> list[int]:
        """Split names off an entity (Store.split_entity), as one undoable step; the new ids."""
        before, after = self.store.split_entity(entity_id, names)
        name = next((e[2] for e in before.entities if e[0] == entity_id), str(entity_id))
        self.record_action(
            f"split “{short_text(name)}”",
            undo=lambda: self.store.apply_entity_state(before, after),
            redo=lambda: self.store.apply_entity_state(after, before),
        )
        return sorted(after.entity_ids - before.entity_ids)

    def _apply(
        self,
        target: Annotation | None,
        current: Annotation | None,
        linked: list[int],
        entities: tuple[EntityState, EntityState] | None = None,
    ) -> None:
        """Move the stored annotation from `current` to `target` (entities: the states of the
        entities its edit changed, target's first)."""
        if target is None and current is not None:
            try:
                self.store.delete_annotation(current.id, session_id=self.session_id, annotator=self.annotator)
            except NotFound:  # deleted meanwhile (another window, another program): already done,
                # or set aside by a colleague's body fix: undone there too, or it would come back
                self.store.discard_set_aside(current.id)
        elif current is None and target is not None:
            self.store.restore_annotation(target, linked, session_id=self.session_id)
        elif target is not None:
            self.store.edit_annotation(
                target.id,
                session_id=self.session_id,
                annotator=self.annotator,
                entities=entities,
                quote=(target.text, target.prefix, target.suffix),  # the text may have changed since
                updated=target.updated,  # as it was: an undone edit is no change
                **{name: getattr(target, name) for name in _EDITABLE},
            )

    def _step(self, step: Change | ActionChange, forward: bool) -> None:
        if isinstance(step, ActionChange):
            (step.redo_fn if forward else step.undo_fn)()
        elif forward:
            moved = (step.entities[1], step.entities[0]) if step.entities else None
            self._apply(step.after, step.before, step.linked_claims, moved)
        else:
            self._apply(step.before, step.after, step.linked_claims, step.entities)
            if step.started_article and step.before is None and step.after is not None:
                self.store.revert_status(step.after.article_id, "new", only_from="in progress")

    def _run(self, change: Change | ActionChange | GroupChange, forward: bool) -> None:
        """Apply a change all or nothing, in one transaction (Store.batch: undoing accept all of
        500 tags was 500 transactions): when a step fails (the tag was changed elsewhere), the
        transaction is rolled back, so the steps already applied are undone with it, and the error
        is raised, with the change kept."""
        steps = change.changes if isinstance(change, GroupChange) else [change]
        if not forward:
            steps = list(reversed(steps))
        with self.store.batch():
            if not forward and len(steps) > 1 and all(_an_add(step) for step in steps):
                self._undo_adds(steps)  # type: ignore[arg-type]
                return
            for step in steps:
                self._step(step, forward)

    def _undo_adds(self, steps: list[Change]) -> None:
        """Undo many added tags (accept all, tag every occurrence) as _step undoes each, in a few
        statements (Store.delete_tags) instead of a delete_annotation each."""
        ids = [step.after.id for step in steps if step.after is not None]
        for gone in self.store.delete_tags(ids, session_id=self.session_id, annotator=self.annotator):
            # deleted meanwhile: already done, or set aside by a colleague's body fix: undone there too
            self.store.discard_set_aside(gone)
        for step in steps:
            if step.started_article and step.after is not None:
                self.store.revert_status(step.after.article_id, "new", only_from="in progress")

    @staticmethod
    def _pick(stack: list[Change | ActionChange | GroupChange], article_id: int | None) -> int | None:
        """The index of the step to take: the last one, or with article_id the last one that
        changed that article. A step that changed other articles too (tag every occurrence in all
        articles) is taken only if nothing changed those articles after it: undoing it would
        otherwise undo a tag a later change was made to (raises InvalidInput, naming them)."""
        if not stack:
            return None
        if article_id is None:
            return len(stack) - 1
        for i in range(len(stack) - 1, -1, -1):
            ids = stack[i].article_ids
            if not ids:  # recorded without its article: undone from anywhere, as before
                return i
            if article_id in ids or article_id in getattr(stack[i], "origin", ()):
                later = [c for c in stack[i + 1 :] if c.article_ids & ids]
                if later:
                    raise InvalidInput(
                        f"the last change here, {stack[i].description}, also changed "
                        f"{len(ids - {article_id})} other article{'s' if len(ids - {article_id}) != 1 else ''}, changed again "
                        "since: undo there first"
                    )
                return i
        return None

    def undo(self, article_id: int | None = None) -> Change | ActionChange | GroupChange | None:
        """Undo the last change (with article_id: the last change to that article; the reading
        view undoes in the article it shows). None when there is nothing to undo."""
        i = self._pick(self._undo, article_id)
        if i is None:
            return None
        change = self._undo[i]
        self._attempt(self._undo, i, forward=False)
        self._redo.append(self._undo.pop(i))
        return change

    def redo(self, article_id: int | None = None) -> Change | ActionChange | GroupChange | None:
        i = self._pick(self._redo, article_id)
        if i is None:
            return None
        change = self._redo[i]
        self._attempt(self._redo, i, forward=True)
        self._undo.append(self._redo.pop(i))
        return change

    def _attempt(self, stack: list[Change | ActionChange | GroupChange], i: int, forward: bool) -> None:
        """Run stack[i] (all or nothing). On failure it stays, to try again once the cause is gone,
        except when a tag or claim it changes was deleted elsewhere: that can never succeed, and
        kept it would stand in front of every older step for ever; it leaves the history."""
        change = stack[i]
        try:
            self._run(change, forward=forward)
        except NotFound as e:
            del stack[i]
            verb = "redo" if forward else "undo"
            # In a journalist's words: the store's message names an internal id (kept as the cause).
            what = "what it changed was" if isinstance(change, ActionChange) else "the tag was"
            raise NotFound(
                f"cannot {verb} {change.description}: {what} deleted meanwhile (by a colleague, in "
                f"another window or with reader untag), so there is nothing left to {verb}; "
                f"left out, so {verb} goes on with the change before it"
            ) from e
