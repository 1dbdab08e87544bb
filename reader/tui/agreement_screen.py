"""Agreement (issue 14, item 5): the figures `reader agreement` prints, computed in a worker
(reader.desk), and the list of disagreements; enter on one opens the article there, with every
annotator's tags shown."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.agreement import Agreement, Disagreement
from reader.errors import ReaderError
from reader.tui.base import ListScreen
from reader.tui.footer import Footer
from reader.tui.safe import clean, shorten
from reader.tui.status_bar import StatusBar

MAX_DISAGREEMENTS = 2000


def figure(value: float | None) -> str:
    return "    —" if value is None else f"{value:5.3f}"


def said_text(d: Disagreement) -> str:
    parts = []
    for who, tags in d.said.items():
        shown = [lab if (s, e) == (d.start, d.end) else f"{lab} {s}-{e}" for lab, s, e in tags]
        parts.append(f"{shorten(who, 14)} {', '.join(shown) if shown else 'nothing'}")
    return "; ".join(parts)


class AgreementScreen(ListScreen):
    HELP_NAME = "Agreement"
    BINDINGS = [
        Binding("escape,q", "back", "Back", id="agreement.back"),
        Binding(
            "l", "next_label", "Label", tooltip="Show the next label only (then all)", id="agreement.label"
        ),
        Binding(
            "g",
            "toggle_gold",
            "Gold",
            tooltip="Compare with the gold set / between annotators",
            id="agreement.gold",
        ),
    ]
    EXTRA_KEYS = [("enter", "Open the article at the disagreement"), ("up, down", "Move in the list")]

    def __init__(self) -> None:
        super().__init__()
        self.result: Agreement | None = None
        self.label: str | None = None
        self.gold = False
        self.labels: list[str] = []
        self.disagreements: list[Disagreement] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="agreement-title", markup=False)
        yield OptionList(id="agreement")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#agreement", OptionList).focus()

    def reload(self) -> None:
        self.load(self.label, self.gold)

    @work(thread=True, exclusive=True, group="agreement")
    def load(self, label: str | None, gold: bool) -> None:
        from reader.desk import AgreementRequest, desk_agreement

        worker = get_current_worker()
        try:
            labels = [lab.name for lab in self.store.labels()]
            result: Agreement | str = desk_agreement(
                self.store, AgreementRequest(labels=(label,) if label else (), gold=gold)
            )
        except ReaderError as e:
            result = str(e)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, result, labels)

    def _show(self, result: Agreement | str, labels: list[str]) -> None:
        self.labels = labels
        lst = self.query_one("#agreement", OptionList)
        lst.clear_options()
        title = Text("Agreement", "bold")
        title.append(
            f"  label: {self.label or 'all'} · {'against the gold set' if self.gold else 'between annotators'}"
        )
        self.query_one("#agreement-title", Static).update(title)
        self.query_one(StatusBar).show(
            message=f"enter opens a disagreement · {self.key('agreement.label')} label · {self.key('agreement.gold')} gold set"
        )
        if isinstance(result, str):
            self.result, self.disagreements = None, []
            lst.add_option(Option(Text(clean(result), "italic"), disabled=True))
            return
        self.result = result
        head = f"{'label':<10}{'a':<14}{'b':<14}{'articles':>8}{'tags a':>7}{'tags b':>7}  exact F1  overlap F1  words  kappa"
        lst.add_option(Option(Text(head, "bold"), disabled=True))
        for p in result.pairs:
            row = (
                f"{shorten(p.label, 9):<10}{shorten(p.a, 13):<14}{shorten(p.b, 13):<14}{p.articles:>8}"
                f"{p.spans_a:>7}{p.spans_b:>7}     {figure(p.exact_f1)}       {figure(p.overlap_f1)}"
                f"{p.tokens:>7}  {figure(p.kappa)}"
            )
            lst.add_option(Option(Text(row, no_wrap=True, overflow="ellipsis"), disabled=True))
        for g in result.groups:
            row = f"{shorten(g.label, 9):<10}Fleiss' kappa, {len(g.annotators)} annotators on {g.tokens} words: {figure(g.fleiss_kappa)}"
            lst.add_option(Option(Text(row, no_wrap=True, overflow="ellipsis"), disabled=True))
        self.disagreements = result.disagreements[:MAX_DISAGREEMENTS]
        n = len(result.disagreements)
        lst.add_option(
            Option(Text(f"{n} disagreement{'s' if n != 1 else ''}", "bold underline"), disabled=True)
        )
        first = None
        for i, d in enumerate(self.disagreements):
            line = Text(no_wrap=True, overflow="ellipsis")
            line.append(f"article {d.article_id} ", "dim")
            line.append(f"“{shorten(d.text, 40)}” ")
            line.append(said_text(d), "italic")
            lst.add_option(Option(line, id=str(i)))
            first = lst.option_count - 1 if first is None else first
        if first is not None:
            lst.highlighted = first

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        d = self.disagreements[int(event.option.id)]
        # Everyone's tags: the place is about what the others tagged.
        self.app.show_everyone = True
        self.app.open_article(d.article_id, None, focus=self._annotation_at(d))

    @staticmethod
    def _annotation_at(d: Disagreement) -> int | None:
        return d.annotation_ids[0] if d.annotation_ids else None

    def action_next_label(self) -> None:
        cycle = [None, *self.labels]
        self.label = cycle[(cycle.index(self.label) + 1) % len(cycle)] if self.label in cycle else None
        self.load(self.label, self.gold)

    def action_toggle_gold(self) -> None:
        self.gold = not self.gold
        self.load(self.label, self.gold)

    def action_back(self) -> None:
        self.app.pop_screen()
