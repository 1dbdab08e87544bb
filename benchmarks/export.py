"""CSV export benchmark: rows/s and peak memory of `reader export`, beside a bare csv.writer.

    python benchmarks/export.py [--n 1000000] [--per-article 1000] [--keep PATH]

Builds a temporary database with N annotations (the seed article copied into N / per-article
articles; one annotation in 20 is a claim linking two quantities; some notes hold commas, quotes and
line breaks), then runs, each in a fresh interpreter so peak memory is its own:
  reader.export  export(store, "csv", file): the real export (sentences, quantities, neutralisation)
  bare csv       a plain SELECT of the same annotations joined to labels and articles, written by
                 csv.writer with no per-row work (the floor)
and prints rows/s and peak resident memory (ru_maxrss), with the interpreter's memory before the
first row, so the growth during the export is visible. Constant memory: the growth does not depend on N.
The database is filled with direct SQL (executemany), not Store.add_annotation, to keep setup short.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SEEDS = REPO.parent / "shared" / "seeds" / "expected.json"


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(db: Path, n: int, per_article: int) -> None:
    from reader.models import CleanResult
    from reader.segments import SentenceBounds, word_spans
    from reader.store.store import Store

    seed = json.loads(SEEDS.read_text("utf-8"))["000_d13f4cea6e1b214d"]
    rng = random.Random(7)
    store = Store(db)
    labels = {lab.name: lab.id for lab in store.labels()}
    entity_labels = [labels[k] for k in ("PERSON", "ORG", "PLACE", "DATE")]
    conn = store.conn
    made = 0
    article_no = 0
    stamp = "2025-12-11T10:00:00+00:00"
    conn.execute("BEGIN")
    while made < n:
        article_no += 1
        text = f"Copy {article_no}.\n\n" + seed["articleBody"]
        clean = CleanResult(
            text=text, title=f"{seed['title']} ({article_no})", site=seed["site"], published=seed["published"]
        )
        conn.execute("COMMIT")
        article_id = store.add_article(clean, "raw", f"https://example.com/{article_no}", "text").article_id
        conn.execute("BEGIN")
        words = word_spans(text)
        sentences = SentenceBounds(text)
        rows, links = [], []
        count = min(per_article, n - made)
        next_id = conn.execute("SELECT coalesce(max(id), 0) FROM annotations").fetchone()[0] + 1

        i = 0
        while i < count:
            if count - i >= 3 and i % 20 == 0:  # a claim over ~25 words with two quantities inside it
                w = rng.randrange(0, len(words) - 30)
                s, e = words[w][0], words[w + 25][1]
                for qs, qe in (words[w + 3], words[w + 12]):
                    rows.append(
                        _row((next_id, article_id, labels["QUANTITY"]), text, sentences, qs, qe, stamp)
                    )
                    next_id += 1
                note = 'Checked, "on the record".\nSecond line' if rng.random() < 0.5 else None
                status = rng.choice(["true", "mostly true", "unverified"])
                rows.append(
                    _row(
                        (next_id, article_id, labels["CLAIM"]),
                        text,
                        sentences,
                        s,
                        e,
                        stamp,
                        note,
                        "Ayumi Kurose",
                        status,
                    )
                )
                links += [(next_id, next_id - 2), (next_id, next_id - 1)]
                next_id += 1
                i += 3
                continue
            w = rng.randrange(0, len(words) - 2)
            s, e = words[w][0], words[w + rng.randrange(0, 2)][1]
            note = "=note, with a comma" if i % 7 == 0 else None
            rows.append(
                _row((next_id, article_id, rng.choice(entity_labels)), text, sentences, s, e, stamp, note)
            )
            next_id += 1
            i += 1
        conn.executemany(
            'INSERT INTO annotations (id, article_id, label_id, start, "end", text, prefix, suffix, sentence, '
            "note, annotator, created, updated, origin, claimant, claim_status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany("INSERT INTO claim_quantities (claim_id, quantity_id) VALUES (?, ?)", links)
        made += count
    conn.execute("COMMIT")
    # Entity tags name entities and claims carry a fact-check (issue 12), as the store keeps them:
    # one entity per label and text, the claimant linked, an explanation for each verdict.
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO entities (label_id, canonical, created) SELECT a.label_id, a.text, ? FROM annotations a "
        "JOIN labels l ON l.id = a.label_id WHERE l.kind = 'entity' GROUP BY a.label_id, a.text",
        (stamp,),
    )
    conn.execute("CREATE INDEX bench_entities_by_name ON entities (label_id, canonical)")
    conn.execute(
        "UPDATE annotations SET entity_id = (SELECT e.id FROM entities e WHERE e.label_id = annotations.label_id "
        "AND e.canonical = annotations.text) WHERE label_id IN (SELECT id FROM labels WHERE kind = 'entity')"
    )
    kurose = conn.execute(
        "INSERT INTO entities (label_id, canonical, created) VALUES (?, 'Ayumi Kurose', ?)",
        (labels["PERSON"], stamp),
    ).lastrowid
    conn.execute(
        "UPDATE annotations SET claimant_entity_id = ?, review_state = 'unreviewed', "
        "explanation = CASE WHEN claim_status != 'unverified' THEN 'Checked with the company, 11 Dec.' END "
        "WHERE label_id = ?",
        (kurose, labels["CLAIM"]),
    )
    conn.execute("DROP INDEX bench_entities_by_name")
    conn.execute("COMMIT")
    store.close()


def _row(ids: tuple, text: str, sentences, s: int, e: int, stamp: str, note=None, claimant=None, status=None):  # noqa: ANN001, ANN201
    """One annotations row: ids is (id, article_id, label_id)."""
    from reader.anchor import context

    pre, suf = context(text, s, e)
    return (*ids, s, e, text[s:e], pre, suf, sentences.sentence(s, e), note, "bench", stamp, stamp, "manual",
            claimant, status)  # fmt: skip


def run_reader(db: Path, out: Path, workers: int | None = None) -> dict:
    """reader's CSV export as `reader export` runs it (worker processes on a large export), or in this
    process only with workers=1. rss_workers_peak is the largest worker's peak."""
    from reader.export.csv_format import write_csv
    from reader.store.store import Store

    store = Store(db)
    before = _maxrss_mb()
    t = time.perf_counter()
    with open(out, "w", encoding="utf-8", newline="") as f:
        rows = write_csv(store, f, workers=workers)
    seconds = time.perf_counter() - t
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "rows": rows,
        "seconds": seconds,
        "rss_before": before,
        "rss_peak": _maxrss_mb(),
        "rss_workers_peak": workers_peak,
    }


def run_reader_serial(db: Path, out: Path) -> dict:
    return run_reader(db, out, workers=1)


def run_bare(db: Path, out: Path) -> dict:
    import sqlite3

    conn = sqlite3.connect(str(db))
    before = _maxrss_mb()
    t = time.perf_counter()
    cur = conn.execute(
        """SELECT a.id, a.article_id, ar.title, ar.site, ar.published, l.name, l.kind, a.text, a.start, a."end",
                  a.note, a.annotator, a.created, a.updated, a.claimant, a.claim_status
           FROM annotations a JOIN labels l ON l.id = a.label_id JOIN articles ar ON ar.id = a.article_id
           ORDER BY a.article_id, a.start, a."end", a.id"""
    )
    rows = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([d[0] for d in cur.description])
        while batch := cur.fetchmany(1000):
            writer.writerows(batch)
            rows += len(batch)
    return {"rows": rows, "seconds": time.perf_counter() - t, "rss_before": before, "rss_peak": _maxrss_mb()}


def child(phase: str, db: Path, out: Path) -> dict:
    cmd = [sys.executable, __file__, "--phase", phase, "--db", str(db), "--out", str(out)]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="annotations to generate")
    parser.add_argument("--per-article", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the generated database at this path")
    parser.add_argument("--phase", choices=("reader", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        result = (run_reader if args.phase == "reader" else run_bare)(args.db, args.out)
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "bench.db"
        if not db.exists():
            t = time.perf_counter()
            build(db, args.n, args.per_article)
            print(
                f"built {args.n:,} annotations in {time.perf_counter() - t:.1f} s ({db.stat().st_size / 1e6:.0f} MB)"
            )
        print(
            f"{'method':<16}{'rows':>12}{'seconds':>10}{'rows/s':>12}{'RSS start MB':>14}{'RSS peak MB':>13}{'growth MB':>11}{'file MB':>9}"
        )
        for phase, name in (("reader", "reader.export"), ("bare", "bare csv")):
            out = Path(tmp) / f"{phase}.csv"
            r = child(phase, db, out)
            print(
                f"{name:<16}{r['rows']:>12,}{r['seconds']:>10.1f}{r['rows'] / r['seconds']:>12,.0f}"
                f"{r['rss_before']:>14.1f}{r['rss_peak']:>13.1f}{r['rss_peak'] - r['rss_before']:>11.1f}"
                f"{out.stat().st_size / 1e6:>9.0f}"
            )
            out.unlink()


if __name__ == "__main__":
    main()
