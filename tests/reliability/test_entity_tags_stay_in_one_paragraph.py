"""Issue 13 item 28: an entity tag could run over paragraphs without a word. Decision: refused,
with a warning, for entity labels (also when the edit dialog turns a claim into an entity);
claims may run over sentences and paragraphs."""

from __future__ import annotations

from reader.tui.claim_form import ClaimForm

from .tui_driver import make_app, open_article, rows, run, seeded_store, settle, until


def test_an_entity_over_two_paragraphs_is_refused_a_claim_is_not(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=1)
    app = make_app(store)
    warnings = []

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 1)
        text = screen.text
        start, end = text.index("Douai on"), text.index("Kurose said") + len("Kurose")
        assert "\n" in text[start:end]
        real_notify = screen.notify
        screen.notify = lambda message, **kw: (warnings.append(message), real_notify(message, **kw))
        screen.view.select_offsets(start, end)
        await pilot.press("3")  # PLACE over two paragraphs
        await settle(pilot)
        assert any("inside one paragraph" in w for w in warnings), warnings
        assert rows(db, "select count(*) from annotations") == [(0,)]
        screen.view.select_offsets(start, end)
        await pilot.press("6")  # a CLAIM may
        await until(pilot, lambda: isinstance(app.screen, ClaimForm))
        await pilot.press("enter")
        await settle(pilot)

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(
        db,
        "select l.name, a.text like '%' || char(10) || '%' from annotations a join labels l on l.id = a.label_id",
    ) == [("CLAIM", 1)]
