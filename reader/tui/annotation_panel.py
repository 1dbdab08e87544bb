"""The side panel: the article's annotations in text order, and the label legend."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.models import Annotation, Label
from reader.tui.safe import clean, shorten


def legend_text(labels: list[Label]) -> Text:
    out = Text(no_wrap=True, overflow="ellipsis")
    keyed = [label for label in labels if label.hotkey]
    for n, label in enumerate(keyed):
        out.append(f" {clean(label.hotkey)} ", "bold reverse")
        out.append(" ")
        name = clean(label.name)[:12]
        out.append(f" {name} ", style=f"#1a1a1a on {label.colour}")
        if n % 2 == 0 and n + 1 < len(keyed):
            out.append(" " * (14 - len(name)))
        elif n + 1 < len(keyed):
            out.append("\n")
    return out


class Legend(Static):
    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]

    def set_labels(self, labels: list[Label]) -> None:
        self.update(legend_text(labels))


def annotation_prompt(ann: Annotation, colour: str) -> Text:
    out = Text(no_wrap=False)
    out.append("■ ", style=colour)
    out.append(clean(ann.label), "bold")
    out.append(" ")
    out.append(shorten(ann.text, 60))
    if ann.kind == "claim":
        extra = [clean(ann.claim_status or "unverified")]
        if ann.claimant:
            extra.append("by " + clean(ann.claimant))
        if ann.quantity_ids:
            extra.append(f"{len(ann.quantity_ids)} quantities")
        out.append("\n  " + " · ".join(extra), "italic")
    if ann.note:
        out.append("\n  ✎ " + shorten(ann.note, 60), "dim")
    return out


class AnnotationPanel(OptionList):
    """Annotations in text order. Highlighting one focuses it in the text; enter edits it."""

    BINDINGS = [
        Binding("x,delete", "screen.delete_annotation", "Delete", show=False),
    ]

    @dataclass
    class Chosen(Message):
        annotation_id: int
        edit: bool

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.annotation_ids: list[int] = []
        self._quiet = False

    def set_annotations(self, annotations: list[Annotation], colours: dict[str, str], focused: int | None) -> None:
        self._quiet = True
        try:
            self.clear_options()
            self.annotation_ids = [a.id for a in annotations]
            if not annotations:
                self.add_option(Option(Text("No annotations yet: select text, then press a label key.", "italic"), disabled=True))
                return
            self.add_options(
                Option(annotation_prompt(a, colours.get(a.label, "#888888")), id=str(a.id)) for a in annotations
            )
            self.show_focused(focused)
        finally:
            self._quiet = False

    def show_focused(self, annotation_id: int | None) -> None:
        if annotation_id in self.annotation_ids:
            self._quiet = True
            try:
                self.highlighted = self.annotation_ids.index(annotation_id)  # type: ignore[arg-type]
            finally:
                self._quiet = False

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if not self._quiet and event.option.id is not None and self.has_focus:
            self.post_message(self.Chosen(int(event.option.id), edit=False))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(int(event.option.id), edit=True))
