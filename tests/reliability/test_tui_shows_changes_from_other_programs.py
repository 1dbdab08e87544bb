"""Issue 13 item 23: the TUI kept a tag that had been deleted from the command line. The app polls
PRAGMA data_version (it changes when another connection commits) and the open screen shows what
is stored: the reading view (text, tags, panel) and the library."""

from __future__ import annotations

from reader.models import CleanResult
from reader.store import Store
from reader.tui.annotation_panel import AnnotationPanel
from reader.tui.article_list import ArticleList

from .tui_driver import make_app, open_article, run, seeded_store, tag_word, until


def test_a_tag_deleted_by_another_program_leaves_the_open_article(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=2)
    app = make_app(store)

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 1)
        await tag_word(pilot, screen, "Douai", "3")
        await tag_word(pilot, screen, "Kurose", "1", nth=1)
        assert len(screen.annotations) == 2
        other = Store(db)  # `reader untag` and `reader tag` in a shell
        try:
            douai = next(a for a in other.annotations(1) if a.text == "Douai")
            other.delete_annotation(douai.id)
            other.add_annotation(1, "DATE", screen.text.index("Monday"), screen.text.index("Monday") + 6)
        finally:
            other.close()
        # Generous timeouts: the poll is every second, but a loaded CI machine can be slow to run it.
        await until(pilot, lambda: {a.text for a in screen.annotations} == {"Kurose", "Monday"}, timeout=30)
        panel = screen.query_one(AnnotationPanel)
        await until(
            pilot, lambda: sorted(a.text for a in panel.annotations) == ["Kurose", "Monday"], timeout=30
        )
        await pilot.press("escape")
        lst = app.screen.query_one(ArticleList)
        await until(pilot, lambda: len(lst.ids) == 2)
        other = Store(db)  # `reader import` in a shell
        try:
            other.add_article(
                CleanResult(text="A third one.", title="Third"), "A third one.", "/3.txt", "text"
            )
        finally:
            other.close()
        await until(pilot, lambda: len(lst.ids) == 3, timeout=30)

    try:
        run(app, script)
    finally:
        store.close()
