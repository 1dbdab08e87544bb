"""Article text, titles and notes are never read as markup and never reach the terminal raw."""

from __future__ import annotations

from pilot_helpers import open_first, settle

from reader.models import CleanResult
from reader.store import Store
from reader.tui.annotation_panel import AnnotationPanel
from reader.tui.app import ReaderApp
from reader.tui.article_list import ArticleList
from reader.tui.safe import clean

EVIL_TITLE = "[@click=app.quit]Win[/] [b]bold[/b]"
EVIL_SITE = "[link=http://x]y"
EVIL_TEXT = "Click [@click=app.quit]here[/] now. Escape \x1b[2J gone.\n\n[red]Not red[/red] text."


async def test_titles_text_and_notes_show_literally(tmp_path):
    store = Store(tmp_path / "r.db")
    store.add_article(
        CleanResult(text=EVIL_TEXT, title=EVIL_TITLE, site=EVIL_SITE, byline="[i]x[/i]"), "raw", None, "text"
    )
    store.add_annotation(1, "PERSON", 0, 5, note="[@click=app.quit]note[/]")
    app = ReaderApp(store, "[b]alice[/b]")
    app.cursor_blink = False
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        row = app.screen.query_one(ArticleList).render_line(0).text
        assert "[@click=app.quit]Win[/]" in row and "[link=http://x]y" in row
        # clicking the title does not run the action
        await pilot.click(ArticleList, offset=(2, 0))
        await pilot.pause()
        assert app.is_running
        screen = await open_first(pilot)
        header = str(screen.query_one("#article-header").render())
        assert EVIL_TITLE in header and EVIL_SITE in header and "[i]x[/i]" in header
        # the document is the stored text with the escape sequence drawn as ␛���: same length, same offsets
        assert screen.view.text == EVIL_TEXT.replace("\x1b[2J", "\u241b\ufffd\ufffd\ufffd")
        assert "[red]Not red[/red]" in screen.view.get_line(2).plain
        panel = screen.query_one(AnnotationPanel)
        prompt = panel.prompt_at(0)
        assert "[@click=app.quit]note[/]" in str(prompt)
        await pilot.click("#article-header", offset=(3, 0))
        await pilot.pause()
        assert app.is_running
        await pilot.press("n", "e")
        await pilot.pause()
        assert "[@click=app.quit]note[/]" in app.screen.query_one("#note").value
        await pilot.press("escape")
    store.close()


def test_clean_strips_terminal_controls():
    assert clean("a\x1b[2Jb\x07c\u202ed").count("\x1b") == 0
    assert "\x07" not in clean("a\x07b") and "\u202e" not in clean("x\u202ey")
    assert clean(None) == ""
