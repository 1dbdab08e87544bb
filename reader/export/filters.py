"""What to export: the filters shared by every format, and the walk over matching annotations."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone

from reader.errors import InvalidInput, NotFound
from reader.models import ARTICLE_STATUSES, CLAIM_STATUSES, Article
from reader.store.store import ExportRow, Store


@dataclass(frozen=True)
class ExportFilters:
    """Empty filters export everything.

    status is either a claim status (true, mostly true, ...: only claims with that status) or an
    article status (new, in progress, done: annotations of articles in that state); the two sets of
    names do not overlap. since keeps annotations created or changed on or after that date/time."""

    labels: tuple[str, ...] = ()
    article_ids: tuple[int, ...] = ()
    status: str | None = None
    annotator: str | None = None
    since: str | None = None
    gold: bool = False  # the reviewer's gold set instead of the annotators' tags
    # The formats with a line or a file per article (jsonl, brat) give every article the article
    # filters (article_ids, an article status) choose, with no tags or some; this keeps only those
    # with a tag the other filters keep. (csv and w3c list tags: an article without one is in no row.)
    tagged_only: bool = False

    def store_kwargs(self) -> dict:
        kwargs: dict = {
            "labels": tuple(self.labels),
            "article_ids": tuple(dict.fromkeys(int(i) for i in self.article_ids)),
            "annotator": self.annotator or None,
            "since": _since(self.since),
            "gold": self.gold,
        }
        if self.status:
            status = self.status.strip().lower()
            if status in CLAIM_STATUSES:
                kwargs["claim_status"] = status
            elif status in ARTICLE_STATUSES:
                kwargs["article_status"] = status
            else:
                known = ", ".join(CLAIM_STATUSES + ARTICLE_STATUSES)
                raise InvalidInput(f"unknown status {self.status!r}; use one of: {known}")
        return kwargs


def _since(value: str | None) -> str | None:
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not None:  # stored times are UTC ("+00:00"), compared as text
            moment = moment.astimezone(timezone.utc)
        return moment.isoformat()
    except ValueError:
        raise InvalidInput(f"--since takes a date like 2025-12-31, not {value!r}") from None


def validate(store: Store, filters: ExportFilters | None) -> None:
    """Raise the error a bad filter would cause before anything is written."""
    kwargs = (filters or ExportFilters()).store_kwargs()
    for label in kwargs["labels"]:
        store.get_label(label)
    _check_articles(store, kwargs["article_ids"])
    _check_annotator(store, kwargs["annotator"])


def _check_annotator(store: Store, name: str | None) -> None:
    """An annotator nobody is (a typo, another case) is an error, not an empty export."""
    if not name:
        return
    names = store.annotators()
    if name in names:
        return
    shown = ", ".join(repr(n) for n in names[:12]) + (" ..." if len(names) > 12 else "")
    raise InvalidInput(f"no annotations by {name!r}; annotators: {shown or 'none yet'}")


def validated_kwargs(store: Store, filters: ExportFilters | None) -> dict:
    """The store's filter arguments; an unknown article id is NotFound."""
    kwargs = (filters or ExportFilters()).store_kwargs()
    _check_articles(store, kwargs["article_ids"])
    return kwargs


def _check_articles(store: Store, article_ids: tuple[int, ...]) -> None:
    missing = store.missing_articles(article_ids)
    if missing:
        raise NotFound(f"no article with id {missing[0]}")


def iter_rows(store: Store, filters: ExportFilters | None) -> Iterator[ExportRow]:
    """Matching annotations one at a time, by article then position. An unknown article id is NotFound."""
    return store.iter_annotations_for_export(**validated_kwargs(store, filters))


def iter_articles(store: Store, filters: ExportFilters | None) -> Iterator[tuple[Article, list[ExportRow]]]:
    """(article, its matching annotations) one article at a time: only one article is held in memory.
    Every article the article filters choose (ids, in the order named, else every article of the
    status, by id), those with no matching annotation too, unless filters.tagged_only."""
    filters = filters or ExportFilters()
    kwargs = filters.store_kwargs()
    if kwargs["article_ids"]:
        for article_id in kwargs["article_ids"]:
            article = store.get_article(article_id)
            named = list(store.iter_annotations_for_export(**{**kwargs, "article_ids": (article_id,)}))
            if named or not filters.tagged_only:
                yield article, named
        return
    rows = store.iter_annotations_for_export(**kwargs)  # by article id
    groups = itertools.groupby(rows, key=lambda r: r.annotation.article_id)
    if filters.tagged_only:
        for article_id, group in groups:
            yield store.get_article(article_id), list(group)
        return
    tagged = next(groups, None)
    for article_id in sorted(store.article_ids(status=kwargs.get("article_status"))):
        while tagged is not None and tagged[0] < article_id:  # deleted meanwhile: not listed
            tagged = next(groups, None)
        found: list[ExportRow] = []
        if tagged is not None and tagged[0] == article_id:
            found = list(tagged[1])
            tagged = next(groups, None)
        yield store.get_article(article_id), found
