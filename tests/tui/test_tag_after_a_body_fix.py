"""A colleague's body fix lands (another program, the same library) while the article is open, and a
tag is made before the screen has reloaded: the tag goes on its words in the new text, or is refused,
and the screen shows the new text with one line saying what happened. Never the old offsets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pilot_helpers import open_first, select_words, settle, until

from reader.anchor import reanchor
from reader.store import Store

NOTE = "Editor's note: this story was updated on Friday.\n\n"


def _fix_body(db_path: Path, article_id: int, change) -> str:  # noqa: ANN001
    """What `reader body` or the page view's fix does, from another program: a new text, every tag
    moved with it (or set aside). Returns the new text."""
    with Store(db_path) as other:
        old = other.get_article(article_id).text
        new = change(old)
        placements, aside = {}, []
        for a in other.annotations(article_id):
            span = reanchor(new, a.text, a.prefix, a.suffix, a.start)
            if span is None:
                aside.append(a.id)
            else:
                placements[a.id] = span
        other.replace_body(
            article_id,
            new,
            body_choice=None,
            confidence=1.0,
            reason=None,
            placements=placements,
            set_aside=aside,
            expect_text=old,
            changed_by="bob",
        )
    return new


def _rows(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(
            'SELECT a.start, a."end", a.text, ar.text FROM annotations a JOIN articles ar ON ar.id = a.article_id '
            "WHERE a.article_id = 1"
        ).fetchall()


async def test_a_tag_typed_just_after_a_body_fix_lands_on_its_words(make_app, seeded: Store, db_path: Path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        old = reading.text
        await select_words(pilot, reading, "Dunkirk")
        new = _fix_body(db_path, 1, lambda text: NOTE + text)
        assert reading.text == old  # the screen has not heard of it yet
        await pilot.press("3")  # PLACE
        await settle(pilot)
        [(start, end, quote, stored_text)] = _rows(db_path)
        assert stored_text == new
        assert quote == "Dunkirk" == new[start:end]
        assert start == new.index("Dunkirk")
        await until(pilot, lambda: reading.text == new)
        said = [str(n.message) for n in app._notifications]
        assert any("text was changed by bob meanwhile" in m and "placed" in m for m in said), said
        assert [(a.start, a.text) for a in reading.annotations] == [(start, "Dunkirk")]


async def test_a_tag_whose_words_the_fix_took_out_is_refused_in_one_line(
    make_app, seeded: Store, db_path: Path
):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        old = reading.text
        await select_words(pilot, reading, "Dunkirk")
        paragraphs = old.split("\n\n")
        gone = next(p for p in paragraphs if "Dunkirk" in p)
        new = _fix_body(db_path, 1, lambda text: text.replace(gone + "\n\n", "").replace("\n\n" + gone, ""))
        assert "Dunkirk" not in new
        await pilot.press("3")
        await settle(pilot)
        assert _rows(db_path) == []
        await until(pilot, lambda: reading.text == new)
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
        assert any("Dunkirk" in m and "by bob" in m and "not tagged" in m for m in errors), errors
        assert all("\n" not in m for m in errors)
