"""Library screen: listing, search, sort, filters, opening an article, the empty state."""

from __future__ import annotations

from pilot_helpers import open_first, settle, until

from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.article_list import ArticleList
from reader.tui.reading import ReadingScreen


def row_text(lst: ArticleList, y: int) -> str:
    return lst.render_line(y).text


async def test_library_lists_every_article_with_its_columns(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(ArticleList)
        assert lst.ids == [1, 2, 3]
        first = row_text(lst, 0)
        assert "France's 'Battery Valley'" in first
        assert "Energy-Daily.com" in first and "2025-12-10" in first and "668" in first and "new" in first
        assert "3 articles" in str(app.screen.query_one("#library-title").render())
        assert "1/3" in app.screen.query_one("#status").render_text().plain


def record_searches(store: Store) -> list[str | None]:
    """The queries the library's loads ask the store for, in order (the store's method wrapped, not
    changed): the test waits for the search of what was typed, not for a partial one."""
    asked: list[str | None] = []
    article_ids = store.article_ids

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs.get("query"))
        return article_ids(*args, **kwargs)

    store.article_ids = recorded  # type: ignore[method-assign]
    return asked


async def searched(pilot, asked: list[str | None], query: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the debounced search for `query` has run and its result is shown. (A slow machine
    may run a search for part of the word first: its rows can match and its title not.)"""
    await until(pilot, lambda: asked[-1:] == [query])
    await settle(pilot)


async def test_search_as_you_type_runs_in_a_worker_and_counts_matches(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        asked = record_searches(app.store)
        await pilot.press("slash", *"Zürich")
        lst = app.screen.query_one(ArticleList)
        # Polled, not timed: how long the debounce lets typing run is the app's business.
        await searched(pilot, asked, "Zürich")
        assert lst.ids == [2]
        assert "1 match for “Zürich”" in str(app.screen.query_one("#library-title").render())
        await pilot.press(*["backspace"] * 6, *"Douai")
        await searched(pilot, asked, "Douai")
        assert set(lst.ids) == {1, 3}
        assert "2 matches for “Douai”" in str(app.screen.query_one("#library-title").render())
        await pilot.press("enter", "enter")  # leave the search box, open the first hit
        # (opening loads the article in a worker: polled, as above, for a busy machine)
        await until(pilot, lambda: isinstance(app.screen, ReadingScreen))
        assert app.screen.article_id == lst.ids[0]


async def test_sort_keys_and_filters(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(ArticleList)
        await pilot.press("t")
        await settle(pilot)
        assert lst.ids == [1, 3, 2]  # France…, Wire note, Zurich prices
        await pilot.press("t")
        await settle(pilot)
        assert lst.ids == [2, 3, 1]
        await pilot.press("d")  # by date, newest first
        await settle(pilot)
        assert lst.ids == [1, 2, 3]
        assert "▼" in str(app.screen.query_one("#columns").render())
        await pilot.press("w")  # words, longest first
        await settle(pilot)
        assert lst.ids[0] == 1
        # status filter: mark the highlighted article done, then filter on "done"
        await pilot.press("m", "m")
        assert seeded.get_article(lst.ids[0]).status == "done"
        await pilot.press("f", "f", "f")  # all -> new -> in progress -> done
        await settle(pilot)
        assert lst.ids == [1]
        assert "status: done" in str(app.screen.query_one("#library-title").render())
        await pilot.press("f")
        await settle(pilot)
        assert len(lst.ids) == 3
        # label filter: only articles with a PERSON annotation
        seeded.add_annotation(3, "PERSON", 0, 5)
        await pilot.press("l")
        await settle(pilot)
        assert lst.ids == [3]


async def test_enter_opens_the_reading_view(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        assert screen.article_id == 1
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.query_one(ArticleList).ids == [1, 2, 3]


async def test_empty_database_shows_how_to_import(store: Store):
    app = ReaderApp(store, "alice")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        empty = app.screen.query_one("#empty")
        assert empty.display
        shown = str(empty.render())
        assert "reader import PATH" in shown and "reader PATH" in shown
        assert not app.screen.query_one(ArticleList).display


async def test_list_fetches_only_visible_pages(make_app, seeded: Store, monkeypatch):
    calls: list[int] = []
    real = seeded.article_rows

    def counting(ids):  # type: ignore[no-untyped-def]
        calls.append(len(ids))
        return real(ids)

    monkeypatch.setattr(seeded, "article_rows", counting)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(ArticleList)
        lst.set_ids(list(range(1, 100_001)))  # 100,000 ids, most of them not in the database
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        assert lst.cursor == 99_999
        assert sum(calls) <= 400  # a few 100-row pages, never the whole list


async def test_q_quits_an_empty_library(store: Store):
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.focused is None or app.focused.id != "search"
        assert not app.screen.query_one("#search").display
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


async def test_q_quits_from_the_list_and_types_in_the_search(make_app):
    from textual.widgets import Input

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("slash", "q")  # in the search field q is a letter
        await pilot.pause()
        assert app.screen.query_one("#search", Input).value == "q" and not app._exit
        await pilot.press("escape", "escape")  # clear, back to the list
        await pilot.pause()
        assert isinstance(app.focused, ArticleList)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


async def test_the_position_follows_keys_and_clicks(make_app):
    """The status bar's n/N is where the cursor is after each key and after a click (it lagged one
    key behind and ignored the mouse)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        status = app.screen.query_one("#status")
        await pilot.press("down")
        await pilot.pause()
        assert "2/3" in status.render_text().plain
        await pilot.press("end")
        await pilot.pause()
        assert "3/3" in status.render_text().plain
        lst = app.screen.query_one(ArticleList)
        await pilot.click(ArticleList, offset=(5, 0))
        await pilot.pause()
        assert lst.cursor == 0 and "1/3" in status.render_text().plain


def test_wide_characters_keep_the_columns_in_place():
    """A Japanese title takes two cells a character: the row is cut by cells, so the Site, Date and
    Status columns stay where the header puts them."""
    from rich.cells import cell_len

    from reader.tui.article_list import format_row

    latin = format_row(["A plain title", "example.com", "2025-12-10", "668", "3", "done"], 100)
    wide = format_row(["日本の電池工場で中国人技術者が働いている記事のタイトル" * 2, "example.com",
                       "2025-12-10", "668", "3", "done"], 100)  # fmt: skip
    assert cell_len(wide) == cell_len(latin) <= 100
    assert wide.endswith(latin[-40:])  # every column after the title is where it is for Latin text
    assert "…" in wide


async def test_each_screen_loads_its_list_once_when_it_opens(make_app, seeded: Store, monkeypatch):
    """The library, the entity index and the claims screen query once when shown (each used to
    run its query twice: from on_mount and again from the first resume)."""
    calls = {"article_ids": 0, "entity_index": 0, "claims": 0}
    for name in calls:
        real = getattr(seeded, name)

        def counted(*args, _real=real, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(seeded, name, counted)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert calls["article_ids"] == 1
        await pilot.press("E")
        await settle(pilot)
        assert calls["entity_index"] == 1
        await pilot.press("escape")
        await pilot.press("C")
        await settle(pilot)
        assert calls["claims"] == 1


async def test_keys_after_leaving_the_desk_of_an_empty_library_are_commands(store: Store):
    """Esc from the desk (D) used to give the hidden search box the focus: the next key was typed
    into it instead of being a command."""
    from textual.widgets import Input

    from reader.tui.desk_screen import DeskScreen

    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, DeskScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, DeskScreen)
        assert app.focused is None or app.focused.id != "search"
        await pilot.press("q")
        await pilot.pause()
        assert app.screen.query_one("#search", Input).value == ""
        assert app._exit


async def test_a_full_list_leaves_room_for_its_scroll_bar(make_app, seeded: Store):
    """Found by hand (h57): with more articles than rows the scroll bar covered the last two cells
    of every row, so the status read "in progre"; rows and headings now fit beside it."""
    from reader.models import CleanResult

    for n in range(60):
        story = CleanResult(text=f"Story number {n} about the harbour.", title=f"Story {n}")
        seeded.add_article(story, "r", None, "text")
    seeded.set_status(1, "in progress")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(ArticleList)
        # the rows are laid out once the list knows it scrolls: wait for that, not for a fixed pause
        await until(
            pilot, lambda: len(lst.ids) == 63 and lst.scrollable_content_region.width < lst.size.width
        )
        await until(pilot, lambda: "in progress" in row_text(lst, 0))
        room = lst.scrollable_content_region.width
        first = row_text(lst, 0)
        assert first[:room].rstrip().endswith("in progress"), first
        columns = app.screen.query_one("#columns")
        await until(pilot, lambda: str(columns.render()).find("Site") == first.find("Energy-Daily.com"))
        heading = str(columns.render())
        assert heading.rstrip().endswith("Status") and len(heading.rstrip()) <= room
        assert heading.index("Site") == first.index("Energy-Daily.com")  # the columns line up


async def test_escape_in_the_list_clears_the_search(make_app):
    """Found by hand (h57): after a search and enter (the list in focus, as to read the hits) Esc did
    nothing, though the README says Esc clears; a search with no hit left an empty list."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(ArticleList)
        await pilot.press("slash", *"Zürich")
        await until(pilot, lambda: lst.ids == [2])
        await pilot.press("enter")  # to the list
        await pilot.pause()
        assert lst.has_focus
        await pilot.press("escape")
        await until(pilot, lambda: lst.ids == [1, 2, 3])
        assert app.screen.query_one("#search").value == "" and lst.has_focus
        assert "3 articles" in str(app.screen.query_one("#library-title").render())


def slow_searches(store: Store, delay: float) -> None:
    """The store's search takes `delay` seconds (its method wrapped, not changed): the results of a
    search come in after the keys typed behind it, as on a big library or a busy machine."""
    import time

    article_ids = store.article_ids

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("query"):
            time.sleep(delay)
        return article_ids(*args, **kwargs)

    store.article_ids = slow  # type: ignore[method-assign]


async def test_keys_typed_ahead_of_a_search_act_on_its_results(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        slow_searches(app.store, 0.6)
        opened: list[tuple[int, list[int] | None]] = []
        open_article = app.open_article

        def record(article_id, ids=None, **kwargs):  # type: ignore[no-untyped-def]
            opened.append((article_id, ids))
            return open_article(article_id, ids, **kwargs)

        app.open_article = record  # type: ignore[method-assign]
        lst = app.screen.query_one(ArticleList)
        assert lst.current_id == 1  # the first article, which does not match: it must not open
        await pilot.press("slash", *"Zürich", "enter", "enter")  # no pause: the search is still running
        assert opened == [] and not isinstance(app.screen, ReadingScreen)  # not on the old list
        await until(pilot, lambda: isinstance(app.screen, ReadingScreen))
        await settle(pilot)
        assert opened == [(2, [2])]
        assert app.screen.article_id == 2


async def test_a_cursor_move_typed_ahead_waits_for_the_results_too(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        slow_searches(app.store, 0.6)
        await pilot.press("slash", *"Douai", "enter", "down", "enter")
        await until(pilot, lambda: isinstance(app.screen, ReadingScreen))
        hits = app.store.article_ids(query="Douai")
        assert app.screen.article_id == hits[1]


async def test_a_status_key_typed_ahead_of_a_search_marks_its_hit_not_the_old_row(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        slow_searches(app.store, 0.6)
        lst = app.screen.query_one(ArticleList)
        assert lst.current_id == 1  # the old list's row, which does not match
        await pilot.press("slash", *"Zürich", "enter", "m")  # no pause: the search is still running
        await until(pilot, lambda: lst.ids == [2] and not lst.pending)
        await settle(pilot)
        statuses = {r.id: r.status for r in app.store.article_rows([1, 2])}
        assert statuses == {1: "new", 2: "in progress"}
