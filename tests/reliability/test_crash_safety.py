"""SIGKILL at random points: an importer and a tagger are killed mid-work, again and again, on one
database. Afterwards the file is intact and everything a process reported as saved is there.

A child prints a line only AFTER the store call returned (the write is committed by then), and
flushes it: a line the parent reads is a promise the database must keep."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import threading
import time

from reader.store import Store

from .conftest import add_article, complete_lines, page_dump, spawn

IMPORTER = """
    import sys
    from pathlib import Path
    from reader.errors import InvalidInput
    from reader.store import Store
    store = Store(sys.argv[1])
    files = sorted(Path(sys.argv[2]).glob("*.txt"))
    try:
        from reader.importing.pipeline import import_paths
    except ImportError:  # the pipeline has not landed: clean and store as it does
        import_paths = None
        from reader.clean import clean
    for p in files:
        if import_paths is not None:
            report = import_paths(store, [str(p)])
            ids = report.imported + [aid for _, aid in report.duplicates]
        else:
            raw = p.read_text("utf-8")
            ids = [store.add_article(clean(raw, "text"), raw, str(p), "text").article_id]
        for aid in ids:
            print("A", aid, p.name, flush=True)
"""

TAGGER = """
    import random, sys
    from reader.history import History
    from reader.errors import InvalidInput
    from reader.store import Store
    store = Store(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    history = History(store, store.start_session("crash"), "crash")
    ids = store.article_ids()[:3]
    texts = {i: store.get_article(i).text for i in ids}
    labels = ["PERSON", "ORG", "PLACE", "QUANTITY", "CLAIM"]
    while True:
        aid = rng.choice(ids)
        start = rng.randrange(0, len(texts[aid]) - 12)
        end = start + rng.randint(1, 10)
        try:
            ann = history.add(aid, rng.choice(labels), start, end)
        except InvalidInput:  # the same label on the same span again: refused, by design
            continue
        print("T", ann.id, aid, start, end, flush=True)
        if rng.random() < 0.25:
            history.update(ann.id, note=f"note {ann.id}")
            print("N", ann.id, flush=True)
"""


class Child:
    """A child process whose stdout is read by a thread, so the parent can kill it at any moment."""

    def __init__(self, code: str, *args: str) -> None:
        self.proc = spawn(code, *args)
        self.chunks: list[str] = []
        self.started = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while True:
            chunk = self.proc.stdout.read(1)
            if not chunk:
                break
            self.chunks.append(chunk)
            self.started.set()
            rest = self.proc.stdout.readline()
            self.chunks.append(rest)

    def kill(self) -> list[str]:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.thread.join(timeout=10)
        err = self.proc.stderr.read() if self.proc.stderr else ""
        self.proc.stderr and self.proc.stderr.close()
        self.proc.stdout and self.proc.stdout.close()
        assert "Traceback" not in err, err
        return complete_lines("".join(self.chunks))


def check_database(
    db, imported: dict[int, str], tagged: dict[int, tuple[int, int, int]], noted: set[int]
) -> None:
    conn = sqlite3.connect(str(db))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        for aid, name in imported.items():
            row = conn.execute("SELECT source FROM articles WHERE id = ?", (aid,)).fetchone()
            assert row is not None, f"article {aid} ({name}) was reported imported but is missing"
            assert row[0].endswith(name)
        for ann_id, (aid, start, end) in tagged.items():
            row = conn.execute(
                'SELECT article_id, start, "end", note FROM annotations WHERE id = ?', (ann_id,)
            ).fetchone()
            assert row is not None, f"annotation {ann_id} was reported saved but is missing"
            assert row[:3] == (aid, start, end)
            if ann_id in noted:
                assert row[3] == f"note {ann_id}"
        # The trigger-maintained counts agree with the rows after every crash.
        bad = conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN annotation_counts c ON c.article_id = a.id "
            "WHERE c.annotation_count IS NOT (SELECT count(*) FROM annotations n WHERE n.article_id = a.id)"
        ).fetchall()
        assert bad == []
    finally:
        conn.close()


def test_sigkill_during_import_and_tagging_loses_nothing_reported(tmp_path):
    seed = int(os.environ.get("RELIABILITY_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    db = tmp_path / "crash.db"
    with Store(db) as store:
        for i in range(3):
            add_article(store, i, words=300)
    imported: dict[int, str] = {}
    tagged: dict[int, tuple[int, int, int]] = {}
    noted: set[int] = set()
    rounds = 4
    for r in range(rounds):
        folder = tmp_path / f"batch{r}"
        folder.mkdir()
        for i in range(800):
            (folder / f"page{r}-{i:03d}.txt").write_text(page_dump(1000 * (r + 1) + i), "utf-8")
        importer = Child(IMPORTER, str(db), str(folder))
        tagger = Child(TAGGER, str(db), str(seed + r))
        for child in (importer, tagger):
            assert child.started.wait(20), f"child never reported a write (seed {seed})"
        # Kill each at its own random moment once it is writing.
        order = [importer, tagger]
        rng.shuffle(order)
        results = {}
        for child in order:
            time.sleep(rng.uniform(0.0, 0.6))
            results[id(child)] = child.kill()
        for line in results[id(importer)]:
            _, aid, name = line.split(" ", 2)
            imported[int(aid)] = name
        for line in results[id(tagger)]:
            parts = line.split()
            if parts[0] == "T":
                tagged[int(parts[1])] = (int(parts[2]), int(parts[3]), int(parts[4]))
            else:
                noted.add(int(parts[1]))
        check_database(db, imported, tagged, noted)
    print(f"seed {seed}: {len(imported)} articles, {len(tagged)} annotations reported saved")
    assert imported and tagged, f"nothing was reported saved (seed {seed})"
    # The store opens the crashed file normally and sees the same data.
    with Store(db) as store:
        assert store.integrity_check() == "ok"
        for ann_id, (aid, start, end) in list(tagged.items())[:50]:
            ann = store.get_annotation(ann_id)
            assert (ann.article_id, ann.start, ann.end) == (aid, start, end)
