"""Two processes (and the CLI) tag and edit one database at the same time for a few seconds.

A works as the TUI does (Store + History), B as the CLI does (plain Store calls), and the parent
runs `reader tag` meanwhile when the CLI is installed. No write may be lost and "database is
locked" must never surface: the store retries BEGIN IMMEDIATE with backoff."""

from __future__ import annotations

import re
import sqlite3
import time

from reader.store import Store

from .conftest import add_article, cli_available, complete_lines, run_cli, spawn

DURATION_S = 4.0

WRITER = """
    import random, sys, time
    from reader.errors import InvalidInput
    from reader.store import Store
    db, mode, seed, duration = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    store = Store(db)
    rng = random.Random(seed)
    if mode == "tui":
        from reader.history import History
        history = History(store, store.start_session(mode), mode)
        add = lambda aid, label, s, e: history.add(aid, label, s, e)
        edit = lambda ann_id, note: history.update(ann_id, note=note)
    else:
        add = lambda aid, label, s, e: store.add_annotation(aid, label, s, e, annotator=mode)
        edit = lambda ann_id, note: store.update_annotation(ann_id, annotator=mode, note=note)
    ids = store.article_ids()
    texts = {i: store.get_article(i).text for i in ids}
    mine = []
    deadline = time.monotonic() + duration
    n = 0
    while time.monotonic() < deadline:
        n += 1
        aid = rng.choice(ids)
        s = rng.randrange(0, len(texts[aid]) - 12)
        e = s + rng.randint(1, 10)
        try:
            ann = add(aid, rng.choice(["PERSON", "ORG", "PLACE", "CLAIM"]), s, e)
        except InvalidInput:  # the same label on the same span again: refused, by design
            continue
        print("ADD", ann.id, aid, s, e, flush=True)
        mine.append(ann.id)
        if n % 2 == 0:
            target = rng.choice(mine)
            note = f"{mode} edit {n}"
            edit(target, note)
            print("NOTE", target, note, flush=True)
        if n % 7 == 0:
            store.set_status(aid, rng.choice(["in progress", "done"]))
    print("END", flush=True)
"""


def _parse(lines: list[str], adds: dict, notes: dict) -> int:
    changes = 0
    for line in lines:
        parts = line.split(" ", 2)
        if parts[0] == "ADD":
            ann_id, aid, s, e = map(int, line.split()[1:])
            adds[ann_id] = (aid, s, e)
        elif parts[0] == "NOTE":
            notes[int(parts[1])] = parts[2]
            changes += 1
    return changes


def test_two_processes_and_the_cli_write_at_once_without_loss(tmp_path):
    db = tmp_path / "shared.db"
    with Store(db) as store:
        articles = [add_article(store, i, words=400) for i in range(2)]
        texts = {a: store.get_article(a).text for a in articles}
    a = spawn(WRITER, str(db), "tui", "1", str(DURATION_S))
    b = spawn(WRITER, str(db), "cli", "2", str(DURATION_S))

    cli_tags: dict[int, tuple[int, str]] = {}
    cli_errors: list[str] = []
    if cli_available():
        deadline = time.monotonic() + DURATION_S
        k = 0
        while time.monotonic() < deadline:
            k += 1
            aid = articles[k % 2]
            proc = run_cli(
                "--db",
                str(db),
                "tag",
                str(aid),
                "workers",
                "--label",
                "ORG",
                "--nth",
                str(k),
                "--note",
                f"cli {k}",
            )
            out = proc.stdout + proc.stderr
            if proc.returncode != 0:
                cli_errors.append(out)
                continue
            m = re.search(r"#(\d+)", proc.stdout)
            assert m, out
            cli_tags[int(m.group(1))] = (aid, f"cli {k}")
    outputs = []
    for child in (a, b):
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        assert "locked" not in err.lower() and "Traceback" not in err, err
        outputs.append(complete_lines(out))
        assert outputs[-1][-1] == "END"
    assert not [e for e in cli_errors if "locked" in e.lower() or "busy" in e.lower() or "Traceback" in e], (
        cli_errors
    )
    assert len(cli_errors) <= len(cli_tags), cli_errors  # occasional refusals (e.g. no k-th "workers") only

    adds: dict[int, tuple[int, int, int]] = {}
    notes: dict[int, str] = {}
    changes = sum(_parse(lines, adds, notes) for lines in outputs)
    assert len(adds) > 20, "the writers did too little to test anything"

    conn = sqlite3.connect(str(db))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {
            r[0]: r[1:]
            for r in conn.execute('SELECT id, article_id, start, "end", note, text FROM annotations')
        }
        for ann_id, (aid, s, e) in adds.items():
            assert ann_id in stored, f"annotation {ann_id} lost"
            assert stored[ann_id][:3] == (aid, s, e)
            assert stored[ann_id][3] == notes.get(ann_id), f"note of {ann_id} lost"
            assert stored[ann_id][4] == texts[aid][s:e]
        for ann_id, (aid, note) in cli_tags.items():
            assert stored[ann_id][0] == aid and stored[ann_id][3] == note
            assert stored[ann_id][4] == "workers"
        assert set(stored) == set(adds) | set(cli_tags)
        # Every committed change left exactly one event: nothing half-written, nothing twice.
        added = conn.execute("SELECT count(*) FROM events WHERE action = 'added'").fetchone()[0]
        changed = conn.execute("SELECT count(*) FROM events WHERE action = 'changed'").fetchone()[0]
        assert added == len(adds) + len(cli_tags)
        assert changed == changes
    finally:
        conn.close()


def test_a_long_write_lock_is_waited_for_not_reported(tmp_path):
    """Another program holds the write lock for 1.5 s: a store write waits, then succeeds."""
    db = tmp_path / "held.db"
    with Store(db) as store:
        aid = add_article(store, 0)
    holder = spawn(
        """
        import sqlite3, sys, time
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("HELD", flush=True)
        time.sleep(1.5)
        conn.execute("COMMIT")
        """,
        str(db),
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
    with Store(db) as store:
        t = time.monotonic()
        ann = store.add_annotation(aid, "PERSON", 0, 2)
        waited = time.monotonic() - t
    holder.communicate(timeout=10)
    assert waited >= 1.0
    with Store(db) as store:
        assert store.get_annotation(ann.id).start == 0
