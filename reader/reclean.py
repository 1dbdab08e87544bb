"""Re-running the cleaner on an article's stored raw input, keeping its annotations in place.

An article without annotations simply gets the new text. Otherwise each annotation is re-anchored
by its quote and context; while any body annotation cannot be placed the text is left unchanged,
unless the caller asks to drop those (and is told which). A tag on the title, byline or dateline is
re-anchored in that field's new value; one that has no place there is set aside (kept whole, listed
by `reader show`), never dropped: the metadata is the cleaner's to change. Tags set aside earlier
(by a reclean or a body fix) are tried again and come back to their own field when its new value
holds their words."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.anchor import context, reanchor
from reader.errors import InvalidInput
from reader.models import Annotation, CleanResult


@dataclass
class RecleanReport:
    article_id: int
    changed: bool  # the new text or metadata differ from what is stored
    applied: bool  # the store was updated
    clean: CleanResult
    moved: list[Annotation] = field(default_factory=list)  # placed at a new offset
    unplaced: list[Annotation] = field(default_factory=list)  # kept out of the new text (dropped if applied)
    set_aside: list[Annotation] = field(
        default_factory=list
    )  # metadata tags with no place in their new field
    brought_back: list[Annotation] = field(
        default_factory=list
    )  # set aside before (by a reclean or a body fix), their words back in their own field


_META = ("title", "byline", "dateline", "agency", "published", "language", "site")


def reclean(store, article_id: int, *, drop_unplaced: bool = False, by: str | None = None) -> RecleanReport:  # noqa: ANN001
    """Clean the article's raw input again and store the result when every annotation finds its
    place (or drop_unplaced is set). by: who asks (named to a colleague tagging the old text)."""
    from reader.importing.formats import clean_raw

    article = store.get_article(article_id, with_raw=True)
    fmt = store.article_format(article_id) or "text"
    if not article.raw:
        raise InvalidInput(f"article {article_id} has no stored raw input to clean again")
    new = clean_raw(article.raw, fmt, article.source).clean
    if article.body_choice:
        # The journalist chose this article's body (reader body): the cleaner gives the metadata only.
        from dataclasses import replace

        from reader.body import BodySpec, choose_body, page_text

        try:
            chosen = choose_body(page_text(article.raw, fmt), BodySpec.from_json(article.body_choice))
        except InvalidInput as e:
            raise InvalidInput(f"article {article_id}'s chosen body no longer fits its page: {e}") from None
        new = replace(new, text=chosen.text, confidence=1.0, reason=None)
    if article.title_by_hand or (not new.title and article.title):
        # a title the journalist gave (reader title, t) is kept whatever the cleaner finds, as a
        # chosen body is; so is one stored when the cleaner now finds none
        from dataclasses import replace as keep

        new = keep(new, title=article.title)
    changed = (
        new.text != article.text
        or any(getattr(new, k) != getattr(article, k) for k in _META)
        or (new.confidence, new.reason) != (article.confidence, article.confidence_reason)
        or (new.url is not None and new.url != article.url)
    )
    report = RecleanReport(article_id, changed, False, new)
    if not changed:
        return report
    placements: dict[int, tuple[int, int]] = {}
    # One read of every tag, body and metadata fields alike; each is placed in its own field's new
    # text. A body tag that can't be placed is unplaced (the reclean waits for drop_unplaced); a
    # metadata tag is set aside (kept whole, never blocking the reclean).
    for ann in store.annotations(article_id, field=None):
        if ann.field == "body":
            old_value, new_value, misses = article.text, new.text, report.unplaced
        else:  # title, byline or dateline
            old_value = getattr(article, ann.field) or ""
            new_value, misses = getattr(new, ann.field) or "", report.set_aside
        if new_value == old_value:
            span: tuple[int, int] | None = (ann.start, ann.end)
        else:
            span = reanchor(new_value, ann.text, ann.prefix, ann.suffix, ann.start) if new_value else None
        if span is None:
            misses.append(ann)
            continue
        placements[ann.id] = span
        if span != (ann.start, ann.end):
            report.moved.append(ann)
    if report.unplaced and not drop_unplaced:
        return report
    # Tags set aside earlier (by a reclean or a body fix) come back, each to its own field, when
    # their words are in that field's new value again.
    back: dict[int, tuple[int, int]] = {}
    for ann in store.set_aside_annotations(article_id):
        value = new.text if ann.field == "body" else getattr(new, ann.field) or ""
        span = reanchor(value, ann.text, ann.prefix, ann.suffix, ann.start) if value else None
        if span is not None:
            back[ann.id] = span
            report.brought_back.append(ann)
    # Rejected suggestions move with the text too (or they would come back, and hide others).
    rejected = set()
    for label, start, end in store.rejected_suggestions(article_id):
        prefix, suffix = context(article.text, start, end)
        span = reanchor(new.text, article.text[start:end], prefix, suffix, start)
        if span is not None:
            rejected.add((label, *span))
    store.replace_text(
        article_id,
        new,
        placements,
        drop=[a.id for a in report.unplaced],
        rejected=rejected,
        set_aside=[a.id for a in report.set_aside],
        bring_back=back,
        changed_by=by,
    )
    report.applied = True
    return report
