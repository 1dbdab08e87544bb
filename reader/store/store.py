"""The Store: one object the TUI, the CLI and the core use, made of the store's parts by concern.

Each part is a mixin over the shared connection (reader.store.connection): articles, their text,
search, labels, annotations (many at once: tag_batch), rejected suggestions, entities, claims and fact-checks, export queries,
sessions and statistics. The names callers import from here are re-exported below.

The parts' reads and writes are SQL, not sqlite-utils calls: the same statements run on PostgreSQL,
translated by reader.store.pg_dialect (sqlite-utils speaks SQLite only), and a one-row write is
faster so (benchmarks/schema_triggers.py). sqlite-utils makes the SQLite schema (reader.store.schema)
and reads its columns for `reader db copy`."""

from __future__ import annotations

from reader.store.annotations import AnnotationsMixin
from reader.store.article_delete import ArticleDeleteMixin
from reader.store.article_text import ArticleTextMixin
from reader.store.articles import SORT_COLUMNS, ArticlesMixin
from reader.store.claims import ClaimsMixin
from reader.store.connection import Connection
from reader.store.desk_store import DeskMixin
from reader.store.entity_store import EntitiesMixin, EntityState
from reader.store.export_queries import EXPORT_FIELDS, ExportMixin
from reader.store.factcheck_store import FactCheckMixin
from reader.store.labels import LabelsMixin
from reader.store.rejections import RejectionsMixin
from reader.store.rows import (
    EDITABLE,
    AddResult,
    ClaimRow,
    ExportRow,
    SearchHit,
    content_hash,
    now,
    word_count,
)
from reader.store.search import MAX_QUERY_TERMS, RANK_LIMIT, SearchMixin, check_query, fts_query
from reader.store.set_aside_store import SetAsideMixin
from reader.store.stats import StatsMixin
from reader.store.tag_batch import TagBatchMixin
from reader.store.tag_import import TagImportMixin

__all__ = [
    "EDITABLE",
    "EXPORT_FIELDS",
    "MAX_QUERY_TERMS",
    "RANK_LIMIT",
    "SORT_COLUMNS",
    "AddResult",
    "ClaimRow",
    "EntityState",
    "ExportRow",
    "SearchHit",
    "Store",
    "check_query",
    "content_hash",
    "fts_query",
    "now",
    "word_count",
]


class Store(
    Connection,
    ArticlesMixin,
    ArticleDeleteMixin,
    ArticleTextMixin,
    SetAsideMixin,
    SearchMixin,
    LabelsMixin,
    TagBatchMixin,
    TagImportMixin,
    AnnotationsMixin,
    RejectionsMixin,
    EntitiesMixin,
    ClaimsMixin,
    FactCheckMixin,
    ExportMixin,
    StatsMixin,
    DeskMixin,
):
    """A reader library: open with Store(path); every method commits before it returns."""
