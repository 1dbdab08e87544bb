"""The claims screen as a fact-check desk: search, filters by status, claimant and review state, the
selected claim's note and evidence shown, evidence added and the verdict set from the screen (who
checked it and when), each undoable, and a CSV export of exactly the listed claims."""

from __future__ import annotations

import csv

from pilot_helpers import CLAIM, offsets, settle
from textual.widgets import Input, Select

from reader.store import Store
from reader.tui.claims_screen import ClaimsScreen
from reader.tui.factcheck_dialogs import EvidenceDialog, VerdictDialog
from reader.tui.status_bar import StatusBar

SECOND = "The Douai factory should be ready to operate on its own by the end of 2026"


def claims(store: Store) -> tuple[int, int]:
    t1 = store.get_article(1).text
    a = store.add_annotation(
        1, "CLAIM", *offsets(t1, CLAIM), annotator="alice", claimant="Ayumi Kurose", note="ask the union"
    )
    b = store.add_annotation(
        1, "CLAIM", *offsets(t1, SECOND), annotator="alice", claimant="AESC", claimant_label="ORG"
    )
    return a.id, b.id


def shown(screen: ClaimsScreen) -> list[int]:
    return [r.annotation.id for r in screen.rows]


def detail(screen: ClaimsScreen) -> str:
    return screen.query_one("#claim-detail").render().plain


async def test_search_filters_evidence_verdict_and_export(make_app, seeded: Store, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_EXPORTS", str(tmp_path / "exports"))
    kurose, douai = claims(seeded)
    seeded.set_display_name("alice", "Mia Jensen")  # the app's annotator is alice
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        assert shown(screen) == [kurose, douai]
        assert seeded.get_annotation(douai).claimant_entity == "AESC"  # an organisation as claimant
        assert "ask the union" in detail(screen) and "Evidence (0)" in detail(screen)
        # search: case and accents ignored, every word must match
        await pilot.press("slash", *"OPÉRATE 2026", "enter")
        await settle(pilot)
        assert shown(screen) == [douai] and screen.query_one("#claims").has_focus
        screen.query_one("#claims-search", Input).value = ""
        await settle(pilot)
        assert shown(screen) == [kurose, douai]
        # claimant filter: AESC, then Ayumi Kurose (sorted), then all
        await pilot.press("c")
        await settle(pilot)
        assert screen.claimant_filter == "AESC" and shown(screen) == [douai]
        await pilot.press("c")
        await settle(pilot)
        assert screen.claimant_filter == "Ayumi Kurose" and shown(screen) == [kurose]
        # evidence for the Kurose claim
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceDialog)
        await pilot.press(
            *"https://example.org/aesc-jobs", "tab", *"1,200 jobs by 2025", "tab", *"press office"
        )
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        [evidence] = seeded.evidence(kurose)
        assert (evidence.source, evidence.quote, evidence.note, evidence.added_by) == (
            "https://example.org/aesc-jobs",
            "1,200 jobs by 2025",
            "press office",
            "alice",  # the stable annotator id, as `reader evidence add` records it
        )
        assert "https://example.org/aesc-jobs" in detail(screen) and "Evidence (1)" in detail(screen)
        # the verdict: status, public explanation, review state; checked by alice, published as her name
        await pilot.press("v")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        assert dialog.query_one("#checked-by", Input).value == "Mia Jensen"
        dialog.query_one("#verdict", Select).value = "mostly true"
        dialog.query_one("#review", Select).value = "needs a second check"
        await pilot.press(*"The company confirmed 800 local hires.", "enter")
        await settle(pilot)
        claim = seeded.get_annotation(kurose)
        assert (claim.claim_status, claim.explanation, claim.review_state, claim.checked_by) == (
            "mostly true",
            "The company confirmed 800 local hires.",
            "needs a second check",
            "alice",
        )
        assert "Checked by: alice (published as Mia Jensen)" in detail(screen)
        assert claim.checked_at and claim.note == "ask the union"  # the private note kept apart
        assert "The company confirmed 800 local hires." in detail(screen)
        # review-state filter, with the claimant filter back to all
        await pilot.press("c")
        await settle(pilot)
        assert screen.claimant_filter is None and shown(screen) == [kurose, douai]
        await pilot.press("r", "r")  # unreviewed, then needs a second check
        await settle(pilot)
        assert screen.review_filter == "needs a second check" and shown(screen) == [kurose]
        # export exactly what is listed
        await pilot.press("x")
        await settle(pilot)
        assert screen.last_export is not None
        path, n = screen.last_export
        assert n == 1 and path.parent == tmp_path / "exports"
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert [(r["claim_id"], r["status"], r["review_state"], r["checked_by"]) for r in rows] == [
            (str(kurose), "mostly true", "needs a second check", "alice")
        ]
        assert rows[0]["explanation"] == "The company confirmed 800 local hires."
        assert rows[0]["evidence"].startswith("https://example.org/aesc-jobs — “1,200 jobs by 2025”")
        # status filter: nothing false
        await pilot.press("f", "f", "f", "f", "f")  # unverified, true, mostly true, misleading, false
        await settle(pilot)
        assert screen.status_filter == "false" and shown(screen) == []
        await pilot.press("f", "r")  # unproven -> none; review back to "reviewed"
        # undo: the verdict, then the evidence
        await pilot.press("u")
        await settle(pilot)
        claim = seeded.get_annotation(kurose)
        assert claim.claim_status == "unverified" and claim.explanation is None and claim.checked_by is None
        await pilot.press("u")
        await settle(pilot)
        assert seeded.evidence(kurose) == []


async def test_verdict_without_display_name_asks_once(make_app, seeded: Store):
    kurose, _ = claims(seeded)
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        assert dialog.query_one("#checked-by", Input).value == ""  # never the login name
        dialog.query_one("#verdict", Select).value = "false"
        await pilot.press("enter")  # no explanation: refused, the dialog stays
        await pilot.pause()
        assert app.screen is dialog
        await pilot.press(*"No such plan exists.", "tab", "tab", *"Sam Lee", "enter")
        await settle(pilot)
    claim = seeded.get_annotation(kurose)
    assert (claim.claim_status, claim.explanation, claim.checked_by) == (
        "false",
        "No such plan exists.",
        "alice",  # the login; the name typed is alice's display name, not the desk's
    )
    assert seeded.conn.execute("SELECT value FROM settings WHERE key = 'display-name:alice'").fetchone() == (
        "Sam Lee",
    )
    assert seeded.get_setting("display-name") is None


async def test_verdict_shows_the_desk_wide_name_until_one_sets_their_own(make_app, seeded: Store):
    """An older library's single display name is what alice's reviews publish as until she types
    her own: the dialog shows it, and keeping it sets nothing; typing another sets hers only."""
    kurose, douai = claims(seeded)
    seeded.set_setting("display-name", "The Desk")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        assert dialog.query_one("#checked-by", Input).value == "The Desk"
        dialog.query_one("#verdict", Select).value = "false"
        await pilot.press(*"No such plan exists.", "enter")
        await settle(pilot)
        assert seeded.get_annotation(kurose).checked_by == "alice"
        assert seeded.conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall() == [
            ("display-name", "The Desk")
        ]
        await pilot.press("down")
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        dialog.query_one("#verdict", Select).value = "true"
        dialog.query_one("#checked-by", Input).value = "Ana Ruiz"
        await pilot.press(*"The plant opened in 2025.", "enter")
        await settle(pilot)
    assert (seeded.get_annotation(douai).claim_status, seeded.get_annotation(douai).checked_by) == (
        "true",
        "alice",
    )
    assert seeded.conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall() == [
        ("display-name", "The Desk"),
        ("display-name:alice", "Ana Ruiz"),
    ]


async def test_a_verdict_saved_unchanged_records_no_check(make_app, seeded: Store):
    """v then enter with nothing changed (no name, the same verdict) writes nothing: no "checked"
    time without a checker, and the status line says nothing changed."""
    from reader.tui.status_bar import StatusBar

    kurose, _ = claims(seeded)
    before = seeded.get_annotation(kurose)
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, VerdictDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert "Nothing changed" in screen.query_one(StatusBar).render_text().plain
    after = seeded.get_annotation(kurose)
    assert (after.claim_status, after.explanation, after.checked_by, after.checked_at, after.updated) == (
        before.claim_status,
        before.explanation,
        None,
        None,
        before.updated,
    )


async def test_search_finds_a_checker_by_display_name_and_the_export_gives_it(
    make_app, seeded: Store, tmp_path, monkeypatch
):
    """A journalist types a colleague's name as they know it (the display name, not the login): the
    claims they checked are listed; the CSV export has published_as beside checked_by, the value
    `reader claims --json` gives (the display name, "Unnamed fact-checker" when none, empty unchecked)."""
    monkeypatch.setenv("READER_EXPORTS", str(tmp_path / "exports"))
    kurose, douai = claims(seeded)
    t1 = seeded.get_article(1).text
    unchecked = seeded.add_annotation(1, "CLAIM", *offsets(t1, "Founded in Japan"), annotator="alice").id
    seeded.set_display_name("alice", "Mia Jensen")
    seeded.update_annotation(kurose, claim_status="true", explanation="Confirmed.", checked_by="alice")
    seeded.update_annotation(douai, claim_status="false", explanation="No plan.", checked_by="bob")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        assert sorted(shown(screen)) == sorted([kurose, douai, unchecked])
        await pilot.press("slash", *"mia jensen", "enter")
        await settle(pilot)
        assert shown(screen) == [kurose]
        listed = screen.query_one("#claims")
        visible = "\n".join(listed.render_line(y).text for y in range(listed.size.height))
        assert "150 Chinese experts" in visible and "Douai factory" not in visible
        screen.query_one("#claims-search", Input).value = "bob"  # the login still finds bob's
        await settle(pilot)
        assert shown(screen) == [douai]
        screen.query_one("#claims-search", Input).value = "unnamed"  # not a name anyone typed
        await settle(pilot)
        assert shown(screen) == []
        screen.query_one("#claims-search", Input).value = ""
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert screen.last_export is not None
        path, n = screen.last_export
    assert n == 3
    with open(path, encoding="utf-8", newline="") as f:
        header, *cells = list(csv.reader(f))
    assert header[header.index("checked_by") + 1] == "published_as"
    assert header[: header.index("published_as")] + header[header.index("published_as") + 1 :] == [
        "claim_id", "article_id", "article_title", "text", "claimant", "claimant_entity_id",
        "claimant_entity", "status", "explanation", "review_state", "checked_by", "checked_at", "note",
        "quantities", "evidence", "claimant_label",
    ]  # fmt: skip
    got = {int(r[0]): (r[header.index("checked_by")], r[header.index("published_as")]) for r in cells}
    assert got == {
        kurose: ("alice", "Mia Jensen"),
        douai: ("bob", "Unnamed fact-checker"),
        unchecked: ("", ""),
    }


async def test_a_verdict_set_with_a_digit_records_who_checked_it(make_app, seeded: Store):
    """Found by hand (h61): 5 (false) in the claims screen stored the verdict with no checker and no
    time; the ClaimReview export then named "Unnamed fact-checker" as its author, though the
    journalist had set a display name, and the pane never said who checked it. 1-6 and m now
    record the checker and the time, as v and `reader verdict` do."""
    import io
    import json

    from reader.export.claimreview_format import write_claimreview

    kurose, _ = claims(seeded)
    seeded.set_display_name("alice", "Alice Martin")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen) and screen.current()[1].annotation.id == kurose
        await pilot.press("5")
        await settle(pilot)
        claim = seeded.get_annotation(kurose)
        assert claim.claim_status == "false"
        assert claim.checked_by == "alice" and claim.checked_at
        assert "Checked by: alice" in detail(screen)
        # a verdict goes out with its public explanation: the line says there is none yet
        status = screen.query_one(StatusBar).render_text().plain
        assert "Marked false" in status and "no public explanation yet: v adds it" in status
        await pilot.press("m")  # the next status: unproven, checked again
        await settle(pilot)
        assert seeded.get_annotation(kurose).checked_by == "alice"
    out = io.StringIO()
    write_claimreview(seeded, out)
    assert [g["author"]["name"] for g in json.loads(out.getvalue())["@graph"]] == ["Alice Martin"]
