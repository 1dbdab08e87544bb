"""Where reader keeps its files. Each location can be overridden by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path


def default_db_path() -> Path:
    """The database used when no --db is given: $READER_DB, else the user data directory."""
    env = os.environ.get("READER_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("reader", appauthor=False) / "reader.db"
