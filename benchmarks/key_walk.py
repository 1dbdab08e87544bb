"""A seeded random keystroke walk through the TUI, checked against SQLite (h97).

    python benchmarks/key_walk.py --seeds 20 --keys 300           # seeds 0..19
    python benchmarks/key_walk.py --seed 7 --keys 300 --verbose   # one seed, every key printed
    python benchmarks/key_walk.py --replay "E space m escape u"   # a key sequence, as given

Each walk imports sample_data/ (plus two small invented articles, and a few tags made before the
app opens, one of them a colleague's) into a fresh SQLite library, opens the app headless and
presses keys drawn from the bindings active on whatever screen is in front (library, reading view,
entity index, claims, page view, dialogs, find bar, ...), from plain letters, digits, Esc, Enter,
Tab, arrows and ctrl keys, and types words into whatever input has the focus. Every K keys (and at
the end) it lets the app settle and checks:

- the app still runs and nothing raised: no exception in the app, no failed worker, no change the
  writer failed with an error that is not a ReaderError (a bug, not a refusal);
- what SQLite holds is whole: every tag's stored quote is its field's text at its offsets, rows
  name articles, labels and entities that exist, the per-article counts match, a claim's
  quantities are tags of its own article;
- the reading view shows exactly the user's tags stored for its article ("saved the moment");
- at the end, Esc (at most 12 times) gets back to the library (no stuck screen);
- then, with the app closed, History.undo() until nothing is left: the library must be back to
  where it started. "Back" means: for every article still in the library, its text and body
  choice, every tag row (all columns, timestamps included), the claims' quantities, evidence,
  reviews, rejected suggestions, set-aside tags, and the entities those tags name (id, label,
  name, aliases) equal what was stored before the app opened. Not compared: article status (`m`
  is not an undo step; an undone first tag puts `new` back only when the status was not changed
  since), articles deleted with `x` (undo forgets them: `reader restore` brings them back), the
  session log (events, sessions), settings (a display name typed in the verdict dialog).

Prints each finding with its seed and the keys that led to it; exit status 1 when any."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SAMPLE_DATA = REPO / "sample_data"
ANNOTATOR = "alice"

# Keys any screen may get, besides its own bindings.
GENERIC = [
    *"abcdefghijklmnopqrstuvwxyz",
    *"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    *"0123456789",
    *"/.,[]{}<>?+-=!'\"",
    "escape", "escape", "enter", "enter", "tab", "shift+tab", "space", "backspace", "delete",
    "up", "down", "left", "right", "home", "end", "pageup", "pagedown",
    "shift+up", "shift+down", "shift+left", "shift+right", "ctrl+shift+left", "ctrl+shift+right",
    "ctrl+left", "ctrl+right", "ctrl+up", "ctrl+down", "alt+up", "alt+down", "ctrl+home", "ctrl+end",
    "f3", "shift+f3", "f1",
    *(f"ctrl+{c}" for c in "abcdefghijklmnopqrstuvwxyz"),  # quitting is counted, not done
]  # fmt: skip
# Typed into a focused input: words of the articles, names, hostile text.
WORDS = [
    "Verkor", "Douai", "Redjimi", "AESC", "Battery", "Kurose", "batteries", "the", "150",
    "https://example.org/x", "é", "Zürich", "[b]x[/b]", "[@click=app.quit]q", "  ", "a", "'",
    "=1+2", "ünïcödé", "Ericka Redjimi", "new entity", "0", "-", "\\", "%", "_",
]  # fmt: skip
# Keys that change what is stored (or select what they change), pressed more often on their screen.
CHANGES = {
    "ReadingScreen": [
        *"123456789", *"123456", "w", "s", "p", "x", "e", "u", "U", "u", "o", "O", "a", "r", "A", "R",
        "g", ".", ",", "n", "N", "h", "j", "k", "l", "H", "J", "K", "L", "m", "M", "P", "ctrl+shift+right",
        "}", "{", "]", "tab",
    ],
    "EntityIndexScreen": ["space", "m", "s", "u", "U", "down", "up", "enter", "tab", "l"],
    "ClaimsScreen": ["a", "v", *"123456", "m", "u", "U", "down", "x", "f", "r", "c"],
    "PageScreen": ["s", "e", "d", "n", "N", "down", "up", "enter"],
    "MetadataScreen": [*"123456789", "tab", "w", "x", "u", "U", "shift+right", "ctrl+shift+right"],
    "OccurrenceReviewDialog": ["space", "+", "-", "down", "enter"],
    "ReviewScreen": ["a", "r", "u", "U", "down", "enter", "space"],
}  # fmt: skip
# Screens to look at and leave: most keys go to the library, the article and their dialogs.
ASIDE = {"HelpScreen", "CommandPalette", "ReaderCommandPalette", "DeskScreen", "AgreementScreen"}


INVENTED = [
    (
        "Harbour board votes",
        "The harbour board of Velmora voted on Tuesday to close the old quay by 2031.\n\n"
        "Board chair Ines Valdric said 240 workers would move to the new terminal.\n\n"
        "Velmora is the second port in the region to close a quay this year.",
    ),
    (
        "Wind farm delayed",
        "A wind farm off Kessel Point is delayed by eight months, the operator Nordvent said.\n\n"
        "Nordvent blamed a shortage of cable ships. Ines Valdric, who chairs the harbour board, "
        "said the delay would cost 12 million euros.",
    ),
]


def make_library(path: Path) -> None:
    """The start of every walk: sample_data/ imported, two invented articles, a few tags."""
    from reader.importing import import_paths
    from reader.models import CleanResult
    from reader.store import Store

    store = Store(path)
    try:
        import_paths(store, sorted(SAMPLE_DATA.iterdir()), workers=1)
        for title, text in INVENTED:
            store.add_article(CleanResult(text=text, title=title, site="example.org"), "raw", None, "text")
        _seed_tags(store)
    finally:
        store.close()


def _seed_tags(store: Any) -> None:
    """Tags made before the walk (the undo check must leave them exactly as they were)."""
    first = store.get_article(1)
    text = first.text

    def span(needle: str, nth: int = 0) -> tuple[int, int]:
        i = -1
        for _ in range(nth + 1):
            i = text.index(needle, i + 1)
        return i, i + len(needle)

    store.add_annotation(1, "ORG", *span("Verkor"), annotator=ANNOTATOR)
    store.add_annotation(1, "PLACE", *span("Douai"), annotator=ANNOTATOR)
    store.add_annotation(1, "PERSON", *span("Ericka Redjimi"), annotator=ANNOTATOR)
    store.add_annotation(1, "ORG", *span("AESC", 1), annotator="bob")  # a colleague's layer
    sentence = next(s for s in text.split("\n") if "said Redjimi" in s)
    start = text.index(sentence)
    claim = store.add_annotation(
        1,
        "CLAIM",
        start,
        start + len(sentence),
        annotator=ANNOTATOR,
        claimant="Ericka Redjimi",
        claim_status="unverified",
    )
    store.add_evidence(claim.id, "https://example.org/source", quote="still here", note="walk seed")


# ---- reading SQLite directly (an independent look at what is stored) ----

_FIELDS = ("body", "title", "byline", "dateline")


def _rows(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sql, args).fetchall()]


def snapshot(path: Path) -> dict[str, Any]:
    """What undo must give back, per article still in the library (see the module's docstring)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        articles = {r[0]: r[1:] for r in _rows(conn, "SELECT id, text, body_choice FROM articles")}
        cols = [r[1] for r in conn.execute("PRAGMA table_info(annotations)")]
        listed = ", ".join(f'"{c}"' for c in cols)
        anns = _rows(conn, f"SELECT {listed} FROM annotations ORDER BY id")
        entity_ids = {r[cols.index("entity_id")] for r in anns} | {
            r[cols.index("claimant_entity_id")] for r in anns
        }
        entities = [
            (e, *row)
            for e in sorted(i for i in entity_ids if i is not None)
            for row in _rows(conn, "SELECT label_id, canonical, created FROM entities WHERE id = ?", (e,))
        ]
        aliases = [
            r
            for e in sorted(i for i in entity_ids if i is not None)
            for r in _rows(
                conn,
                "SELECT entity_id, key, alias FROM entity_aliases WHERE entity_id = ? ORDER BY key",
                (e,),
            )
        ]
        return {
            "articles": articles,
            "annotations": {r[0]: dict(zip(cols, r, strict=True)) for r in anns},
            "claim_quantities": _rows(
                conn, "SELECT claim_id, quantity_id FROM claim_quantities ORDER BY 1, 2"
            ),
            "evidence": _rows(conn, "SELECT * FROM evidence ORDER BY id"),
            "reviews": _rows(conn, "SELECT * FROM reviews ORDER BY annotation_id"),
            "rejected": _rows(conn, "SELECT * FROM rejected_suggestions ORDER BY 1, 2, 3, 4"),
            "set_aside": _rows(conn, "SELECT id, article_id, data FROM set_aside_annotations ORDER BY id"),
            "entities": entities,
            "aliases": aliases,
            "all_entities": [r[0] for r in _rows(conn, "SELECT id FROM entities ORDER BY id")],
        }
    finally:
        conn.close()


def restricted(snap: dict[str, Any], articles: set[int]) -> dict[str, Any]:
    """The snapshot kept to the given articles (those deleted meanwhile are out of undo's reach)."""
    anns = {i: a for i, a in snap["annotations"].items() if a["article_id"] in articles}
    named = {a[k] for a in anns.values() for k in ("entity_id", "claimant_entity_id")} - {None}
    return {
        "articles": {i: v for i, v in snap["articles"].items() if i in articles},
        "annotations": anns,
        "claim_quantities": [r for r in snap["claim_quantities"] if r[0] in anns],
        "evidence": [r for r in snap["evidence"] if r[1] in anns],
        "reviews": [r for r in snap["reviews"] if r[0] in anns],
        "rejected": [r for r in snap["rejected"] if r[0] in articles],
        "set_aside": [r for r in snap["set_aside"] if r[1] in articles],
        "entities": [r for r in snap["entities"] if r[0] in named],
        "aliases": [r for r in snap["aliases"] if r[0] in named],
    }  # all_entities: compared on its own (run_walk)


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What differs between two restricted snapshots, one line each (at most a few per table)."""
    out: list[str] = []
    for table in before:
        b, a = before[table], after[table]
        if b == a:
            continue
        if isinstance(b, dict):
            for key in sorted(set(b) | set(a), key=str):
                if b.get(key) != a.get(key):
                    if key in b and key in a and isinstance(b[key], dict):
                        cols = [c for c in b[key] if b[key][c] != a[key].get(c)]
                        changed = {c: (b[key][c], a[key].get(c)) for c in cols}
                        out.append(f"{table} {key}: {_short(changed)}")
                    else:
                        out.append(f"{table} {key}: {_short(b.get(key))} -> {_short(a.get(key))}")
        else:
            gone = [r for r in b if r not in a]
            new = [r for r in a if r not in b]
            out.append(f"{table}: lost {_short(gone)}, gained {_short(new)}")
    return out


def _short(value: object, width: int = 240) -> str:
    s = repr(value)
    return s if len(s) <= width else s[: width - 1] + "…"


def integrity(path: Path) -> list[str]:
    """What must hold in the library at any moment (between transactions)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    problems: list[str] = []
    try:
        fields = {
            r[0]: dict(zip(_FIELDS, r[1:], strict=True))
            for r in _rows(conn, "SELECT id, text, title, byline, dateline FROM articles")
        }
        labels = {r[0]: r[1] for r in _rows(conn, "SELECT id, kind FROM labels")}
        entities = {r[0]: r[1] for r in _rows(conn, "SELECT id, label_id FROM entities")}
        anns = _rows(
            conn,
            'SELECT id, article_id, label_id, start, "end", text, field, entity_id, claimant_entity_id '
            "FROM annotations",
        )
        by_id = {r[0]: r for r in anns}
        for aid, article, label, start, end, quote, fld, entity, claimant in anns:
            if article not in fields:
                problems.append(f"tag {aid}: article {article} does not exist")
                continue
            if label not in labels:
                problems.append(f"tag {aid}: label {label} does not exist")
            value = fields[article].get(fld) or ""
            if not (0 <= start < end <= len(value)) or value[start:end] != quote:
                problems.append(
                    f"tag {aid}: stored quote {quote!r} is not the {fld} at {start}:{end} ({value[start:end]!r})"
                )
            if entity is not None and entity not in entities:
                problems.append(f"tag {aid}: entity {entity} does not exist")
            if entity is not None and entity in entities and entities[entity] != label:
                problems.append(f"tag {aid}: its entity {entity} has another label")
            if claimant is not None and claimant not in entities:
                problems.append(f"tag {aid}: claimant entity {claimant} does not exist")
        for claim, quantity in _rows(conn, "SELECT claim_id, quantity_id FROM claim_quantities"):
            if claim not in by_id or quantity not in by_id:
                problems.append(f"claim_quantities ({claim}, {quantity}): a tag that does not exist")
            elif by_id[claim][1] != by_id[quantity][1]:
                problems.append(f"claim {claim} holds quantity {quantity} of another article")
        for ev, claim in _rows(conn, "SELECT id, claim_id FROM evidence"):
            if claim not in by_id:
                problems.append(f"evidence {ev}: claim {claim} does not exist")
        for entity_id, _key in _rows(conn, "SELECT entity_id, key FROM entity_aliases"):
            if entity_id not in entities:
                problems.append(f"alias of entity {entity_id}, which does not exist")
        counts = dict(_rows(conn, "SELECT article_id, annotation_count FROM annotation_counts"))
        real = dict(_rows(conn, "SELECT article_id, count(*) FROM annotations GROUP BY article_id"))
        for article in fields:
            if counts.get(article, 0) != real.get(article, 0):
                problems.append(
                    f"article {article}: count {counts.get(article)} but {real.get(article, 0)} tags"
                )
        for sid, article in _rows(conn, "SELECT id, article_id FROM set_aside_annotations"):
            if article not in fields:
                problems.append(f"set-aside tag {sid}: article {article} does not exist")
            if sid in by_id:
                problems.append(f"tag {sid} is both set aside and in the text")
    finally:
        conn.close()
    return problems


# ---- the walk ----


@dataclass
class Walk:
    seed: int
    keys: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    screens: dict[str, int] = field(default_factory=dict)  # keys pressed per screen class
    undone: int = 0
    quits: int = 0  # times the app asked to exit (q, ctrl+q, the palette's Quit): counted, not done
    seconds: float = 0.0

    def find(self, what: str) -> None:
        tail = " ".join(self.keys[-25:])
        self.findings.append(f"seed {self.seed} after {len(self.keys)} keys: {what}\n    last keys: {tail}")


def _focused_input(app: Any) -> bool:
    from textual.widgets import Input, TextArea

    focused = app.focused
    if isinstance(focused, Input):
        return True
    return isinstance(focused, TextArea) and not focused.read_only


def pick(rng: random.Random, app: Any) -> list[str]:
    """One to four keys for whatever is in front now."""
    try:
        bound = list(app.active_bindings)
    except Exception:  # noqa: BLE001 - a screen half built: generic keys only
        bound = []
    from reader.tui.library import LibraryScreen

    name = type(app.screen).__name__
    if rng.random() < (0.3 if name in ASIDE else 0.05):
        return ["escape"]  # leave now and then (a side screen soon), so every screen gets keys
    if isinstance(app.screen, LibraryScreen) and rng.random() < 0.25:
        return ["enter"]  # the reading view is where most keys belong
    if name in CHANGES and rng.random() < 0.5:  # keys that change what is stored, more often
        return [rng.choice(CHANGES[name]) for _ in range(rng.randint(1, 3))]
    roll = rng.random()
    if _focused_input(app) and roll < 0.35:
        word = rng.choice(WORDS)
        typed = ["space" if c == " " else c for c in word]
        return typed + ([rng.choice(["enter", "tab", "down"])] if rng.random() < 0.3 else [])
    if bound and roll < 0.7:
        return [rng.choice(bound) for _ in range(rng.randint(1, 3))]
    return [rng.choice(GENERIC) for _ in range(rng.randint(1, 3))]


async def type_ahead(pilot: Any, keys: list[str]) -> None:
    """Send the keys as a fast typist does: each one as soon as the last was read, without waiting
    for the app to act on it (Pilot.press waits until the app is idle after each key)."""
    import unicodedata

    from textual import events
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    app = pilot.app
    for key in keys:  # as Textual's App._press_keys makes them
        name = _character_to_key(key) if len(key) == 1 and not key.isalnum() else key
        try:
            char: str | None = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(name, name)))
        except KeyError:
            char = name if len(name) == 1 else None
        event = events.Key(name, char)
        event.set_sender(app)
        app._driver.send_message(event)
        await asyncio.sleep(0)
    await pilot.pause()


async def settle(pilot: Any) -> None:
    app = pilot.app
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await app.writer.drain_async(0.01)
    await pilot.pause()


def shown_matches_stored(app: Any, store: Any) -> str | None:
    """The reading view in front shows exactly the tags stored for its article (its layer)."""
    from reader.tui.reading import ReadingScreen

    screen = app.screen
    if not isinstance(screen, ReadingScreen) or screen.article_id is None or screen.blank:
        return None
    try:
        stored = screen.layer_annotations(screen.article_id)
    except Exception:  # noqa: BLE001 - deleted meanwhile: the library shows that
        return None
    mine = {(a.id, a.label, a.start, a.end) for a in stored}
    shown = {(a.id, a.label, a.start, a.end) for a in screen.annotations}
    if mine != shown:
        return f"the reading view shows {sorted(shown - mine)} not stored, misses {sorted(mine - shown)}"
    return None


# How often Textual's wait_for_idle (what Pilot.press and Pilot.pause wait with) looks whether the
# app is idle: every 5 ms instead of its 20 ms, the same test (under 5 % of the time spent on the
# CPU). Pilot.press waits twice per key, so the 20 ms steps were 40 ms or more per key, most of a
# walk's time: the three walks of tests/tui/test_key_walk.py took 32-39 s, 18-19 s so (h104), the
# screens each seed visits and the keys each got the same.
IDLE_STEP = 1 / 200


@contextmanager
def idle_step(step: float) -> Iterator[None]:
    """Textual's idle test run every `step` seconds inside the block (private internals: Textual
    is pinned, and a release that renames them fails here at once, not by a slower walk)."""
    import textual._wait as wait

    old = wait.SLEEP_GRANULARITY, wait.SLEEP_IDLE
    ratio = wait.SLEEP_IDLE / wait.SLEEP_GRANULARITY
    wait.SLEEP_GRANULARITY, wait.SLEEP_IDLE = step, step * ratio
    try:
        yield
    finally:
        wait.SLEEP_GRANULARITY, wait.SLEEP_IDLE = old


async def run_walk(
    path: Path,
    seed: int,
    n_keys: int,
    check_every: int = 50,
    replay: list[str] | None = None,
    verbose: bool = False,
    size: tuple[int, int] = (120, 40),
    typed_ahead: float = 0.5,
) -> Walk:
    """One walk on the library at path (made by make_library); returns what it found."""
    with idle_step(IDLE_STEP):
        return await _run_walk(path, seed, n_keys, check_every, replay, verbose, size, typed_ahead)


async def _run_walk(
    path: Path,
    seed: int,
    n_keys: int,
    check_every: int,
    replay: list[str] | None,
    verbose: bool,
    size: tuple[int, int],
    typed_ahead: float,
) -> Walk:
    from textual.worker import Worker, WorkerState

    from reader.errors import ReaderError
    from reader.store import Store
    from reader.tui.app import ReaderApp
    from reader.tui.library import LibraryScreen
    from reader.tui.writer import WriteFinished

    walk = Walk(seed)
    started = time.monotonic()
    before = snapshot(path)
    rng = random.Random(seed)
    store = Store(path)
    app = ReaderApp(store, ANNOTATOR)
    app.cursor_blink = False
    real_exit = app.exit

    def exit_asked(*args: Any, **kwargs: Any) -> None:
        walk.quits += 1  # the walk goes on; quitting itself is tested in tests/tui

    app.exit = exit_asked  # type: ignore[method-assign]

    def hook(message: Any) -> None:
        if isinstance(message, WriteFinished) and message.error is not None:
            if not issubclass(message.kind, ReaderError):
                walk.find(f"a change failed with a bug: {message.error}")
        elif isinstance(message, Worker.StateChanged) and message.state == WorkerState.ERROR:
            walk.find(f"worker {message.worker.name} failed: {message.worker.error!r}")

    async def check(pilot: Any, where: str) -> bool:
        """False when the app is gone (the walk ends)."""
        if app._exception is not None or not app.is_running:
            return False
        await settle(pilot)
        for problem in integrity(path):
            walk.find(f"{where}: {problem}")
        mismatch = shown_matches_stored(app, store)
        if mismatch:
            walk.find(f"{where}: {mismatch}")
        return True

    try:
        async with app.run_test(size=size, message_hook=hook) as pilot:
            await settle(pilot)
            queue = list(replay) if replay is not None else None
            since_check = 0
            while (len(walk.keys) < n_keys) if queue is None else queue:
                if queue is not None:
                    keys = [queue.pop(0)]
                else:
                    keys = pick(rng, app)[: n_keys - len(walk.keys)]
                name = type(app.screen).__name__
                walk.screens[name] = walk.screens.get(name, 0) + len(keys)
                walk.keys.extend(keys)
                if verbose:
                    print(f"  {name:24} {' '.join(keys)}", flush=True)
                if typed_ahead and (queue is None and rng.random() < typed_ahead):
                    await type_ahead(pilot, keys)
                else:
                    await pilot.press(*keys)
                if app._exception is not None or not app.is_running:
                    break
                since_check += len(keys)
                if since_check >= check_every:
                    since_check = 0
                    if not await check(pilot, "mid-walk"):
                        break
            if app._exception is None and app.is_running:
                await check(pilot, "end of walk")
                for _ in range(12):  # back to the library
                    if isinstance(app.screen, LibraryScreen) and not _focused_input(app):
                        break
                    walk.keys.append("escape")
                    await pilot.press("escape")
                    await settle(pilot)
                else:
                    walk.find(f"stuck: 12 escapes and still on {type(app.screen).__name__}")
                await settle(pilot)
            app.exit = real_exit  # type: ignore[method-assign]
            if app._exception is None and not app.is_running:
                walk.find("the app stopped")
    except Exception as e:  # noqa: BLE001 - what the app raised: a finding, with its traceback
        import traceback

        walk.find("the app raised " + "".join(traceback.format_exception(e)[-6:]).strip())
    if app._exception is not None and not any("raised" in f for f in walk.findings):
        walk.find(f"the app raised {app._exception!r}")
    # Undo everything, on the core (the app is closed): the library must be back where it began.
    try:
        for _ in range(10_000):
            try:
                if app.history.undo() is None:
                    break
                walk.undone += 1
            except ReaderError as e:
                if not app.history.can_undo:
                    break
                walk.find(f"undo refused: {e}")
                break
        for problem in integrity(path):
            walk.find(f"after undoing everything: {problem}")
        after = snapshot(path)
        kept = set(after["articles"])
        for line in differences(restricted(before, kept), restricted(after, kept)):
            walk.find(f"after undoing everything: {line}")
        left = set(after["all_entities"]) - {row[0] for row in restricted(before, kept)["entities"]}
        if left:  # a later tag of its name would join an entity no list shows
            walk.find(f"after undoing everything: entities left that no tag names: {sorted(left)}")
    finally:
        store.close()
    walk.seconds = time.monotonic() - started
    return walk


def size_for(seed: int) -> tuple[int, int]:
    """Every third seed in a small terminal (the narrow and short layouts), the others 120x40."""
    return (80, 24) if seed % 3 == 2 else (120, 40)


def fresh_walk(seed: int, n_keys: int, **kwargs: Any) -> Walk:
    with tempfile.TemporaryDirectory(prefix="key-walk-") as tmp:
        home = Path(tmp)
        for var, sub in (
            ("HOME", "home"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_STATE_HOME", "state"),
        ):
            (home / sub).mkdir()
            os.environ[var] = str(home / sub)
        os.environ["READER_EXPORTS"] = str(home / "exports")
        os.environ.pop("READER_TRASH", None)
        path = home / "reader.db"
        os.environ["READER_DB"] = str(path)
        make_library(path)
        here = os.getcwd()
        os.chdir(home)  # an export path typed as a bare name is written here
        try:
            kwargs.setdefault("size", size_for(seed))
            return asyncio.run(run_walk(path, seed, n_keys, **kwargs))
        finally:
            os.chdir(here)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=10, help="how many seeds (from --first)")
    parser.add_argument("--first", type=int, default=0, help="the first seed")
    parser.add_argument("--seed", type=int, help="one seed only")
    parser.add_argument("--keys", type=int, default=300, help="keys per walk")
    parser.add_argument("--check-every", type=int, default=50, help="check SQLite every K keys")
    parser.add_argument("--replay", help="press these keys (space-separated Textual key names) instead")
    parser.add_argument("--verbose", action="store_true", help="print every key with the screen it went to")
    args = parser.parse_args()
    seeds = [args.seed] if args.seed is not None else list(range(args.first, args.first + args.seeds))
    replay = args.replay.split() if args.replay else None
    total_keys = found = 0
    screens: dict[str, int] = {}
    started = time.monotonic()
    for seed in seeds:
        walk = fresh_walk(seed, args.keys, check_every=args.check_every, replay=replay, verbose=args.verbose)
        total_keys += len(walk.keys)
        for name, n in walk.screens.items():
            screens[name] = screens.get(name, 0) + n
        status = "ok" if not walk.findings else f"{len(walk.findings)} finding(s)"
        print(
            f"seed {seed}: {len(walk.keys)} keys, {walk.undone} undone, {walk.seconds:.1f} s: {status}",
            flush=True,
        )
        for finding in walk.findings:
            print("  " + finding, flush=True)
        found += bool(walk.findings)
    print(
        f"{len(seeds)} seeds, {total_keys} keys in {time.monotonic() - started:.0f} s; "
        f"{found} seed(s) with findings"
    )
    print(
        "keys per screen: " + ", ".join(f"{k} {v}" for k, v in sorted(screens.items(), key=lambda kv: -kv[1]))
    )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
