"""Suggestions over the store: what to offer, accepting, rejecting, and "tag every occurrence".

No Textual: the TUI and the CLI share it.

    pending_suggestions(store, article_id, model=None) -> list[Suggestion]
    accept(target, article_id, suggestion, annotator=None, session_id=None) -> Annotation
    accept_all(target, article_id, annotator=None, session_id=None, label=None, model=None) -> list[Annotation]
    reject(target, article_id, suggestion) -> None          (unreject undoes it)
    reject_all(target, article_id, label=None, model=None) -> list[Suggestion]
    count_occurrences(store, text, label, scope="article", article_id=None) -> int
    tag_every_occurrence(target, annotation, scope="article") -> int

`target` is a Store or a reader.history.History. With a History every annotation created goes
through History.add (one undo step each, with the History's annotator and session); with a Store
it is stored directly with the annotator and session_id given. Everything is committed on return.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from reader.anchor import occurrences, span_on_new_text
from reader.errors import InvalidInput
from reader.models import Annotation, NewClaim
from reader.short_text import short_text
from reader.suggest import Suggestion
from reader.suggest.spans import Overlaps

__all__ = [
    "Suggestion",
    "SCOPES",
    "accept",
    "accept_all",
    "count_occurrences",
    "find_occurrences",
    "pending_suggestions",
    "reject",
    "reject_all",
    "tag_every_occurrence",
    "unreject",
]

QUANTITY = "QUANTITY"
SCOPES = ("article", "all")
_WORD = re.compile(r"\w")


def _store(target: Any) -> Any:
    """The Store behind a Store or a History."""
    return getattr(target, "store", target)


def _add(target: Any, article_id: int, label: str, start: int, end: int, *, annotator, session_id, **kw):  # noqa: ANN001, ANN202
    if hasattr(target, "store") and hasattr(target, "record"):  # a History: undoable
        return target.add(article_id, label, start, end, **kw)
    return target.add_annotation(
        article_id, label, start, end, annotator=annotator, session_id=session_id, **kw
    )


def _add_tags(
    target: Any,
    article_id: int,
    tags: list[tuple[str, int, int]],
    *,
    annotator: Any,
    session_id: Any,
    **kw: Any,
) -> list[Annotation]:
    """_add for many (label, start, end) of one article, in one transaction (Store.add_tags)."""
    if hasattr(target, "store") and hasattr(target, "record"):  # a History: undoable, its own annotator
        return target.add_tags(article_id, tags, **kw)
    return target.add_tags(article_id, tags, annotator=annotator, session_id=session_id, **kw)


def _record(target: Any, article_id: int, description: str, undo: Any, redo: Any) -> None:
    """With a History, make a change that is not an annotation (a rejection) one undo step."""
    if hasattr(target, "record_action"):
        target.record_action(description, undo, redo, article_id=article_id)


# -- what to offer ---------------------------------------------------------------------------------


def pending_suggestions(store: Any, article_id: int, model: Any = None) -> list[Suggestion]:
    """The suggestions still to review for an article, in text order.

    The rule-based suggester's output for the article's text (with its language and dateline),
    merged with a spaCy pipeline's entities when `model` is given (a pipeline name, path or loaded
    pipeline; see reader.suggest_model), minus:
      - the ones rejected for this article (Store.rejected_suggestions), and
      - the ones an existing annotation already covers: same label and span, or, for entities, an
        overlapping entity annotation of any label; for claims, an overlapping claim annotation.
    A claim's quantities keep only the spans not rejected as QUANTITY (unless annotated)."""
    store = _store(store)
    article = store.get_article(article_id)
    if model is None:
        from reader.suggest_memo import rule_suggestions

        found = rule_suggestions(article.text, article.language, article.dateline)
    else:
        from reader.suggest_model import suggest_with_model

        found = suggest_with_model(article.text, article.language, article.dateline, model)
    rejected = store.rejected_suggestions(article_id)
    existing = store.annotations(article_id)
    names = store.builtin_label_names()  # a renamed built-in label keeps its suggestions
    entity_spans = Overlaps((a.start, a.end) for a in existing if a.kind == "entity")
    claim_spans = Overlaps((a.start, a.end) for a in existing if a.kind == "claim")
    same = {(a.label, a.start, a.end) for a in existing}
    quantity_spans = {(a.start, a.end) for a in existing if a.label == names[QUANTITY]}
    out: list[Suggestion] = []
    for g in found:
        key = (g.label, g.start, g.end)
        if key in rejected or (names.get(g.label, g.label), g.start, g.end) in same:
            continue
        covered = claim_spans if g.label == "CLAIM" else entity_spans
        if covered(g.start, g.end):
            continue
        if g.quantities:
            qs = tuple(q for q in g.quantities if q in quantity_spans or (QUANTITY, *q) not in rejected)
            if qs != g.quantities:
                g = replace(g, quantities=qs)
        out.append(g)
    return out


def _labels(store: Any, label: str | Iterable[str] | None) -> set[str] | None:
    """None for every label, else the names the suggester gives them (a built-in label answers to
    its name now and to its built-in name; unknown ones are an InvalidInput)."""
    if label is None:
        return None
    names = [label] if isinstance(label, str) else list(label)
    if any(n.lower() == "all" for n in names):
        return None
    builtin = store.builtin_label_names()
    as_suggested = {now.upper(): first for first, now in builtin.items()}
    wanted = set()
    for n in names:
        key = n.strip().upper()
        if key in builtin and key not in as_suggested:  # a built-in label renamed since
            wanted.add(key)
        else:
            name = store.get_label(n).name
            wanted.add(as_suggested.get(name.upper(), name))
    return wanted


# -- accepting ---------------------------------------------------------------------------------------


def accept(
    target: Any,
    article_id: int,
    suggestion: Suggestion,
    annotator: str | None = None,
    session_id: int | None = None,
    seen_text: str | None = None,
) -> Annotation:
    """Store a suggestion as an annotation with origin "suggested" and return it.

    A CLAIM gets its claimant and is linked to its quantities: an existing QUANTITY annotation on
    the same span is reused, else one is created (origin "suggested" too). An annotation with the
    same label and span that already exists is returned as it is, never duplicated. seen_text: as
    accept_many's."""
    return accept_many(target, article_id, [suggestion], annotator, session_id, seen_text)[0]


def accept_many(
    target: Any,
    article_id: int,
    suggestions: Iterable[Suggestion],
    annotator: str | None = None,
    session_id: int | None = None,
    seen_text: str | None = None,
) -> list[Annotation]:
    """accept() each suggestion in turn, reading the article and its annotations once (accepting
    hundreds one by one reloaded them for each: quadratic). They are stored in one transaction
    (Store.add_tags: the article text read once), in the same order, claims with their claimants
    and the quantities each links (one transaction per claim took 5 s for 1,000 claims on SQLite,
    30 s on PostgreSQL: benchmarks/accept_claims.py).

    seen_text: the text the suggestions were found in (the one on screen). When a colleague's body
    fix or a reclean replaced it since, each goes on its words in the new text (the annotations'
    on_new_text says so), or TextChanged refuses them all before any is stored."""
    store = _store(target)
    text = store.get_article(article_id).text
    moved = seen_text is not None and seen_text != text
    if moved:
        assert seen_text is not None
        suggestions = [_on_new_text(g, seen_text, text) for g in suggestions]
    stored: dict[tuple[str, int, int], Annotation | None] = {
        (a.label, a.start, a.end): a for a in store.annotations(article_id)
    }
    names = store.builtin_label_names()  # suggestions name the built-in labels as first named
    quantity = names[QUANTITY]
    out: list[tuple[str, int, int]] = []  # the (label, start, end) of each suggestion's annotation
    queued: list[tuple[str, int, int]] = []  # tags not stored yet (None in stored)
    position: dict[tuple[str, int, int], int] = {}  # where each is in queued
    claims: dict[int, NewClaim] = {}  # the queued claims' claimants and quantities, by position

    def flush() -> None:
        batch, details = queued[:], dict(claims)
        queued.clear()  # tried once: a failed batch stored nothing, and is not tried again
        claims.clear()
        position.clear()
        if batch:
            added = _add_tags(
                target, article_id, batch, annotator=annotator, session_id=session_id, origin="suggested",
                seen_text=text, claims=details,
            )  # fmt: skip
            stored.update(zip(batch, added, strict=True))

    def queue(key: tuple[str, int, int]) -> int:
        stored[key] = None
        position[key] = len(queued)
        queued.append(key)
        return position[key]

    def stored_as(key: tuple[str, int, int]) -> Annotation:
        ann = stored[key]
        assert ann is not None
        return ann

    try:
        for g in suggestions:
            if text[g.start : g.end] != g.text:
                raise InvalidInput(
                    f"the suggestion {g.label} {g.start}-{g.end} no longer matches the article text"
                )
            lab = store.get_label(names.get(g.label, g.label))
            key = (lab.name, g.start, g.end)
            if key not in stored and lab.kind == "claim":
                # Its quantities: stored already, queued, or queued now (before the claim).
                ids: list[int] = []
                at: list[int] = []
                for span in dict.fromkeys(g.quantities):
                    if not (g.start <= span[0] < span[1] <= g.end):
                        continue
                    qkey = (quantity, *span)
                    if qkey not in stored:
                        at.append(queue(qkey))
                    elif stored[qkey] is None:
                        at.append(position[qkey])
                    else:
                        ids.append(stored_as(qkey).id)
                kind = names.get(g.claimant_label, g.claimant_label) if g.claimant_label else None
                claims[queue(key)] = NewClaim(g.claimant, tuple(ids), tuple(at), kind)
            elif key not in stored:
                queue(key)
            out.append(key)
    finally:
        flush()  # what was accepted before an error is stored, as one by one stored it
    accepted = [stored_as(k) for k in out]
    for ann in accepted:
        ann.on_new_text = ann.on_new_text or moved
    return accepted


def _on_new_text(g: Suggestion, old: str, new: str) -> Suggestion:
    """A suggestion found in old, on its words in new (TextChanged when they are gone)."""
    start, end = span_on_new_text(old, new, (g.start, g.end))
    quantities = tuple(span_on_new_text(old, new, q) for q in g.quantities)
    return replace(g, start=start, end=end, text=new[start:end], quantities=quantities)


def accept_all(
    target: Any,
    article_id: int,
    annotator: str | None = None,
    session_id: int | None = None,
    label: str | Iterable[str] | None = None,
    model: Any = None,
) -> list[Annotation]:
    """Accept every pending suggestion of an article (only those of `label`: a name, several, or
    None / "all" for every label). Entities are stored before claims, so a claim links the
    quantities accepted with it. Returns the annotations stored, in text order."""
    store = _store(target)
    wanted = _labels(store, label)
    pending = [
        g for g in pending_suggestions(store, article_id, model) if wanted is None or g.label in wanted
    ]
    ordered = sorted(pending, key=lambda g: g.label == "CLAIM")
    stored = {a.id: a for a in accept_many(target, article_id, ordered, annotator, session_id)}
    return sorted(stored.values(), key=lambda a: (a.start, -a.end, a.id))


# -- rejecting ---------------------------------------------------------------------------------------


def reject(target: Any, article_id: int, suggestion: Suggestion) -> None:
    """Turn a suggestion down for good: it is not offered again for this article. With a History
    it is one undo step (undo offers it again)."""
    _store(target).reject_suggestion(article_id, suggestion.label, suggestion.start, suggestion.end)
    _record(
        target,
        article_id,
        f"reject {suggestion.label} “{short_text(suggestion.text)}”",
        lambda: unreject(target, article_id, suggestion),
        lambda: _store(target).reject_suggestion(
            article_id, suggestion.label, suggestion.start, suggestion.end
        ),
    )


def unreject(target: Any, article_id: int, suggestion: Suggestion) -> None:
    """Undo reject(): the suggestion is offered again."""
    _store(target).unreject_suggestion(article_id, suggestion.label, suggestion.start, suggestion.end)


def reject_all(
    target: Any, article_id: int, label: str | Iterable[str] | None = None, model: Any = None
) -> list[Suggestion]:
    """Reject every pending suggestion of an article (only those of `label` if given), in one
    transaction. Returns what was rejected (pass each to unreject to undo; with a History it is
    one undo step)."""
    store = _store(target)
    wanted = _labels(store, label)
    pending = [
        g for g in pending_suggestions(store, article_id, model) if wanted is None or g.label in wanted
    ]
    items = [(g.label, g.start, g.end) for g in pending]
    store.reject_suggestions(article_id, items)
    if items:
        _record(
            target,
            article_id,
            f"reject {len(items)} suggestion{'s' if len(items) != 1 else ''}",
            lambda: [store.unreject_suggestion(article_id, *item) for item in items],
            lambda: store.reject_suggestions(article_id, items),
        )
    return pending


# -- tag every occurrence ------------------------------------------------------------------------------


def _bounded(text: str, quote: str) -> list[int]:
    """Starts of the exact occurrences of quote in text that do not begin or end inside a word."""
    first, last = _WORD.match(quote[0]), _WORD.match(quote[-1])
    found = []
    for s in occurrences(text, quote):
        e = s + len(quote)
        if first and s > 0 and _WORD.match(text[s - 1]):
            continue
        if last and e < len(text) and _WORD.match(text[e]):
            continue
        found.append(s)
    return found


def find_occurrences(
    store: Any, text: str, label: str, scope: str = "article", article_id: int | None = None
) -> list[tuple[int, int, int]]:
    """(article_id, start, end) of every exact, word-bounded occurrence of `text` that no
    annotation of `label` overlaps yet: in article `article_id` (scope "article") or in every
    article (scope "all"; candidates come from the full-text index, then exact matching)."""
    store = _store(store)
    if scope not in SCOPES:
        raise InvalidInput(f"unknown scope {scope!r}; use article or all")
    if not text or not text.strip():
        raise InvalidInput("the text to find is empty")
    name = store.get_label(label).name
    if scope == "article":
        if article_id is None:
            raise InvalidInput("scope article needs an article id")
        ids = [article_id]
    else:
        ids = store.articles_with_words(text)
    found: list[tuple[int, int, int]] = []
    for aid in ids:
        starts = _bounded(store.get_article(aid).text, text)
        if not starts:
            continue
        taken = Overlaps((a.start, a.end) for a in store.annotations(aid) if a.label == name)
        taken_to = -1  # the occurrences taken below come in text order: the end of the last one
        for s in starts:
            e = s + len(text)
            if s < taken_to or taken(s, e):
                continue
            taken_to = e
            found.append((aid, s, e))
    return found


def count_occurrences(
    store: Any, text: str, label: str, scope: str = "article", article_id: int | None = None
) -> int:
    """How many occurrences tag_every_occurrence would tag (for the "Tag every occurrence" prompt)."""
    return len(find_occurrences(store, text, label, scope, article_id))


def tag_every_occurrence(
    target: Any,
    annotation: Annotation,
    scope: str = "article",
    annotator: str | None = None,
    session_id: int | None = None,
    spans: list[tuple[int, int, int]] | None = None,
    progress: Callable[[int], object] | None = None,
    seen_texts: dict[int, str] | None = None,
) -> int:
    """Tag every other occurrence of an entity annotation's exact text with its label, in its
    article (scope "article") or across all articles (scope "all"), skipping occurrences that an
    annotation with that label already overlaps. New annotations have origin "manual" (the user
    asked for them). Claims are not repeated. Returns how many were created.

    `spans` are the occurrences to tag when they were already found (find_occurrences, shown to
    the user before asking); `progress(n)` is told how many are done after each article's. Each
    article's are stored in one transaction, its text read once (one by one took ~3 ms a tag on
    a 2 MB article: the whole text read for each). seen_texts: each article's text as the spans
    were found in it (Store.add_tags's seen_text: a text a colleague replaced since is allowed for)."""
    if annotation.kind == "claim":
        raise InvalidInput("claims are tagged one by one: tag every occurrence is for entities")
    if spans is None:
        spans = find_occurrences(
            _store(target), annotation.text, annotation.label, scope, annotation.article_id
        )
    annotator = annotator if annotator is not None else annotation.annotator
    done = 0
    for aid, same in itertools.groupby(spans, key=lambda span: span[0]):
        tags = [(annotation.label, s, e) for _, s, e in same]
        seen = (seen_texts or {}).get(aid)
        _add_tags(target, aid, tags, annotator=annotator, session_id=session_id, seen_text=seen)
        done += len(tags)
        if progress is not None:
            progress(done)
    return len(spans)
