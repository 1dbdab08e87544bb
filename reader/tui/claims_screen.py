"""Claims across every article (Store.claims, loaded in a worker thread), filterable by verification
status, so a fact-checker can work through the unverified ones: enter opens the article at the claim,
m (or 1-6) changes the status of the selected claim in place, through the undo history."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.errors import ReaderError
from reader.models import CLAIM_STATUSES, Annotation
from reader.store.store import ClaimRow
from reader.tui.base import AppScreen
from reader.tui.safe import clean, shorten
from reader.tui.status_bar import StatusBar

MAX_CLAIMS = 2000

STATUS_STYLE = {
    "unverified": "bold",
    "true": "bold green",
    "mostly true": "green",
    "misleading": "yellow",
    "false": "bold red",
    "unproven": "magenta",
}


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
    if row.quantity_texts:
        out.append("\n  quantities: " + ", ".join(shorten(q, 30) for q in row.quantity_texts), "dim")
    return out


class ClaimsScreen(AppScreen[None]):
    HELP_NAME = "Claims"
    BINDINGS = [
        Binding("escape,q", "back", "Back", id="claims.back"),
        Binding("f", "filter_status", "Filter status", id="claims.filter_status"),
        Binding("m", "cycle_status", "Change status", id="claims.status"),
        *[
            Binding(str(n + 1), f"set_status('{s}')", f"Mark {s}", show=False, id=f"claims.mark{n + 1}")
            for n, s in enumerate(CLAIM_STATUSES)
        ],
        Binding("E", "app.entities", "Entities", id="claims.entities"),
    ]
    EXTRA_KEYS = [("enter", "Open the article at the claim"), ("up, down", "Move in the list")]

    def __init__(self) -> None:
        super().__init__()
        self.status_filter: str | None = None
        self.rows: list[ClaimRow] = []
        self.total = 0

    def compose(self) -> ComposeResult:
        yield Static("", id="claims-title", markup=False)
        yield OptionList(id="claims")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#claims", OptionList).focus()

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown: the one place that loads.
        if self.is_mounted:
            self.reload()

    def on_store_changed(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.load_claims(self.status_filter)

    @work(thread=True, exclusive=True, group="claims")
    def load_claims(self, status: str | None) -> None:
        worker = get_current_worker()
        try:
            rows = self.store.claims(status)
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, rows)

    def _show(self, rows: list[ClaimRow]) -> None:
        lst = self.query_one("#claims", OptionList)
        keep = lst.highlighted
        self.total = len(rows)
        self.rows = rows[:MAX_CLAIMS]
        lst.clear_options()
        if not self.rows:
            what = f"with status {self.status_filter}" if self.status_filter else "yet"
            lst.add_option(Option(Text(f"No claims {what}", "italic"), disabled=True))
        else:
            for n, row in enumerate(self.rows):
                if n:
                    lst.add_option(None)
                lst.add_option(Option(claim_prompt(row), id=str(n)))
            lst.highlighted = 0 if keep is None else min(keep, lst.option_count - 1)
        self._header()

    def _header(self) -> None:
        title = Text("Claims", "bold")
        parts = [f"{self.total} claim{'s' if self.total != 1 else ''}"]
        if self.total > len(self.rows):
            parts.append(f"showing {len(self.rows)}")
        parts.append(f"status: {self.status_filter}" if self.status_filter else "all statuses")
        title.append("  " + " · ".join(parts))
        self.query_one("#claims-title", Static).update(title)
        keys = " ".join(f"{n + 1} {s}" for n, s in enumerate(CLAIM_STATUSES))
        self.query_one(StatusBar).show(message=f"enter opens · f filter · m next status · {keys}")

    def current(self) -> tuple[int, ClaimRow] | None:
        lst = self.query_one("#claims", OptionList)
        if lst.highlighted is None:
            return None
        option = lst.get_option_at_index(lst.highlighted)
        if option.id is None:
            return None
        return lst.highlighted, self.rows[int(option.id)]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            a = self.rows[int(event.option.id)].annotation
            self.app.open_article(a.article_id, None, focus=a.id)

    def action_filter_status(self) -> None:
        cycle = [None, *CLAIM_STATUSES]
        self.status_filter = cycle[(cycle.index(self.status_filter) + 1) % len(cycle)]
        self.query_one("#claims", OptionList).highlighted = None
        self.reload()

    def action_cycle_status(self) -> None:
        found = self.current()
        if found is None:
            return
        status = found[1].annotation.claim_status or "unverified"
        self.action_set_status(CLAIM_STATUSES[(CLAIM_STATUSES.index(status) + 1) % len(CLAIM_STATUSES)])

    def action_set_status(self, status: str) -> None:
        found = self.current()
        if found is None:
            self.notify("No claim selected", markup=False, timeout=2)
            return
        index, row = found
        old = row.annotation.claim_status
        row.annotation.claim_status = status  # the next m goes on from here, before the commit

        def then(ann: Annotation) -> None:
            row.annotation = ann
            # In place: the row stays (even when it no longer matches the filter) until f or a reopen.
            self.query_one("#claims", OptionList).replace_option_prompt_at_index(index, claim_prompt(row))

        def put_back() -> None:  # refused (a read-only database): what is stored
            row.annotation.claim_status = old

        # through the app's writer, in order with every other change, off the event loop
        aid, history = row.annotation.id, self.history
        self.write(
            lambda: history.update(aid, claim_status=status),
            f"Marked {status} (u in the article undoes)",
            then=then,
            undo=put_back,
        )

    def action_back(self) -> None:
        self.app.pop_screen()
