"""Find in a 100,000-word article: is it instant? Prints medians beside references measured in the
same run on the same text.

    python benchmarks/find.py [--words 100000] [--repeats 7]

Figures:
- core: reader.find.fold of the whole text + find_all + next_match (what the first keystroke
  costs, the folded text not cached yet), beside `re.finditer(term, text, re.IGNORECASE)`, a plain
  case-insensitive scan (which ignores no accents).
- in the app: in the real ReadingScreen (headless run_test), open the find bar, type the term one
  letter at a time (each letter finds again and redraws), press enter for the next match, until the
  screen has painted; beside the same number of idle Pilot pauses (what any keystroke costs in
  run_test) and the re scan."""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

TERM = "Rotterdam"  # a city the corpus generator uses: hundreds of matches over the text


def long_text(words: int) -> str:
    from corpus import Generator

    text = Generator().article(0, words=words).text
    # Some accented forms, so folding has non-ASCII characters to do (the corpus is ASCII).
    return text.replace("Rotterdam said", "Rottérdam said").replace("Milan", "Milán")


def median_ms(repeats: int, fn) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def core_figures(text: str, repeats: int) -> tuple[float, float, int]:
    from reader.find import find_all, fold, next_match

    def ours() -> None:
        matches = find_all(fold(text), TERM)
        next_match(matches, 0)

    def reference() -> None:
        list(re.finditer(re.escape(TERM), text, re.IGNORECASE))

    n = len(find_all(fold(text), TERM))
    return median_ms(repeats, ours), median_ms(repeats, reference), n


async def app_figures(text: str, repeats: int) -> tuple[float, float]:
    from reader.models import CleanResult
    from reader.store import Store
    from reader.tui.app import ReaderApp
    from reader.tui.reading import ReadingScreen

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "find.db")
        aid = store.add_article(CleanResult(text=text, title="Long"), "raw", "long.txt", "text")
        app = ReaderApp(store, "bench", session=False)
        ours, idle = [], []
        async with app.run_test(headless=True, size=(120, 40)) as pilot:
            await pilot.pause()
            app.open_article(aid.article_id)
            while not isinstance(app.screen, ReadingScreen) or app.screen.article is None:
                await asyncio.sleep(0.01)
            await pilot.pause()
            screen = app.screen
            for _ in range(repeats):
                screen._folded = None  # each run pays for folding the text, as the first find does
                t = time.perf_counter()
                screen.action_find()
                field = screen.find_bar.field
                field.value = ""
                for i in range(1, len(TERM) + 1):
                    field.value = TERM[:i]
                    await pilot.pause()
                screen.action_find_next(1)
                await pilot.pause()
                ours.append((time.perf_counter() - t) * 1000)
                assert screen.view.find_matches, "the term was not found"
                screen.action_close_find()
                await pilot.pause()
                t = time.perf_counter()
                for _ in range(len(TERM) + 1):
                    await pilot.pause()
                idle.append((time.perf_counter() - t) * 1000)
        store.close()
    return statistics.median(ours), statistics.median(idle)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    text = long_text(args.words)
    words = len(text.split())
    core, ref, n = core_figures(text, args.repeats)
    app, idle = asyncio.run(app_figures(text, args.repeats))
    print(f"find in a {words:,}-word article ({len(text):,} characters), term {TERM!r}: {n} matches")
    print(f"{'figure':<48} {'ours ms':>9} {'reference ms':>13}  reference")
    print(
        f"{'fold + find all + next match (first keystroke)':<48} {core:>9.1f} {ref:>13.1f}  re.finditer IGNORECASE"
    )
    print(
        f"{'app: open find, type the term, next, painted':<48} {app:>9.1f} {idle:>13.1f}  "
        f"{len(TERM) + 1} idle Pilot pauses"
    )


if __name__ == "__main__":
    main()
