"""Tagging the title, the byline and the dateline (issue 12): each shown as selectable text with its
own offsets, so the dateline's place and the byline's people reach the entity index and the
exports. Tags are stored with their field (reader.models.FIELDS) through reader.history: u undoes
them here and in the reading view."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static
from textual.worker import get_current_worker

from reader.errors import InvalidInput, ReaderError
from reader.history import said
from reader.models import METADATA_FIELDS, Annotation, Article, Label
from reader.tui import selection as sel
from reader.tui.annotation_panel import Legend
from reader.tui.base import AppScreen
from reader.tui.footer import Footer
from reader.tui.safe import clean
from reader.tui.status_bar import StatusBar
from reader.tui.text_view import ArticleText

FIELD_NAMES = {"title": "Title", "byline": "Byline", "dateline": "Dateline"}


class FieldText(ArticleText):
    """One metadata field as read-only, selectable text; offsets are into the stored field."""

    def __init__(self, field: str, value: str) -> None:
        super().__init__(value, id=f"field-{field}", classes="metadata-field")
        self.field = field


class MetadataScreen(AppScreen[None]):
    HELP_NAME = "Tag title, byline, dateline"

    BINDINGS = [
        Binding("escape,q", "back", "Back", tooltip="Back to the article", id="metadata.back"),
        *[Binding(str(n), f"tag('{n}')", f"Tag with label {n}", show=False) for n in range(1, 10)],
        Binding("w", "select_word", "Select word", id="metadata.select_word"),
        Binding("x,delete", "delete_tag", "Delete", id="metadata.delete"),
        Binding("u,ctrl+z", "undo", "Undo", id="metadata.undo"),
        Binding("U,ctrl+y", "redo", "Redo", show=False, id="metadata.redo"),
    ]
    EXTRA_KEYS = [
        ("tab, shift+tab", "Next / previous field"),
        ("shift+arrows, ctrl+shift+arrows", "Select by character / word"),
        ("1-9", "Tag the selection (or the word at the cursor) with the label of that key"),
    ]

    def __init__(self, article_id: int) -> None:
        super().__init__()
        self.article_id = article_id
        self.article: Article | None = None
        self.labels: list[Label] = []
        self.tags: list[Annotation] = []
        self._loads = 0  # how many times the tags were loaded: a change read before a load is stale

    def compose(self) -> ComposeResult:
        article = self.article = self.store.get_article(self.article_id)
        self.labels = self.store.labels()
        title = clean(article.title) or "(untitled)"
        yield Static(
            Text(f"Tag the title, byline and dateline of “{title[:60]}”", "bold"),
            markup=False,
            id="metadata-head",
        )
        yield Legend(id="metadata-legend")
        # Not a focus stop of its own: tab goes from field to field (the fields scroll it into view).
        with VerticalScroll(id="metadata-fields", can_focus=False):
            shown = 0
            for field in METADATA_FIELDS:
                value = getattr(article, field)
                if not value:
                    continue
                shown += 1
                yield Static(FIELD_NAMES[field], classes="field-label", markup=False)
                view = FieldText(field, value)
                view.cursor_blink = getattr(self.app, "cursor_blink", True)
                yield view
            if not shown:
                yield Static("This article has no title, byline or dateline to tag.", markup=False)
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Legend).set_labels(self.labels)
        views = list(self.query(FieldText))
        if views:
            views[-1 if len(views) > 1 and views[-1].field == "dateline" else 0].focus()
        self.reload()

    def on_store_changed(self) -> None:
        # another program (a colleague, `reader tag --field`) changed the tags: read in a worker
        self._read_change(self._loads)

    @work(thread=True, exclusive=True, group="metadata-changed")
    def _read_change(self, loads: int) -> None:
        worker = get_current_worker()
        try:
            found = self.store.annotations(self.article_id, field=None)
        except ReaderError as e:  # busy, a server gone: said once; the next change reads again
            if not worker.is_cancelled:
                self.app.call_from_thread(self.notify, clean(str(e)), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_change, loads, found)

    def _show_change(self, loads: int, found: list[Annotation]) -> None:
        if not self.is_mounted:
            return
        if loads != self._loads:  # loaded again meanwhile (your own tag): read again
            self._read_change(self._loads)
        else:
            self.reload(found)

    @property
    def colours(self) -> dict[str, str]:
        return {label.name: label.colour for label in self.labels}

    def reload(self, found: list[Annotation] | None = None) -> None:
        """Show the fields' tags as stored (found: the article's tags, read already in a worker)."""
        self._loads += 1
        if found is None:
            found = self.store.annotations(self.article_id, field=None)
        self.tags = [a for a in found if a.field != "body"]
        counts: dict[str, int] = {}
        for view in self.query(FieldText):
            mine = [a for a in self.tags if a.field == view.field]
            view.set_spans(mine, self.colours, None)
        for a in self.tags:
            counts[a.label] = counts.get(a.label, 0) + 1
        self.query_one(StatusBar).show(position="metadata", counts=counts, labels=self.labels, message="")

    def _view(self) -> FieldText | None:
        focused = self.focused
        return focused if isinstance(focused, FieldText) else None

    def action_select_word(self) -> None:
        view = self._view()
        if view is not None:
            view.select_offsets(*sel.word_bounds(view.text, view.cursor_offset))

    def action_tag(self, hotkey: str) -> None:
        view = self._view()
        label = next((lab for lab in self.labels if lab.hotkey == hotkey), None)
        if view is None or label is None:
            return
        if label.kind == "claim":
            self.notify(
                "Claims are tagged in the article's text", markup=False, severity="warning", timeout=3
            )
            return
        text = view.text
        start, end = view.selected_span
        if start == end:
            start, end = sel.word_bounds(text, start)
        else:
            start, end = sel.trim_to_words(text, start, end)
        start, end = sel.snap_to_words(text, start, end)
        if start >= end:
            return
        history, article_id, field = self.history, self.article_id, view.field
        # The stored value the offsets count in (a reclean may change it meanwhile: see Store.add_annotation).
        seen = getattr(self.article, field, None) if self.article is not None else None
        self.write(
            lambda: history.add(article_id, label.name, start, end, field=field, seen_text=seen),
            f"Tagged {label.name} in the {field}: {clean(text[start:end])[:40]}",
            then=lambda _: self.reload(),
        )

    def action_delete_tag(self) -> None:
        view = self._view()
        if view is None:
            return
        offset = view.cursor_offset
        inside = [a for a in self.tags if a.field == view.field and a.start <= offset <= a.end]
        if not inside:
            self.notify("No tag at the cursor", markup=False, timeout=2)
            return
        ann = min(inside, key=lambda a: a.end - a.start)
        self.tags.remove(ann)  # now: a fast second x must not send it to be deleted again
        self.write(
            lambda: self.history.delete(ann.id, expected=ann),
            f"Deleted {ann.label} (u undoes)",
            then=lambda _: self.reload(),
            undo=self.reload,  # refused: it is still there
        )

    def action_undo(self) -> None:
        self._step(forward=False)

    def action_redo(self) -> None:
        self._step(forward=True)

    def _step(self, forward: bool) -> None:
        history, article_id = self.history, self.article_id

        def change() -> object:
            try:
                return (history.redo if forward else history.undo)(article_id)
            except InvalidInput as e:
                return str(e)

        def then(done: object) -> None:
            if done is None:
                self.say(f"Nothing to {'redo' if forward else 'undo'} in this article")
            elif isinstance(done, str):
                self.notify(clean(done), markup=False, severity="warning", timeout=6)
            else:
                self.say(clean(said(done, forward)))
            self.reload()

        self.write(change, then=then)

    def action_back(self) -> None:
        self.dismiss(None)  # the reading view shows the tags in its header (its callback)
