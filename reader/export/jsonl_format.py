"""JSONL: one line per article with its text, metadata and spans. Quantities are span ids. Tags a
body fix set aside are in "set_aside" (status "set aside"), filtered as the spans are; an article
whose only matching tags are set aside has a line too, in id order."""

from __future__ import annotations

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


def write_jsonl(store: Store, out: TextIO, filters: ExportFilters | None = None) -> int:
    filters = filters or ExportFilters()
    kw = filters.store_kwargs()
    pending = [] if kw["article_ids"] else store.articles_with_set_aside(kw.get("article_status"))
    count = 0

    def write(article: Article, rows: list[ExportRow]) -> None:
        line = article_line(store, article, rows, filters)
        if rows or line.get("set_aside"):
            out.write(json_dumps(line) + "\n")  # controls as \\u escapes

    for article, rows in iter_articles(store, filters):
        while pending and pending[0] < article.id:  # only set-aside tags match: in id order
            write(store.get_article(pending.pop(0)), [])
        if pending and pending[0] == article.id:
            pending.pop(0)
        out.write(json_dumps(article_line(store, article, rows, filters)) + "\n")
        count += len(rows)
    for article_id in pending:
        write(store.get_article(article_id), [])
    return count
