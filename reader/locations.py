"""Where reader keeps its files. Each location can be overridden by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path


def default_db_path() -> Path | str:
    """The database used when no --db is given: $READER_DB (a file, or a PostgreSQL server's URL,
    kept as text), else the user data directory."""
    env = os.environ.get("READER_DB")
    if env and env.startswith(("postgresql://", "postgres://")):
        return env
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("reader", appauthor=False) / "reader.db"


def exports_dir() -> Path:
    """Where the TUI's Export dialog proposes to write: $READER_EXPORTS, else a "reader exports"
    folder in the user's documents folder (platformdirs; ~/Documents/reader exports on Linux and
    macOS). Not the current folder, which may be a git checkout. Created when first written to."""
    env = os.environ.get("READER_EXPORTS")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_documents_path

    return user_documents_path() / "reader exports"
