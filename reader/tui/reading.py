"""The reading view: the article header, its text with annotations, the annotation panel."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static, TextArea
from textual.worker import get_current_worker

from reader.errors import ReaderError
from reader.models import ARTICLE_STATUSES, Annotation, Article, Label
from reader.tui import selection as sel
from reader.tui.annotation_panel import AnnotationPanel, Legend
from reader.tui.claim_form import ClaimFields, ClaimForm
from reader.tui.confirm import ConfirmDialog
from reader.tui.footer import Footer
from reader.tui.note_dialog import NoteDialog
from reader.tui.safe import clean
from reader.tui.status_bar import StatusBar
from reader.tui.text_view import ArticleText, Span


def header_text(article: Article) -> Text:
    out = Text(clean(article.title) or "(untitled)", "bold")
    meta = []
    if article.byline:
        meta.append(clean(article.byline))
    if article.dateline:
        meta.append(clean(article.dateline))
    if article.agency:
        meta.append(clean(article.agency))
    if article.site:
        meta.append(clean(article.site))
    if article.published:
        meta.append(clean(article.published))
    meta.append(f"{article.word_count} words")
    meta.append(clean(article.status))
    out.append("\n" + " · ".join(meta), "italic")
    return out


PREPARE_PAUSE_S = 0.02  # a blank screen composed ahead is laid out once its widgets are quiet this long

# Footer groups: one entry for related keys ("w s p Select"), so the footer fits 80 columns.
SELECT = Binding.Group("Select", compact=True)
UNDO = Binding.Group("Undo", compact=True)


class ReadingScreen(Screen[None]):
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
        Binding("E", "app.entities", "Entity index", show=False, id="reading.entities"),
        Binding("C", "app.claims", "Claims", show=False, id="reading.claims"),
        Binding("X", "export", "Export this article", show=False, id="reading.export"),
    ]
    EXTRA_KEYS = [
        ("arrows", "Move by character / line"),
        ("ctrl+left, ctrl+right", "Move by word"),
        ("shift+arrows", "Extend the selection by character / line"),
        ("ctrl+shift+left, ctrl+shift+right", "Extend the selection by word"),
        ("home, end", "Start / end of the paragraph"),
        ("mouse drag", "Select text"),
        ("1-9", "Tag the selection (or the word at the cursor) with the label of that key"),
    ]

    def __init__(
        self, article_id: int | None = None, ids: list[int] | None = None, focus: int | None = None
    ) -> None:
        """With no article_id, a blank screen: composed and laid out ahead of time (the app keeps
        one ready), then given its one article by `load` just before it is shown."""
        super().__init__()
        self.article_id = article_id
        self.ids = ids if ids is not None else ([article_id] if article_id is not None else [])
        self.initial_focus = focus  # an annotation to select on opening (entity index, claims)
        self.article: Article | None = None
        self.annotations: list[Annotation] = []
        self.labels: list[Label] = []
        self.focused_id: int | None = None
        self.show_suggestions = False
        self.suggestions: list = []  # reader.suggest.Suggestion, in text order
        self.focused_suggestion: int | None = None  # index into suggestions
        self.last_export: tuple | None = None
        self._prepared_size = None  # the size a blank screen was laid out at (on_idle)
        self._prepare_timer: Timer | None = None

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.app.store  # type: ignore[attr-defined]

    @property
    def history(self):  # type: ignore[no-untyped-def]
        return self.app.history  # type: ignore[attr-defined]

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
                yield AnnotationPanel(id="annotations")
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

    def load(self, article_id: int, ids: list[int], focus: int | None = None) -> None:
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

    def show_annotation(self, annotation_id: int) -> None:
        """Select an annotation's span and focus it (opening the article from an index)."""
        ann = self.annotation(annotation_id)
        if ann is None:
            self.notify("That annotation is no longer there", markup=False, severity="warning")
            return
        self.view.select_offsets(ann.start, ann.end)
        self.set_focus_annotation(ann.id, move=False)
        self.call_after_refresh(self.view.scroll_cursor_visible, center=True)

    # -- helpers --------------------------------------------------------------------------------

    @property
    def view(self) -> ArticleText:
        return self.query_one(ArticleText)

    @property
    def text(self) -> str:
        return self.article.text if self.article else ""

    @property
    def colours(self) -> dict[str, str]:
        return {label.name: label.colour for label in self.labels}

    def annotation(self, annotation_id: int | None) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def refresh_annotations(self, focus: int | None = None, reload_article: bool = True) -> None:
        if focus is not None:
            self.focused_id = focus
        self.annotations = self.store.annotations(self.article_id)
        if self.annotation(self.focused_id) is None:
            self.focused_id = None
        self.view.set_spans(self.annotations, self.colours, self.focused_id)
        self.query_one(AnnotationPanel).set_annotations(self.annotations, self.colours, self.focused_id)
        if reload_article or self.article is None:
            self.article = self.store.get_article(self.article_id)
        self.query_one("#article-header", Static).update(header_text(self.article))
        self.update_status()
        if self.show_suggestions:
            self.load_suggestions()

    def update_status(self, save_state: str | None = None) -> None:
        counts: dict[str, int] = {}
        for a in self.annotations:
            counts[a.label] = counts.get(a.label, 0) + 1
        try:
            pos = f"{self.ids.index(self.article_id) + 1}/{len(self.ids)}"
        except ValueError:
            pos = "1/1"
        self.query_one(StatusBar).show(
            position=pos,
            counts=counts,
            labels=self.labels,
            save_state=save_state,
            message=self.suggestion_message(),
        )

    def set_focus_annotation(self, annotation_id: int | None, move: bool = True) -> None:
        self.focused_id = annotation_id
        self.view.set_focused(annotation_id)
        self.query_one(AnnotationPanel).show_focused(annotation_id)
        ann = self.annotation(annotation_id)
        if ann is not None and move:
            self.view.move_to(ann.start, center=True)

    def innermost_at(self, offset: int) -> Annotation | None:
        inside = [a for a in self.annotations if a.start <= offset < a.end]
        return min(inside, key=lambda a: a.end - a.start) if inside else None

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        view = self.view
        start, end = view.selected_span
        if start != end:
            return
        if self.show_suggestions:
            self.focus_suggestion_at(view.cursor_offset)
        current = self.annotation(self.focused_id)
        offset = view.cursor_offset
        if current is not None and current.start <= offset <= current.end:
            return
        found = self.innermost_at(offset)
        self.set_focus_annotation(found.id if found else None, move=False)

    def write(self, change, success: str | None = None, then=None, undo=None) -> None:  # type: ignore[no-untyped-def]
        """Queue one store change (committed in its own transaction, on the app's writer thread, in
        order) and show "saving…" now; only when it has committed, show it saved and run then(result).
        undo() puts back what the screen showed ahead of the commit, when the change fails."""
        self.query_one(StatusBar).show(save_state="saving…")

        def done(result):  # type: ignore[no-untyped-def]
            if not self.is_attached or not self.query(StatusBar):  # the screen has been closed
                return
            self.show_saved()
            if success:
                self.say(success)
            if then is not None:
                then(result)

        def failed(message: str) -> None:
            if undo is not None:
                undo()
            if self.is_attached and self.query(StatusBar):
                self.query_one(StatusBar).show(save_state="not saved")
            self.app.notify(message, severity="error", markup=False, timeout=8)

        self.app.write(change, done, failed)  # type: ignore[attr-defined]

    def show_saved(self) -> None:
        writer = self.app.writer  # type: ignore[attr-defined]
        self.query_one(StatusBar).show(save_state="saved" if writer.idle else "saving…")

    def after_write(self) -> None:
        """The app calls this after each queued change (also other screens' ones)."""
        if self.query_one(StatusBar).save_state == "saving…":
            self.show_saved()

    def say(self, message: str) -> None:
        """A routine confirmation: in the status bar (toasts are for errors and warnings)."""
        self.query_one(StatusBar).flash(message)

    # -- selection ------------------------------------------------------------------------------

    def _select(self, span: tuple[int, int]) -> None:
        self.view.select_offsets(*span)

    def action_select_word(self) -> None:
        self._select(sel.word_bounds(self.text, self.view.cursor_offset))

    def action_select_sentence(self) -> None:
        self._select(sel.sentence_bounds(self.text, self.view.cursor_offset))

    def action_select_paragraph(self) -> None:
        self._select(sel.paragraph_bounds(self.text, self.view.cursor_offset))

    def action_sentence(self, direction: int, extend: bool = False) -> None:
        i = self.view.cursor_offset
        if direction > 0:
            target = sel.next_sentence(self.text, i)
            if extend:  # extend to the end of the sentence the cursor is in
                s, e = sel.sentence_bounds(self.text, i)
                target = e if i < e else sel.sentence_bounds(self.text, target)[1]
        else:
            target = sel.prev_sentence(self.text, i)
        self.view.move_to(target, extend, center=True)

    def action_paragraph(self, direction: int, extend: bool = False) -> None:
        i = self.view.cursor_offset
        if direction > 0:
            if extend:
                s, e = sel.paragraph_bounds(self.text, i)
                target = e if i < e else sel.paragraph_bounds(self.text, sel.next_paragraph(self.text, i))[1]
            else:
                target = sel.next_paragraph(self.text, i)
        else:
            target = sel.prev_paragraph(self.text, i)
        self.view.move_to(target, extend, center=True)

    def action_switch_focus(self) -> None:
        panel = self.query_one(AnnotationPanel)
        if panel.has_focus:
            self.view.focus()
        else:
            panel.focus()
            panel.show_focused(self.focused_id)

    # -- tagging --------------------------------------------------------------------------------

    def tag_span(self) -> tuple[int, int] | None:
        start, end = self.view.selected_span
        if start == end:
            start, end = sel.word_bounds(self.text, start)
        else:
            start, end = sel.trim_to_words(self.text, start, end)
        start, end = sel.snap_to_words(self.text, start, end)
        return (start, end) if start < end else None

    def action_tag(self, hotkey: str) -> None:
        label = next((lab for lab in self.labels if lab.hotkey == hotkey), None)
        if label is None:
            self.notify(f"No label on key {hotkey}", markup=False, severity="warning")
            return
        span = self.tag_span()
        if span is None:
            self.notify(
                "Select some text first (shift+arrows, w, s, p or the mouse)",
                markup=False,
                severity="warning",
            )
            return
        start, end = span
        if label.kind == "claim":
            self.open_claim_form(label.name, start, end)
            return
        self.write(
            lambda: self.history.add(self.article_id, label.name, start, end),
            f"Tagged {label.name}: {_short(self.text[start:end], 40)}",
            then=self._show_new(end),
        )

    def _show_new(self, end: int):  # type: ignore[no-untyped-def]
        """After a tag commits: focus the new annotation, and put the cursor after it unless the
        user has moved it while the change waited."""
        selection = self.view.selection

        def then(ann: Annotation) -> None:
            if self.view.selection == selection:
                self.view.move_to(end)
            self.refresh_annotations(focus=ann.id)

        return then

    def persons(self) -> list[str]:
        return [a.text for a in self.annotations if a.label == "PERSON"]

    def default_claimant(self, start: int) -> str | None:
        before = [a for a in self.annotations if a.label == "PERSON" and a.start < start]
        if before:
            return max(before, key=lambda a: a.start).text
        after = [a for a in self.annotations if a.label == "PERSON"]
        return after[0].text if after else None

    def quantities_in(self, start: int, end: int) -> list[tuple[int, str]]:
        return [
            (a.id, a.text)
            for a in self.annotations
            if a.label == "QUANTITY" and start <= a.start and a.end <= end
        ]

    def suggested_quantities(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """QUANTITY suggestions inside [start, end) not tagged yet (nor overlapping a tagged one) and
        not rejected: (start, end, text) in the article. The rule-based suggester on the span only
        (well under a millisecond for a sentence)."""
        from reader.suggest import suggest

        try:
            rejected = self.store.rejected_suggestions(self.article_id)
        except ReaderError:
            rejected = set()
        article = self.article
        found = suggest(
            self.text[start:end],
            language=article.language if article else None,
            dateline=article.dateline if article else None,
        )
        tagged = [(a.start, a.end) for a in self.annotations if a.label == "QUANTITY"]
        out = []
        for g in found:
            s, e = g.start + start, g.end + start
            if g.label != "QUANTITY" or ("QUANTITY", s, e) in rejected:
                continue
            if any(s < te and ts < e for ts, te in tagged):
                continue
            out.append((s, e, self.text[s:e]))
        return out

    def open_claim_form(self, label: str, start: int, end: int) -> None:
        quantities = self.quantities_in(start, end)
        fields = ClaimFields(
            span_text=self.text[start:end],
            label=label,
            claimant=self.default_claimant(start),
            quantity_ids=[q for q, _ in quantities],
        )

        def done(result: ClaimFields | None) -> None:
            if result is None:
                return

            def change() -> Annotation:
                with self.history.group(f"tag {result.label} “{_short(self.text[start:end])}”"):
                    ids = list(result.quantity_ids) + self._add_quantities(result.new_quantities)
                    return self.history.add(
                        self.article_id,
                        result.label,
                        start,
                        end,
                        note=result.note or None,
                        claimant=result.claimant,
                        claim_status=result.claim_status,
                        quantity_ids=ids,
                    )

            n = len(result.new_quantities)
            extra = f" with {n} new QUANTITY tag{'s' if n != 1 else ''}" if n else ""
            self.write(change, f"Claim saved{extra} (u undoes)", then=self._show_new(end))

        self.app.push_screen(
            ClaimForm(
                fields, self.persons(), quantities, self.claim_labels(), self.suggested_quantities(start, end)
            ),
            done,
        )

    def _add_quantities(self, spans: list[tuple[int, int]]) -> list[int]:
        """On the writer thread: the suggested quantities ticked in the claim form, as annotations."""
        return [self.history.add(self.article_id, "QUANTITY", s, e, origin="suggested").id for s, e in spans]

    def claim_labels(self) -> list[str]:
        return [lab.name for lab in self.labels]

    # -- the panel and navigation ----------------------------------------------------------------

    def on_annotation_panel_chosen(self, message: AnnotationPanel.Chosen) -> None:
        self.set_focus_annotation(message.annotation_id)
        if message.edit:
            self.action_edit_annotation()

    def _step(self, candidates: list[Annotation], direction: int) -> None:
        if not candidates:
            self.notify("No annotations to go to", markup=False, timeout=2)
            return
        order = sorted(candidates, key=lambda a: (a.start, -a.end, a.id))
        current = self.annotation(self.focused_id)
        if current is None:
            i = self.view.cursor_offset
            pick = (
                next((a for a in order if a.start > i), order[0])
                if direction > 0
                else next((a for a in reversed(order) if a.start < i), order[-1])
            )
        else:
            keys = [(a.start, -a.end, a.id) for a in order]
            key = (current.start, -current.end, current.id)
            if direction > 0:
                pick = next((a for a, k in zip(order, keys, strict=False) if k > key), order[0])
            else:
                pick = next(
                    (a for a, k in zip(reversed(order), reversed(keys), strict=False) if k < key), order[-1]
                )
        self.set_focus_annotation(pick.id)

    def action_next_annotation(self, direction: int) -> None:
        self._step(self.annotations, direction)

    def action_next_same_label(self, direction: int) -> None:
        current = self.annotation(self.focused_id)
        if current is None:
            self.notify("Move onto an annotation first (n)", markup=False, timeout=2)
            return
        self._step([a for a in self.annotations if a.label == current.label], direction)

    # -- edit, delete, undo ---------------------------------------------------------------------

    def action_edit_annotation(self) -> None:
        ann = self.annotation(self.focused_id)
        if ann is None:
            self.notify(
                "No annotation here: move onto one (n / N) or pick it in the list", markup=False, timeout=3
            )
            return
        if ann.kind == "claim":
            quantities = self.quantities_in(ann.start, ann.end)
            fields = ClaimFields(
                span_text=ann.text,
                label=ann.label,
                claimant=ann.claimant,
                claim_status=ann.claim_status or "unverified",
                note=ann.note or "",
                quantity_ids=list(ann.quantity_ids),
            )

            def done_claim(result: ClaimFields | None) -> None:
                if result is None:
                    return

                def change() -> Annotation:
                    with self.history.group(f"edit {ann.label} “{_short(ann.text)}”"):
                        ids = list(result.quantity_ids) + self._add_quantities(result.new_quantities)
                        return self.history.update(
                            ann.id,
                            label=result.label,
                            note=result.note or None,
                            claimant=result.claimant,
                            claim_status=result.claim_status,
                            quantity_ids=ids,
                        )

                self.write(
                    change, "Annotation saved", then=lambda saved: self.refresh_annotations(focus=saved.id)
                )

            self.app.push_screen(
                ClaimForm(
                    fields,
                    self.persons(),
                    quantities,
                    self.claim_labels(),
                    self.suggested_quantities(ann.start, ann.end),
                    suggested_checked=False,
                ),
                done_claim,
            )
        else:

            def done_note(result: dict | None) -> None:
                if result is None:
                    return
                self._update(ann.id, label=result["label"], note=result["note"] or None)

            self.app.push_screen(NoteDialog(ann, self.claim_labels()), done_note)

    def _update(self, annotation_id: int, **fields: object) -> None:
        self.write(
            lambda: self.history.update(annotation_id, **fields),
            "Annotation saved",
            then=lambda ann: self.refresh_annotations(focus=ann.id),
        )

    def action_delete_annotation(self) -> None:
        ann = self.annotation(self.focused_id)
        if ann is None:
            self.notify("No annotation here to delete", markup=False, timeout=2)
            return

        def then(_: object) -> None:
            if self.focused_id == ann.id:
                self.focused_id = None
            self.refresh_annotations()

        self.write(lambda: self.history.delete(ann.id), f"Deleted {ann.label} (u undoes)", then=then)

    # Undo and redo go through the writer queue too: they apply after every change queued before
    # them, so "is there anything to undo" is answered there, not here.
    def action_undo(self) -> None:
        def then(change) -> None:  # type: ignore[no-untyped-def]
            if change is None:
                self.say("Nothing to undo")
                return
            self.say("Undid: " + clean(change.description))
            self._after_history(change.before)

        self.write(self.history.undo, then=then)

    def action_redo(self) -> None:
        def then(change) -> None:  # type: ignore[no-untyped-def]
            if change is None:
                self.say("Nothing to redo")
                return
            self.say("Redid: " + clean(change.description))
            self._after_history(change.after)

        self.write(self.history.redo, then=then)

    def _after_history(self, shown: Annotation | None) -> None:
        if shown is not None and shown.article_id == self.article_id:
            self.refresh_annotations(focus=shown.id)
            self.view.move_to(shown.start, center=True)
        else:
            self.refresh_annotations()

    def action_cycle_status(self) -> None:
        if self.article is None:
            return
        article, old = self.article, self.article.status
        new = ARTICLE_STATUSES[(ARTICLE_STATUSES.index(old) + 1) % len(ARTICLE_STATUSES)]
        article.status = new  # the next m goes on from here, even before this one commits

        def put_back() -> None:  # refused (a read-only database): show what is stored
            article.status = old

        self.write(
            lambda: self.store.set_status(self.article_id, new),
            f"Marked {new}",
            then=lambda _: self.refresh_annotations(),
            undo=put_back,
        )

    def action_back(self) -> None:
        self.app.pop_screen()

    # -- suggestions ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="suggestions")
    def load_suggestions(self) -> None:
        """pending_suggestions (the rule-based suggester, minus rejected and already annotated) off the loop."""
        from reader.suggestions import pending_suggestions

        worker = get_current_worker()
        try:
            found = pending_suggestions(self.store, self.article_id)
        except ReaderError as e:
            if not worker.is_cancelled:
                self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show_suggestions, found)

    def _show_suggestions(self, found: list) -> None:
        if not self.show_suggestions:
            return
        current = self.current_suggestion()
        self.suggestions = sorted(found, key=lambda g: (g.start, -g.end, g.label))
        keys = [(g.label, g.start, g.end) for g in self.suggestions]
        key = (current.label, current.start, current.end) if current is not None else None
        self.focused_suggestion = keys.index(key) if key in keys else None
        self._draw_suggestions()

    def _draw_suggestions(self) -> None:
        colours = self.colours
        spans = [
            Span(-1 - n, g.start, g.end, colours.get(g.label, "#888888"), g.label)
            for n, g in enumerate(self.suggestions)
        ]
        self.view.set_suggestions(spans if self.show_suggestions else [], self.focused_suggestion)
        self.update_status()

    def current_suggestion(self):  # type: ignore[no-untyped-def]
        if self.focused_suggestion is None or not (0 <= self.focused_suggestion < len(self.suggestions)):
            return None
        return self.suggestions[self.focused_suggestion]

    def suggestion_message(self) -> str:
        if not self.show_suggestions:
            return ""
        n = len(self.suggestions)
        out = f"{n} suggestion{'s' if n != 1 else ''}"
        g = self.current_suggestion()
        if g is not None:
            out += f" · {g.label} “{_short(g.text)}”: a accept · r reject · A all {g.label}"
        elif n:
            out += " · . next"
        return out

    def _focus_suggestion(self, index: int | None) -> None:
        self.focused_suggestion = index
        self.view.set_focused_suggestion(index)
        self.update_status()

    def focus_suggestion_at(self, offset: int) -> None:
        current = self.current_suggestion()
        if current is not None and current.start <= offset <= current.end:
            return
        inside = [n for n, g in enumerate(self.suggestions) if g.start <= offset < g.end]
        pick = (
            min(inside, key=lambda n: self.suggestions[n].end - self.suggestions[n].start) if inside else None
        )
        if pick != self.focused_suggestion:
            self._focus_suggestion(pick)

    def action_toggle_suggestions(self) -> None:
        self.show_suggestions = not self.show_suggestions
        if self.show_suggestions:
            self.notify(
                "Suggestions on: . next · a accept · r reject · A accept label · R reject all · g hides",
                markup=False,
                timeout=4,
            )
            self.load_suggestions()
        else:
            self.suggestions = []
            self.focused_suggestion = None
            self._draw_suggestions()

    def _need_suggestion(self):  # type: ignore[no-untyped-def]
        if not self.show_suggestions:
            self.notify("Suggestions are hidden: press g to show them", markup=False, timeout=3)
            return None
        g = self.current_suggestion()
        if g is None:
            msg = (
                "No suggestion here: press . for the next one" if self.suggestions else "No suggestions left"
            )
            self.notify(msg, markup=False, timeout=3)
        return g

    def action_next_suggestion(self, direction: int) -> None:
        if not self.show_suggestions:
            self.notify("Suggestions are hidden: press g to show them", markup=False, timeout=3)
            return
        if not self.suggestions:
            self.notify("No suggestions left", markup=False, timeout=2)
            return
        n = len(self.suggestions)
        i = self.focused_suggestion
        if i is None:
            at = self.view.cursor_offset
            if direction > 0:
                i = next((k for k, g in enumerate(self.suggestions) if g.start >= at), 0)
            else:
                i = next((k for k in range(n - 1, -1, -1) if self.suggestions[k].start < at), n - 1)
        else:
            i = (i + direction) % n
        self._focus_suggestion(i)
        g = self.suggestions[i]
        self.view.move_to(g.start, center=True)

    def _forget(self, picked: list) -> None:
        """Drop handled suggestions at once (the worker recomputes the rest)."""
        gone = {(g.label, g.start, g.end) for g in picked}
        self.suggestions = [g for g in self.suggestions if (g.label, g.start, g.end) not in gone]
        self.focused_suggestion = None
        self._draw_suggestions()

    def action_accept_suggestion(self) -> None:
        from reader.suggestions import accept

        g = self._need_suggestion()
        if g is None:
            return

        def change():  # type: ignore[no-untyped-def]
            with self.history.group(f"accept {g.label} “{_short(g.text)}”"):
                return accept(self.history, self.article_id, g)

        self._forget([g])

        def then(ann: Annotation) -> None:
            self.view.move_to(ann.start)
            self.refresh_annotations(focus=ann.id)

        self.write(change, f"Accepted {g.label}: {_short(g.text)} (e edits, u undoes)", then=then)

    def action_reject_suggestion(self) -> None:
        from reader.suggestions import reject

        g = self._need_suggestion()
        if g is None:
            return

        def change() -> bool:
            from reader.suggestions import unreject

            reject(self.store, self.article_id, g)
            self.history.record_action(
                f"reject {g.label} “{_short(g.text)}”",
                lambda: unreject(self.store, self.article_id, g),
                lambda: reject(self.store, self.article_id, g),
            )
            return True

        self._forget([g])

        def then(_: object) -> None:
            if self.show_suggestions:
                self.load_suggestions()

        self.write(change, f"Rejected {g.label}: {_short(g.text)} (u undoes)", then=then)

    def action_accept_label(self) -> None:
        from reader.suggestions import accept_many

        g = self._need_suggestion()
        if g is None:
            return
        picked = [s for s in self.suggestions if s.label == g.label]
        picked.sort(key=lambda s: s.label == "CLAIM")

        def change():  # type: ignore[no-untyped-def]
            with self.history.group(f"accept all {g.label}"):
                return accept_many(self.history, self.article_id, picked)

        self._forget(picked)
        self.write(
            change,
            f"Accepted {len(picked)} {g.label} suggestion{'s' if len(picked) != 1 else ''} (u undoes)",
            then=lambda _: self.refresh_annotations(),
        )

    def action_reject_all(self) -> None:
        if not self.show_suggestions:
            self.notify("Suggestions are hidden: press g to show them", markup=False, timeout=3)
            return
        picked = list(self.suggestions)
        if not picked:
            self.notify("No suggestions left", markup=False, timeout=2)
            return
        question = Text(f"Reject all {len(picked)} suggestions for this article?\n", "bold")
        question.append("They will not be offered again for it.", "")

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            items = [(s.label, s.start, s.end) for s in picked]

            def change() -> bool:
                store, aid = self.store, self.article_id
                store.reject_suggestions(aid, items)
                self.history.record_action(
                    f"reject {len(items)} suggestions",
                    lambda: [store.unreject_suggestion(aid, *item) for item in items],
                    lambda: store.reject_suggestions(aid, items),
                )
                return True

            self._forget(picked)
            self.write(
                change,
                f"Rejected {len(picked)} suggestions (u undoes)",
                then=lambda _: self.load_suggestions(),
            )

        self.app.push_screen(ConfirmDialog(question, "Reject all"), answered)

    # -- tag every occurrence ---------------------------------------------------------------------

    def action_tag_everywhere(self, scope: str) -> None:
        ann = self.annotation(self.focused_id)
        if ann is None:
            self.notify(
                "Tag a span first (or move onto an annotation with n), then press o / O",
                markup=False,
                timeout=3,
            )
            return
        if ann.kind == "claim":
            self.notify(
                "Claims are tagged one by one: tag every occurrence is for entities", markup=False, timeout=3
            )
            return
        if scope == "article":
            from reader.suggestions import tag_every_occurrence

            def change():  # type: ignore[no-untyped-def]
                with self.history.group(f"tag every “{_short(ann.text)}”"):
                    return tag_every_occurrence(self.history, ann, "article")

            def then(n: int) -> None:
                if n:
                    self.say(f"Tagged {n} more “{_short(ann.text)}” as {ann.label} (u undoes)")
                else:
                    self.say(f"No other untagged “{_short(ann.text)}” in this article")
                self.refresh_annotations(focus=ann.id)

            self.write(change, then=then)
            return
        self.notify(f"Counting “{_short(ann.text)}” in all articles…", markup=False, timeout=2)
        self.count_everywhere(ann)

    @work(thread=True, exclusive=True, group="tag-every")
    def count_everywhere(self, ann: Annotation) -> None:
        from reader.suggestions import find_occurrences

        try:
            spans = find_occurrences(self.store, ann.text, ann.label, "all")
        except ReaderError as e:
            self.app.call_from_thread(self.notify, clean(e), severity="error", markup=False)
            return
        self.app.call_from_thread(self._confirm_everywhere, ann, spans)

    def _confirm_everywhere(self, ann: Annotation, spans: list[tuple[int, int, int]]) -> None:
        if not spans:
            self.notify(f"No other untagged “{_short(ann.text)}” in any article", markup=False, timeout=3)
            return
        articles = len({a for a, _, _ in spans})
        question = Text(
            f"Tag {len(spans)} more occurrence{'s' if len(spans) != 1 else ''} of “{clean(ann.text)}” as {clean(ann.label)} "
            f"in {articles} article{'s' if articles != 1 else ''}?\n",
            "bold",
        )
        question.append("One undo (u) removes them all.")

        def answered(yes: bool | None) -> None:
            if yes:
                self.tag_spans(ann, spans)

        self.app.push_screen(ConfirmDialog(question, f"Tag {len(spans)}"), answered)

    def tag_spans(self, ann: Annotation, spans: list[tuple[int, int, int]]) -> None:
        """The writes, in one undo group, queued on the writer like every other change."""
        progress = {"done": 0}

        def change() -> tuple[int, str | None]:
            try:
                with self.history.group(f"tag every “{_short(ann.text)}” in all articles"):
                    for aid, s, e in spans:
                        self.history.add(aid, ann.label, s, e)
                        progress["done"] += 1
            except ReaderError as e:
                return progress["done"], clean(e)
            return progress["done"], None

        def then(result: tuple[int, str | None]) -> None:
            done, error = result
            if error:
                self.query_one(StatusBar).show(save_state="not saved")
                self.notify(f"Stopped after {done}: {error}", severity="error", markup=False)
            else:
                self.say(f"Tagged {done} more “{_short(ann.text)}” as {ann.label} across articles (u undoes)")
            self.refresh_annotations(focus=ann.id)

        self.write(change, then=then)

    # -- export -----------------------------------------------------------------------------------

    def action_export(self) -> None:
        from reader.export import ExportFilters
        from reader.tui.export_dialog import start_export

        title = clean(self.article.title if self.article else "") or "(untitled)"
        start_export(
            self, ExportFilters(article_ids=(self.article_id,)), f"the annotations of “{_short(title, 50)}”"
        )


def _short(text: str, width: int = 30) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"
