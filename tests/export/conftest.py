"""Fixtures for the export tests; the data lives in export_fixtures.py so tests can import its constants."""

from export_fixtures import fresh_store, tagged  # noqa: F401
