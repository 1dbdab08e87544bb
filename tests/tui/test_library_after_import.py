"""`reader PATH` opens the library on the article it just imported (found by a journalist's
session, h103: the highlight stayed on the first row, the oldest article, and the new one was at
the end of the list). Several: the first of them as listed; a duplicate only: the article it is."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from pilot_helpers import screen_lines, settle

import reader.tui.app as tui_app
from reader.cli.main import cli
from reader.store import Store
from reader.tui.article_list import ArticleList

PAGE = "{who} met the harbour board in Saint-Malo on Tuesday.\n\nThe board agreed to {what}.\n"


def page(folder: Path, name: str, who: str, what: str) -> Path:
    path = folder / name
    path.write_text(PAGE.format(who=who, what=what), encoding="utf-8")
    return path


def opened_with(monkeypatch, db: Path, *paths: Path) -> dict:  # type: ignore[no-untyped-def]
    calls: list[dict] = []
    monkeypatch.setattr(tui_app, "run_app", lambda *args, **kw: calls.append(kw))
    result = CliRunner().invoke(cli, ["--db", str(db), *map(str, paths)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (kw,) = calls
    return kw


def test_reader_path_names_the_articles_it_imported(tmp_path: Path, monkeypatch, seeded: Store):
    db = Path(seeded.path)
    new1 = page(tmp_path, "a.txt", "Maëlle Ruaux", "dredge the outer basin")
    new2 = page(tmp_path, "b.txt", "Tanguy Le Cam", "close the ferry ramp")
    kw = opened_with(monkeypatch, db, new1, new2)
    assert kw["highlight"] == [4, 5]
    # the same page again: a duplicate, the article already stored
    kw = opened_with(monkeypatch, db, new2)
    assert kw["highlight"] == [5]


async def test_the_library_opens_on_the_first_article_imported(make_app, seeded: Store):
    from reader.models import CleanResult

    for who in ("Maëlle Ruaux", "Tanguy Le Cam"):
        text = PAGE.format(who=who, what="dredge")
        seeded.add_article(CleanResult(text=text, title=f"Board meets {who}"), text, f"{who}.txt", "text")
    app = make_app(highlight=[5, 4])  # as the import reported them: the first as listed wins
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(ArticleList)
        assert lst.current_id == 4
        lines = screen_lines(app)
        assert any("4/5" in line for line in lines)
        # the highlight is then the journalist's: a reload keeps it where they move it
        await pilot.press("up")
        app.screen.reload()
        await settle(pilot)
        assert lst.current_id == 3
