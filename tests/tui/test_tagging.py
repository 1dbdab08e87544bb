"""Selecting by keyboard and tagging with the label hotkeys; every tag is in SQLite at once."""

from __future__ import annotations

from pilot_helpers import offsets, open_first, select_words, tag, written

from reader.store import Store


async def test_keyboard_selection_keys(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        view = screen.view
        await pilot.press("ctrl+down")  # next paragraph
        assert view.cursor_offset == text.index("In the Verkor")
        await pilot.press("ctrl+right", "ctrl+right", "right", "right", "w")  # the word "Verkor"
        assert text[slice(*view.selected_span)] == "Verkor"
        await pilot.press("s")
        assert text[slice(*view.selected_span)].startswith("In the Verkor factory") and text[
            slice(*view.selected_span)
        ].endswith("staff.")
        await pilot.press("p")
        start, end = view.selected_span
        assert text[start:end] == text.split("\n\n")[1]
        await pilot.press("right_square_bracket")  # next sentence (collapses the selection)
        assert view.cursor_offset == text.index("Verkor is the third")
        await pilot.press("right_curly_bracket")  # extend to the end of this sentence
        assert text[slice(*view.selected_span)] == text.split("\n\n")[2]
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert view.cursor_offset == text.index("In the Verkor")
        await pilot.press("ctrl+shift+down")  # extend to the end of the paragraph
        assert text[slice(*view.selected_span)] == text.split("\n\n")[1]
        await pilot.press("shift+left", "shift+left")
        assert text[slice(*view.selected_span)] == text.split("\n\n")[1][:-2]


async def test_hotkeys_tag_the_selection_and_store_it(make_app, seeded: Store, db_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        await tag(pilot, screen, "Ayumi Kurose", "1")
        await tag(pilot, screen, "AESC", "2")
        await tag(pilot, screen, "Dunkirk", "3")
        # a partial selection snaps outward to whole words
        s, _ = offsets(text, "Envision")
        screen.view.move_to(s + 2)
        await pilot.press("shift+right", "shift+right", "2")
        # no selection: the word at the cursor
        screen.view.move_to(text.index("Stellantis") + 3)
        await pilot.press("2")
        await written(pilot)
        assert [a.text for a in screen.annotations if a.label == "ORG"] == ["AESC", "Envision", "Stellantis"]
    other = Store(db_path)  # what another process sees
    try:
        stored = {(a.label, a.text, a.annotator) for a in other.annotations(1)}
        assert stored == {
            ("PERSON", "Ayumi Kurose", "alice"),
            ("ORG", "AESC", "alice"),
            ("PLACE", "Dunkirk", "alice"),
            ("ORG", "Envision", "alice"),
            ("ORG", "Stellantis", "alice"),
        }
        for a in other.annotations(1):
            assert text[a.start : a.end] == a.text
        assert other.get_article(1).status == "in progress"
        sessions = other.conn.execute("SELECT id, annotator FROM sessions").fetchall()
        assert sessions == [(1, "alice")]
        events = other.conn.execute("SELECT DISTINCT session_id FROM events").fetchall()
        assert events == [(1,)]
        assert other.conn.execute("SELECT ended FROM sessions").fetchone()[0] is not None
    finally:
        other.close()


async def test_tag_without_text_warns_and_stores_nothing(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        screen.view.move_to(screen.text.index("\n\n"))  # on a paragraph break
        await pilot.press("1", "9")
        assert seeded.annotations(1) == []


async def test_mouse_drag_selects(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        view = screen.view
        await pilot.mouse_down(view, offset=(2, 0))
        await pilot.hover(view, offset=(12, 0))
        await pilot.mouse_up(view, offset=(12, 0))
        await pilot.pause()
        start, end = view.selected_span
        assert end > start
        await select_words(pilot, screen, "France is")
        # word by word, the selection reaches the start of the next word; the tag is the words
        assert screen.text[slice(*view.selected_span)] == "France is "
        assert screen.text[slice(*screen.tag_span())] == "France is"
