"""Giving an article a title by hand (`reader title`, `t` in the reading view): an article the
cleaner found no title for shows as "(untitled)". Tags on the title move with their words; a tag
whose words are gone is set aside (kept whole, as a body fix does) and comes back when a later
title has them. A title given here is marked (articles.title_by_hand): every later reclean keeps
it, as it keeps a body chosen by hand. With a reader.history.History it is one undo step (the
earlier title back with its mark). Pure: no Textual, no click."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.anchor import reanchor
from reader.errors import InvalidInput
from reader.models import Annotation
from reader.normalize import normalize_field
from reader.short_text import short_text


@dataclass
class TitleReport:
    article_id: int
    old: str | None
    new: str | None
    changed: bool
    moved: list[Annotation] = field(default_factory=list)
    set_aside: list[Annotation] = field(default_factory=list)
    brought_back: list[Annotation] = field(default_factory=list)


def set_title(store: Any, article_id: int, title: str, history: Any = None) -> TitleReport:
    """Give article_id the title (white space folded, controls removed; an empty one is refused)."""
    new = normalize_field(title)
    if new is None:
        raise InvalidInput("give a title: it is empty")
    return _apply(store, article_id, new, True, history)


def _apply(store: Any, article_id: int, new: str | None, by_hand: bool, history: Any = None) -> TitleReport:
    """by_hand: the mark the title gets (True: given by hand, kept by reclean); an undo puts back
    the earlier title with its own mark."""
    article = store.get_article(article_id)
    old, old_by_hand = article.title or None, article.title_by_hand
    report = TitleReport(article_id, old, new, new != old)
    if not report.changed and by_hand == old_by_hand:
        return report
    value = new or ""
    placements: dict[int, tuple[int, int]] = {}
    for ann in store.annotations(article_id, field="title"):
        span = reanchor(value, ann.text, ann.prefix, ann.suffix, ann.start) if value else None
        if span is None:
            report.set_aside.append(ann)
        else:
            placements[ann.id] = span
            if span != (ann.start, ann.end):
                report.moved.append(ann)
    back: dict[int, tuple[int, int]] = {}
    for ann in store.set_aside_annotations(article_id):
        if ann.field == "title" and value:
            span = reanchor(value, ann.text, ann.prefix, ann.suffix, ann.start)
            if span is not None:
                back[ann.id] = span
                report.brought_back.append(ann)
    store.retitle(
        article_id, new, placements, [a.id for a in report.set_aside], back, expect=old, by_hand=by_hand
    )
    if history is not None:
        shown = f"“{short_text(new)}”" if new else "none"
        history.record_action(
            f"title of article {article_id} ({shown})",
            undo=lambda: _apply(store, article_id, old, old_by_hand),
            redo=lambda: _apply(store, article_id, new, by_hand),
            article_id=article_id,
        )
    return report
