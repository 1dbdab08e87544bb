"""The original page in the reading view (P): the article region marked, the body fixed with s / e /
d / enter through the same core as `reader body`, tags moved in SQLite, and one undo restoring them."""

from __future__ import annotations

import sqlite3

from pilot_helpers import settle

from reader.models import CleanResult
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.page_view import PageLines, PageScreen
from reader.tui.reading import ReadingScreen
from reader.tui.status_bar import StatusBar

P1 = "Rotterdam will close its oldest container terminal in 2027, the port authority said on Thursday."
P2 = "The terminal handled 1.2 million containers last year, a third fewer than a decade ago."
RELATED = "Related: Antwerp port strike ends after two weeks"
P3 = "Dock workers' unions said they would negotiate new jobs for the 400 staff at the site."
P4 = "The authority plans to turn the land into a wind-turbine assembly yard by 2030."
HOSTILE = "Most read: \x1b[2J[bold]Ten things[/bold] to do this weekend"
PAGE = "\n\n".join(
    [
        "Home | News | Sport",
        "Accept cookies to read on",
        P1,
        P2,
        RELATED,
        P3,
        P4,
        HOSTILE,
        "© 2024 Harbour Times",
    ]
)
CLEANED = "\n\n".join(["Accept cookies to read on", P1, P2, RELATED, P3])


def spans(db_path, aid: int) -> dict[int, tuple[int, int, str]]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute('SELECT id, start, "end", text FROM annotations WHERE article_id = ?', (aid,))
        return {r[0]: (r[1], r[2], r[3]) for r in rows}


def stored_text(db_path, aid: int) -> str:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]


async def test_fix_the_body_in_the_page_view_then_undo(store: Store, db_path):
    aid = store.add_article(
        CleanResult(text=CLEANED, title="Port"), PAGE, "/news/port.txt", "text"
    ).article_id
    place = store.add_annotation(aid, "PLACE", CLEANED.index("Rotterdam"), CLEANED.index("Rotterdam") + 9).id
    qty = store.add_annotation(aid, "QUANTITY", CLEANED.index("400 staff"), CLEANED.index("400 staff") + 9).id
    antwerp = store.add_annotation(aid, "PLACE", CLEANED.index("Antwerp"), CLEANED.index("Antwerp") + 7).id
    before = spans(db_path, aid)
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        await pilot.press("P")
        await settle(pilot)
        page = app.screen
        assert isinstance(page, PageScreen)
        lines = page.query_one(PageLines)
        texts = [p.text for p in lines.paras]
        # the current article is marked: from the cookie line to P3, nothing dropped
        assert (lines.marks.start, lines.marks.end) == (
            texts.index("Accept cookies to read on"),
            texts.index(P3),
        )
        # hostile page text is drawn as plain text: no escape character, no markup parsed
        drawn = [lines.render_line(y).text for y in range(lines.size.height)]
        assert not any("\x1b" in row for row in drawn)
        assert any("[bold]Ten things[/bold]" in row for row in drawn)
        # start at P1, end at P4, drop the related link
        await pilot.press("home", "down", "down", "s")
        assert lines.cursor == texts.index(P1)
        await pilot.press("down", "down", "d", "down", "down", "e", "enter")
        await settle(pilot)
        assert app.screen is reading
        new = stored_text(db_path, aid)
        assert new == "\n\n".join([P1, P2, P3, P4])
        after = spans(db_path, aid)
        assert set(after) == {place, qty}
        assert after[place][:2] == (0, 9) and new[after[qty][0] : after[qty][1]] == "400 staff"
        assert after[qty] != before[qty]  # moved
        assert [a.id for a in store.set_aside_annotations(aid)] == [antwerp]
        assert reading.view.text == new  # the reading view shows the new text
        assert any("set aside" in n.message and "Antwerp" in n.message for n in app._notifications)
        await pilot.press("u")
        await settle(pilot)
        assert stored_text(db_path, aid) == CLEANED
        assert spans(db_path, aid) == before
        assert store.set_aside_annotations(aid) == []
        assert reading.view.text == CLEANED


async def test_a_second_fix_in_the_page_view_brings_a_set_aside_tag_back(store: Store, db_path):
    """A fix that drops the related block sets its tag aside; a later fix in the page view that
    keeps the block again brings the tag back (in SQLite, at its words), and u sets it aside again."""
    aid = store.add_article(
        CleanResult(text=CLEANED, title="Port"), PAGE, "/news/port.txt", "text"
    ).article_id
    antwerp = store.add_annotation(aid, "PLACE", CLEANED.index("Antwerp"), CLEANED.index("Antwerp") + 7).id
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reading = app.screen
        await pilot.press("P")
        await settle(pilot)
        texts = [p.text for p in app.screen.query_one(PageLines).paras]
        await pilot.press("home", "down", "down", "s", "down", "down", "d", "down", "down", "e", "enter")
        await settle(pilot)
        assert app.screen is reading
        assert [a.id for a in store.set_aside_annotations(aid)] == [antwerp]
        assert antwerp not in spans(db_path, aid)

        await pilot.press("P")  # the page again: the hand choice is marked, the related block dropped
        await settle(pilot)
        lines = app.screen.query_one(PageLines)
        related = texts.index(RELATED)
        assert (lines.marks.start, lines.marks.end, lines.marks.dropped) == (
            texts.index(P1),
            texts.index(P4),
            {related},
        )
        await pilot.press(*["down"] * (related - lines.cursor), "d", "enter")  # keep it again
        await settle(pilot)
        assert app.screen is reading
        new = stored_text(db_path, aid)
        assert new == "\n\n".join([P1, P2, RELATED, P3, P4])
        assert store.set_aside_annotations(aid) == []
        start, end, text = spans(db_path, aid)[antwerp]
        assert (text, new[start:end]) == ("Antwerp", "Antwerp")
        assert "1 set-aside tag back" in reading.query_one(StatusBar).render_text().plain

        await pilot.press("u")  # undo the second fix: aside again
        await settle(pilot)
        assert stored_text(db_path, aid) == "\n\n".join([P1, P2, P3, P4])
        assert [a.id for a in store.set_aside_annotations(aid)] == [antwerp]


async def test_arrow_keys_move_the_cursor_on_a_page_longer_than_the_screen(store: Store):
    """On a page that does not fit the screen, ↓ ↑ Home End PgDn move the paragraph cursor (the
    screen's keys), not the scroll position only: d then drops the paragraph the cursor is on."""
    filler = [f"Paragraph {i} of the comments below the story, with some words." for i in range(80)]
    page = "\n\n".join([P1, P2, RELATED, P3, P4, *filler])
    aid = store.add_article(
        CleanResult(text="\n\n".join([P1, P2, RELATED, P3]), title="Port"), page, "/news/long.txt", "text"
    ).article_id
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("P")
        await settle(pilot)
        lines = app.screen.query_one(PageLines)
        assert lines.virtual_size.height > lines.size.height  # the page is longer than the screen
        assert lines.cursor == 0
        await pilot.press("down", "down")
        assert lines.cursor == 2
        await pilot.press("d")
        assert lines.marks.dropped == {2}  # the related block, where the cursor is
        await pilot.press("up")
        assert lines.cursor == 1
        await pilot.press("end")
        assert lines.cursor == len(lines.paras) - 1
        assert lines.scroll_offset.y > 0  # the cursor's paragraph is shown
        await pilot.press("home")
        assert lines.cursor == 0 and lines.scroll_offset.y == 0
        await pilot.press("pagedown")
        assert lines.cursor == 10
        await pilot.press("enter")  # the marks as they are: P1 to P3 without the related block
        await settle(pilot)
    assert stored_text_of(store, aid) == "\n\n".join([P1, P2, P3])


def stored_text_of(store: Store, aid: int) -> str:
    return store.get_article(aid).text


async def test_reading_header_shows_the_url_and_the_unsure_mark_as_plain_text(store: Store):
    from reader.low_confidence import MARK, threshold

    url = "https://port.example/[b]news[/b]?q=1\x1b[2J"
    clean = CleanResult(
        text=CLEANED, title="Port", url=url, confidence=threshold() / 2, reason="very short body"
    )
    store.add_article(clean, PAGE, "/news/port.txt", "text")
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        header = app.screen.query_one("#article-header").render()
        shown = str(header)
        assert "https://port.example/[b]news[/b]?q=1" in shown and "\x1b" not in shown
        assert f"{MARK} the cleaner is unsure this is the article: very short body" in shown


def test_a_dashed_heading_the_cleaner_kept_is_marked_as_kept():
    """A dump's "- Skills transfer -" heading, kept by the cleaner as it stands, is in the article
    when the page opens (not marked dropped: enter alone would have left it out)."""
    from reader.body import paragraphs
    from reader.tui.page_view import initial_marks

    heading = "- Skills transfer -"
    page = "\n\n".join(["Home | News", P1, P2, heading, P3, "© 2024 Harbour Times"])
    article = "\n\n".join([P1, P2, heading, P3])
    paras = paragraphs(page)
    marks = initial_marks(page, paras, article, None)
    texts = [p.text for p in paras]
    assert (marks.start, marks.end, marks.dropped) == (texts.index(P1), texts.index(P3), set())


async def test_the_text_replaced_message_is_whole_in_a_120_column_status_line(store: Store, db_path):
    """The status line after a fix at 120 columns: the whole "Text replaced: …" confirmation (with
    the tags moved, set aside, brought back and the undo key) is visible; the label counts give way
    while it shows and come back after."""
    aid = store.add_article(
        CleanResult(text=CLEANED, title="Port"), PAGE, "/news/port.txt", "text"
    ).article_id
    for needle, label in [("Rotterdam", "PLACE"), ("400 staff", "QUANTITY"), ("Antwerp", "PLACE")]:
        store.add_annotation(aid, label, CLEANED.index(needle), CLEANED.index(needle) + len(needle))
    store.add_annotation(aid, "ORG", CLEANED.index("port authority"), CLEANED.index("port authority") + 14)
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reading = app.screen
        bar = reading.query_one(StatusBar)
        await pilot.press("P")
        await settle(pilot)
        await pilot.press("home", "down", "down", "s", "down", "down", "d", "down", "down", "e", "enter")
        await settle(pilot)
        assert app.screen is reading and [a.text for a in store.set_aside_annotations(aid)] == ["Antwerp"]
        line = bar.render_line(0).text
        assert "Text replaced: 4 paragraphs, 3 tags moved, 1 tag set aside (u undoes)" in line, line
        assert line.startswith("✓ saved")
        bar._end_flash()  # the confirmation over: the counts are back in full
        line = bar.render_line(0).text
        assert "Text replaced" not in line and "PLACE 1" in line and "QUANTITY 1" in line, line
