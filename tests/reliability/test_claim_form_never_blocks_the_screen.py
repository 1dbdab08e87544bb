"""Issue 13 item 14 (TUI part): pressing 6 on a long selection froze the TUI for 30 s, because the
claim form ran the suggester (quantities inside the claim) on the UI thread. The form opens at
once and takes typing; the suggester runs in a worker and its quantities appear when found."""

from __future__ import annotations

import threading

import reader.suggest
from reader.tui.claim_form import ClaimForm

from .tui_driver import make_app, open_article, rows, run, seeded_store, settle, until


def test_the_quantity_search_for_the_claim_form_runs_off_the_ui_thread(tmp_path, monkeypatch):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=1)
    app = make_app(store)
    release = threading.Event()
    threads = []
    real_suggest = reader.suggest.suggest

    def slow_suggest(text, *args, **kw):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(10)  # as long as the test wants: the screen must not wait for it
        return real_suggest(text, *args, **kw)

    monkeypatch.setattr(reader.suggest, "suggest", slow_suggest)

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 1)
        text = screen.text
        start = text.index("Kurose said")
        screen.view.select_offsets(start, text.index(".", start) + 1)
        await pilot.press("6")
        await pilot.pause()
        assert threads == [False]  # called, and not on the UI thread
        # the form is open and takes typing while the suggester works
        form = app.screen
        assert isinstance(form, ClaimForm)
        assert "looking for quantities" in str(form.query_one("#no-quantities").render())
        await pilot.press(*"Kurose")
        assert form.query_one("#claimant-name").value == "Kurose"
        release.set()
        await until(pilot, lambda: bool(form.query("#new0")))
        assert "40 workers" in str(form.query_one("#new0").label)
        await pilot.press("enter")
        await settle(pilot)

    try:
        run(app, script)
    finally:
        release.set()
        store.close()
    assert rows(
        db, "select l.name, a.text from annotations a join labels l on l.id = a.label_id order by a.id"
    ) == [
        ("QUANTITY", "40 workers"),
        ("CLAIM", "Kurose said 40 workers were hired."),
    ]
