"""Child process of benchmarks/run.py: drives the real TUI headless and reports timings as JSON.

    python benchmarks/tui_probe.py --db DB --long ID     # the app: cold start, open, tag, memory
    python benchmarks/tui_probe.py --baseline --db DB    # references: plain Textual, bare store

Prints READY as soon as the library list holds the article ids and has painted (the parent times
process start to that line), then one JSON line. Annotations it adds are deleted before it exits,
so the cached benchmark database does not drift.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TAGS = 12


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    execve, so a child would report its parent's peak if that was higher."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def wait_for(pilot, condition, timeout: float = 60.0) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app never reached the expected state")
        await asyncio.sleep(0.002)
    await pilot.pause()


def _words(text: str, n: int) -> list[tuple[int, int]]:
    """n word spans spread over the text, away from each other."""
    import re

    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]{4,}", text)]
    step = max(1, len(spans) // (n + 1))
    return spans[step // 2 :: step][:n]


async def probe_app(db: str, long_id: int) -> dict:
    from reader.store import Store
    from reader.tui.app import ReaderApp
    from reader.tui.article_list import ArticleList

    store = Store(db)
    app = ReaderApp(store, "bench", session=False)
    out: dict = {}
    added: list[int] = []
    async with app.run_test(headless=True, size=(120, 40)) as pilot:

        def library_ready() -> bool:
            try:
                lst = app.screen.query_one(ArticleList)
            except Exception:  # noqa: BLE001 - the screen is not mounted yet
                return False
            return bool(lst.ids) and lst.row(0) is not None

        await wait_for(pilot, library_ready)
        print("READY", flush=True)
        out["articles_listed"] = len(app.screen.query_one(ArticleList).ids)
        await pilot.press("end")  # scroll to the last row: pages in the far end of the list
        await pilot.pause()

        # Open the long article in the reading view.
        from reader.tui.reading import ReadingScreen
        from reader.tui.text_view import ArticleText

        text = store.get_article(long_id).text
        expected = len(store.annotations(long_id))
        t = time.perf_counter()
        app.open_article(long_id)

        def reading_ready() -> bool:
            screen = app.screen
            if not isinstance(screen, ReadingScreen) or screen.article is None:
                return False
            try:
                view = screen.query_one(ArticleText)
            except Exception:  # noqa: BLE001
                return False
            return len(view.text) == len(text) and len(screen.annotations) == expected

        await wait_for(pilot, reading_ready)
        out["open_ms"] = (time.perf_counter() - t) * 1000
        out["open_note"] = f"{expected} spans"

        # Tag keypresses: select a word, press the PERSON hotkey, time until the row is committed.
        screen = app.screen
        view = screen.query_one(ArticleText)
        committed: list[float] = []
        original = store.add_annotation

        def timed_add(*args, **kwargs):  # noqa: ANN002, ANN003
            ann = original(*args, **kwargs)
            committed.append(time.perf_counter())
            added.append(ann.id)
            return ann

        store.add_annotation = timed_add  # type: ignore[method-assign]
        hotkey = next(lab.hotkey for lab in store.labels() if lab.kind == "entity" and lab.hotkey)
        delays = []
        for s, e in _words(text, TAGS):
            view.select_offsets(s, e)
            await pilot.pause()
            before = len(committed)
            t = time.perf_counter()
            await pilot.press(hotkey)
            if len(committed) > before:
                delays.append((committed[-1] - t) * 1000)
        store.add_annotation = original  # type: ignore[method-assign]
        out["tag_ms"] = statistics.median(delays) if delays else None
        out["tag_note"] = f"{len(delays)}/{TAGS} tags committed"
        out["peak_mb"] = peak_mb()
    for ann_id in added:
        store.delete_annotation(ann_id)
    if added:
        with store._write() as conn:  # noqa: SLF001 - benchmark housekeeping: drop the probe's events
            marks = ",".join("?" * len(added))
            conn.execute(f"DELETE FROM events WHERE annotation_id IN ({marks})", added)
    store.close()
    return out


async def probe_baseline(db: str) -> dict:
    """References in the same conditions: an empty Textual app, a plain TextArea, a bare store write."""
    from textual.app import App
    from textual.screen import Screen
    from textual.widgets import TextArea

    from reader.store import Store

    store = Store(db)
    long_id = 1
    text = store.get_article(long_id).text

    class Plain(App[None]):
        pass

    app = Plain()
    out: dict = {}
    async with app.run_test(headless=True, size=(120, 40)) as pilot:
        await pilot.pause()
        print("READY", flush=True)
        out["peak_mb"] = peak_mb()

        class Reading(Screen[None]):
            def compose(self):  # noqa: ANN202
                yield TextArea(text, read_only=True, soft_wrap=True)

        t = time.perf_counter()
        app.push_screen(Reading())

        def loaded() -> bool:
            if not isinstance(app.screen, Reading):
                return False
            areas = app.screen.query(TextArea)
            return bool(areas) and len(areas.first().text) == len(text)

        await wait_for(pilot, loaded)
        out["open_ms"] = (time.perf_counter() - t) * 1000
    delays, added = [], []
    for s, e in _words(text, TAGS):
        t = time.perf_counter()
        added.append(store.add_annotation(long_id, "PERSON", s, e).id)
        delays.append((time.perf_counter() - t) * 1000)
    for ann_id in added:
        store.delete_annotation(ann_id)
    with store._write() as conn:  # noqa: SLF001 - benchmark housekeeping: drop the probe's events
        conn.execute(f"DELETE FROM events WHERE annotation_id IN ({','.join('?' * len(added))})", added)
    store.close()
    out["tag_ms"] = statistics.median(delays)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--long", type=int, default=1)
    ap.add_argument("--baseline", action="store_true")
    args = ap.parse_args()
    result = asyncio.run(probe_baseline(args.db) if args.baseline else probe_app(args.db, args.long))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
