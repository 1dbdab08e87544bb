"""The library in a narrow terminal: the title keeps room to be read."""

from reader.store import Store
from reader.tui.article_list import column_widths, format_row


def test_a_narrow_list_gives_the_title_room_and_leaves_out_counts_first() -> None:
    widths = column_widths(58)  # a 60-column terminal, less the border
    assert widths[0] >= 24  # the title
    assert sum(w + 1 for w in widths if w) - 1 <= 58
    row = format_row(["Battery valley draws engineers from Asia", "energy-daily.com", "2025-12-10",
                      "668", "3", "in progress"], 58)  # fmt: skip
    assert row.startswith("Battery valley draws eng")
    assert "in progress" in row and "2025-12-10" in row


def test_a_wide_list_keeps_every_column() -> None:
    assert all(column_widths(118))
    assert column_widths(118)[1] == 18


async def test_the_headings_stand_over_their_columns_at_60_columns(make_app, seeded: Store) -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        screen = app.screen
        lst = screen.query_one("ArticleList")
        heads = str(screen.query_one("#columns").render())
        line = lst.render_line(0).text
        assert heads.index("Date") == line.index("20")  # the date column under its heading
        assert "Words" not in heads and "Title" in heads
