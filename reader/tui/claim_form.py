"""The claim form: who made a claim, its verification status, the quantities it holds, a note."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, Input, Select, Static

from reader.models import CLAIM_STATUSES
from reader.tui.dialog import TypingDialog
from reader.tui.safe import clean

NO_QUANTITIES = "(no quantities found inside this span)"


@dataclass
class ClaimFields:
    """What the form starts with and what it returns."""

    span_text: str
    label: str = "CLAIM"
    claimant: str | None = None
    claim_status: str = "unverified"
    note: str = ""
    quantity_ids: list[int] = field(default_factory=list)
    # Suggested quantities (not stored yet) ticked in the form: (start, end) in the article.
    new_quantities: list[tuple[int, int]] = field(default_factory=list)


class ClaimForm(TypingDialog[ClaimFields | None]):
    """persons: names of the article's PERSON annotations; quantities: (id, text) of the QUANTITY
    annotations inside the span (checked when in fields.quantity_ids); suggested: (start, end, text)
    of QUANTITY suggestions inside the span not tagged yet, offered as "(new)" (checked when
    suggested_checked): on save the checked ones are created and linked (in new_quantities)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]
    HELP_NAME = "Claim"
    FIRST_FIELD = "#claimant-name"  # a name typed at once is who made the claim

    def __init__(
        self,
        fields: ClaimFields,
        persons: list[str],
        quantities: list[tuple[int, str]],
        labels: list[str],
        suggested: list[tuple[int, int, str]] | None = None,
        suggested_checked: bool = True,
        looking: bool = False,
    ) -> None:
        super().__init__()
        self.fields = fields
        self.persons = list(dict.fromkeys(p for p in persons if p))
        self.quantities = quantities
        self.suggested = list(suggested or [])
        self.suggested_checked = suggested_checked  # a new claim: yes; editing one: the user opts in
        self.labels = labels
        self.looking = looking  # the suggested quantities come later (show_suggested), from a worker

    def compose(self) -> ComposeResult:
        f = self.fields
        known = f.claimant in self.persons
        with Vertical(classes="dialog"):
            yield Static(
                Text(
                    "Claim — tab moves between fields · enter in a text field saves · escape cancels", "bold"
                ),
                markup=False,
            )
            yield Static(Text("“" + clean(f.span_text) + "”"), id="span-text", markup=False)
            with VerticalScroll(id="claim-fields"):
                yield Static(
                    "Who made it: pick a person from the article, or type a name",
                    classes="field-label",
                    markup=False,
                )
                if self.persons:
                    yield Select(
                        [(Text(clean(p)), p) for p in self.persons],
                        value=f.claimant if known else Select.NULL,
                        prompt="(nobody picked)",
                        id="claimant",
                    )
                else:
                    yield Static(Text("(no PERSON annotations in this article yet)", "italic"), markup=False)
                yield Input(
                    # cleaned, as every stored field: an Input draws its value as it is, escapes and all
                    value="" if known else clean(f.claimant),
                    placeholder="or type a name",
                    id="claimant-name",
                    select_on_focus=False,
                )
                yield Static("Verification status", classes="field-label", markup=False)
                yield Select(
                    [(Text(s), s) for s in CLAIM_STATUSES],
                    value=f.claim_status or "unverified",
                    allow_blank=False,
                    id="status",
                )
                yield Static("Quantities in the claim", classes="field-label", markup=False)
                with Vertical(id="quantities"):
                    if not self.quantities and not self.suggested:
                        yield Static(
                            Text("(looking for quantities…)" if self.looking else NO_QUANTITIES, "italic"),
                            markup=False,
                            id="no-quantities",
                        )
                    for qid, qtext in self.quantities:
                        yield Checkbox(Text(clean(qtext)), value=qid in f.quantity_ids, id=f"q{qid}")
                    yield from self._suggested_boxes()
                yield Static("Note", classes="field-label", markup=False)
                # select_on_focus off: tabbing in puts the cursor at the end, so typing adds to the
                # note instead of replacing it.
                yield Input(
                    value=clean(f.note),
                    placeholder="a note (source to check, context…)",
                    id="note",
                    select_on_focus=False,
                )
                if len(self.labels) > 1:
                    yield Static("Label", classes="field-label", markup=False)
                    yield Select(
                        [(Text(clean(n)), n) for n in self.labels],
                        value=f.label,
                        allow_blank=False,
                        id="label",
                    )
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save claim", id="save", variant="primary")

    def show_suggested(self, suggested: list[tuple[int, int, str]]) -> None:
        """The quantities the suggester found in the span (it ran in a worker while the form was
        open): offered as "(new)" ticks, below the tagged ones."""
        if not self.is_attached:
            return
        self.looking = False
        self.suggested = list(suggested)
        box = self.query_one("#quantities", Vertical)
        placeholder = self.query("#no-quantities")
        if self.suggested and placeholder:
            placeholder.remove()
        elif placeholder:
            placeholder.first(Static).update(Text(NO_QUANTITIES, "italic"))
        box.mount_all(self._suggested_boxes())

    def _suggested_boxes(self) -> list[Checkbox]:
        boxes = []
        for n, (_, _, qtext) in enumerate(self.suggested):
            label = Text(clean(qtext))
            label.append("  (new: tagged QUANTITY on save)", "italic")
            boxes.append(Checkbox(label, value=self.suggested_checked, id=f"new{n}"))
        return boxes

    def on_mount(self) -> None:
        first = self.query("#claimant") or self.query("#claimant-name")
        first.first().focus()

    def on_descendant_focus(self, event) -> None:  # type: ignore[no-untyped-def]
        if isinstance(event.widget, Input):  # the cursor at the end: typing adds, never replaces
            event.widget.cursor_position = len(event.widget.value)

    def result(self) -> ClaimFields:
        typed = self.query_one("#claimant-name", Input).value.strip()
        picked = self.query_one("#claimant", Select).value if self.query("#claimant") else None
        claimant = typed or (picked if isinstance(picked, str) else None)
        label = self.fields.label
        if self.query("#label"):
            value = self.query_one("#label", Select).value
            label = value if isinstance(value, str) else label
        status = self.query_one("#status", Select).value
        return ClaimFields(
            span_text=self.fields.span_text,
            label=label,
            claimant=claimant,
            claim_status=status if isinstance(status, str) else "unverified",
            note=self.query_one("#note", Input).value.strip(),
            quantity_ids=[qid for qid, _ in self.quantities if self.query_one(f"#q{qid}", Checkbox).value],
            new_quantities=[
                (s, e)
                for n, (s, e, _) in enumerate(self.suggested)
                if self.query(f"#new{n}") and self.query_one(f"#new{n}", Checkbox).value
            ],
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.result())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(self.result() if event.button.id == "save" else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
