"""Tag every occurrence, reviewed: each occurrence in its sentence with a tick box (space ticks,
enter tags the ticked ones, escape tags nothing). Occurrences inside a longer tag start unticked
and say which tag (reader.occurrence_review)."""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.strip import Strip
from textual.widgets import Button, SelectionList, Static
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.selection_list import Selection

from reader.occurrence_review import Occurrence
from reader.tui.dialog import OnceDialog
from reader.tui.safe import clean
from reader.tui.text_view import display_text

# Characters of the sentence shown before and after the occurrence: few before, so the occurrence
# itself stays inside a row of an 80-column terminal (the list cuts what does not fit at the right).
BEFORE, AFTER = 28, 70


def occurrence_line(o: Occurrence, with_title: bool) -> Text:
    """One row: (the article,) the sentence cut around the occurrence, the occurrence in bold.
    display_text keeps the spaces around the occurrence (clean() would strip them)."""
    sentence = display_text(" ".join(o.sentence.split("\n")))
    lo, hi = max(0, o.offset - BEFORE), min(len(sentence), o.offset + (o.end - o.start) + AFTER)
    out = Text()
    if with_title:
        out.append(clean(o.title or "(untitled)")[:30] + " · ", "italic dim")
    out.append(("…" if lo else "") + sentence[lo : o.offset])
    out.append(sentence[o.offset : o.offset + o.end - o.start], "bold reverse")
    out.append(sentence[o.offset + o.end - o.start : hi] + ("…" if hi < len(sentence) else ""))
    if o.inside is not None:
        out.append(f"  (inside “{clean(o.inside)[:40]}”)", "yellow")
    return out


class TickList(SelectionList[int]):
    """A SelectionList whose box shows ✓ when ticked and stays empty when not: Textual's draws an
    X in both, told apart by colour alone (lost without colour). Rows are one line each, so line y
    is option scroll_y + y, as SelectionList.render_line itself assumes (textual is pinned)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        index = self.scroll_offset.y + y
        if len(segments) < 2 or segments[1].text != ToggleButton.BUTTON_INNER or index >= self.option_count:
            return strip
        ticked = self.get_option_at_index(index).value in self._selected
        segments[1] = Segment("✓" if ticked else " ", segments[1].style)
        return Strip(segments, strip.cell_length)


class OccurrenceReviewDialog(OnceDialog[list[tuple[int, int, int]] | None]):
    """Dismisses with the ticked occurrences' (article_id, start, end), or None (escape)."""

    HELP_NAME = "Review occurrences"
    BINDINGS = [
        Binding("enter", "tag", "Tag the ticked", priority=True, id="review.tag"),
        Binding("escape", "cancel", "Cancel", id="review.cancel"),
        Binding("plus", "tick_all(True)", "Tick all", id="review.tick_all"),
        Binding("minus", "tick_all(False)", "Untick all", id="review.untick_all"),
    ]

    def __init__(self, heading: str, found: list[Occurrence], several_articles: bool) -> None:
        super().__init__()
        self.heading = heading
        self.found = found
        self.several = several_articles

    def compose(self) -> ComposeResult:
        inside = sum(1 for o in self.found if not o.ticked)
        with Vertical(classes="dialog review"):
            yield Static(Text(self.heading, "bold"), markup=False)
            verb = "starts" if inside == 1 else "start"
            why = f" · {inside} inside a longer tag {verb} unticked" if inside else ""
            yield Static(
                Text(f"space ticks · + all · - none · enter tags the ticked · escape cancels{why}", "italic"),
                markup=False,
            )
            yield TickList(
                *[Selection(occurrence_line(o, self.several), n, o.ticked) for n, o in enumerate(self.found)],
                id="occurrences",
            )
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")
                yield Button(self._tag_label(), id="tag", variant="primary")

    def _tag_label(self) -> str:
        try:
            n = len(self.ticked())
        except NoMatches:  # composing: the list is not mounted yet
            n = sum(1 for o in self.found if o.ticked)
        return f"Tag {n}"

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def ticked(self) -> list[tuple[int, int, int]]:
        chosen = set(self.query_one(SelectionList).selected)
        return [o.span for n, o in enumerate(self.found) if n in chosen]

    def on_selection_list_selected_changed(self) -> None:
        self.query_one("#tag", Button).label = self._tag_label()

    def action_tick_all(self, on: bool) -> None:
        selections = self.query_one(SelectionList)
        if on:
            selections.select_all()
        else:
            selections.deselect_all()

    def action_tag(self) -> None:
        self.dismiss(self.ticked())

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(self.ticked() if event.button.id == "tag" else None)
