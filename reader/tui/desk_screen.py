"""The desk (issue 14, item 4): progress per annotator and per article, as `reader desk` shows it.
Loads in a worker; enter on an article opens it."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.errors import ReaderError
from reader.store.desk_store import AnnotatorProgress, ArticleProgress
from reader.tui.base import ListScreen
from reader.tui.footer import Footer
from reader.tui.safe import clean, shorten
from reader.tui.status_bar import StatusBar

MAX_ARTICLES = 2000


def annotator_prompt(p: AnnotatorProgress) -> Text:
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append(f"{shorten(p.annotator, 18):<20}", "bold")
    out.append(f"{p.assigned:>5} assigned {p.started:>5} started {p.done:>5} done {p.tags:>7} tags ")
    out.append(f"in {p.articles} article{'s' if p.articles != 1 else ''}", "dim")
    return out


def article_prompt(a: ArticleProgress) -> Text:
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append(f"{a.article_id:>5} ", "dim")
    out.append(f"{shorten(a.title or '(untitled)', 40):<42}")
    out.append(f"{a.status:<12}", "italic")
    out.append("assigned: " + (", ".join(shorten(n, 12) for n in a.assigned) or "nobody") + " · ")
    tags = ", ".join(f"{shorten(k or '(nobody)', 12)} {v}" for k, v in sorted(a.tags.items()))
    out.append("tags: " + (tags or "none"))
    if a.gold or a.reviewed:
        out.append(f" · gold {a.gold}, {a.reviewed} decided", "yellow")
    return out


class DeskScreen(ListScreen):
    HELP_NAME = "Desk"
    BINDINGS = [
        Binding("escape,q", "back", "Back", id="desk.back"),
        Binding("G", "agreement", "Agreement", id="desk.agreement"),
    ]
    EXTRA_KEYS = [("enter", "Open the article"), ("up, down", "Move in the list")]

    def __init__(self) -> None:
        super().__init__()
        self.people: list[AnnotatorProgress] = []
        self.articles: list[ArticleProgress] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="desk-title", markup=False)
        yield OptionList(id="desk")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#desk", OptionList).focus()

    def reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="desk")
    def load(self) -> None:
        worker = get_current_worker()
        try:
            people, articles = self.store.progress_by_annotator(), self.store.progress_by_article()
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, people, articles)

    def _show(self, people: list[AnnotatorProgress], articles: list[ArticleProgress]) -> None:
        self.people, self.articles = people, articles[:MAX_ARTICLES]
        lst = self.query_one("#desk", OptionList)
        keep = lst.highlighted
        lst.clear_options()
        lst.add_option(Option(Text("Annotators", "bold underline"), disabled=True))
        if not people:
            lst.add_option(Option(Text("Nobody yet: reader assign ID... --to NAME", "italic"), disabled=True))
        for p in people:
            lst.add_option(Option(annotator_prompt(p), disabled=True))
        lst.add_option(Option(Text("Articles", "bold underline"), disabled=True))
        for a in self.articles:
            lst.add_option(Option(article_prompt(a), id=str(a.article_id)))
        if keep is not None:
            lst.highlighted = min(keep, lst.option_count - 1)
        elif self.articles:
            lst.highlighted = len(people or [None]) + 2
        title = Text("Desk", "bold")
        title.append(
            f"  {len(people)} annotator{'s' if len(people) != 1 else ''} · {len(articles)} article{'s' if len(articles) != 1 else ''}"
        )
        self.query_one("#desk-title", Static).update(title)
        self.query_one(StatusBar).show(
            message=f"enter opens the article · {self.key('desk.agreement')} agreement"
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            ids = [a.article_id for a in self.articles]
            self.app.open_article(int(event.option.id), ids)

    def action_agreement(self) -> None:
        self.app.action_agreement()

    def action_back(self) -> None:
        self.app.pop_screen()
