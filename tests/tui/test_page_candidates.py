"""The cleaner's other candidates in the original page view: P, then n marks the region the cleaner
ranked second, the header says which it is, enter applies it as a hand fix (text replaced in SQLite,
tags moved or set aside), u undoes it; N goes back round to the cleaner's own choice."""

from __future__ import annotations

import sqlite3

import pytest
from candidate_pages import DE_FEATURE, DE_STORY, EN_FEATURE, EN_STORY, lost_page
from pilot_helpers import settle

from reader.clean import dump_compete
from reader.importing import import_paths
from reader.store import Store
from reader.store.rows import word_count
from reader.tui.app import ReaderApp
from reader.tui.page_view import PageLines, PageScreen
from reader.tui.reading import ReadingScreen
from reader.tui.status_bar import StatusBar


@pytest.fixture(autouse=True)
def _the_cleaner_loses_the_story(monkeypatch):
    """The page is one the cleaner loses without reader.clean.dump_compete: with it, the story above the
    feature is close enough to be kept too (tests/clean_pages/test_two_regions.py). These tests are about
    the candidates of a lost page."""
    monkeypatch.setattr(dump_compete, "KEEP_RATIO", None)


def stored(db_path, aid: int) -> tuple[str, str | None]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT text, body_choice FROM articles WHERE id = ?", (aid,)).fetchone()


def spans(db_path, aid: int) -> dict[int, tuple[int, int, str]]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute('SELECT id, start, "end", text FROM annotations WHERE article_id = ?', (aid,))
        return {r[0]: (r[1], r[2], r[3]) for r in rows}


def header(screen) -> str:  # noqa: ANN001
    return str(screen.query_one("#page-header").render())


@pytest.mark.parametrize("lang", ["en", "de"])
async def test_n_marks_the_second_candidate_and_enter_applies_it(store: Store, db_path, tmp_path, lang):
    path = tmp_path / f"kellby-{lang}.txt"
    path.write_text(lost_page(lang), encoding="utf-8")
    (aid,) = import_paths(store, [path]).imported
    feature, story = (EN_FEATURE, EN_STORY) if lang == "en" else (DE_FEATURE, DE_STORY)
    cleaned, _ = stored(db_path, aid)
    assert cleaned == "\n\n".join(feature)  # the cleaner kept the wrong story
    # a tag on a name only the wrong story has, one on a place both stories name
    person_at = cleaned.index("Ahlgren")
    person = store.add_annotation(aid, "PERSON", person_at, person_at + 7).id
    place_at = cleaned.index("Stora Holm")
    place = store.add_annotation(aid, "PLACE", place_at, place_at + 10).id
    before = spans(db_path, aid)
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(110, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        await pilot.press("P")
        await settle(pilot)
        page = app.screen
        assert isinstance(page, PageScreen)
        assert page.candidates is not None and len(page.candidates) >= 2
        assert "n/N the cleaner's candidates" in header(page)
        await pilot.press("n")
        lines = page.query_one(PageLines)
        wanted = "\n\n".join(story)
        shown = header(page)
        assert (
            f"Candidate 2 of {len(page.candidates)} (the cleaner's second choice): {word_count(wanted)} words"
            in shown
        )
        texts = [lines.paras[i].text for i in range(lines.marks.start, lines.marks.end + 1)]
        assert texts == story and lines.cursor == lines.marks.start
        # N goes back to the cleaner's own choice, the article's text now
        await pilot.press("N")
        assert f"Candidate 1 of {len(page.candidates)} (the cleaner's choice)" in header(page)
        assert "the article's text now" in header(page)
        await pilot.press("n", "enter")
        await settle(pilot)
        assert app.screen is reading
        text, choice = stored(db_path, aid)
        assert text == wanted and choice is not None  # a hand fix: reclean keeps it
        after = spans(db_path, aid)
        assert person not in after and [a.id for a in store.set_aside_annotations(aid)] == [person]
        s, e, quote = after[place]
        assert quote == "Stora Holm" and text[s:e] == "Stora Holm"  # re-anchored in the story
        assert "1 tag set aside" in reading.query_one(StatusBar).render_text().plain
        assert reading.view.text == wanted

        await pilot.press("u")
        await settle(pilot)
        assert stored(db_path, aid) == (cleaned, None)
        assert spans(db_path, aid) == before and store.set_aside_annotations(aid) == []

        # the page again: the cleaner's choice is current, n still offers the story; s, e or d
        # make the marks the journalist's own (the header says no candidate)
        await pilot.press("P")
        await settle(pilot)
        page = app.screen
        await pilot.press("n")
        assert "Candidate 2 of" in header(page)
        await pilot.press("d")
        assert "Candidate" not in header(page)
        await pilot.press("escape")
        await settle(pilot)
        assert stored(db_path, aid) == (cleaned, None)


async def test_a_page_with_one_candidate_says_so(store: Store, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Kellby keeps its ferry\n\n" + "\n\n".join(EN_STORY) + "\n", encoding="utf-8")
    import_paths(store, [path])
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(110, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("P")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        said = [n.message for n in app._notifications if "no other candidate" in n.message]
        assert said and "mark the article yourself: s where it starts, e where it ends" in said[0]
        assert "Candidate" not in header(app.screen)


async def test_the_unsure_mark_points_at_the_candidates(store: Store):
    from reader.models import CleanResult

    clean_result = CleanResult(
        text="\n\n".join(EN_FEATURE), title="Cottages", confidence=0.3, reason="competing regions"
    )
    store.add_article(clean_result, lost_page("en"), "/k.txt", "text")
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        shown = str(app.screen.query_one("#article-header").render())
        assert "unsure this is the article: competing regions" in shown
        # the way out holds for a page with no other candidate too: s and e mark it by hand
        assert "P shows the page: n there tries the cleaner's other candidates, s e mark" in shown
