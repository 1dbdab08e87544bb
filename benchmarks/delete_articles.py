"""How long `reader delete` takes (Store.delete_articles): one article with TAGS tags, each naming
an entity of its own (so every entity is checked and dropped), in a library of ARTICLES articles;
then the same article with no tags. Medians over --repeats runs, each on a fresh library (an SQLite
file in a temporary folder, or a schema of its own on --pg URL).

    python benchmarks/delete_articles.py [--articles 1000] [--tags 500] [--repeats 5] [--pg URL] [--trash]

--trash deletes as `reader delete` does since h74 (reader.trash: the article written whole to the
trash folder first, then deleted) and times `reader restore` of the tagged one too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from scratch_library import scratch_library

from reader.models import CleanResult
from reader.store import Store
from reader.trash import delete_to_trash, restore


def _library(where: str, articles: int, tags: int) -> tuple[Store, int, int]:
    store = Store(where)
    words = [f"Name{i:04d}x" for i in range(tags)]
    text = " ".join(words) + "."
    results = store.add_articles(
        [
            (CleanResult(text=f"Article {i}: filler words here.", title=f"A{i}"), "raw", f"s{i}", "text")
            for i in range(articles)
        ]
    )
    tagged = store.add_article(CleanResult(text=text, title="Tagged"), "raw", "t", "text").article_id
    bare = results[len(results) // 2].article_id
    store.add_tags(tagged, [("PERSON", i * 10, i * 10 + 9) for i in range(tags)])
    return store, tagged, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--tags", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--pg", help="a PostgreSQL URL where this role may create schemas")
    parser.add_argument(
        "--trash", action="store_true", help="keep a copy first (reader delete), time the restore"
    )
    args = parser.parse_args()
    tagged_s, bare_s, restore_s = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["READER_TRASH"] = str(Path(tmp) / "trash")

        def delete(store: Store, article_id: int) -> Path | None:
            if not args.trash:
                store.delete_articles([article_id])
                return None
            return delete_to_trash(store, [article_id])[0]

        for _ in range(args.repeats):
            with scratch_library(args.pg, Path(tmp)) as where:
                store, tagged, bare = _library(where, args.articles, args.tags)
                start = time.perf_counter()
                copy = delete(store, tagged)
                tagged_s.append(time.perf_counter() - start)
                start = time.perf_counter()
                delete(store, bare)
                bare_s.append(time.perf_counter() - start)
                assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
                if copy is not None:
                    start = time.perf_counter()
                    report = restore(store, copy)
                    restore_s.append(time.perf_counter() - start)
                    assert report.tags.added == args.tags, report.tags.problems[:3]
                store.close()
    backend = "PostgreSQL" if args.pg else "SQLite"
    print(
        f"{backend}, {args.articles} articles: delete one with {args.tags} tags "
        f"{statistics.median(tagged_s) * 1000:.1f} ms, one with none {statistics.median(bare_s) * 1000:.1f} ms"
        + (f"; restore the tagged one {statistics.median(restore_s) * 1000:.1f} ms" if restore_s else "")
        + (" (a copy kept in the trash first)" if args.trash else "")
    )


if __name__ == "__main__":
    main()
