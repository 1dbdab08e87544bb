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


def trash_dir(db: Path | str) -> Path:
    """Where deleted articles are kept (reader.trash): $READER_TRASH, else a folder beside an SQLite
    library file ("reader-trash" beside reader.db), else, for a PostgreSQL library or one in memory,
    "trash/DATABASE" in the user data directory (the database's name and host, never the password)."""
    env = os.environ.get("READER_TRASH")
    if env:
        return Path(env).expanduser()
    text = str(db)
    if text != ":memory:" and not text.startswith(("postgresql://", "postgres://")):
        path = Path(text)
        return path.with_name(f"{path.stem}-trash")
    from platformdirs import user_data_path

    return user_data_path("reader", appauthor=False) / "trash" / _server_name(text)


def _server_name(url: str) -> str:
    """A folder name for a library on a server: host and database, as letters, digits, - and _."""
    import re
    from urllib.parse import urlsplit

    if url == ":memory:":
        return "memory"
    parts = urlsplit(url)
    name = f"{parts.hostname or 'local'}-{parts.path.lstrip('/') or 'postgres'}"
    return re.sub(r"[^\w.-]+", "_", name)[:100]
