"""A claimant typed in the claim form that no tag names ("L. Vogt", "la mairie") is an entity of its
own, and the entity index lists it with its claims, so it can be merged into the person's entity.

Found in tmux (h70): `reader entities` listed "la mairie" (0 mentions, 1 claim), the entity index
(E) did not, so the claimant could not be merged there with the entity the tags name."""

from __future__ import annotations

from pilot_helpers import screen_lines, settle

from reader.models import CleanResult
from reader.store import Store
from reader.tui.entities_screen import EntityIndexScreen

TEXT = (
    "Die Bürgermeisterin Lena Vogt sagte, die Brücke habe 4 Millionen Euro gekostet.\n\n"
    "La mairie de Douai a promis 200 logements sociaux d'ici 2027."
)


def article(store: Store) -> int:
    return store.add_article(
        CleanResult(text=TEXT, title="Brücken und Wohnungen", site="example.net"), "raw", "b.txt", "text"
    ).article_id


def span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


async def test_a_claimant_only_entity_is_listed_and_merges_into_the_tagged_one(make_app, seeded: Store):
    a = article(seeded)
    lena = seeded.add_annotation(a, "PERSON", *span("Lena Vogt"), annotator="alice")
    claim = seeded.add_annotation(
        a, "CLAIM", *span("die Brücke habe 4 Millionen Euro gekostet"), annotator="alice", claimant="L. Vogt"
    )
    typed = seeded.get_annotation(claim.id).claimant_entity_id
    assert typed is not None and typed != lena.entity_id
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen)
        names = [g.text for g in screen.groups]
        assert "L. Vogt" in names and "Lena Vogt" in names
        i = names.index("L. Vogt")
        prompt = screen.query_one("#groups").get_option_at_index(i).prompt.plain
        assert "claimant of 1 claim" in prompt and "0 mentions" not in prompt
        assert "2 entities" in screen.query_one("#entities-title").render().plain
        screen.query_one("#groups").highlighted = i
        await pilot.press("enter")  # its mentions: none, but it says why it is listed
        await settle(pilot)
        assert "claimant of 1 claim" in str(screen.query_one("#mentions").get_option_at_index(0).prompt)
        await pilot.press("tab", "space")  # back to the entities, mark it
        screen.query_one("#groups").highlighted = [g.text for g in screen.groups].index("Lena Vogt")
        await pilot.press("m")
        await settle(pilot)
        assert seeded.get_annotation(claim.id).claimant_entity_id == lena.entity_id
        assert [(g.text, g.mentions, g.claims) for g in screen.groups] == [("Lena Vogt", 1, 1)]


async def test_a_label_filter_that_hides_the_open_entity_leaves_no_stale_mentions(
    make_app, seeded: Store, monkeypatch
):
    """Found in tmux (h70): with one entity's mentions open, `l` (a label that hides it) read the
    entities and the mentions again at once; the mentions came back last and were shown under a
    heading cut to "Mentions of", for an entity no longer listed."""
    a = article(seeded)
    seeded.add_annotation(a, "PERSON", *span("Lena Vogt"), annotator="alice")
    seeded.add_annotation(a, "PLACE", *span("Douai"), annotator="alice")
    slow = seeded.entity_mentions

    def entity_mentions(*args, **kwargs):  # type: ignore[no-untyped-def]
        import time

        time.sleep(0.3)  # the mentions come back after the entities
        return slow(*args, **kwargs)

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#groups").highlighted = [g.text for g in screen.groups].index("Douai")
        await pilot.press("enter")
        await settle(pilot)
        assert [m.text for m in screen.mentions] == ["Douai"]
        monkeypatch.setattr(seeded, "entity_mentions", entity_mentions)
        await pilot.press("tab", "l")  # PERSON only: Douai is no longer listed
        await settle(pilot)
        assert [g.text for g in screen.groups] == ["Lena Vogt"]
        assert screen.query_one("#mentions-title").render().plain == "Mentions: pick an entity (enter)"
        assert screen.query_one("#mentions").option_count == 0 and screen.mentions == []


async def test_at_80_columns_each_entity_is_one_line(make_app, seeded: Store):
    """Found in tmux (h70) at 80x24: each entity's line wrapped in the narrow pane ("Karl Brenner  1
    mention · 1" / "article"), so the list showed half as many entities, each cut mid-phrase."""
    a = article(seeded)
    for name in ("Lena Vogt", "Douai", "Brücke"):
        label = "PERSON" if name == "Lena Vogt" else "PLACE"
        seeded.add_annotation(a, label, *span(name), annotator="alice")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        lines = [line.split("│")[0] for line in screen_lines(app)[1:]]
        rows = [n for n, line in enumerate(lines) if any(g.text in line for g in screen.groups)]
        assert len(rows) == 3 and rows == list(range(rows[0], rows[0] + 3)), lines[:8]
        assert all("mention" in lines[n] for n in rows)
