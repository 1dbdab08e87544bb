"""Agreement on a desk-sized corpus: how long `reader agreement` (and the agreement screen) takes.
Prints medians beside a reference measured in the same run on the same database.

    python benchmarks/agreement.py [--articles 1000] [--annotators 3] [--repeats 3]

Each article has 400 words; each annotator tags about 16 of the same 20 words (80%), one tag in
ten with another label: about 16 tags per article and annotator. Figures:
- agreement: reader.desk.desk_agreement over every label and pair (span F1 exact and overlapping,
  Cohen's kappa on words, Fleiss' kappa, the disagreements), as the CLI and the screen compute it;
- reference: reading the same tags and article texts from SQLite (Store.layer_spans and
  Store.article_texts), the least any agreement computation must do."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

LABELS = ["PERSON", "ORG", "PLACE", "DATE"]


def build(path: Path, articles: int, annotators: int) -> int:
    from reader.models import CleanResult
    from reader.store import Store

    rng = random.Random(1)
    words = [f"w{i}" for i in range(3000)]
    names = [f"annotator{n + 1}" for n in range(annotators)]
    rows = []
    with Store(path) as store:
        for i in range(articles):
            text = " ".join(rng.choice(words) for _ in range(400)) + f" n{i}."
            aid = store.add_article(CleanResult(text=text, title=f"a{i}"), text, None, "text").article_id
            starts = [m for m, c in enumerate(text) if c == "w" and (m == 0 or text[m - 1] == " ")]
            for start in rng.sample(starts, 20):
                end = text.index(" ", start)
                for who in names:
                    if rng.random() < 0.8:
                        label = rng.choice(LABELS) if rng.random() < 0.1 else LABELS[start % 4]
                        rows.append((aid, label, start, end, text[start:end], who))
        with store._write() as conn:  # bulk: the benchmark is about reading them
            conn.executemany(
                'INSERT INTO annotations (article_id, label_id, start, "end", text, annotator, created, updated) '
                "SELECT ?, (SELECT id FROM labels WHERE name = ?), ?, ?, ?, ?, 'now', 'now'",
                rows,
            )
    return len(rows)


def median_time(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--annotators", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    from reader.desk import AgreementRequest, desk_agreement
    from reader.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reader.db"
        tags = build(path, args.articles, args.annotators)
        with Store(path) as store:

            def reference() -> None:
                spans = store.layer_spans()
                store.article_texts({s.article_id for s in spans})

            result = desk_agreement(store, AgreementRequest())
            ref = median_time(reference, args.repeats)
            took = median_time(lambda: desk_agreement(store, AgreementRequest()), args.repeats)
    print(
        f"{args.articles} articles, {args.annotators} annotators, {tags} tags: "
        f"{len(result.pairs)} pair rows, {len(result.groups)} Fleiss rows, {len(result.disagreements)} disagreements"
    )
    print(f"agreement  {took:8.3f} s (median of {args.repeats})")
    print(f"reference  {ref:8.3f} s (reading the tags and texts)   ratio {took / ref:.1f}x")


if __name__ == "__main__":
    main()
