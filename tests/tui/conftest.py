"""Fixtures for the TUI tests: a database holding the seed article, stored directly (no cleaner)."""

from __future__ import annotations

import asyncio
import inspect
import json
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


SEEDS = Path("/work/shared/seeds/expected.json")
_LOCAL_SEEDS = Path(__file__).resolve().parent / "data" / "seed_article.json"

CLAIM = (
    "He said there are currently nearly 150 Chinese experts working at the Douai directing 800 local staff."
)


def seed() -> dict:
    path = _LOCAL_SEEDS if _LOCAL_SEEDS.exists() else SEEDS
    data = json.loads(path.read_text(encoding="utf-8"))
    return data.get("000_d13f4cea6e1b214d", data)


def seed_clean() -> CleanResult:
    s = seed()
    return CleanResult(
        text=s["articleBody"],
        title=s["title"],
        byline=s["byline"],
        dateline=s["dateline"],
        agency=s["agency"],
        published=s["published"],
        language=s["language"],
        site=s["site"],
    )


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


def offsets(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return i, i + len(needle)


@pytest.fixture
def make_app(seeded: Store):
    from reader.tui.app import ReaderApp

    def make(**kwargs: object) -> ReaderApp:
        app = ReaderApp(seeded, "alice", **kwargs)  # type: ignore[arg-type]
        app.cursor_blink = False
        return app

    return make


async def written(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app's writer has committed every queued change and the screen has shown it."""
    await pilot.pause()
    await pilot.app.writer.drain_async(0.01)
    await pilot.pause()
    await pilot.pause()


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let timers, workers, queued writes and refreshes finish."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await written(pilot)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_first(pilot):  # type: ignore[no-untyped-def]
    """From the library, open the first article (the seed: imported first)."""
    from reader.tui.reading import ReadingScreen

    await settle(pilot)
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


async def select_words(pilot, screen, needle: str, nth: int = 0) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Put the cursor at `needle` and select it word by word with ctrl+shift+right (the keyboard)."""
    start, end = offsets(screen.text, needle, nth)
    screen.view.move_to(start)
    words = len(needle.split())
    await pilot.press(*["ctrl+shift+right"] * words)
    return start, end


async def tag(pilot, screen, needle: str, key: str, nth: int = 0):  # type: ignore[no-untyped-def]
    await select_words(pilot, screen, needle, nth)
    await pilot.press(key)
    await written(pilot)
