"""Review (issue 14, item 6): one article's tags from every annotator side by side, each with who
made it and the reviewer's decision, then the gold set. a accepts the highlighted tag into the gold
set (a copy: the annotator's tag stays theirs), r rejects it, e edits a gold tag's label and note,
u undoes the last accept, reject or edit here. Loads in a worker; writes go through the app's writer
and the undo history (reader.history)."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.errors import InvalidInput, ReaderError
from reader.history import said
from reader.models import Annotation
from reader.store.desk_store import Review
from reader.tui.base import AppScreen
from reader.tui.footer import Footer
from reader.tui.safe import clean, shorten
from reader.tui.status_bar import StatusBar

DECISION_MARK = {"accepted": ("✓ accepted", "bold green"), "rejected": ("✗ rejected", "red")}


def tag_prompt(ann: Annotation, colour: str, review: Review | None, gold: bool = False) -> Text:
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append("■ ", style=colour)
    out.append(f"{clean(ann.label):<9}", "bold")
    if gold:
        out.append(f"{'★ gold':<14}", "bold yellow")
    else:
        out.append(f"{shorten(ann.annotator or '(nobody)', 12):<14}", "italic")
    mark, style = DECISION_MARK.get(review.decision, ("", "")) if review else ("· undecided", "dim")
    if not gold:
        out.append(f"{mark:<12}", style)
    out.append(f"[{ann.start}-{ann.end}] ", "dim")
    out.append(shorten(ann.text, 70))
    if ann.note:
        out.append("  ✎ " + shorten(ann.note, 30), "dim")
    return out


class ReviewScreen(AppScreen[None]):
    HELP_NAME = "Review"
    BINDINGS = [
        Binding("escape,q", "back", "Back", id="review.back"),
        Binding(
            "a",
            "decide('accepted')",
            "Accept",
            tooltip="Accept the tag into the gold set",
            id="review.accept",
        ),
        Binding("r", "decide('rejected')", "Reject", tooltip="Reject the tag", id="review.reject"),
        Binding("e", "edit_gold", "Edit gold", tooltip="Edit a gold tag's label and note", id="review.edit"),
        Binding(
            "u",
            "undo",
            "Undo",
            tooltip="Undo the last accept, reject or edit in this article",
            id="review.undo",
        ),
    ]
    EXTRA_KEYS = [("up, down", "Move in the list")]

    def __init__(self, article_id: int) -> None:
        super().__init__()
        self.article_id = article_id
        self.tags: list[Annotation] = []
        self.gold: list[Annotation] = []
        self.reviews: dict[int, Review] = {}
        self.colours: dict[str, str] = {}
        self.text: str | None = None  # the article's text: a gold tag's span can be moved in it

    def compose(self) -> ComposeResult:
        yield Static("", id="review-title", markup=False)
        yield OptionList(id="review")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#review", OptionList).focus()
        self.reload()

    def on_store_changed(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.load(self.article_id)

    @work(thread=True, exclusive=True, group="review")
    def load(self, article_id: int) -> None:
        worker = get_current_worker()
        try:
            article = self.store.get_article(article_id)
            title = article.title or "(untitled)"
            tags, gold = self.store.layer_annotations(article_id)
            reviews = self.store.reviews(article_id)
            colours = {label.name: label.colour for label in self.store.labels()}
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.text = article.text
            self.app.call_from_thread(self._show, title, tags, gold, reviews, colours)

    def _show(
        self,
        title: str,
        tags: list[Annotation],
        gold: list[Annotation],
        reviews: dict[int, Review],
        colours: dict,
    ) -> None:
        self.tags = sorted(tags, key=lambda a: (a.start, a.end, a.annotator or "", a.id))
        self.gold, self.reviews, self.colours = gold, reviews, colours
        lst = self.query_one("#review", OptionList)
        keep = lst.highlighted
        # The highlight follows its tag, not its row: a colleague's tag shifts the list, and a / r
        # decide on the highlighted tag.
        was = lst.get_option_at_index(keep).id if keep is not None and keep < lst.option_count else None
        lst.clear_options()
        for a in self.tags:
            lst.add_option(
                Option(tag_prompt(a, colours.get(a.label, "#888888"), reviews.get(a.id)), id=f"t{a.id}")
            )
        lst.add_option(
            Option(Text(f"Gold set: {len(gold)} tag{'s' if len(gold) != 1 else ''}", "bold"), disabled=True)
        )
        for a in gold:
            lst.add_option(
                Option(tag_prompt(a, colours.get(a.label, "#888888"), None, gold=True), id=f"g{a.id}")
            )
        if lst.option_count:
            ids = [lst.get_option_at_index(i).id for i in range(lst.option_count)]
            if was is not None and was in ids:
                lst.highlighted = ids.index(was)
            else:
                lst.highlighted = 0 if keep is None else min(keep, lst.option_count - 1)
        people = sorted({a.annotator or "(nobody)" for a in self.tags})
        decided = sum(1 for a in self.tags if a.id in reviews)
        head = Text("Review ", "bold")
        head.append(shorten(title, 60))
        head.append(
            f"\n{len(self.tags)} tags by {len(people)} annotator{'s' if len(people) != 1 else ''} "
            f"({', '.join(shorten(p, 16) for p in people)}) · {decided} decided · {len(gold)} in the gold set",
            "italic",
        )
        self.query_one("#review-title", Static).update(head)
        self.query_one(StatusBar).show(message="a accept · r reject · e edit a gold tag · u undo")

    def current(self) -> tuple[str, Annotation] | None:
        lst = self.query_one("#review", OptionList)
        if lst.highlighted is None:
            return None
        option_id = lst.get_option_at_index(lst.highlighted).id
        if not option_id:
            return None
        kind, number = option_id[0], int(option_id[1:])
        found = next((a for a in (self.tags if kind == "t" else self.gold) if a.id == number), None)
        return (kind, found) if found is not None else None

    def action_decide(self, decision: str) -> None:
        found = self.current()
        if found is None or found[0] != "t":
            self.notify("Move onto an annotator's tag to accept or reject it", markup=False, timeout=3)
            return
        ann = found[1]
        store, history, reviewer = self.store, self.history, self.app.annotator
        before = self.reviews.get(ann.id)

        def do() -> None:
            if decision == "accepted":
                store.accept(ann.id, reviewer)
            else:
                store.reject(ann.id, reviewer)

        def undo() -> None:
            store.undecide(ann.id)
            if before is not None:
                store.restore_decision(before)

        def change() -> None:
            do()
            history.record_action(
                f"{decision[:-2]} {ann.label} “{shorten(ann.text, 30)}”", undo, do, ann.article_id
            )

        verb = "Accepted into the gold set" if decision == "accepted" else "Rejected"
        self.write(change, f"{verb} (u undoes)", then=lambda _: self.reload(), undo=self.reload)

    def action_edit_gold(self) -> None:
        found = self.current()
        if found is None or found[0] != "g":
            self.notify(
                "Move onto a gold tag (below the annotators' tags) to edit it", markup=False, timeout=3
            )
            return
        ann = found[1]
        from reader.tui.note_dialog import NoteDialog

        def done(result: dict | None) -> None:
            if result is None:
                return
            history = self.history
            fields = {"label": result["label"], "note": result["note"] or None}
            if (result["start"], result["end"]) != (ann.start, ann.end):
                fields.update(start=result["start"], end=result["end"])
            self.write(
                lambda: history.update(ann.id, expected=ann, **fields),
                "Gold tag saved (u undoes)",
                then=lambda _: self.reload(),
                undo=self.reload,
            )

        self.app.push_screen(NoteDialog(ann, list(self.colours), self.text), done)

    def action_undo(self) -> None:
        history, article_id = self.history, self.article_id

        def change() -> str:
            try:
                step = history.undo(article_id)
            except InvalidInput as e:
                return str(e)
            return said(step, False) if step is not None else "Nothing to undo in this article"

        def then(message: str) -> None:
            self.say(clean(message))
            self.reload()

        self.write(change, then=then)

    def action_back(self) -> None:
        self.app.pop_screen()
