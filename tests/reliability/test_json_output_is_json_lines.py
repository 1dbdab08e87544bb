"""`--json` means one thing everywhere: JSON Lines, one object per line (one per item of a list;
`show` and `stats` print their one object on one line). Every command with --json is checked."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from reader.cli.main import cli
from reader.models import CleanResult
from reader.store import Store

from .cli_run import reader

TEXT = "Anna Kurose said the plant hired 300 workers in Douai last year. The council agreed on Monday."

# Every command (by its path) that has --json, with the arguments to run it and whether it is
# about one thing (one line) or a list (any number of lines).
RUNS = {
    "list": ((), "list"),
    "search": (("Kurose",), "list"),
    "show": (("1",), "one"),
    "claims": ((), "list"),
    "entities": ((), "list"),
    "evidence list": (("3",), "list"),
    "suggest": (("1",), "list"),
    "stats": ((), "one"),
    "labels": ((), "list"),
    "keys": ((), "list"),
    "clean": (("-",), "list"),
    "agreement": (("--annotators", "alice,bob"), "list"),
    "desk": ((), "list"),
}


def commands_with_json(group: click.Group, prefix: str = "") -> set[str]:
    found = set()
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if any(isinstance(p, click.Option) and "--json" in p.opts for p in command.params):
            found.add(path)
        if isinstance(command, click.Group):
            found |= commands_with_json(command, path + " ")
    return found


def test_every_command_with_json_is_checked() -> None:
    assert commands_with_json(cli) == set(RUNS)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store.add_article(CleanResult(text=TEXT, title="Plant"), TEXT, None, "text")
        store.add_article(CleanResult(text=TEXT + " Again.", title="Plant 2"), TEXT, None, "text")
        store.add_annotation(1, "PERSON", 0, 11, annotator="alice")
        store.add_annotation(1, "PERSON", 0, 4, annotator="bob")
        store.add_annotation(1, "CLAIM", 0, 40, claimant="Anna Kurose")
        store.add_annotation(2, "CLAIM", 0, 40, claimant="Anna Kurose")
        store.add_evidence(3, "https://example.org/plant", quote="300 workers")
    return path


@pytest.mark.parametrize("name", sorted(RUNS))
def test_json_is_json_lines(db: Path, name: str) -> None:
    args, shape = RUNS[name]
    r = reader(db, *name.split(), *args, "--json", input=TEXT * 3)
    assert r.code == 0, r.output
    lines = r.stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(rec, dict) for rec in records), r.stdout
    if shape == "one":
        assert len(lines) == 1, r.stdout
    else:
        assert len(lines) >= 1


def test_lists_give_one_line_per_item(db: Path) -> None:
    assert len(reader(db, "list", "--json").stdout.splitlines()) == 2
    assert len(reader(db, "claims", "--json").stdout.splitlines()) == 2
    accepted = reader(db, "suggest", "2", "--accept", "all", "--json")
    assert accepted.code == 0 and all(json.loads(line)["id"] for line in accepted.stdout.splitlines())
