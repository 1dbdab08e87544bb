"""The desk in the TUI (issue 14): each annotator's layer in the reading view (L shows everyone's,
marked with their name), a colleague's tag arriving from another process, two people editing one
tag, the review screen (accept, reject, undo into the gold set), the desk and agreement screens.
Each test checks what SQLite holds as well as what the screen shows."""

from __future__ import annotations

import subprocess
import sys

from backends import connect
from pilot_helpers import offsets, open_first, settle, tag, until, written

from reader.store import Store
from reader.tui.annotation_panel import AnnotationPanel


def rows(db_path, sql: str, params: tuple = ()) -> list[tuple]:  # type: ignore[no-untyped-def]
    with connect(db_path) as conn:  # SQLite, or the server of tests/tui/test_desk_on_postgres.py
        return conn.execute(sql, params).fetchall()


def panel_lines(screen) -> list[str]:  # type: ignore[no-untyped-def]
    panel = screen.query_one(AnnotationPanel)
    return [panel.prompt_at(i).plain for i in range(len(panel.annotations))]


async def test_your_layer_and_everyone_elses(make_app, seeded: Store, db_path):
    text = seeded.get_article(1).text
    bob = seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="bob")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        assert screen.annotations == []  # bob's tag is his layer
        await tag(pilot, screen, "Douai", "3")  # alice tags the same words: her own tag
        assert rows(db_path, "SELECT annotator FROM annotations WHERE text = 'Douai' ORDER BY id") == [
            ("bob",),
            ("alice",),
        ]
        assert [a.annotator for a in screen.annotations] == ["alice"]
        await pilot.press("T")
        await settle(pilot)
        assert sorted(a.annotator for a in screen.annotations) == ["alice", "bob"]
        lines = panel_lines(screen)
        assert any("[bob]" in line and "Douai" in line for line in lines), lines
        assert not any("[alice]" in line for line in lines)  # your own tags carry no name
        await pilot.press("T")
        await settle(pilot)
        assert [a.id for a in screen.annotations if a.annotator == "bob"] == []
        assert bob.id in {r[0] for r in rows(db_path, "SELECT id FROM annotations")}


async def test_a_colleagues_tag_from_another_process_appears(make_app, seeded: Store, db_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("T")  # everyone's tags
        await settle(pilot)
        done = subprocess.run(
            [sys.executable, "-m", "reader", "--db", str(db_path), "--annotator", "bob", "tag", "1", "Douai",
             "--label", "PLACE", "--nth", "1"],
            capture_output=True,
            text=True,
            timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        await until(pilot, lambda: any(a.annotator == "bob" for a in screen.annotations))
        (theirs,) = [a for a in screen.annotations if a.annotator == "bob"]
        assert rows(db_path, "SELECT annotator, text FROM annotations WHERE id = ?", (theirs.id,)) == [
            ("bob", "Douai")
        ]
        await until(pilot, lambda: any("[bob]" in line for line in panel_lines(screen)))


async def test_two_people_editing_one_tag_is_shown_not_overwritten(make_app, seeded: Store, db_path):
    text = seeded.get_article(1).text
    mine = seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await settle(pilot)
        other = Store(db_path)  # bob, in his own window, gets there first
        try:
            other.update_annotation(mine.id, note="bob's note", annotator="bob")
        finally:
            other.close()
        # alice saves her edit of the tag as her screen still shows it (before it notices bob's)
        screen._update(mine.id, note="alice's note")
        await written(pilot)
        await settle(pilot)
        assert rows(db_path, "SELECT note FROM annotations WHERE id = ?", (mine.id,)) == [("bob's note",)]
        shown = [n.message for n in app._notifications]
        assert any("changed by bob" in str(m) for m in shown), shown
        assert screen.annotation(mine.id).note == "bob's note"  # the screen shows what is stored now


async def test_review_accept_reject_and_undo(make_app, seeded: Store, db_path):
    from reader.tui.review_screen import ReviewScreen

    text = seeded.get_article(1).text
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="bob")
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="carol")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("V")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert [a.annotator for a in review.tags] == ["bob", "carol"]
        await pilot.press("a")  # accept bob's (the first)
        await settle(pilot)
        assert rows(db_path, "SELECT decision, reviewer FROM reviews") == [("accepted", "alice")]
        assert rows(db_path, "SELECT annotator, text FROM annotations WHERE gold = 1") == [("alice", "Douai")]
        assert [a.text for a in review.gold] == ["Douai"]
        await pilot.press("down", "r")  # reject carol's
        await settle(pilot)
        assert rows(db_path, "SELECT decision FROM reviews ORDER BY annotation_id") == [
            ("accepted",),
            ("rejected",),
        ]
        await pilot.press("u", "u")  # both undone: no decision, no gold copy
        await settle(pilot)
        assert rows(db_path, "SELECT count(*) FROM reviews") == [(0,)]
        assert rows(db_path, "SELECT count(*) FROM annotations WHERE gold = 1") == [(0,)]
        assert review.gold == []


async def test_desk_and_agreement_screens(make_app, seeded: Store, db_path):
    from reader.tui.agreement_screen import AgreementScreen
    from reader.tui.desk_screen import DeskScreen
    from reader.tui.reading import ReadingScreen

    text = seeded.get_article(1).text
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="bob")
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="carol")
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai", 1), annotator="carol")
    seeded.assign([1, 2], "bob")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        desk = app.screen
        assert isinstance(desk, DeskScreen)
        bob = next(p for p in desk.people if p.annotator == "bob")
        assert (bob.assigned, bob.started, bob.tags) == (2, 1, 1)
        assert rows(db_path, "SELECT count(*) FROM assignments WHERE annotator = 'bob'") == [(2,)]
        assert [a.article_id for a in desk.articles] == [1, 2]
        await pilot.press("G")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AgreementScreen)
        assert screen.result is not None
        (pair,) = screen.result.pairs
        # bob: 1 Douai; carol: both Douai: exact F1 = 2*1/(1+2)
        assert (pair.a, pair.b, round(pair.exact_f1 or 0, 4)) == ("bob", "carol", round(2 / 3, 4))
        (dis,) = screen.disagreements
        assert dis.said["bob"] == [] and dis.said["carol"][0][0] == "PLACE"
        await pilot.press("enter")  # the highlighted disagreement
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen) and reading.article_id == 1
        assert app.show_everyone  # what the others tagged is on screen
        assert {a.annotator for a in reading.annotations} == {"bob", "carol"}
        assert reading.focused_id == dis.annotation_ids[0]  # opened at the disagreement
        assert rows(db_path, 'SELECT start, "end" FROM annotations WHERE id = ?', (reading.focused_id,)) == [
            (dis.start, dis.end)
        ]


async def test_review_edits_the_gold_copy_not_the_annotators_tag(make_app, seeded: Store, db_path):
    from reader.tui.review_screen import ReviewScreen

    text = seeded.get_article(1).text
    theirs = seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="bob")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("V")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("end", "e")  # the gold tag, last in the list
        await settle(pilot)
        await pilot.press(*"plant site", "enter")
        await settle(pilot)
        assert rows(db_path, "SELECT note FROM annotations WHERE gold = 1") == [("plant site",)]
        assert rows(db_path, "SELECT note FROM annotations WHERE id = ?", (theirs.id,)) == [(None,)]
        assert [a.note for a in review.gold] == ["plant site"]
        await pilot.press("u")  # the edit undone; the gold tag stays
        await settle(pilot)
        assert rows(db_path, "SELECT note FROM annotations WHERE gold = 1") == [(None,)]


async def test_review_highlight_stays_on_its_tag_when_a_colleague_tags_above(
    make_app, seeded: Store, db_path
):
    """Found by h57 (as in the entity index and the claims screen): the review list kept the
    highlighted row by position, so a colleague's tag earlier in the text moved the highlight onto
    another tag, and the next a/r decided that one."""
    from reader.tui.review_screen import ReviewScreen

    text = seeded.get_article(1).text
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="bob")
    carol = seeded.add_annotation(1, "PLACE", *offsets(text, "Douai", 1), annotator="carol")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("V")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        await pilot.press("down")  # carol's
        assert review.current()[1].id == carol.id
        seeded.add_annotation(1, "PLACE", *offsets(text, "Dunkirk"), annotator="dan")  # above both
        review.reload()
        await settle(pilot)
        assert [a.annotator for a in review.tags] == ["dan", "bob", "carol"]
        assert review.current()[1].id == carol.id
        await pilot.press("r")
        await settle(pilot)
        assert rows(db_path, "SELECT annotation_id, decision FROM reviews") == [(carol.id, "rejected")]
