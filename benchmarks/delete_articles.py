"""How long `reader delete` takes (Store.delete_articles): one article with TAGS tags, each naming
an entity of its own (so every entity is checked and dropped), in a library of ARTICLES articles;
then the same article with no tags. Medians over --repeats runs, each on a fresh library (an SQLite
file in a temporary folder, or a schema of its own on --pg URL).

    python benchmarks/delete_articles.py [--articles 1000] [--tags 500] [--repeats 5] [--pg URL] [--trash]

--trash deletes as `reader delete` does since h74 (reader.trash: the article written whole to the
trash folder first, then deleted) and times `reader restore` of the tagged one too. On PostgreSQL
it also counts the round trips to the server of the delete and of the restore (each statement sent
alone, and each pipeline of statements sent together, counts one: see round_trips below).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scratch_library import scratch_library

from reader.models import CleanResult, NewClaim
from reader.store import Store
from reader.trash import delete_to_trash, restore


@contextmanager
def round_trips(store: Store) -> Iterator[list[int]]:
    """Count the store's round trips to a PostgreSQL server inside the block (a list of one
    number, filled in as it goes; 0 on SQLite): every way PgConnection sends something (a statement,
    a pipeline of statements, executemany and COPY, a rollback to a savepoint) counts one, and the
    statements it defers count nothing until they go with the next."""
    from reader.store.pg_connection import PgConnection

    count = [0]
    if store.dialect != "postgresql":
        yield count
        return
    originals = {}

    def wrap(name: str, sends: object) -> None:
        original = getattr(PgConnection, name)
        originals[name] = original

        def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            if sends is True or sends(self, *args):  # type: ignore[operator]
                count[0] += 1
            return original(self, *args, **kwargs)

        setattr(PgConnection, name, counted)

    wrap("execute", True)
    wrap("begin_tagging", True)
    wrap("read_together", True)
    wrap("copy_rows", True)
    wrap("executemany", lambda self, sql, seq, *a: bool(seq))
    wrap("_flush", lambda self: bool(self._deferred))
    wrap(
        "rollback_to", lambda self, name: not any(q.endswith(f"SAVEPOINT {name}") for q, _ in self._deferred)
    )
    try:
        yield count
    finally:
        for name, original in originals.items():
            setattr(PgConnection, name, original)


def _library(where: str, articles: int, tags: int, claims: int = 0) -> tuple[Store, int, int]:
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
    if claims:  # each over a tagged name, by an organisation of its own
        store.add_tags(
            tagged,
            [("CLAIM", i * 10, i * 10 + 9) for i in range(claims)],
            claims={i: NewClaim(claimant=f"Agency {i:04d}") for i in range(claims)},
        )
    return store, tagged, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--tags", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--claims", type=int, default=0, help="also this many claims, each by an organisation"
    )
    parser.add_argument("--pg", help="a PostgreSQL URL where this role may create schemas")
    parser.add_argument(
        "--trash", action="store_true", help="keep a copy first (reader delete), time the restore"
    )
    args = parser.parse_args()
    tagged_s, bare_s, restore_s = [], [], []
    tagged_rt, restore_rt = [], []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["READER_TRASH"] = str(Path(tmp) / "trash")

        def delete(store: Store, article_id: int) -> Path | None:
            if not args.trash:
                store.delete_articles([article_id])
                return None
            return delete_to_trash(store, [article_id])[0]

        for _ in range(args.repeats):
            with scratch_library(args.pg, Path(tmp)) as where:
                store, tagged, bare = _library(where, args.articles, args.tags, args.claims)
                start = time.perf_counter()
                with round_trips(store) as trips:
                    copy = delete(store, tagged)
                tagged_s.append(time.perf_counter() - start)
                tagged_rt.append(trips[0])
                start = time.perf_counter()
                delete(store, bare)
                bare_s.append(time.perf_counter() - start)
                assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
                if copy is not None:
                    start = time.perf_counter()
                    with round_trips(store) as trips:
                        report = restore(store, copy)
                    restore_s.append(time.perf_counter() - start)
                    restore_rt.append(trips[0])
                    assert report.tags.added == args.tags + args.claims, report.tags.problems[:3]
                store.close()
    backend = "PostgreSQL" if args.pg else "SQLite"
    print(
        f"{backend}, {args.articles} articles: delete one with {args.tags} tags"
        + (f" and {args.claims} claims " if args.claims else " ")
        + f"{statistics.median(tagged_s) * 1000:.1f} ms, one with none {statistics.median(bare_s) * 1000:.1f} ms"
        + (f"; restore the tagged one {statistics.median(restore_s) * 1000:.1f} ms" if restore_s else "")
        + (" (a copy kept in the trash first)" if args.trash else "")
    )
    if args.pg:
        print(
            f"round trips to the server: delete the tagged one {statistics.median(tagged_rt):.0f}"
            + (f", restore it {statistics.median(restore_rt):.0f}" if restore_rt else "")
        )


if __name__ == "__main__":
    main()
