"""The SQLite store: the only package that holds SQL."""

from reader.store.store import AddResult, SearchHit, Store, content_hash, fts_query, word_count

__all__ = ["AddResult", "SearchHit", "Store", "content_hash", "fts_query", "word_count"]
