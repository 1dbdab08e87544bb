"""Marking a person and highlighting an organisation: the title said “m merges it into “Nordhavn
Shipping”” and m then failed (“cannot merge PERSON … into ORG …”) with the marks gone, so the
journalist marked again from the start (seen in tmux, h104). The title now says m cannot merge
into an entity of another label, m changes nothing and keeps the marks, and m on an entity of the
same label merges. Invented names, Danish."""

from __future__ import annotations

from pilot_helpers import settle

from reader.models import CleanResult
from reader.store import Store
from reader.tui.entities_screen import EntityIndexScreen

TEXT = (
    "Havnefoged Mette Skovgaard sagde, at Nordhavn Shipping flytter til Esbjerg. "
    "Ifølge Skovgaard koster flytningen 40 millioner kroner."
)


def title(screen: EntityIndexScreen) -> str:
    return str(screen.query_one("#entities-title").render())


def entities(store: Store) -> list[tuple[str, str]]:
    rows = store.conn.execute(
        "SELECT l.name, e.canonical FROM entities e JOIN labels l ON l.id = e.label_id ORDER BY e.id"
    ).fetchall()
    return [tuple(r) for r in rows]


async def test_m_on_another_label_says_so_keeps_the_marks_and_merges_nothing(make_app, seeded: Store):
    store = seeded
    aid = store.add_article(CleanResult(text=TEXT, title="Havnen"), TEXT, None, "text").article_id
    for label, name, at in (
        ("PERSON", "Mette Skovgaard", TEXT.index("Mette")),
        ("ORG", "Nordhavn Shipping", TEXT.index("Nordhavn")),
        ("PERSON", "Skovgaard", TEXT.rindex("Skovgaard")),
    ):
        store.add_annotation(aid, label, at, at + len(name), annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen)
        names = [g.text for g in screen.groups]
        lst = screen.query_one("#groups")
        lst.highlighted = names.index("Skovgaard")
        await pilot.press("space")
        lst.highlighted = names.index("Nordhavn Shipping")
        await pilot.pause()
        assert "merges it into" not in title(screen)
        assert "another label" in title(screen)
        await pilot.press("m")
        await settle(pilot)
        assert screen.marked, "the marks were lost"
        assert len(entities(store)) == 3
        lst.highlighted = names.index("Mette Skovgaard")
        await pilot.pause()
        assert "m merges it into “Mette Skovgaard”" in title(screen)
        await pilot.press("m")
        await settle(pilot)
    assert entities(store) == [("PERSON", "Mette Skovgaard"), ("ORG", "Nordhavn Shipping")]
