"""Fixtures for the TUI tests: a database holding the seed article, stored directly (no cleaner)."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest

from reader.models import CleanResult
from reader.store import Store


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):  # type: ignore[no-untyped-def]
    """Run `async def` tests in a fresh event loop (no asyncio plugin needed)."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**args))
        return True
    return None


from pilot_helpers import seed_clean  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reader.db"


@pytest.fixture
def store(db_path: Path):
    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def seeded(store: Store) -> Store:
    """The seed article plus two small ones, in import order."""
    store.add_article(seed_clean(), "<html>seed</html>", "seed.html", "text")
    store.add_article(
        CleanResult(
            text="Café Zürich — 150 € for coffee.\n\nA second paragraph.",
            title="Zurich prices",
            site="example.ch",
            published="2024-01-02",
        ),
        "raw",
        "zurich.html",
        "text",
    )
    store.add_article(
        CleanResult(
            text="Short wire copy about batteries and Douai.",
            title="Wire note",
            site="wire.example",
            published="2023-05-06",
        ),
        "raw",
        "wire.html",
        "text",
    )
    return store


@pytest.fixture
def make_app(seeded: Store):
    from reader.tui.app import ReaderApp

    def make(**kwargs: object) -> ReaderApp:
        app = ReaderApp(seeded, "alice", **kwargs)  # type: ignore[arg-type]
        app.cursor_blink = False
        return app

    return make
