"""Keys typed in a burst reach a text field in the order they were typed. Textual's Input inserts a
letter as soon as it reads it, but its editing keys (backspace, ctrl+u, end...) went up to the app
first and ran later: "battery", End, Backspace twice, "xyz" typed fast gave "batteryx", not "battexyz", and ctrl+u
then a new title gave an empty field (found driving the title dialog in tmux; Textual issue 6605).
The keys are posted to the app as the terminal driver posts them, without waiting between them."""

from __future__ import annotations

from pilot_helpers import settle
from textual import events
from textual.widgets import Input

from reader.store import Store


def burst(app, *keys: str) -> None:  # noqa: ANN001
    for key in keys:
        char = key if len(key) == 1 else None
        app.post_message(events.Key(key, char))


async def test_a_burst_of_editing_keys_keeps_its_order_in_the_title_dialog(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(3)
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        field = app.focused
        assert isinstance(field, Input) and field.value == "Wire note"
        burst(app, "end", "backspace", "backspace", "backspace", "backspace", *"Tag")
        await settle(pilot)
        assert field.value == "Wire Tag"
        burst(app, "ctrl+u", *"Fresh title", "enter")
        await settle(pilot)
        assert seeded.get_article(3).title == "Fresh title"


async def test_a_burst_keeps_its_order_in_the_library_search(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        field = app.focused
        assert isinstance(field, Input)
        burst(app, *"battery", "end", "backspace", "backspace", *"xyz")
        await settle(pilot)
        assert field.value == "battexyz"
        burst(app, "ctrl+u", *"qrs")
        await settle(pilot)
        assert field.value == "qrs"
