"""The claims screen's two dialogs: add a piece of evidence (a URL or document reference, a quote, a
note) and set the verdict (status, public explanation, review state, who checked it)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Select, Static

from reader.models import CLAIM_STATUSES, REVIEW_STATES, Annotation
from reader.tui.dialog import ResultT, TypingDialog
from reader.tui.safe import clean, shorten
from reader.tui.typing_input import Input


@dataclass
class EvidenceFields:
    source: str
    quote: str
    note: str


@dataclass
class VerdictFields:
    status: str
    explanation: str
    review_state: str
    display_name: str  # the name the review is published under; "" when none typed


@dataclass(frozen=True)
class VerdictNames:
    """The colleague's own display name, and the one a review they check is published under (their
    own, else the desk-wide one; None: "Unnamed fact-checker")."""

    own: str | None
    desk: str | None

    @property
    def published(self) -> str | None:
        return self.own or self.desk


def _claim_line(claim: Annotation) -> Static:
    return Static(Text("“" + shorten(claim.text, 300) + "”"), id="span-text", markup=False)


class _SaveDialog(TypingDialog[ResultT]):
    """Enter in a field or the Save button saves (`_save` may refuse and keep the dialog open);
    Cancel and escape dismiss with None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def _save(self) -> None:
        raise NotImplementedError

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self._save()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class EvidenceDialog(_SaveDialog[EvidenceFields | None]):
    FIRST_FIELD = "#source"
    HELP_NAME = "Add evidence"

    def __init__(self, claim: Annotation) -> None:
        super().__init__()
        self.claim = claim

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(
                Text("Add evidence — tab moves · enter saves · escape cancels", "bold"), markup=False
            )
            yield _claim_line(self.claim)
            yield Static("Source: a URL or a document reference", classes="field-label", markup=False)
            yield Input(placeholder="https://… or “Annual report 2023, p. 12”", id="source")
            yield Static("Quote from it (optional)", classes="field-label", markup=False)
            yield Input(placeholder="what the source says", id="quote")
            yield Static("Note (private, optional)", classes="field-label", markup=False)
            yield Input(placeholder="a note for the team", id="evidence-note")
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Add evidence", id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#source", Input).focus()

    def _save(self) -> None:
        source = self.query_one("#source", Input).value.strip()
        if not source:
            self.notify("Evidence needs a URL or a document reference", severity="warning", markup=False)
            self.query_one("#source", Input).focus()
            return
        self.dismiss(
            EvidenceFields(
                source,
                self.query_one("#quote", Input).value.strip(),
                self.query_one("#evidence-note", Input).value.strip(),
            )
        )


class _VerdictChoice(Select[str]):
    """The verdict the dialog opens on: ↓ (or space) opens the list; enter saves the dialog, as
    in its fields (v then enter keeps working). In the open list enter picks, as in any Select."""

    BINDINGS = [
        Binding("down,space,up", "show_overlay", "Show menu", show=False),
        Binding("enter", "screen.save", "Save", show=False),
    ]


class VerdictDialog(_SaveDialog[VerdictFields | None]):
    """checked_by starts as the display name (`reader config set display-name`); when none is set
    the name typed here becomes it (the screen does that), so it is asked once."""

    FIRST_FIELD = "#explanation"
    TYPED_FROM = ("#verdict",)  # it opens on the verdict; typing at once writes the explanation
    HELP_NAME = "Verdict"

    def __init__(self, claim: Annotation, names: VerdictNames, refused: VerdictFields | None = None) -> None:
        """refused: the verdict this journalist saved on the claim and was refused (a colleague
        changed it meanwhile): the dialog opens on it, saying what is stored now."""
        super().__init__()
        self.claim = claim
        self.names = names
        self.refused = refused

    def compose(self) -> ComposeResult:
        c, r = self.claim, self.refused
        status = c.claim_status if c.claim_status in CLAIM_STATUSES else "unverified"
        review = c.review_state if c.review_state in REVIEW_STATES else "unreviewed"
        if r is not None:
            status = r.status if r.status in CLAIM_STATUSES else status
            review = r.review_state if r.review_state in REVIEW_STATES else review
        with Vertical(classes="dialog"):
            yield Static(
                Text("Verdict — ↓ picks · tab moves · enter saves · escape cancels", "bold"),
                markup=False,
            )
            yield _claim_line(c)
            if r is not None:
                now = Text(
                    "Your verdict as you typed it: not saved, as the claim was changed meanwhile. ", "italic"
                )
                now.append("Stored now: ")
                now.append(clean(c.claim_status or "unverified"), "bold")
                if c.explanation:
                    now.append(f" — “{shorten(c.explanation, 120)}”")
                if c.checked_by:
                    now.append(f" (checked by {shorten(c.checked_by, 30)})")
                now.append(". Enter saves yours in its place.")
                yield Static(now, id="refused-verdict", markup=False)
            yield Static("Verdict", classes="field-label", markup=False)
            yield _VerdictChoice(
                [(Text(s), s) for s in CLAIM_STATUSES], value=status, allow_blank=False, id="verdict"
            )
            yield Static(
                "Public explanation (published with the verdict; the note stays private)",
                classes="field-label",
                markup=False,
            )
            yield Input(
                value=clean(r.explanation if r is not None else c.explanation),
                placeholder="why this verdict, for readers",
                id="explanation",
                select_on_focus=False,
            )
            yield Static("Review state", classes="field-label", markup=False)
            yield Select([(Text(s), s) for s in REVIEW_STATES], value=review, allow_blank=False, id="review")
            yield Static(
                "Published as" + self._name_hint(),
                classes="field-label",
                markup=False,
            )
            yield Input(
                value=clean(self.names.published),
                placeholder="your name as published (never the login name)",
                id="checked-by",
                select_on_focus=False,
            )
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save verdict", id="save", variant="primary")

    def _name_hint(self) -> str:
        if self.names.own:
            return " (your display name)"
        if self.names.desk:
            return " (the desk's display name; a name typed here becomes yours)"
        return " (kept as your display name)"

    def on_mount(self) -> None:
        self.query_one("#verdict", Select).focus()

    def action_save(self) -> None:
        self._save()

    def on_descendant_focus(self, event) -> None:  # type: ignore[no-untyped-def]
        if isinstance(event.widget, Input):  # the cursor at the end: typing adds, never replaces
            event.widget.cursor_position = len(event.widget.value)

    def _save(self) -> None:
        status = self.query_one("#verdict", Select).value
        review = self.query_one("#review", Select).value
        explanation = self.query_one("#explanation", Input).value.strip()
        status = status if isinstance(status, str) else "unverified"
        if status != "unverified" and not explanation:
            self.notify("A verdict needs a public explanation", severity="warning", markup=False)
            self.query_one("#explanation", Input).focus()
            return
        self.dismiss(
            VerdictFields(
                status,
                explanation,
                review if isinstance(review, str) else "unreviewed",
                self.query_one("#checked-by", Input).value.strip(),
            )
        )
