"""Driving the TUI in the reliability tests: a seeded store, the app under the Pilot, and keys
posted all at once (as `tmux send-keys` or a keyboard macro delivers them)."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from textual import events
from textual.keys import _character_to_key

from reader.models import CleanResult
from reader.store import Store

TEXT = (
    "Ayumi Kurose met the council in Douai on Monday.\n\n"
    "Kurose said 40 workers were hired. The council agreed.\n\n"
    "Later, Kurose left Douai."
)


def seeded_store(db: Path, articles: int = 3) -> Store:
    store = Store(db)
    for i in range(articles):
        text = TEXT if i == 0 else f"Article {i}: Kurose visited Douai again.\n\nNothing else happened."
        store.add_article(CleanResult(text=text, title=f"Article {i}"), text, f"/t/{i}.txt", "text")
    return store


def make_app(store: Store, **kwargs: Any):  # noqa: ANN201
    from reader.tui.app import ReaderApp

    app = ReaderApp(store, "alice", **kwargs)
    app.cursor_blink = False
    return app


def run(app: Any, script: Callable[[Any], Awaitable[None]], size: tuple[int, int] = (120, 40)) -> None:
    async def go() -> None:
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await script(pilot)

    asyncio.run(go())


async def settle(pilot: Any) -> None:
    """Let timers, workers and queued writes finish."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.app.writer.drain_async(0.01)
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot: Any, condition: Callable[[], bool], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the app never got there"
        await asyncio.sleep(0.01)
    await pilot.pause()


def burst(app: Any, text: str) -> None:
    """Post every key of `text` to the app at once, without waiting between them."""
    for ch in text:
        key = _character_to_key(ch)
        app.post_message(events.Key(key, ch))


def rows(db: Path, sql: str, *args: Any) -> list[tuple]:
    """Read what is stored, with a connection of its own."""
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


async def open_article(pilot: Any, article_id: int) -> Any:
    """Open an article in the reading view and wait until it shows it."""
    from reader.tui.reading import ReadingScreen

    app = pilot.app
    app.open_article(article_id)
    await until(pilot, lambda: isinstance(app.screen, ReadingScreen) and app.screen.article_id == article_id)
    await settle(pilot)
    return app.screen


async def tag_word(pilot: Any, screen: Any, word: str, key: str, nth: int = 0) -> None:
    """Put the cursor on the nth `word` of the article, select it (w) and press the label key."""
    start = -1
    for _ in range(nth + 1):
        start = screen.text.index(word, start + 1)
    screen.view.move_to(start)
    await pilot.press("w", key)
    await settle(pilot)


def status_line(screen: Any) -> str:
    from reader.tui.status_bar import StatusBar

    return screen.query_one(StatusBar).render_text().plain
