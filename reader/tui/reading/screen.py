"""The reading view: the article header, its text with annotations, the annotation panel.

ReadingScreen puts the parts together (one module per concern, see reading.base) and owns the
keys, the layout and opening an article (also into a blank screen composed ahead)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Size
from textual.timer import Timer
from textual.widgets import Static

from reader.models import ARTICLE_STATUSES
from reader.tui.annotation_panel import AnnotationPanel, Legend
from reader.tui.footer import Footer
from reader.tui.layers import others_colours
from reader.tui.reading.base import header_text
from reader.tui.reading.claims import Claims
from reader.tui.reading.find import Find, FindBar
from reader.tui.reading.moving import Moving
from reader.tui.reading.occurrences import Occurrences
from reader.tui.reading.spans import Spans
from reader.tui.reading.suggestions import Suggestions
from reader.tui.reading.tagging import Tagging
from reader.tui.safe import clean, listed, shorten
from reader.tui.status_bar import StatusBar
from reader.tui.text_view import ArticleText

PREPARE_PAUSE_S = 0.02  # a blank screen composed ahead is laid out once its widgets are quiet this long

# Footer groups: one entry for related keys ("w s p Select"), so the footer fits 80 columns.
SELECT = Binding.Group("Select", compact=True)
UNDO = Binding.Group("Undo", compact=True)


class ReadingScreen(Moving, Tagging, Claims, Suggestions, Occurrences, Find, Spans):
    HELP_NAME = "Reading"

    BINDINGS = [
        Binding("escape,q", "back", "Back", tooltip="Back to the library", id="reading.back"),
        Binding(
            "g", "toggle_suggestions", "Suggest", tooltip="Suggestions: show / hide", id="reading.suggestions"
        ),
        *[
            Binding(str(n), f"tag('{n}')", f"Tag with label {n}", show=False, id=f"reading.tag{n}")
            for n in range(1, 10)
        ],
        Binding("w", "select_word", "Select word", id="reading.select_word", group=SELECT),
        Binding("s", "select_sentence", "Select sentence", id="reading.select_sentence", group=SELECT),
        Binding("p", "select_paragraph", "Select paragraph", id="reading.select_paragraph", group=SELECT),
        Binding(
            "right_square_bracket", "sentence(1)", "Next sentence", show=False, id="reading.next_sentence"
        ),
        Binding(
            "left_square_bracket", "sentence(-1)", "Previous sentence", show=False, id="reading.prev_sentence"
        ),
        Binding(
            "right_curly_bracket",
            "sentence(1, True)",
            "Extend to next sentence",
            show=False,
            id="reading.extend_sentence",
        ),
        Binding(
            "left_curly_bracket",
            "sentence(-1, True)",
            "Extend to previous sentence",
            show=False,
            id="reading.extend_sentence_back",
        ),
        Binding(
            "ctrl+down,alt+down", "paragraph(1)", "Next paragraph", show=False, id="reading.next_paragraph"
        ),
        Binding(
            "ctrl+up,alt+up", "paragraph(-1)", "Previous paragraph", show=False, id="reading.prev_paragraph"
        ),
        Binding(
            "ctrl+shift+down,alt+shift+down",
            "paragraph(1, True)",
            "Extend to next paragraph",
            show=False,
            id="reading.extend_paragraph",
        ),
        Binding(
            "ctrl+shift+up,alt+shift+up",
            "paragraph(-1, True)",
            "Extend to previous paragraph",
            show=False,
            id="reading.extend_paragraph_back",
        ),
        Binding(
            "slash,ctrl+f", "find", "Find", tooltip="Find in the article", id="reading.find", priority=True
        ),
        Binding("f3", "find_next(1)", "Next match", show=False, id="reading.find_next"),
        Binding("shift+f3", "find_next(-1)", "Previous match", show=False, id="reading.find_prev"),
        Binding("ctrl+home", "text_edge('start')", "Start of the article", show=False, id="reading.start"),
        Binding("ctrl+end", "text_edge('end')", "End of the article", show=False, id="reading.end"),
        Binding("n", "next_annotation(1)", "Next", tooltip="Next annotation", id="reading.next_annotation"),
        Binding("N", "next_annotation(-1)", "Previous annotation", show=False, id="reading.prev_annotation"),
        Binding(
            "greater_than_sign",
            "next_same_label(1)",
            "Next of same label",
            show=False,
            id="reading.next_same",
        ),
        Binding(
            "less_than_sign",
            "next_same_label(-1)",
            "Previous of same label",
            show=False,
            id="reading.prev_same",
        ),
        Binding("e,enter", "edit_annotation", "Edit", id="reading.edit"),
        Binding(
            "h", "adjust_span('start_left')", "Tag starts a word earlier", show=False, id="reading.start_left"
        ),
        Binding(
            "j", "adjust_span('start_right')", "Tag starts a word later", show=False, id="reading.start_right"
        ),
        Binding("k", "adjust_span('end_left')", "Tag ends a word earlier", show=False, id="reading.end_left"),
        Binding("l", "adjust_span('end_right')", "Tag ends a word later", show=False, id="reading.end_right"),
        Binding(
            "H",
            "adjust_span('start_left', 'char')",
            "Tag starts a character earlier",
            show=False,
            id="reading.start_left_char",
        ),
        Binding(
            "J",
            "adjust_span('start_right', 'char')",
            "Tag starts a character later",
            show=False,
            id="reading.start_right_char",
        ),
        Binding(
            "K",
            "adjust_span('end_left', 'char')",
            "Tag ends a character earlier",
            show=False,
            id="reading.end_left_char",
        ),
        Binding(
            "L",
            "adjust_span('end_right', 'char')",
            "Tag ends a character later",
            show=False,
            id="reading.end_right_char",
        ),
        Binding("x,delete", "delete_annotation", "Delete", id="reading.delete"),
        Binding("u,ctrl+z", "undo", "Undo", id="reading.undo", group=UNDO),
        Binding("U,ctrl+y", "redo", "Redo", tooltip="Redo", id="reading.redo", group=UNDO),
        Binding(
            "m",
            "cycle_status",
            "Status",
            tooltip="Status: mark the article new / in progress / done",
            id="reading.status",
        ),
        Binding("tab", "switch_focus", "Text/list", show=False, id="reading.switch_focus"),
        Binding(
            "full_stop", "next_suggestion(1)", "Next suggestion", show=False, id="reading.next_suggestion"
        ),
        Binding(
            "comma", "next_suggestion(-1)", "Previous suggestion", show=False, id="reading.prev_suggestion"
        ),
        Binding("a", "accept_suggestion", "Accept suggestion", show=False, id="reading.accept"),
        Binding("r", "reject_suggestion", "Reject suggestion", show=False, id="reading.reject"),
        Binding(
            "A", "accept_label", "Accept all suggestions of this label", show=False, id="reading.accept_label"
        ),
        Binding(
            "R", "reject_all", "Reject all suggestions (asks first)", show=False, id="reading.reject_all"
        ),
        Binding(
            "o",
            "tag_everywhere('article')",
            "Tag every occurrence in this article",
            show=False,
            id="reading.tag_every",
        ),
        Binding(
            "O",
            "tag_everywhere('all')",
            "Tag every occurrence in all articles (asks first)",
            show=False,
            id="reading.tag_every_all",
        ),
        Binding(
            "T",
            "toggle_layers",
            "Everyone's tags",
            tooltip="Everyone's tags: every annotator's (marked with their name) / only yours",
            show=False,
            id="reading.layers",
        ),
        Binding(
            "V",
            "review",
            "Review",
            tooltip="Review: every annotator's tags side by side; accept or reject them into the gold set",
            show=False,
            id="reading.review",
        ),
        Binding(
            "t",
            "set_title",
            "Title",
            tooltip="Title: give the article a title, or change it",
            show=False,
            id="reading.title",
        ),
        Binding(
            "M",
            "tag_metadata",
            "Tag the title, byline, dateline",
            show=False,
            id="reading.tag_metadata",
        ),
        Binding("E", "app.entities", "Entity index", show=False, id="reading.entities"),
        Binding("C", "app.claims", "Claims", show=False, id="reading.claims"),
        Binding("X", "export", "Export this article", show=False, id="reading.export"),
        Binding(
            "P",
            "original_page",
            "Original page",
            tooltip="Original page: see the saved page and fix the article's text",
            show=False,
            id="reading.page",
        ),
    ]

    EXTRA_KEYS = [
        ("arrows", "Move by character / line"),
        ("ctrl+left, ctrl+right", "Move by word"),
        ("shift+arrows", "Extend the selection by character / line"),
        ("ctrl+shift+left, ctrl+shift+right", "Extend the selection by word"),
        ("home, end", "Start / end of the paragraph"),
        ("enter, down / up (in find)", "Next / previous match; escape closes find, the match stays selected"),
        ("mouse drag", "Select text"),
        ("1-9", "Tag the selection (or the word at the cursor) with the label of that key"),
    ]

    def __init__(
        self,
        article_id: int | None = None,
        ids: list[int] | None = None,
        focus: int | None = None,
        search: str | None = None,
    ) -> None:
        """With no article_id, a blank screen: composed and laid out ahead of time (the app keeps
        one ready), then given its one article by `load` just before it is shown. search: the
        library search it was opened from (its hits are highlighted)."""
        super().__init__(article_id, ids, focus)
        self.search = search
        self._prepared_size: Size | None = None  # the size a blank screen was laid out at (on_idle)
        self._prepare_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        # The text goes to the TextArea as it is built: loading it later wraps it all a second time.
        if self.article_id is not None:
            self.article = self.store.get_article(self.article_id)
        yield Static(header_text(self.article) if self.article else "", id="article-header", markup=False)
        with Horizontal(id="reading-body"):
            text = ArticleText(self.article.text if self.article else "", id="text")
            text.cursor_blink = getattr(self.app, "cursor_blink", True)
            yield text
            with Vertical(id="side"):
                yield Legend(id="legend")
                panel = AnnotationPanel(id="annotations")
                panel.me = self.app.annotator
                yield panel
        find = FindBar(id="find-bar")
        find.display = False
        yield find
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        if self.article is not None:
            self._show_article()
        else:  # blank: what opening would otherwise add and lay out again comes now
            # the header and the legend as tall as they will be
            self.query_one("#article-header", Static).update("\n")
            self.labels = self.store.labels()
            self.query_one(Legend).set_labels(self.labels)
            # the scrollbars, which Textual creates (and mounts) the first time they are shown
            _ = self.view.vertical_scrollbar, self.query_one(AnnotationPanel).vertical_scrollbar

    def on_idle(self) -> None:
        """A blank screen composed ahead (ReaderApp.prepare_reading) is not shown, and Textual
        lays out only the shown screen: lay it out here, at the terminal's size, whenever its
        widgets have asked for it (they mount one after the other, and the footer composes its
        keys after mounting: a short pause gathers them into one layout)."""
        if not self.blank or self.is_current or not self.is_mounted or self._prepare_timer is not None:
            return
        if self._layout_required or self._prepared_size != self.app.size:
            self._prepare_timer = self.set_timer(PREPARE_PAUSE_S, self._prepare_layout)

    def _prepare_layout(self) -> None:
        self._prepare_timer = None
        if not self.blank or self.is_current:
            return
        self._layout_required = False
        self._prepared_size = self.app.size
        self._refresh_layout(self._prepared_size)
        # Start the screen's refresh timer too: started on the first refresh after the push,
        # it would wait a whole period (1/60 s) before painting anything.
        self._update_timer.resume()

    @property
    def blank(self) -> bool:
        """Composed with no article and not given one yet (see `load`)."""
        return self.article_id is None

    def load(
        self, article_id: int, ids: list[int], focus: int | None = None, search: str | None = None
    ) -> None:
        """Give a blank, mounted screen its article (once: a screen shows one article). The text
        goes to a TextArea that already has its final width, so it is wrapped once."""
        if not self.blank or not self.is_mounted:
            raise RuntimeError("load() is for a blank, mounted ReadingScreen")
        if self._prepare_timer is not None:
            self._prepare_timer.stop()
            self._prepare_timer = None
        if self._prepared_size != self.app.size:  # not laid out yet, or resized since: wrap once
            self._prepare_layout()
        self.article_id = article_id
        self.ids = ids
        self.initial_focus = focus
        self.search = search
        self.article = self.store.get_article(article_id)
        self.view.load(self.article.text)
        self._show_article()

    def _show_article(self) -> None:
        labels = self.store.labels()
        if labels != self.labels:
            self.labels = labels
            self.query_one(Legend).set_labels(labels)
        self.refresh_annotations(reload_article=False)
        self.view.focus()
        if self.initial_focus is not None:
            self.show_annotation(self.initial_focus)
        elif self.search and self.search.strip():
            self.show_search_hits(self.search)

    def action_cycle_status(self) -> None:
        if self.article is None:
            return
        article, old = self.article, self.article.status
        new = ARTICLE_STATUSES[(ARTICLE_STATUSES.index(old) + 1) % len(ARTICLE_STATUSES)]
        article.status = new  # the next m goes on from here, even before this one commits

        def put_back() -> None:  # refused (a read-only database): show what is stored
            article.status = old

        article_id = self.open_id
        self.write(
            lambda: self.store.set_status(article_id, new),
            f"Marked {new}",
            then=lambda _: self.refresh_annotations(),
            undo=put_back,
        )

    def action_set_title(self) -> None:
        """t: a title for the article (one "(untitled)" has none), saved at once, u undoes it."""
        from reader.title import set_title
        from reader.tui.title_dialog import TitleDialog

        if self.article is None:
            return
        article_id, history = self.open_id, self.history

        def chosen(title: str | None) -> None:
            article = self.article
            same = article is not None and title == article.title
            if title is None or (same and article is not None and article.title_by_hand):
                return
            # Enter on the title as the cleaner found it confirms it: given by hand, kept by reclean
            said = "kept as given by hand" if same else ""
            self.write(
                lambda: set_title(self.store, article_id, title, history),
                f"Title{' ' + said if said else ''}: “{shorten(title, 60)}” (u undoes)",
                then=lambda _: self.refresh_annotations(),
                undo=self.refresh_annotations,  # refused: what is stored
            )

        self.app.push_screen(TitleDialog(self.article.title), chosen)

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_toggle_layers(self) -> None:
        """Everyone's tags (each marked with its annotator in the list) / only yours."""
        self.app.show_everyone = not self.app.show_everyone
        self.refresh_annotations(reload_article=False)
        if self.app.show_everyone:
            others = sorted(others_colours(self.annotations, self.app.annotator))
            if others:
                self.say(f"T: {listed(others)} underlined, each in their colour (legend); yours filled")
            else:
                self.say("Everyone's tags: nobody else has tagged this article (T: only yours)")
        else:
            self.say("Only your tags (T: everyone's)")

    def action_review(self) -> None:
        from reader.tui.review_screen import ReviewScreen

        self.app.push_screen(ReviewScreen(self.open_id), lambda _: self.refresh_annotations())

    def action_original_page(self) -> None:
        from reader.tui.page_view import open_page

        open_page(self, self.refresh_annotations)

    def action_export(self) -> None:
        from reader.export import ExportFilters
        from reader.tui.export_dialog import start_export

        title = clean(self.article.title if self.article else "") or "(untitled)"
        start_export(
            self, ExportFilters(article_ids=(self.open_id,)), f"the annotations of “{shorten(title, 50)}”"
        )
