"""`reader delete ID...`: a junk import (a cookie wall, a duplicate, the wrong link) leaves the
library, tags and claims too (a copy goes to the trash first, and the last line names the
`reader restore FILE` that brings it back); --force is still taken; an unknown id removes nothing."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.models import CleanResult
from reader.store import Store

COOKIES = "Nous utilisons des cookies. Acceptez pour lire Léa Dumarchand."
BRIDGE = "Die neue Brücke in Velmsdorf wurde am Montag eröffnet, sagte Hanne Osterkamp."


@pytest.fixture
def library(db_url):
    store = Store(db_url)
    ids = [
        store.add_article(CleanResult(text=t, title=title), raw=t, source="x", fmt="text").article_id
        for t, title in ((COOKIES, "Cookies [bold]!"), (BRIDGE, "Brücke eröffnet"), (COOKIES + " 2", None))
    ]
    start = BRIDGE.index("Hanne Osterkamp")
    store.add_annotation(ids[1], "PERSON", start, start + len("Hanne Osterkamp"))
    store.add_annotation(ids[1], "CLAIM", 0, BRIDGE.index(","))
    yield store, ids
    store.close()


def _run(*args: object):
    return CliRunner().invoke(cli, ["delete", *map(str, args)])


def _deleted(result) -> list[str]:  # noqa: ANN001
    """The lines naming what went; the last says where the copy is (tests/test_delete_restore.py)."""
    *lines, last = result.stdout.splitlines()
    assert last.startswith("a copy is in the trash: `reader restore "), last
    return lines


def _ids(store: Store) -> list[int]:
    return store.article_ids()


def test_delete_an_untagged_article(library):
    store, (cookies, bridge, dup) = library
    result = _run(cookies)
    assert result.exit_code == 0, result.output
    assert _deleted(result) == [f"deleted article {cookies}: Cookies [bold]!"]
    assert sorted(_ids(store)) == [bridge, dup]


def test_several_ids_and_an_untitled_one(library):
    store, (cookies, bridge, dup) = library
    result = _run(cookies, dup)
    assert result.exit_code == 0, result.output
    assert _deleted(result) == [
        f"deleted article {cookies}: Cookies [bold]!",
        f"deleted article {dup}: (untitled)",
    ]
    assert _ids(store) == [bridge]


def test_a_tagged_article_is_deleted_and_the_last_line_says_how_to_undo_it(library, tmp_path, monkeypatch):
    store, (cookies, bridge, dup) = library
    monkeypatch.setenv("READER_TRASH", str(tmp_path / "poubelle"))
    result = _run(cookies, bridge)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert _deleted(result) == [
        f"deleted article {cookies}: Cookies [bold]!",
        f"deleted article {bridge}: Brücke eröffnet (1 tag, 1 claim)",
    ]
    [copy] = (tmp_path / "poubelle").iterdir()
    assert (
        result.stdout.splitlines()[-1] == f"a copy is in the trash: `reader restore {copy}` brings them back"
    )
    assert _ids(store) == [dup]
    assert store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0


def test_force_is_still_taken(library):
    store, (cookies, bridge, dup) = library
    result = _run("--force", bridge)
    assert result.exit_code == 0, result.output
    assert _deleted(result) == [f"deleted article {bridge}: Brücke eröffnet (1 tag, 1 claim)"]
    assert sorted(_ids(store)) == [cookies, dup]
    assert store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0


def test_unknown_id_removes_nothing(library):
    store, (cookies, bridge, dup) = library
    result = _run(cookies, 999)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["reader: error: no article with id 999 (nothing was deleted)"]
    assert sorted(_ids(store)) == [cookies, bridge, dup]


def test_no_id_is_a_usage_error():
    result = _run()
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_no_home_folder_still_names_the_trash_file(library, monkeypatch):
    """A container run as a user with no home folder (no HOME, no passwd entry): the delete said
    nothing after deleting, a RuntimeError traceback in place of the one command that brings the
    article back. The file is named by its full path."""
    from pathlib import Path

    _, ids = library

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    result = _run(ids[0])
    assert result.exit_code == 0, result.output
    last = result.stdout.splitlines()[-1]
    assert last.startswith("a copy is in the trash: `reader restore /"), last
