"""Claims across every article, as a fact-check desk: search (/), filters by verification status (f),
review state (r) and claimant (c); the selected claim's private note, public explanation, who checked
it and its evidence beside the list. a adds evidence, v sets the verdict (status, public explanation,
review state, checked by: the display name from `reader config`), m or 1-6 change the status in
place, x exports exactly the listed claims as CSV, enter opens the article at the claim. Reads run in
worker threads, writes through the app's writer (AppScreen.write) and the undo history."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.errors import ReaderError
from reader.factcheck import (
    NO_DISPLAY_NAME,
    add_evidence,
    claim_matches,
    published_names,
    set_display_names,
    set_verdict,
    verdict_stamp,
)
from reader.find import fold
from reader.history import said
from reader.models import CLAIM_STATUSES, REVIEW_STATES, Annotation, Evidence
from reader.store.store import ClaimRow
from reader.tui.base import ListScreen
from reader.tui.factcheck_dialogs import (
    EvidenceDialog,
    EvidenceFields,
    VerdictDialog,
    VerdictFields,
    VerdictNames,
)
from reader.tui.footer import Footer
from reader.tui.held_list import HeldOptionList
from reader.tui.safe import clean, shorten
from reader.tui.status_bar import StatusBar
from reader.tui.typing_input import Input

MAX_CLAIMS = 2000

STATUS_STYLE = {
    "unverified": "bold",
    "true": "bold green",
    "mostly true": "green",
    "misleading": "yellow",
    "false": "bold red",
    "unproven": "magenta",
}


def claimant_of(row: ClaimRow) -> str:
    a = row.annotation
    return a.claimant_entity or a.claimant or ""


def claim_prompt(row: ClaimRow) -> Text:
    a = row.annotation
    status = a.claim_status or "unverified"
    out = Text()
    out.append(f"{status:<11}", STATUS_STYLE.get(status, "bold"))
    out.append(" ")
    out.append(shorten(a.claimant or "(no claimant)", 28), "italic")
    out.append(" — ")
    out.append(shorten(row.article_title or "(untitled)", 50), "dim")
    out.append("\n  ")
    out.append(shorten(a.text, 200))
    extra = []
    if row.quantity_texts:
        extra.append("quantities: " + ", ".join(shorten(q, 30) for q in row.quantity_texts))
    if a.evidence:
        extra.append(f"{len(a.evidence)} evidence")
    if a.review_state and a.review_state != "unreviewed":
        extra.append(a.review_state)
    if extra:
        out.append("\n  " + " · ".join(extra), "dim")
    return out


def _evidence_text(out: Text, n: int, e: Evidence) -> None:
    out.append(f"\n{n}. ", "bold")
    out.append(clean(e.source))
    if e.quote:
        out.append("\n   “" + clean(e.quote) + "”", "italic")
    if e.note:
        out.append("\n   note: " + clean(e.note), "dim")
    out.append(
        f"\n   added {clean(e.added_at)[:16]}" + (f" by {clean(e.added_by)}" if e.added_by else ""), "dim"
    )


def claim_detail(
    row: ClaimRow | None, names: dict[str, str] | None = None, keys: tuple[str, str] = ("v", "a")
) -> Text:
    """What the pane beside the list shows of the selected claim. names: login -> the display name
    their reviews are published under (shown beside checked_by); keys: the verdict and evidence
    keys its hints name (as remapped)."""
    if row is None:
        return Text("No claim selected", "italic")
    a = row.annotation
    out = Text()
    out.append("“" + clean(a.text) + "”\n", "bold")
    out.append("\nClaimant: ", "bold")
    out.append(clean(a.claimant) or "(none)")
    if a.claimant_entity and a.claimant_entity != a.claimant:
        out.append(f" (entity: {clean(a.claimant_entity)})", "dim")
    status = a.claim_status or "unverified"
    out.append("\nVerdict: ", "bold")
    out.append(status, STATUS_STYLE.get(status, "bold"))
    out.append("\nExplanation (public): ", "bold")
    out.append(clean(a.explanation) or f"(none yet: {keys[0]} sets it)", "" if a.explanation else "italic")
    out.append("\nReview: ", "bold")
    out.append(clean(a.review_state) or "unreviewed")
    if a.checked_by or a.checked_at:
        out.append("\nChecked by: ", "bold")
        out.append(clean(a.checked_by) or "(no name)")
        published = (names or {}).get(a.checked_by or "")
        if published and published != a.checked_by:
            out.append(f" (published as {clean(published)})")
        elif a.checked_by and names is not None and not published:  # names: the checkers who set one
            out.append(
                f" (published as {NO_DISPLAY_NAME}: no display name yet; {keys[0]} sets one)", "italic"
            )
        if a.checked_at:
            out.append(f", {clean(a.checked_at)[:16]}")
    out.append("\nNote (private): ", "bold")
    out.append(clean(a.note) or "(none)", "" if a.note else "italic")
    if row.quantity_texts:
        out.append("\nQuantities: ", "bold")
        out.append(", ".join(clean(q) for q in row.quantity_texts))
    out.append(f"\n\nEvidence ({len(a.evidence)})", "bold")
    if not a.evidence:
        out.append(f"\n(none yet: {keys[1]} adds a source)", "italic")
    for n, e in enumerate(a.evidence, 1):
        _evidence_text(out, n, e)
    return out


class ClaimsScreen(ListScreen):
    HELP_NAME = "Claims"
    BINDINGS = [
        Binding("escape,q", "back", "Back", id="claims.back"),
        Binding("slash", "search", "Search", id="claims.search", priority=True),
        Binding("f", "filter_status", "Filter status", id="claims.filter_status"),
        Binding("r", "filter_review", "Filter review", id="claims.filter_review"),
        Binding("c", "filter_claimant", "Filter claimant", id="claims.filter_claimant"),
        Binding("a", "add_evidence", "Add evidence", id="claims.evidence"),
        Binding("v", "verdict", "Verdict", id="claims.verdict"),
        Binding("x", "export", "Export CSV", id="claims.export"),
        Binding("m", "cycle_status", "Change status", id="claims.status"),
        *[
            Binding(str(n + 1), f"set_status('{s}')", f"Mark {s}", show=False, id=f"claims.mark{n + 1}")
            for n, s in enumerate(CLAIM_STATUSES)
        ],
        Binding("u,ctrl+z", "undo", "Undo", show=False, id="claims.undo"),
        Binding("U,ctrl+y", "redo", "Redo", show=False, id="claims.redo"),
        Binding("E", "app.entities", "Entities", id="claims.entities"),
    ]
    EXTRA_KEYS = [
        ("enter", "Open the article at the claim (in the search field: back to the list)"),
        ("up, down", "Move in the list"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.status_filter: str | None = None
        self.review_filter: str | None = None
        self.claimant_filter: str | None = None
        self.query_text = ""
        self.rows: list[ClaimRow] = []  # the claims listed (at most MAX_CLAIMS)
        self.matching: list[ClaimRow] = []  # every claim the filters and search let through
        self.claimants: list[str] = []  # the claimants of the claims the status/review filters keep
        self.published_names: dict[str, str] = {}  # checker login -> the display name they publish as
        self.total = 0
        self._heard_change = False  # a colleague's change heard, its reload not shown yet
        # A verdict whose save was refused (a colleague changed the claim meanwhile), by claim id:
        # v opens it again as typed, so an explanation written is never lost.
        self.refused_verdicts: dict[int, VerdictFields] = {}

    def compose(self) -> ComposeResult:
        yield Static("", id="claims-title", markup=False)
        yield Input(
            placeholder=f"{self.key('claims.search')} search claims, claimants, notes, evidence, checkers",
            id="claims-search",
        )
        with Horizontal(id="claims-body"):
            yield HeldOptionList(id="claims")
            with VerticalScroll(id="claim-detail-pane"):
                yield Static(Text("No claim selected", "italic"), id="claim-detail", markup=False)
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#claims", OptionList).focus()

    def on_store_changed(self) -> None:
        self._heard_change = True  # a colleague's change: the reload may take the highlighted row away
        super().on_store_changed()

    def reload(self) -> None:
        self.load_claims(self.status_filter, self.review_filter, self.claimant_filter, self.query_text)

    @work(thread=True, exclusive=True, group="claims")
    def load_claims(self, status: str | None, review: str | None, claimant: str | None, query: str) -> None:
        worker = get_current_worker()
        try:
            rows = self.store.claims(status, review_state=review)
            names = set_display_names(self.store, (r.annotation.checked_by for r in rows))
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        claimants = sorted({claimant_of(r) for r in rows if claimant_of(r)}, key=fold)
        if claimant is not None:
            rows = [r for r in rows if claimant_of(r) == claimant]
        if query.strip():
            rows = [r for r in rows if claim_matches(r, query, names)]
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, rows, claimants, names)

    def _show(
        self, rows: list[ClaimRow], claimants: list[str] | None = None, names: dict[str, str] | None = None
    ) -> None:
        if names is not None:
            self.published_names = names
        lst = self.query_one("#claims", OptionList)
        keep = lst.highlighted
        # The highlight follows its claim, not its row: a claim tagged elsewhere shifts the list,
        # and the verdict keys act on the highlighted claim.
        found = self.current()
        was = found[1].annotation.id if found else None
        if claimants is not None:
            self.claimants = claimants
        self.matching = rows
        self.total = len(rows)
        self.rows = rows[:MAX_CLAIMS]
        lst.clear_options()
        if not self.rows:
            lst.add_option(Option(Text(f"No claims {self._what()}", "italic"), disabled=True))
        else:
            for n, row in enumerate(self.rows):
                if n:
                    lst.add_option(None)
                lst.add_option(Option(claim_prompt(row), id=str(n)))
            # one option per claim: the separator lines belong to the option above (Textual 8),
            # they are no options of their own
            same = [n for n, row in enumerate(self.rows) if row.annotation.id == was]
            lst.highlighted = same[0] if same else 0 if keep is None else min(keep, lst.option_count - 1)
        heard, self._heard_change = self._heard_change, False
        if heard and found is not None and was not in {row.annotation.id for row in self.rows}:
            # gone from the list (a colleague's verdict left the filter, a delete): a key already
            # on its way still means it, not the claim that took its place
            self.query_one("#claims", HeldOptionList).taken_away((None, found[1]))
        self._header()
        self._show_detail()
        self.query_one("#claims", HeldOptionList).filled_now()  # the moves typed while it was read

    def _what(self) -> str:
        parts = []
        if self.status_filter:
            parts.append(f"with status {self.status_filter}")
        if self.review_filter:
            parts.append(f"in review state {self.review_filter}")
        if self.claimant_filter:
            parts.append(f"by {clean(self.claimant_filter)}")
        if self.query_text.strip():
            parts.append(f"matching “{clean(self.query_text.strip())}”")
        return " ".join(parts) or "yet"

    def _header(self) -> None:
        title = Text("Claims", "bold")
        parts = [f"{self.total} claim{'s' if self.total != 1 else ''}"]
        if self.total > len(self.rows):
            parts.append(f"showing {len(self.rows)}")
        parts.append(f"status: {self.status_filter}" if self.status_filter else "all statuses")
        parts.append(f"review: {self.review_filter}" if self.review_filter else "any review")
        parts.append(
            f"claimant: {shorten(self.claimant_filter, 30)}" if self.claimant_filter else "any claimant"
        )
        if self.query_text.strip():
            parts.append(f"search: {shorten(self.query_text.strip(), 30)}")
        title.append("  " + " · ".join(parts))
        self.query_one("#claims-title", Static).update(title)
        self.query_one(StatusBar).show(
            message=" · ".join(
                f"{self.key(binding_id)} {what}"
                for binding_id, what in [
                    ("claims.search", "search"),
                    ("claims.filter_status", "status"),
                    ("claims.filter_review", "review"),
                    ("claims.filter_claimant", "claimant"),
                    ("claims.evidence", "evidence"),
                    ("claims.verdict", "verdict"),
                    ("claims.export", "export"),
                ]
            )
            + " · enter opens"
        )

    def current(self) -> tuple[int, ClaimRow] | None:
        lst = self.query_one("#claims", OptionList)
        if lst.highlighted is None:
            return None
        option = lst.get_option_at_index(lst.highlighted)
        if option.id is None:
            return None
        return lst.highlighted, self.rows[int(option.id)]

    def _show_detail(self) -> None:
        found = self.current()
        self.query_one("#claim-detail", Static).update(
            claim_detail(
                found[1] if found else None,
                self.published_names,
                (self.key("claims.verdict"), self.key("claims.evidence")),
            )
        )

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            a = self.rows[int(event.option.id)].annotation
            self.app.open_article(a.article_id, None, focus=a.id)

    # -- search and filters ----------------------------------------------------------------------

    def action_search(self) -> None:
        if isinstance(self.focused, Input):  # a priority key: in a box, "/" is a character
            raise SkipAction()
        # A priority binding that focuses now: keys typed right after "/" are already on their way,
        # and focus() would only move on the next turn ("/mia" typed fast changed a verdict with "m").
        self.set_focus(self.query_one("#claims-search", Input))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "claims-search":
            event.stop()
            self.query_text = event.value
            self.query_one("#claims", OptionList).highlighted = None
            self.reload()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "claims-search":
            event.stop()
            self.query_one("#claims", OptionList).focus()

    def _refilter(self) -> None:
        self.query_one("#claims", OptionList).highlighted = None
        self.reload()

    def action_filter_status(self) -> None:
        cycle = [None, *CLAIM_STATUSES]
        self.status_filter = cycle[(cycle.index(self.status_filter) + 1) % len(cycle)]
        self._refilter()

    def action_filter_review(self) -> None:
        cycle = [None, *REVIEW_STATES]
        self.review_filter = cycle[(cycle.index(self.review_filter) + 1) % len(cycle)]
        self._refilter()

    def action_filter_claimant(self) -> None:
        cycle: list[str | None] = [None, *self.claimants]
        i = cycle.index(self.claimant_filter) if self.claimant_filter in cycle else 0
        self.claimant_filter = cycle[(i + 1) % len(cycle)]
        self._refilter()

    # -- changing a claim ------------------------------------------------------------------------

    def keyed(self) -> tuple[int | None, ClaimRow] | None:
        """The claim a key acts on: the highlighted one, or the one the user saw highlighted when
        a reload took it away an instant ago (HeldOptionList.seen; its index is then None)."""
        return self.query_one("#claims", HeldOptionList).seen(self.current())

    def _selected(self) -> tuple[int | None, ClaimRow] | None:
        found = self.keyed()
        if found is None:
            self.notify("No claim selected", markup=False, timeout=2)
        return found

    def action_cycle_status(self) -> None:
        found = self.keyed()
        if found is None:
            return
        status = found[1].annotation.claim_status or "unverified"
        self.action_set_status(CLAIM_STATUSES[(CLAIM_STATUSES.index(status) + 1) % len(CLAIM_STATUSES)])

    def action_set_status(self, status: str) -> None:
        found = self._selected()
        if found is None:
            return
        row = found[1]
        old = row.annotation.claim_status
        # The claim as this screen shows it: a colleague's change since is an EditConflict, shown
        # and never overwritten. A quick second m is checked against this m's status, which the
        # writer stores first (writes run in order).
        seen = replace(row.annotation)
        row.annotation.claim_status = status  # the next m goes on from here, before the commit

        def then(ann: Annotation) -> None:
            ann.evidence = row.annotation.evidence
            row.annotation = ann
            # In place: the row stays (even when it no longer matches the filter) until f or a reopen;
            # where it is now (a reload meanwhile moves it, or took it away: then it shows as stored).
            shown = next((n for n, r in enumerate(self.rows) if r is row), None)
            if shown is not None:
                self.query_one("#claims", OptionList).replace_option_prompt_at_index(shown, claim_prompt(row))
            self._show_detail()

        def put_back() -> None:  # refused (a colleague's change, a read-only database): what is stored
            row.annotation.claim_status = old
            self.reload()

        # through the app's writer, in order with every other change, off the event loop; who
        # checked it and when are recorded as v and `reader verdict` do (ClaimReview names them)
        aid, history, me = row.annotation.id, self.history, self.app.annotator

        def change() -> Annotation:
            return history.update(aid, claim_status=status, expected=seen, **verdict_stamp(status, old, me))

        # a verdict is published with its public explanation: say when it has none yet, or when
        # the one it has was written for another verdict (it is kept, and would be published so)
        said = f"Marked {status} (u undoes)"
        if status != "unverified" and not row.annotation.explanation:
            said += f" · no public explanation yet: {self.key('claims.verdict')} adds it"
        elif status != "unverified" and old not in (None, "unverified", status):
            said += (
                f" · its public explanation was written for “{old}”: {self.key('claims.verdict')} revises it"
            )
        self.write(change, said, then=then, undo=put_back)

    def action_add_evidence(self) -> None:
        found = self._selected()
        if found is None:
            return
        claim = found[1].annotation
        history, me = self.history, self.app.annotator

        def change(fields: EvidenceFields) -> Evidence:
            return add_evidence(
                history,
                claim,
                fields.source,
                quote=fields.quote or None,
                note=fields.note or None,
                added_by=me,  # the stable annotator id, as `reader evidence add` records it
            )

        def chosen(fields: EvidenceFields | None) -> None:
            if fields is not None:
                self.write(
                    lambda: change(fields),
                    "Evidence added (u undoes)",
                    then=lambda _: self.reload(),
                )

        self.app.push_screen(EvidenceDialog(claim), chosen)

    def action_verdict(self) -> None:
        found = self._selected()
        if found is None:
            return
        claim = found[1].annotation
        self._open_verdict(claim)

    @work(thread=True, exclusive=True, group="claims-verdict")
    def _open_verdict(self, claim: Annotation) -> None:
        me = self.app.annotator
        try:
            names = VerdictNames(self.store.display_name(me, fallback=False), self.store.display_name(None))
        except ReaderError:
            names = VerdictNames(None, None)
        self.app.call_from_thread(self._verdict_dialog, claim, names)

    def _verdict_dialog(self, claim: Annotation, names: VerdictNames) -> None:
        store, history, me = self.store, self.history, self.app.annotator
        shown = names.published or ""

        def change(v: VerdictFields) -> Annotation:
            # a name typed that differs from the one shown becomes this colleague's own display name
            # (asked once when none is set); checked_by keeps the login, as `reader verdict` does
            if v.display_name and v.display_name != shown:
                store.set_display_name(me, v.display_name)
            return set_verdict(
                history,
                claim.id,
                v.status,
                explanation=v.explanation,
                review_state=v.review_state,
                checked_by=me,
                expected=claim,  # as the dialog opened it: a colleague's change since is refused
            )

        def unchanged(v: VerdictFields) -> bool:
            """Saved as it opened: the same verdict, explanation, review state and name, and no
            checker newly named (a time recorded then would say someone checked it)."""
            return (
                v.status == claim.claim_status
                and (v.explanation or "") == (claim.explanation or "")
                and v.review_state == (claim.review_state or v.review_state)
                and v.display_name == shown
                and (not v.display_name or claim.checked_by == me)
            )

        def chosen(v: VerdictFields | None) -> None:
            if v is not None and unchanged(v):
                self.say("Nothing changed")
            elif v is not None:

                def refused() -> None:  # show what is stored now; keep what was typed for v
                    self.refused_verdicts[claim.id] = v
                    self.reload()

                self.write(
                    lambda: change(v),
                    f"Verdict saved: {v.status} (u undoes)",
                    then=lambda _: self.reload(),
                    undo=refused,
                )

        self.app.push_screen(VerdictDialog(claim, names, self.refused_verdicts.pop(claim.id, None)), chosen)

    # u undoes the last change anywhere (as in the entity index), so it can reach past this
    # screen's own changes into a tag made in an article, the claim's own included: U redoes.
    def action_undo(self) -> None:
        self._step(forward=False)

    def action_redo(self) -> None:
        self._step(forward=True)

    def _step(self, forward: bool) -> None:
        history, verb = self.history, "redo" if forward else "undo"
        if not (history.can_redo if forward else history.can_undo):
            self.say(f"Nothing to {verb}")
            return

        def done(change: object) -> None:
            self.say(clean(said(change, forward)) if change else f"Nothing to {verb}")
            self.reload()

        self.write(history.redo if forward else history.undo, then=done)

    # -- export ----------------------------------------------------------------------------------

    def action_export(self) -> None:
        from reader.locations import exports_dir

        rows = list(self.matching)
        path = exports_dir() / f"reader-claims-{time.strftime('%Y%m%d-%H%M%S')}.csv"
        self.query_one(StatusBar).flash(f"Exporting {len(rows)} claims to {clean(path)}…")
        self._export(rows, path)

    @work(thread=True, group="claims-export")
    def _export(self, rows: list[ClaimRow], path: Path) -> None:
        from reader.export.claims_csv import write_claims_csv

        try:
            published = published_names(self.store, (r.annotation.checked_by for r in rows))
            path.parent.mkdir(parents=True, exist_ok=True)
            n = write_claims_csv(rows, path, published)
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        except OSError as e:
            self.app.call_from_thread(
                self.notify, "Export failed: " + clean(e), severity="error", markup=False, timeout=8
            )
            return
        self.app.call_from_thread(self._exported, path, n)

    def _exported(self, path: Path, n: int) -> None:
        self.last_export = (path, n)
        message = f"Exported {n} claim{'s' if n != 1 else ''} (the list as shown) to {clean(path)}"
        if self.is_attached:
            self.query_one(StatusBar).flash(message, 10)
        self.app.notify(message, markup=False, timeout=10)

    def action_back(self) -> None:
        search = self.query_one("#claims-search", Input)
        if search.has_focus:
            self.query_one("#claims", OptionList).focus()
        else:
            self.app.pop_screen()
