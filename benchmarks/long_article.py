"""A very long invented article (names, places, organisations, figures, dates, quotes), to try
the reader on: import it, open it, find, tag, `o`, `g`.

    python benchmarks/long_article.py --words 320000 --out /tmp/long.txt
    reader --db /tmp/long.db import /tmp/long.txt
    python benchmarks/long_article.py --words 100000 --time      # the suggester, per 100,000 words
    python benchmarks/long_article.py --time-tagging 476          # `o` + Enter on a name, then `u`
    python benchmarks/long_article.py --time-accept PERSON,CLAIM  # accept all of a label, then `u`
    python benchmarks/long_article.py --time-accept PERSON --pg URL  # the same on PostgreSQL

--time prints the suggester's time on the text (median of 5, CPU and wall), beside the same with the
date pattern tried at every position (find_dates before h68, in the same run), and, through a temporary library,
pending_suggestions (what `g` computes) the first time and again after a tag (its output is kept
per text: reader/suggest_memo.py). --time-tagging N tags N occurrences of one surname as `o` does
(tag_every_occurrence through a History, one undo group) and undoes them, median of 3 each, on the
article of --words words, beside the same on its first 10,000 words (a reference in the same run);
--time-accept accepts all suggestions of each label given (one undo group, as the reading view's
accept all) and undoes them. --time with them runs all. Every name and figure is invented; the seed makes it repeatable.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = ["Ayumi", "Tomasz", "Ingrid", "Kwame", "Lucía", "Pieter", "Marguerite", "Oskar", "Fenna", "Dario"]
LAST = ["Kurose", "Wielgosz", "Halvorsen", "Mensah", "Ordóñez", "Van Rijsbergen", "Delacroix", "Zwart"]
ORGS = ["the Harbour Authority", "Northgate Mining Ltd", "the Ministry of Water", "Valdoria Bank"]
PLACES = ["Port Elsen", "Valdoria", "Greystone", "Marrowick", "Lindqvist Bay", "Santa Irene"]
MONTHS = ["January", "March", "May", "June", "August", "October", "December"]
VERBS = ["said", "told reporters", "claimed", "insisted", "wrote in a statement", "argued"]


def sentence(r: random.Random) -> str:
    name = f"{r.choice(FIRST)} {r.choice(LAST)}"
    place, org = r.choice(PLACES), r.choice(ORGS)
    return r.choice(
        [
            f"{name}, a spokesperson for {org}, {r.choice(VERBS)} that {r.randint(2, 9800):,} jobs would be lost in {place} by {r.randint(2027, 2040)}.",
            f"On {r.randint(1, 28)} {r.choice(MONTHS)} {r.randint(1990, 2026)}, the council in {place} approved a budget of €{r.randint(1, 900)} million.",
            f"Residents of {place} gathered near the old quay while the rain kept falling over the grey roofs.",
            f'"We have never seen anything like it," {name} said, adding that prices rose {r.randint(2, 60)}% in {r.randint(1, 18)} months.',
            f"According to {org}, about {r.randint(2, 9800)} households in {place} still have no running water.",
            f"The report, published on {r.choice(MONTHS)} {r.randint(1, 28)}, lists {r.randint(3, 400)} incidents and blames {org}.",
            f"Kurose has repeatedly denied the allegations, and her lawyers say the inquiry in {place} is political.",
        ]
    )


def long_article(words: int, seed: int = 65) -> str:
    r = random.Random(seed)
    paragraphs, n = [], 0
    while n < words:
        p = " ".join(sentence(r) for _ in range(r.randint(3, 7)))
        n += len(p.split())
        paragraphs.append(p)
    return "The long inquiry into the harbour of Port Elsen\n\n" + "\n\n".join(paragraphs) + "\n"


def timed(text: str) -> None:
    import reader.suggest
    from reader.models import CleanResult
    from reader.store import Store
    from reader.suggest import dates, suggest
    from reader.suggestions import pending_suggestions

    def everywhere(text: str) -> list[tuple[int, int]]:
        """find_dates before h68 (the reference): the date pattern tried at every position."""
        found = (m for m in dates.DATE_RE.finditer(text) if m.start("anchor") != m.end("anchor"))
        return [(m.start(), m.end()) for m in found if m.start() != m.end()]

    words = len(text.split())
    names = ["find_dates", "dates tried everywhere", "suggest", "suggest, dates tried everywhere"]
    wall: dict[str, list[float]] = {n: [] for n in names}
    cpu: dict[str, list[float]] = {n: [] for n in names}
    fns = [dates.find_dates, everywhere]
    # Interleaved, five rounds, so both see the same machine; the CPU time of this process is
    # what other programs on a shared machine disturb least.
    for _ in range(5):
        for name, fn in zip(names, [*fns, *fns], strict=True):
            reader.suggest.find_dates = fn  # type: ignore[attr-defined]
            t, c = time.perf_counter(), time.process_time()
            out = fn(text) if name in names[:2] else suggest(text, "en", None)
            wall[name].append(time.perf_counter() - t)
            cpu[name].append(time.process_time() - c)
            if name == names[0]:
                spans = out
    reader.suggest.find_dates = dates.find_dates  # type: ignore[attr-defined]
    assert everywhere(text) == dates.find_dates(text)
    for name in names:
        c, w = statistics.median(cpu[name]), statistics.median(wall[name])
        print(
            f"{name}: {words:,} words, median of 5: CPU {c:.2f} s (wall {w:.2f} s) = "
            f"{c * 100_000 / words:.2f} s CPU per 100,000 words"
        )
    print(f"({len(spans):,} dates)")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "long.db")
        aid = store.add_article(CleanResult(text=text, title="long"), "raw", "long.txt", "text").article_id
        t = time.perf_counter()
        first = pending_suggestions(store, aid)
        t1 = time.perf_counter() - t
        g = next(s for s in first if s.label == "PERSON")
        store.add_annotation(aid, "PERSON", g.start, g.end, annotator="bench")
        t = time.perf_counter()
        pending_suggestions(store, aid)
        t2 = time.perf_counter() - t
        print(f"pending_suggestions: first {t1:.2f} s ({len(first):,}), after a tag {t2:.2f} s")
        store.close()


def _tag_and_undo(text: str, n: int) -> tuple[str, int, float, float]:
    """(name, tags, tag seconds, undo seconds): tag_every_occurrence of the first n free
    occurrences of a surname through a History, then its undo; medians of 3."""
    from reader.history import History
    from reader.models import CleanResult
    from reader.store import Store
    from reader.suggestions import find_occurrences, tag_every_occurrence

    name = max(LAST, key=text.count)  # the most frequent surname: enough occurrences
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "long.db")
        aid = store.add_article(CleanResult(text=text, title="long"), "raw", "long.txt", "text").article_id
        first = text.index(name)
        seed = store.add_annotation(aid, "PERSON", first, first + len(name), annotator="bench")
        spans = find_occurrences(store, name, "PERSON", "article", aid)[:n]
        history = History(store, annotator="bench")
        tags, undos = [], []
        for _ in range(3):
            t = time.perf_counter()
            with history.group("tag every"):
                done = tag_every_occurrence(history, seed, spans=spans)
            tags.append(time.perf_counter() - t)
            t = time.perf_counter()
            history.undo()
            undos.append(time.perf_counter() - t)
        store.close()
    return name, done, statistics.median(tags), statistics.median(undos)


def timed_tagging(text: str, n: int) -> None:
    """Tag every occurrence and its undo on the article, beside the same on its first 10,000
    words (the reference: what a tag costs where the article's length does not count)."""
    short = " ".join(text.split(" ")[:10_000])
    for what, body in (("article", text), ("reference: its first 10,000 words", short)):
        name, done, tag, undo = _tag_and_undo(body, n)
        print(
            f"tag every occurrence ({what}): {done} of “{name}” in {len(body.split()):,} words, median of 3: "
            f"tag {tag:.2f} s ({tag / done * 1000:.2f} ms each), undo {undo:.2f} s ({undo / done * 1000:.2f} ms each)"
        )


def timed_accept(text: str, labels: list[str], pg: str | None = None) -> None:
    """Accept all suggestions of each label (as the reading view's accept all does: one undo
    group), then undo them; medians of 3. pg: a PostgreSQL URL where this role may create
    schemas (the library in a schema of its own, dropped after), else an SQLite file."""
    from scratch_library import scratch_library

    from reader.history import History
    from reader.models import CleanResult
    from reader.store import Store
    from reader.suggestions import accept_many, pending_suggestions

    with tempfile.TemporaryDirectory() as tmp, scratch_library(pg, Path(tmp)) as where:
        store = Store(where)
        aid = store.add_article(CleanResult(text=text, title="long"), "raw", "long.txt", "text").article_id
        suggestions = pending_suggestions(store, aid)
        history = History(store, annotator="bench")
        for label in labels:
            picked = [s for s in suggestions if s.label == label]
            accepts, undos = [], []
            for _ in range(3):
                t = time.perf_counter()
                with history.group(f"accept all {label}"):
                    done = accept_many(history, aid, picked)
                accepts.append(time.perf_counter() - t)
                t = time.perf_counter()
                history.undo()
                undos.append(time.perf_counter() - t)
            accept, undo = statistics.median(accepts), statistics.median(undos)
            print(
                f"accept all {label}: {len(done):,} tags in {len(text.split()):,} words, median of 3: "
                f"accept {accept:.2f} s ({accept / len(done) * 1000:.2f} ms each), undo {undo:.2f} s"
                + (" (PostgreSQL)" if pg else " (SQLite)")
            )
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=320_000)
    ap.add_argument("--out", type=Path, help="write the article here (default: stdout)")
    ap.add_argument("--time", action="store_true", help="time the suggester on it instead")
    ap.add_argument(
        "--time-tagging", type=int, metavar="N", help="time tagging N occurrences of a name, and the undo"
    )
    ap.add_argument(
        "--time-accept",
        metavar="LABELS",
        help="time accept all of these labels' suggestions (comma-separated, e.g. PERSON,CLAIM), and the undo",
    )
    ap.add_argument(
        "--pg", metavar="URL", help="--time-accept on this PostgreSQL server (a schema of its own)"
    )
    args = ap.parse_args()
    if args.time_tagging is not None and args.time_tagging < 1:
        sys.exit("--time-tagging needs a number of occurrences of at least 1")
    text = long_article(args.words)
    if args.time:
        timed(text)
    if args.time_tagging:
        timed_tagging(text, args.time_tagging)
    if args.time_accept:
        timed_accept(text, [x.strip().upper() for x in args.time_accept.split(",") if x.strip()], args.pg)
    if args.time or args.time_tagging or args.time_accept:
        return
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
