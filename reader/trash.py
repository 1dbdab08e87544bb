"""Deleting an article keeps it: before its rows go, the article is written whole to a file in the
library's trash folder (reader.locations.trash_dir), and `reader restore FILE` brings it back.

The file is a JSONL export (one line per article: text, metadata, tags with their claims, evidence,
verdicts, notes, entities; the gold set's tags marked gold) with one more key, "row": the page as
stored (raw) and what the export does not carry (format, status, import time, confidence, the
journalist's body choice, assignments, rejected suggestions, the reviewer's decisions, the session
log).
`reader import-annotations FILE` reads it as any JSONL export; restore first puts the article's row
back, so the text and the page are the ones deleted, then imports the tags onto it and puts the
reviewer's decisions back on them. Nothing is removed from the trash by reader:
the journalist empties it (README)."""

from __future__ import annotations

import contextlib
import json
import os
import shlex
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reader.errors import EditConflict, InvalidInput
from reader.export.filters import ExportFilters
from reader.locations import trash_dir
from reader.models import ARTICLE_STATUSES
from reader.normalize import json_dumps
from reader.store.store import Store, now


def library_trash(store: Store) -> Path:
    """The trash folder of this library."""
    return trash_dir(store.path)


def restore_command(path: Path) -> str:
    """The one command that brings a trash file back, quoted for a shell (a path in the home folder
    written ~/..., shorter to read and still expanded by the shell)."""
    try:
        home: Path | None = Path.home()
    except RuntimeError:  # no home folder (a container's user without one): the full path
        home = None
    if home is not None and path.is_relative_to(home) and path != home:
        return f"reader restore ~/{shlex.quote(str(path.relative_to(home)))}"
    return f"reader restore {shlex.quote(str(path))}"


def _file_name(article_ids: list[int]) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    what = f"article-{article_ids[0]}"
    if len(article_ids) > 1:
        what = f"articles-{article_ids[0]}-and-{len(article_ids) - 1}-more"
    return f"{stamp}-{what}"


def trash_lines(store: Store, article_ids: list[int]) -> list[str]:
    """Each article as one JSONL line: the export's line, the gold set's tags too, and its row."""
    from reader.export.filters import iter_articles
    from reader.export.jsonl_format import article_line

    lines = []
    for article_id in article_ids:
        ids = (article_id,)
        [(article, rows)] = list(iter_articles(store, ExportFilters(article_ids=ids)))
        [(_, gold)] = list(iter_articles(store, ExportFilters(article_ids=ids, gold=True)))
        line = article_line(store, article, rows + gold)
        line["row"] = {**store.article_row(article_id), "deleted_at": now()}
        lines.append(json_dumps(line) + "\n")
    return lines


def write_trash(store: Store, article_ids: list[int]) -> Path:
    """Write the articles to a new file in the trash folder, whole or not at all."""
    folder = library_trash(store)
    lines = trash_lines(store, article_ids)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        base = _file_name(article_ids)
        path, n = folder / f"{base}.jsonl", 1
        while path.exists():
            n += 1
            path = folder / f"{base}-{n}.jsonl"
        partial = folder / f".{path.name}.{os.getpid()}.partial"
        try:
            with open(partial, "w", encoding="utf-8", newline="") as f:
                f.writelines(lines)
                f.flush()
                os.fsync(f.fileno())
            os.replace(partial, path)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
    except OSError as e:
        raise InvalidInput(
            f"cannot keep a copy in the trash folder {folder}: {e.strerror or e} (nothing was deleted)"
        ) from None
    return path


def delete_to_trash(store: Store, article_ids: list[int]) -> tuple[Path, list[tuple[int, str | None]]]:
    """Write the articles to the trash, then delete them: (the trash file, (id, title) of each).
    A change to one of them between the two (a colleague's tag) deletes nothing."""
    ids = list(dict.fromkeys(int(i) for i in article_ids))
    before = store.article_fingerprints(ids)
    path = write_trash(store, ids)
    try:
        deleted = store.delete_articles(ids, expected=before)
    except EditConflict:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    except BaseException:
        if not all(store.find_by_hash(h) for h, *_ in before.values()):
            raise  # some went after all: keep the copy
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return path, deleted


@dataclass
class Restored:
    exported_id: int
    article_id: int
    title: str | None
    new: bool  # False: the library had the text again (imported meanwhile): tags went onto it


@dataclass
class RestoreReport:
    articles: list[Restored] = field(default_factory=list)
    tags: Any = None  # reader.export.importers.ImportReport


def restore(store: Store, path: Path) -> RestoreReport:
    """Put back the articles of a trash file (or of any JSONL export whose lines carry "row"), then
    their tags, all in one transaction (Store.batch): one commit however many tags (500 tags, one
    transaction each, took 3.2 s on PostgreSQL), and a restore that fails halfway leaves nothing.
    A line without a row (an ordinary export) only has its tags imported."""
    if not path.is_file():
        raise InvalidInput(f"no such file: {path}")
    with store.batch():
        return _restore(store, path)


def _restore(store: Store, path: Path) -> RestoreReport:
    from reader.export.importers import import_annotations

    report = RestoreReport()
    statuses: dict[int, str] = {}
    reviews: list[tuple[int, dict]] = []  # (restored article id, decision with exported ids)
    logs: list[tuple[int, list]] = []  # (restored article id, its session log with exported ids)
    # Every line read and checked first: a file cut short or badly edited restores nothing (put
    # back bare, the articles above it could not get their status and reviews back later).
    for n, data, row, text in _trash_lines(path):
        exported = data.get("id") if isinstance(data.get("id"), int) else None
        try:
            article_id, new = store.restore_article_row(exported, text, row)
        except InvalidInput as e:
            raise InvalidInput(
                f"{path} line {n}: {e} (nothing was restored: the restore is one transaction)"
            ) from None
        title = data.get("title")
        report.articles.append(
            Restored(exported or 0, article_id, title if isinstance(title, str) else None, new)
        )
        if new and row.get("status"):
            statuses[article_id] = row["status"]
        if new:
            reviews += [(article_id, r) for r in row["reviews"]]
        if new and row["events"]:
            logs.append((article_id, row["events"]))
    report.tags = import_annotations(store, path, "jsonl")
    placed = report.tags.placed
    decisions = []
    for article_id, r in reviews:  # the reviewer's decisions, on the tags' new ids
        tag = placed.get((article_id, str(r.get("annotation_id"))))
        gold = placed.get((article_id, str(r.get("gold_id")))) if r.get("gold_id") is not None else None
        if (
            tag is not None
            and r.get("decision") in ("accepted", "rejected")
            and (gold or r["decision"] == "rejected")
        ):
            decisions.append((tag, r["decision"], gold, r.get("reviewer"), r.get("at") or now()))
    store.put_reviews(decisions)
    for article_id, events in logs:  # the session log, on the tags' new ids
        tag_ids = {key: tag for (aid, key), tag in placed.items() if aid == article_id}
        store.put_events(article_id, events, tag_ids)
    for article_id, status in statuses.items():  # tagging made a new article "in progress"
        if status in ARTICLE_STATUSES:
            store.set_status(article_id, status)
    return report


def _trash_lines(path: Path) -> list[tuple[int, dict, dict, str]]:
    """(line number, the line, its row, its text) of each line that carries a deleted article's row,
    the row's lists made lists of objects (a hand edit); InvalidInput for a line that cannot be
    read or restored, before anything is."""
    out = []
    try:
        with open(path, encoding="utf-8-sig") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                except ValueError:
                    raise InvalidInput(
                        f"{path} line {n} is not JSON: not a trash file or a JSONL export (nothing was restored)"
                    ) from None
                row, text = data.get("row") if isinstance(data, dict) else None, data.get("text")
                if not isinstance(row, dict) or not isinstance(text, str):
                    continue
                if not isinstance(row.get("raw"), str) or not text.strip():
                    raise InvalidInput(f"{path} line {n}: no page or text to restore (nothing was restored)")
                for key in ("assignments", "rejected_suggestions", "reviews", "events"):
                    items = row.get(key)
                    row[key] = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
                out.append((n, data, row, text))
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidInput(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from None
    return out
