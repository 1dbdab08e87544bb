"""JSONL: one line per article with its text, metadata and spans: every article the article filters
choose, one with no tags with empty spans (tagged_only: only those with a matching tag). Quantities
are span ids. Tags a body fix set aside are in "set_aside" (status "set aside"), filtered as the
spans are; with tagged_only, an article whose only matching tags are set aside has a line too, in
id order."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TextIO

from reader.export.filters import ExportFilters, iter_articles
from reader.export.spans import set_aside_dict, span_dict
from reader.models import Article
from reader.normalize import json_dumps
from reader.store.store import ExportRow, Store


def article_line(
    store: Store, article: Article, rows: list[ExportRow], filters: ExportFilters | None = None
) -> dict[str, Any]:
    """One article as JSONL writes it (and reader.trash keeps a deleted one: filters None, every
    set-aside tag)."""
    line = {
        "id": article.id,
        "title": article.title,
        "site": article.site,
        "published": article.published,
        "source": article.source,
        "url": article.url,
        "byline": article.byline,
        "dateline": article.dateline,  # tags on it count their offsets in it, as on the title
        "agency": article.agency,
        "language": article.language,
        "content_hash": article.content_hash,
        # the saved page's hash: import-annotations finds the article by it once its text changed
        "page_hash": store.article_page_hash(article.id),
        "text": article.text,
        "spans": [span_dict(r) for r in rows],
    }
    aside = [i for i in store.set_aside_rows(article.id) if filters is None or _matches(i, filters)]
    if aside:  # tags a body fix could not place: kept aside, so in no span (their words are gone)
        line["set_aside"] = [set_aside_dict(item) for item in aside]
    return line


def _matches(item: dict, filters: ExportFilters) -> bool:
    """Whether a set-aside tag passes the filters the export's spans pass."""
    r, kw = item["row"], filters.store_kwargs()
    labels = {label.upper() for label in kw["labels"]}
    return (
        (not labels or item["label"].upper() in labels)
        and (not kw["annotator"] or r.get("annotator") == kw["annotator"])
        and (not kw.get("claim_status") or r.get("claim_status") == kw["claim_status"])
        and (not kw["since"] or (r.get("updated") or "") >= kw["since"])
        and bool(r.get("gold")) == bool(kw["gold"])
    )


def write_jsonl(
    store: Store, out: TextIO, filters: ExportFilters | None = None, stats: dict | None = None
) -> int:
    """A line per article the filters choose, with its matching tags (none: an empty list);
    filters.tagged_only: only the articles with a matching tag, or a matching tag set aside."""
    filters = filters or ExportFilters()
    kw = filters.store_kwargs()
    only = filters.tagged_only
    # tagged only: the articles whose only matching tags are set aside are not in the walk
    pending = (
        store.articles_with_set_aside(kw.get("article_status")) if only and not kw["article_ids"] else []
    )
    walk = replace(filters, tagged_only=False) if kw["article_ids"] else filters
    count = 0
    lines = stats if stats is not None else {}
    lines["articles"] = 0

    def write(article: Article, rows: list[ExportRow]) -> None:
        line = article_line(store, article, rows, filters)
        if not only or rows or line.get("set_aside"):
            out.write(json_dumps(line) + "\n")  # controls as \\u escapes
            lines["articles"] += 1

    for article, rows in iter_articles(store, walk):
        while pending and pending[0] < article.id:  # only set-aside tags match: in id order
            write(store.get_article(pending.pop(0)), [])
        if pending and pending[0] == article.id:
            pending.pop(0)
        write(article, rows)
        count += len(rows)
    for article_id in pending:
        write(store.get_article(article_id), [])
    return count
