"""How long accepting suggested claims takes (accept all CLAIM in the reading view: accept_many
through a History group): an invented article of CLAIMS claims, each with its claimant and one
quantity inside it (so each claim also stores its QUANTITY tag and the link), on a fresh library
(an SQLite file in a temporary folder, or a schema of its own on --pg URL). Beside it, in the same
run and on the same library, a reference whose code this change leaves alone: the claimants' names
tagged PERSON with Store.add_tags (one transaction). Medians over --repeats; wall time and the
process's CPU time (the machine is shared: CPU time moves less with its load).

    python benchmarks/accept_claims.py [--claims 1000] [--repeats 3] [--pg URL]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from scratch_library import scratch_library

from reader.history import History
from reader.models import CleanResult
from reader.store import Store
from reader.suggest import Suggestion
from reader.suggestions import accept_many

_FIRST = ["Ilka", "Tomasz", "Fenna", "Jördis", "Amadou", "Rosalind", "Keiko", "Brann", "Olek", "Mirela"]
_LAST = ["Wielgosz", "Halvorsen", "Käßbohrer", "Ndiaye", "Quarrington", "Oyelaran", "Vescovi", "Tamsk"]
_THINGS = ["the bridge", "the new quay", "the tram line", "the school roof", "the flood wall"]


def claims_text(n: int, seed: int = 73) -> tuple[str, list[Suggestion], list[tuple[int, int]]]:
    """An article of n claims; their suggestions; the spans of the claimants' names in the text."""
    r = random.Random(seed)
    parts: list[str] = []
    suggestions: list[Suggestion] = []
    names: list[tuple[int, int]] = []
    at = 0
    for i in range(n):
        who = f"{r.choice(_FIRST)} {r.choice(_LAST)}"
        money = f"{r.randint(2, 900)} million euros"
        claim = f"{r.choice(_THINGS).capitalize()} will cost {money} by {2026 + i % 9}"
        sentence = f"{who} said on day {i}: {claim}. "
        start = at + sentence.index(claim)
        quantity = at + sentence.index(money)
        suggestions.append(
            Suggestion(
                "CLAIM",
                start,
                start + len(claim),
                claim,
                claimant=who,
                quantities=((quantity, quantity + len(money)),),
            )
        )
        names.append((at, at + len(who)))
        parts.append(sentence)
        at += len(sentence)
    return "".join(parts), suggestions, names


def _timed(fn) -> tuple[float, float]:  # noqa: ANN001
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--pg", help="a PostgreSQL URL where this role may create schemas")
    args = parser.parse_args()
    text, suggestions, names = claims_text(args.claims)
    accept_s: list[tuple[float, float]] = []
    reference_s: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.repeats):
            with scratch_library(args.pg, Path(tmp)) as where:
                store = Store(where)
                try:
                    aid, ref = (
                        store.add_article(
                            CleanResult(text=text + copy), "raw", f"s{n}{copy}", "text"
                        ).article_id
                        for copy in ("", " ")
                    )
                    history = History(store, None, "bench")

                    def accept() -> None:
                        with history.group("accept all", article_id=aid):  # noqa: B023
                            accept_many(history, aid, suggestions)  # noqa: B023

                    accept_s.append(_timed(accept))
                    reference_s.append(
                        _timed(lambda: store.add_tags(ref, [("PERSON", s, e) for s, e in names]))  # noqa: B023
                    )
                    rows = store.conn.execute(
                        "SELECT (SELECT count(*) FROM annotations WHERE article_id = ?), "
                        "(SELECT count(*) FROM claim_quantities)",
                        (aid,),
                    ).fetchone()
                    assert tuple(rows) == (2 * args.claims, args.claims), rows
                finally:
                    store.close()

    def med(values: list[tuple[float, float]], i: int) -> float:
        return statistics.median(v[i] for v in values)

    backend = "PostgreSQL" if args.pg else "SQLite"
    print(
        f"{backend}: accept {args.claims} claims (+{args.claims} quantities) "
        f"{med(accept_s, 0):.2f} s wall, {med(accept_s, 1):.2f} s CPU | reference: add_tags of "
        f"{len(names)} PERSON {med(reference_s, 0):.2f} s wall, {med(reference_s, 1):.2f} s CPU "
        f"(medians of {args.repeats})"
    )


if __name__ == "__main__":
    main()
