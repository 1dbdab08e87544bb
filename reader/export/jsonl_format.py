"""JSONL: one line per article with its text, metadata and spans. Quantities are span ids."""

from __future__ import annotations

from typing import Any, TextIO

from reader.export.filters import ExportFilters, iter_articles
from reader.export.spans import span_dict
from reader.models import Article
from reader.normalize import json_dumps
from reader.store.store import ExportRow, Store


def article_line(store: Store, article: Article, rows: list[ExportRow]) -> dict[str, Any]:
    """One article as JSONL writes it (and reader.trash keeps a deleted one)."""
    return {
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


def write_jsonl(store: Store, out: TextIO, filters: ExportFilters | None = None) -> int:
    count = 0
    for article, rows in iter_articles(store, filters):
        out.write(json_dumps(article_line(store, article, rows)) + "\n")  # controls as \\u escapes
        count += len(rows)
    return count
