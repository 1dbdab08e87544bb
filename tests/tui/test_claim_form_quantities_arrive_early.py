"""The claim form's quantities found while the form was still being built: seen in tmux (h104) as
“(looking for quantities…)” left under the quantity the search had found. The search's answer came
after the quantities box was on screen but before the line inside it was: the line was not found
to take away, and stayed. Whenever the answer comes, the line must go once there is a quantity."""

from __future__ import annotations

import asyncio

from pilot_helpers import open_first

from reader.tui.claim_form import ClaimFields, ClaimForm


async def test_quantities_found_while_the_form_is_built_leave_no_looking_line(make_app, seeded):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        form = ClaimForm(
            ClaimFields(span_text="Kurose said 40 workers were hired."), [], [], ["CLAIM"], looking=True
        )
        app.push_screen(form)
        # The moment the box is there and what it holds is not yet.
        for _ in range(500):
            if form.query("#quantities") and not form.query("#no-quantities"):
                break
            await asyncio.sleep(0)
        else:
            raise AssertionError("the form was never caught between its box and its lines")
        form.show_suggested([(12, 22, "40 workers")])
        await pilot.pause()
        await pilot.pause()
        assert [str(b.label).split("  ")[0] for b in form.query("Checkbox")] == ["40 workers"]
        shown = [w for w in form.query("#no-quantities") if w.display]
        assert shown == [], [str(w.render()) for w in shown]
