"""The reading view: the article header, its text with annotations, the annotation panel."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static, TextArea

from reader.errors import ReaderError
from reader.models import ARTICLE_STATUSES, Annotation, Article, Label
from reader.tui import selection as sel
from reader.tui.annotation_panel import AnnotationPanel, Legend
from reader.tui.claim_form import ClaimFields, ClaimForm
from reader.tui.note_dialog import NoteDialog
from reader.tui.safe import clean
from reader.tui.status_bar import StatusBar
from reader.tui.text_view import ArticleText


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


class ReadingScreen(Screen[None]):
    HELP_NAME = "Reading"
    BINDINGS = [
        Binding("escape,q", "back", "Library", id="reading.back"),
        *[Binding(str(n), f"tag('{n}')", f"Tag with label {n}", show=False, id=f"reading.tag{n}") for n in range(1, 10)],
        Binding("w", "select_word", "Select word", id="reading.select_word"),
        Binding("s", "select_sentence", "Select sentence", id="reading.select_sentence"),
        Binding("p", "select_paragraph", "Select paragraph", id="reading.select_paragraph"),
        Binding("right_square_bracket", "sentence(1)", "Next sentence", show=False, id="reading.next_sentence"),
        Binding("left_square_bracket", "sentence(-1)", "Previous sentence", show=False, id="reading.prev_sentence"),
        Binding("right_curly_bracket", "sentence(1, True)", "Extend to next sentence", show=False, id="reading.extend_sentence"),
        Binding("left_curly_bracket", "sentence(-1, True)", "Extend to previous sentence", show=False, id="reading.extend_sentence_back"),
        Binding("ctrl+down,alt+down", "paragraph(1)", "Next paragraph", show=False, id="reading.next_paragraph"),
        Binding("ctrl+up,alt+up", "paragraph(-1)", "Previous paragraph", show=False, id="reading.prev_paragraph"),
        Binding("ctrl+shift+down,alt+shift+down", "paragraph(1, True)", "Extend to next paragraph", show=False, id="reading.extend_paragraph"),
        Binding("ctrl+shift+up,alt+shift+up", "paragraph(-1, True)", "Extend to previous paragraph", show=False, id="reading.extend_paragraph_back"),
        Binding("n", "next_annotation(1)", "Next annotation", id="reading.next_annotation"),
        Binding("N", "next_annotation(-1)", "Previous annotation", show=False, id="reading.prev_annotation"),
        Binding("greater_than_sign", "next_same_label(1)", "Next of same label", show=False, id="reading.next_same"),
        Binding("less_than_sign", "next_same_label(-1)", "Previous of same label", show=False, id="reading.prev_same"),
        Binding("e,enter", "edit_annotation", "Edit", id="reading.edit"),
        Binding("x,delete", "delete_annotation", "Delete", id="reading.delete"),
        Binding("u,ctrl+z", "undo", "Undo", id="reading.undo"),
        Binding("U,ctrl+y", "redo", "Redo", id="reading.redo"),
        Binding("m", "cycle_status", "Mark status", id="reading.status"),
        Binding("tab", "switch_focus", "Text/list", show=False, id="reading.switch_focus"),
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

    def __init__(self, article_id: int, ids: list[int]) -> None:
        super().__init__()
        self.article_id = article_id
        self.ids = ids
        self.article: Article | None = None
        self.annotations: list[Annotation] = []
        self.labels: list[Label] = []
        self.focused_id: int | None = None

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.app.store  # type: ignore[attr-defined]

    @property
    def history(self):  # type: ignore[no-untyped-def]
        return self.app.history  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Static("", id="article-header", markup=False)
        with Horizontal(id="reading-body"):
            text = ArticleText(id="text")
            text.cursor_blink = getattr(self.app, "cursor_blink", True)
            yield text
            with Vertical(id="side"):
                yield Legend(id="legend")
                yield AnnotationPanel(id="annotations")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.article = self.store.get_article(self.article_id)
        self.labels = self.store.labels()
        self.query_one("#article-header", Static).update(header_text(self.article))
        self.query_one(Legend).set_labels(self.labels)
        view = self.query_one(ArticleText)
        view.load(self.article.text)
        self.refresh_annotations()
        view.focus()

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

    def refresh_annotations(self, focus: int | None = None) -> None:
        if focus is not None:
            self.focused_id = focus
        self.annotations = self.store.annotations(self.article_id)
        if self.annotation(self.focused_id) is None:
            self.focused_id = None
        self.view.set_spans(self.annotations, self.colours, self.focused_id)
        self.query_one(AnnotationPanel).set_annotations(self.annotations, self.colours, self.focused_id)
        self.article = self.store.get_article(self.article_id)
        self.query_one("#article-header", Static).update(header_text(self.article))
        self.update_status()

    def update_status(self, save_state: str | None = None) -> None:
        counts: dict[str, int] = {}
        for a in self.annotations:
            counts[a.label] = counts.get(a.label, 0) + 1
        try:
            pos = f"{self.ids.index(self.article_id) + 1}/{len(self.ids)}"
        except ValueError:
            pos = "1/1"
        self.query_one(StatusBar).show(position=pos, counts=counts, labels=self.labels, save_state=save_state)

    def set_focus_annotation(self, annotation_id: int | None, move: bool = True) -> None:
        self.focused_id = annotation_id
        self.view.set_focused(annotation_id)
        self.query_one(AnnotationPanel).show_focused(annotation_id)
        ann = self.annotation(annotation_id)
        if ann is not None and move:
            self.view.move_to(ann.start)

    def innermost_at(self, offset: int) -> Annotation | None:
        inside = [a for a in self.annotations if a.start <= offset < a.end]
        return min(inside, key=lambda a: a.end - a.start) if inside else None

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        view = self.view
        start, end = view.selected_span
        if start != end:
            return
        current = self.annotation(self.focused_id)
        offset = view.cursor_offset
        if current is not None and current.start <= offset <= current.end:
            return
        found = self.innermost_at(offset)
        self.set_focus_annotation(found.id if found else None, move=False)

    def write(self, change, success: str | None = None):  # type: ignore[no-untyped-def]
        """Run one store change (committed in its own transaction) and only then show it as saved."""
        status = self.query_one(StatusBar)
        status.show(save_state="saving…")
        try:
            result = change()
        except ReaderError as e:
            status.show(save_state="not saved")
            self.notify(clean(e), severity="error", markup=False)
            return None
        status.show(save_state="saved")
        if success:
            self.notify(success, markup=False, timeout=2)
        return result

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
        self.view.move_to(target, extend)

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
        self.view.move_to(target, extend)

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
        start, end = sel.snap_to_words(self.text, start, end)
        return (start, end) if start < end else None

    def action_tag(self, hotkey: str) -> None:
        label = next((lab for lab in self.labels if lab.hotkey == hotkey), None)
        if label is None:
            self.notify(f"No label on key {hotkey}", markup=False, severity="warning")
            return
        span = self.tag_span()
        if span is None:
            self.notify("Select some text first (shift+arrows, w, s, p or the mouse)", markup=False, severity="warning")
            return
        start, end = span
        if label.kind == "claim":
            self.open_claim_form(label.name, start, end)
            return
        ann = self.write(
            lambda: self.history.add(self.article_id, label.name, start, end),
            f"Tagged {label.name}: {clean(self.text[start:end])[:40]}",
        )
        if ann is not None:
            self.view.move_to(end)
            self.refresh_annotations(focus=ann.id)

    def persons(self) -> list[str]:
        return [a.text for a in self.annotations if a.label == "PERSON"]

    def default_claimant(self, start: int) -> str | None:
        before = [a for a in self.annotations if a.label == "PERSON" and a.start < start]
        if before:
            return max(before, key=lambda a: a.start).text
        after = [a for a in self.annotations if a.label == "PERSON"]
        return after[0].text if after else None

    def quantities_in(self, start: int, end: int) -> list[tuple[int, str]]:
        return [(a.id, a.text) for a in self.annotations if a.label == "QUANTITY" and start <= a.start and a.end <= end]

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
            ann = self.write(
                lambda: self.history.add(
                    self.article_id,
                    result.label,
                    start,
                    end,
                    note=result.note or None,
                    claimant=result.claimant,
                    claim_status=result.claim_status,
                    quantity_ids=result.quantity_ids,
                ),
                "Claim saved",
            )
            if ann is not None:
                self.view.move_to(end)
                self.refresh_annotations(focus=ann.id)

        self.app.push_screen(ClaimForm(fields, self.persons(), quantities, self.claim_labels()), done)

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
            pick = next((a for a in order if a.start > i), order[0]) if direction > 0 else next(
                (a for a in reversed(order) if a.start < i), order[-1]
            )
        else:
            keys = [(a.start, -a.end, a.id) for a in order]
            key = (current.start, -current.end, current.id)
            if direction > 0:
                pick = next((a for a, k in zip(order, keys, strict=False) if k > key), order[0])
            else:
                pick = next((a for a, k in zip(reversed(order), reversed(keys), strict=False) if k < key), order[-1])
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
            self.notify("No annotation here: move onto one (n / N) or pick it in the list", markup=False, timeout=3)
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
                self._update(
                    ann.id,
                    label=result.label,
                    note=result.note or None,
                    claimant=result.claimant,
                    claim_status=result.claim_status,
                    quantity_ids=result.quantity_ids,
                )

            self.app.push_screen(ClaimForm(fields, self.persons(), quantities, self.claim_labels()), done_claim)
        else:

            def done_note(result: dict | None) -> None:
                if result is None:
                    return
                self._update(ann.id, label=result["label"], note=result["note"] or None)

            self.app.push_screen(NoteDialog(ann, self.claim_labels()), done_note)

    def _update(self, annotation_id: int, **fields: object) -> None:
        ann = self.write(lambda: self.history.update(annotation_id, **fields), "Annotation saved")
        if ann is not None:
            self.refresh_annotations(focus=ann.id)

    def action_delete_annotation(self) -> None:
        ann = self.annotation(self.focused_id)
        if ann is None:
            self.notify("No annotation here to delete", markup=False, timeout=2)
            return
        if self.write(lambda: self.history.delete(ann.id), f"Deleted {ann.label} (u undoes)") is not None:
            self.focused_id = None
            self.refresh_annotations()

    def action_undo(self) -> None:
        if not self.history.can_undo:
            self.notify("Nothing to undo", markup=False, timeout=2)
            return
        change = self.write(self.history.undo)
        if change is not None:
            self.notify("Undid: " + clean(change.description), markup=False, timeout=2)
            self._after_history(change.before)

    def action_redo(self) -> None:
        if not self.history.can_redo:
            self.notify("Nothing to redo", markup=False, timeout=2)
            return
        change = self.write(self.history.redo)
        if change is not None:
            self.notify("Redid: " + clean(change.description), markup=False, timeout=2)
            self._after_history(change.after)

    def _after_history(self, shown: Annotation | None) -> None:
        if shown is not None and shown.article_id == self.article_id:
            self.refresh_annotations(focus=shown.id)
            self.view.move_to(shown.start)
        else:
            self.refresh_annotations()

    def action_cycle_status(self) -> None:
        if self.article is None:
            return
        new = ARTICLE_STATUSES[(ARTICLE_STATUSES.index(self.article.status) + 1) % len(ARTICLE_STATUSES)]
        if self.write(lambda: self.store.set_status(self.article_id, new) or True, f"Marked {new}") is not None:
            self.refresh_annotations()

    def action_back(self) -> None:
        self.app.pop_screen()
