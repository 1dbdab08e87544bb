"""Pilot helpers for the TUI tests: the seed article, offsets of a needle, waiting for the writer,
opening an article, selecting and tagging with the keyboard. (In a module of their own: a test
importing from "conftest" gets whichever conftest was imported first.)"""

from __future__ import annotations

from seed_article import KUROSE_CLAIM as CLAIM  # noqa: F401 - the claim the tests tag
from seed_article import SEED, seed_clean  # noqa: F401


def seed() -> dict:
    return SEED


def offsets(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return i, i + len(needle)


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


async def until(pilot, condition, timeout: float = 30) -> None:  # type: ignore[no-untyped-def]
    """Wait (polling) until condition() holds: a loaded machine may be slow, so no fixed pauses."""
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the app never got there"
        await asyncio.sleep(0.02)
    await pilot.pause()


def screen_lines(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The text of every line the terminal shows now (the screen as composited, dialogs included)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]
