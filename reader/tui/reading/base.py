"""What every part of the reading view shares: the article, its annotations, the text widget,
the status line, and the hooks the parts fill in (suggestions).

The reading view is split by concern, one module each, combined in `screen.ReadingScreen`:
moving (cursor, selection, going from tag to tag), tagging (tag, edit, delete, undo), claims
(the claim form), suggestions, occurrences (tag every occurrence). Each calls the core
(reader.history, reader.suggestions, reader.tui.selection) and writes through AppScreen.write."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.widgets import Static
from textual.worker import get_current_worker

from reader.anchor import place_on_new_text
from reader.errors import NotFound, ReaderError
from reader.low_confidence import MARK, is_low
from reader.models import Annotation, Article, Label
from reader.tui.annotation_panel import AnnotationPanel, Legend
from reader.tui.base import AppScreen
from reader.tui.layers import others_colours
from reader.tui.safe import clean, shorten
from reader.tui.status_bar import StatusBar
from reader.tui.text_view import ArticleText


def _tagged(value: str, field: str, tags: list[Annotation], colours: dict[str, str], style: str) -> Text:
    """A metadata field shown with its tags (T tags them) in their label colours."""
    shown = Text(clean(value), style)
    if shown.plain == value:  # the stored field is already one clean line: the offsets hold
        for a in tags:
            if a.field == field and 0 <= a.start < a.end <= len(value):
                shown.stylize(f"#1a1a1a on {colours.get(a.label, '#888888')}", a.start, a.end)
    return shown


def header_text(
    article: Article, tags: list[Annotation] | None = None, colours: dict[str, str] | None = None
) -> Text:
    """The title, the metadata line and the URL above the text; tags: the metadata tags to colour."""
    tags, colours = tags or [], colours or {}
    out = (
        _tagged(article.title, "title", tags, colours, "bold")
        if article.title
        else Text("(untitled)", "bold")
    )
    meta: list[Text] = []
    if article.byline:
        meta.append(_tagged(article.byline, "byline", tags, colours, "italic"))
    if article.dateline:
        meta.append(_tagged(article.dateline, "dateline", tags, colours, "italic"))
    for value in (article.agency, article.site, article.published):
        if value:
            meta.append(Text(clean(value), "italic"))
    meta.append(Text(f"{article.word_count} words", "italic"))
    meta.append(Text(clean(article.status), "italic"))
    out.append("\n")
    out.append_text(Text(" · ", "italic").join(meta))
    if article.url:
        out.append("\n" + clean(article.url), "dim")
    if is_low(article.confidence):
        why = f": {clean(article.confidence_reason)}" if article.confidence_reason else ""
        out.append(
            f"\n{MARK} the cleaner is unsure this is the article{why} "
            "(P shows the page: n there tries the cleaner's other candidates, s e mark the article by hand)",
            "yellow",
        )
    return out


class ReadingBase(AppScreen[None]):
    """The state of the reading view and what every part of it uses."""

    def __init__(
        self, article_id: int | None = None, ids: list[int] | None = None, focus: int | None = None
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.ids = ids if ids is not None else ([article_id] if article_id is not None else [])
        self.initial_focus = focus  # an annotation to select on opening (entity index, claims)
        self.article: Article | None = None
        self.annotations: list[Annotation] = []
        self.labels: list[Label] = []
        self.focused_id: int | None = None
        self.show_suggestions = False
        self.metadata_tags: list[Annotation] = []  # tags on the title, byline and dateline (T)
        self._shown = 0  # how many times the tags were loaded: a change read before a load is stale

    @property
    def open_id(self) -> int:
        """The id of the article on screen (what loads it and every action on it run once it is set)."""
        if self.article_id is None:
            raise ReaderError("no article is open")
        return self.article_id

    if TYPE_CHECKING:  # defined by the part that edits tags (tagging.py), used by the others

        def action_edit_annotation(self) -> None: ...

        # defined by the part that changes spans (spans.py), used by the edit dialog (tagging.py)
        def retag_span(self, ann: Annotation, start: int, end: int, **fields: object) -> None: ...

    # Hooks the other parts fill in: the claim form (reading.claims) ...
    def open_claim_form(self, label: str, start: int, end: int) -> None:
        raise NotImplementedError

    def edit_claim(self, ann: Annotation) -> None:
        raise NotImplementedError

    # ... and the suggestions (reading.suggestions).
    def suggestion_message(self) -> str:
        return ""

    def reload_suggestions(self) -> None:
        """Recompute the suggestions (in a worker) after the annotations changed."""

    def suggestions_follow_cursor(self, offset: int) -> None:
        """The cursor moved to `offset`: focus the suggestion there, if any."""

    @property
    def view(self) -> ArticleText:
        return self.query_one(ArticleText)

    @property
    def text(self) -> str:
        return self.article.text if self.article else ""

    @property
    def colours(self) -> dict[str, str]:
        return {label.name: label.colour for label in self.labels}

    def on_store_changed(self) -> None:
        """Another program tagged, untagged or changed this article: show what is stored now, read
        in a worker (on the event loop, a slow disk or a far server froze the screen each time)."""
        if self.article_id is None:
            return
        self._read_change(self.article_id, self.text, list(self.annotations), self._shown)

    @work(thread=True, exclusive=True, group="store-changed")
    def _read_change(self, article_id: int, seen: str, shown: list[Annotation], generation: int) -> None:
        """What is stored now for the article (seen: the text on screen, shown: its tags, when
        the change was heard; generation: the screen's load they belong to)."""
        worker = get_current_worker()
        try:
            every_field = self.store.annotations(article_id, field=None)
            article = self.store.get_article(article_id)
            aside = (
                {a.id for a in self.store.set_aside_annotations(article_id)}
                if article.text != seen
                else set()
            )
        except NotFound:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._article_gone, article_id)
            return
        except ReaderError as e:  # busy, a server gone: said once; the next change reads again
            if not worker.is_cancelled:
                self.app.call_from_thread(self.notify, clean(str(e)), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(
                self._show_change, article_id, (seen, shown, generation), (every_field, article, aside)
            )

    def _show_change(
        self,
        article_id: int,
        heard: tuple[str, list[Annotation], int],
        found: tuple[list[Annotation], Article, set[int]],
    ) -> None:
        seen, shown, generation = heard
        every_field, article, aside = found
        if self.article_id != article_id or not self.is_mounted:
            return  # another article is open now: it was read when it opened
        if generation != self._shown:  # the screen loaded again meanwhile (your own tag): read again
            self._read_change(article_id, seen, shown, self._shown)
            return
        # a change to another article (the usual case) redraws nothing here
        if (
            self._in_layer([a for a in every_field if a.field == "body"]) == self.annotations
            and article == self.article
            and self._hidden_hint(every_field) == self.query_one(AnnotationPanel).empty_hint
        ):
            return  # (a colleague's hidden tag changes what the empty list says)
        self.refresh_annotations(loaded=(every_field, article))
        if article.text != seen:
            self._say_text_replaced(shown, aside)

    def _article_gone(self, article_id: int) -> None:
        if self.article_id == article_id and self.is_mounted:
            self.notify("This article was deleted by another program", markup=False, severity="warning")
            self.app.pop_screen()

    def _say_text_replaced(self, shown: list[Annotation], aside_ids: set[int]) -> None:
        """A colleague's body fix or reclean replaced the text on screen: who, and which of your
        tags it set aside (their words are gone; `reader show` lists them), in one line."""
        assert self.article is not None
        me, who = self.app.annotator, self._changed_by()
        gone = [a for a in shown if a.id in aside_ids and a.annotator in (me, None, "")]
        said = f"The article's text was changed{who} (a body fix or a reclean)"
        if gone:
            names = ", ".join(f"{clean(a.label)} “{shorten(a.text)}”" for a in gone[:3])
            more = f" and {len(gone) - 3} more" if len(gone) > 3 else ""
            its = "its words are" if len(gone) == 1 else "their words are"
            said += (
                f"; {len(gone)} of your tags set aside ({its} gone): {names}{more} "
                f"(reader show {self.open_id} lists them)"
            )
        else:
            said += "; the tags moved with their words"
        self.notify(said, markup=False, severity="warning" if gone else "information", timeout=8)

    def _hidden_hint(self, every_field: list[Annotation]) -> str:
        """What the empty list of tags says when colleagues' tags are hidden: whose, and the key
        that shows them (an empty list read as an untagged article, on a desk)."""
        if self.app.show_everyone:
            return ""
        mine = (self.app.annotator, None, "")
        counts: dict[str, int] = {}
        for a in every_field:
            if a.field == "body" and a.annotator not in mine:
                counts[a.annotator] = counts.get(a.annotator, 0) + 1  # type: ignore[index]
        if not counts:
            return ""
        named = sorted(counts, key=lambda n: (-counts[n], n))
        who = ", ".join(f"{shorten(n, 20)} {counts[n]}" for n in named[:3]) + (" …" if len(named) > 3 else "")
        return (
            f"No tags of yours yet. Colleagues' tags here ({who}): {self.key('reading.layers')} shows them. "
            "Select text, then press a label key."
        )

    def layer_annotations(self, article_id: int) -> list[Annotation]:
        """The tags this screen shows: yours (and any nobody's name is on), or everyone's."""
        return self._in_layer(self.store.annotations(article_id))

    def _in_layer(self, found: list[Annotation]) -> list[Annotation]:
        if self.app.show_everyone:
            return found
        me = self.app.annotator
        return [a for a in found if a.annotator in (me, None, "")]

    def claim_labels(self) -> list[str]:
        """Every label's name (the label choice in the note dialog and the claim form)."""
        return [lab.name for lab in self.labels]

    def annotation(self, annotation_id: int | None) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def refresh_annotations(
        self,
        focus: int | None = None,
        reload_article: bool = True,
        loaded: tuple[list[Annotation], Article] | None = None,
    ) -> None:
        """Show the article's tags (and its text, with reload_article) as stored; loaded: every
        field's tags and the article, read already (in a worker: _read_change)."""
        if focus is not None:
            self.focused_id = focus
        self._shown += 1
        # One read for the body's tags and the metadata's (this runs after every tag).
        every_field = loaded[0] if loaded else self.store.annotations(self.open_id, field=None)
        self.annotations = self._in_layer([a for a in every_field if a.field == "body"])
        if self.annotation(self.focused_id) is None:
            self.focused_id = None
        # With everyone's tags (T), each colleague's get a fill of their own, named in the legend.
        others = others_colours(self.annotations, self.app.annotator) if self.app.show_everyone else {}
        self.view.set_spans(self.annotations, self.colours, self.focused_id, others)
        panel = self.query_one(AnnotationPanel)
        panel.others = others
        panel.empty_hint = self._hidden_hint(every_field)
        panel.set_annotations(self.annotations, self.colours, self.focused_id)
        self.query_one(Legend).set_others(others)
        if reload_article or self.article is None:
            old = self.article.text if self.article else None
            self.article = loaded[1] if loaded else self.store.get_article(self.open_id)
            if old is not None and self.article.text != old:  # a body fix, or its undo
                place = place_on_new_text(old, self.article.text, self.view.cursor_offset)
                self.view.load(self.article.text)
                self.view.set_spans(self.annotations, self.colours, self.focused_id, others)
                self.view.move_to(place, center=True)  # where the reader was, not the top
        self.metadata_tags = [a for a in every_field if a.field != "body"]
        self.query_one("#article-header", Static).update(
            header_text(self.article, self.metadata_tags, self.colours)
        )
        self.update_status()
        if self.show_suggestions:
            self.reload_suggestions()

    def update_status(self) -> None:
        counts: dict[str, int] = {}
        for a in self.annotations:
            counts[a.label] = counts.get(a.label, 0) + 1
        try:
            pos = f"{self.ids.index(self.open_id) + 1}/{len(self.ids)}"
        except ValueError:
            pos = "1/1"
        self.query_one(StatusBar).show(
            position=pos,
            counts=counts,
            labels=self.labels,
            message=self.suggestion_message(),
        )

    def _show_new(self, end: int, seen: str | None = None) -> Callable[[Annotation], None]:
        """After a tag commits: focus the new annotation, and put the cursor after it unless the
        user has moved it while the change waited. seen: the text the tag was counted in (said
        when a colleague's fix replaced it meanwhile and the store placed the tag on the new one)."""
        selection = self.view.selection

        def then(ann: Annotation) -> None:
            self.refresh_annotations(focus=ann.id)
            if self.view.selection == selection or ann.on_new_text:
                self.view.move_to(ann.end if ann.on_new_text else end)
            if seen is not None:
                self.say_if_text_changed(seen)

        return then

    def say_if_text_changed(self, seen: str, what: str = "your tag was") -> None:
        """After a change counted in `seen` committed (and the screen reloaded): when the article's
        text is not that one any more (a colleague's body fix or reclean landed meanwhile), the
        store placed the change on the new text by its words: say so, once, in one line."""
        if self.article is not None and self.article.text != seen:
            self.notify(
                f"The article's text was changed{self._changed_by()} meanwhile (a body fix or a reclean); {what} "
                "placed on its words in the new text",
                markup=False,
                severity="warning",
                timeout=8,
            )

    def _changed_by(self) -> str:
        """ " by NAME" of who last gave the article its text (" by you (another window)" for this
        annotator), or "" when no name was recorded."""
        by = self.article.text_changed_by if self.article is not None else None
        if not by:
            return ""
        return " by you (another window)" if by == self.app.annotator else f" by {clean(by)}"

    def set_focus_annotation(self, annotation_id: int | None, move: bool = True) -> None:
        self.focused_id = annotation_id
        self.view.set_focused(annotation_id)
        self.query_one(AnnotationPanel).show_focused(annotation_id)
        ann = self.annotation(annotation_id)
        if ann is not None and move:
            self.view.move_to(ann.start, center=True)

    def show_annotation(self, annotation_id: int) -> None:
        """Select an annotation's span and focus it (opening the article from an index)."""
        ann = self.annotation(annotation_id)
        if ann is None:
            on_field = next((a for a in self.metadata_tags if a.id == annotation_id), None)
            if on_field is not None:  # a tag on the title, byline or dateline: shown where it is
                self.open_metadata()
                return
            self.notify("That annotation is no longer there", markup=False, severity="warning")
            return
        self.view.select_offsets(ann.start, ann.end)
        self.set_focus_annotation(ann.id, move=False)
        self.call_after_refresh(self.view.scroll_cursor_visible, center=True)

    def open_metadata(self) -> None:
        """The title, byline and dateline as selectable text, to tag (reader.tui.metadata_screen)."""
        from reader.tui.metadata_screen import MetadataScreen

        self.app.push_screen(MetadataScreen(self.open_id), lambda _: self.refresh_annotations())

    def action_tag_metadata(self) -> None:
        self.open_metadata()

    def innermost_at(self, offset: int) -> Annotation | None:
        inside = [a for a in self.annotations if a.start <= offset < a.end]
        return min(inside, key=lambda a: a.end - a.start) if inside else None
