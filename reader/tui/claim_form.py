"""The claim form: who made a claim, its verification status, the quantities it holds, a note.

The claimant is an entity of any kind (person, organisation, place): typing filters the entity
index below the field (down and enter pick one), or a name not in it becomes a new entity, of the
kind chosen (PERSON when none is)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, OptionList, Select, Static
from textual.widgets.option_list import Option

from reader.errors import ReaderError
from reader.find import fold
from reader.models import CLAIM_STATUSES, Entity
from reader.tui.dialog import TypingDialog
from reader.tui.safe import clean, shorten
from reader.tui.typing_input import Input

MAX_MATCHES = 8  # entities offered under the claimant field


def matching_entities(entities: list[Entity], typed: str, first: list[str] = ()) -> list[Entity]:  # type: ignore[assignment]
    """The entities one of whose names holds what is typed (case and accents ignored), those whose
    name starts with it first, then by mentions; with nothing typed the ones named `first` (the
    article's people) lead."""
    query = fold(typed.strip())
    leading = {fold(n) for n in first}
    scored = []
    for n, e in enumerate(entities):  # entities come most mentioned first
        names = [fold(a) for a in (e.canonical, *e.aliases)]
        if query:
            if not any(query in name for name in names):
                continue
            rank = 0 if any(name.startswith(query) for name in names) else 1
        else:
            rank = 0 if leading & set(names) else 1
        scored.append((rank, n, e))
    return [e for _, _, e in sorted(scored, key=lambda x: x[:2])][:MAX_MATCHES]


NO_QUANTITIES = "(no quantities found inside this span)"


@dataclass
class ClaimFields:
    """What the form starts with and what it returns."""

    span_text: str
    label: str = "CLAIM"
    claimant: str | None = None
    claimant_entity_id: int | None = None  # picked from the entity index
    claimant_label: str | None = None  # the kind of a new claimant (None: PERSON, or as found)
    claim_status: str = "unverified"
    note: str = ""
    quantity_ids: list[int] = field(default_factory=list)
    # Suggested quantities (not stored yet) ticked in the form: (start, end) in the article.
    new_quantities: list[tuple[int, int]] = field(default_factory=list)


class QuantitiesNote(Static):
    """“(looking for quantities…)” until the search answers. Its answer may come while the form
    is still being built, after the quantities box is on screen and before this line is: the line
    then settles itself as it is mounted (seen in tmux, h104: the line stayed under the quantity)."""

    def on_mount(self) -> None:
        form = self.screen
        if isinstance(form, ClaimForm):
            form.settle_note(self)


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
        entity_labels: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.fields = fields
        self.entity_labels = list(entity_labels or ["PERSON", "ORG", "PLACE"])
        self.entities: list[Entity] = []  # the entity index, loaded in a worker on mount
        self.loaded = False
        self.picked: Entity | None = None
        self.picked_id = fields.claimant_entity_id
        # The name the picked entity stands for in the field: typing anything else unpicks it.
        self.picked_name = clean(fields.claimant) if fields.claimant_entity_id is not None else None
        self.persons = list(dict.fromkeys(p for p in persons if p))
        self.quantities = quantities
        self.suggested = list(suggested or [])
        self.suggested_checked = suggested_checked  # a new claim: yes; editing one: the user opts in
        self.labels = labels
        self.looking = looking  # the suggested quantities come later (show_suggested), from a worker

    def compose(self) -> ComposeResult:
        f = self.fields
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
                    "Who made it: a person, organisation or place (type to find it in the entity index, "
                    "down picks), or a new name",
                    classes="field-label",
                    markup=False,
                )
                yield Input(
                    # cleaned, as every stored field: an Input draws its value as it is, escapes and all
                    value=clean(f.claimant),
                    placeholder="a name: Ayumi Kurose, the Swedish Prosecution Authority…",
                    id="claimant-name",
                    select_on_focus=False,
                )
                yield OptionList(id="claimant-matches")
                with Horizontal(id="claimant-kind"):
                    yield Static("A new name is a ", markup=False, classes="inline-label")
                    yield Select(
                        [(Text(clean(n)), n) for n in self.entity_labels],
                        # the kind the form guessed for a proposed new name ("the ministry": ORG)
                        value=f.claimant_label if f.claimant_label in self.entity_labels else Select.NULL,
                        prompt="PERSON (or as found)",
                        id="claimant-label",
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
                        yield QuantitiesNote(
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
        self.looking = False
        self.suggested = list(suggested)
        found = self.query("#quantities")
        # Closed meanwhile, or not composed yet (compose then offers self.suggested itself).
        if not self.is_attached or not found:
            return
        box = found.first(Vertical)
        for note in self.query(QuantitiesNote):
            self.settle_note(note)
        # (a line not mounted yet settles itself when it is: QuantitiesNote.on_mount)
        box.mount_all(self._suggested_boxes())

    def settle_note(self, note: Static) -> None:
        """The line under "Quantities in the claim" once the search is done: gone when it found
        some, else saying there are none."""
        if self.looking:
            return
        if self.suggested:
            note.remove()
        else:
            note.update(Text(NO_QUANTITIES, "italic"))

    def _suggested_boxes(self) -> list[Checkbox]:
        boxes = []
        for n, (_, _, qtext) in enumerate(self.suggested):
            label = Text(clean(qtext))
            label.append("  (new: tagged QUANTITY on save)", "italic")
            boxes.append(Checkbox(label, value=self.suggested_checked, id=f"new{n}"))
        return boxes

    def on_mount(self) -> None:
        self.query_one("#claimant-name", Input).focus()
        self.load_entities()

    @work(thread=True, exclusive=True, group="claim-form-entities")
    def load_entities(self) -> None:
        store = getattr(self.app, "store", None)
        if store is None:
            return
        try:
            entities = store.entities()
        except ReaderError:
            return
        self.app.call_from_thread(self._entities_loaded, entities)

    def _entities_loaded(self, entities: list[Entity]) -> None:
        if not self.is_attached:
            return
        self.entities = entities
        self.loaded = True
        if self.picked_id is not None:
            self.picked = next((e for e in entities if e.id == self.picked_id), None)
        self._show_matches()

    def _show_matches(self) -> None:
        typed = self.query_one("#claimant-name", Input).value
        # The name as it stands (picked, or the default) lists everything: the field is not a filter yet.
        is_picked = self.picked_name is not None and typed.strip() == self.picked_name
        found = matching_entities(self.entities, "" if is_picked else typed, self.persons)
        lst = self.query_one("#claimant-matches", OptionList)
        lst.clear_options()
        for e in found:
            prompt = Text(no_wrap=True, overflow="ellipsis")
            prompt.append("✓ " if e.id == self.picked_id else "  ", "bold green")
            prompt.append(f"{clean(e.label):<9}", "bold")
            prompt.append(shorten(e.canonical, 40))
            others = [a for a in e.aliases if a != e.canonical]
            if others:
                prompt.append("  also: " + ", ".join(shorten(a, 20) for a in others[:3]), "dim")
            prompt.append(f"  {e.mentions} mention{'s' if e.mentions != 1 else ''}", "italic")
            lst.add_option(Option(prompt, id=str(e.id)))
        # tab passes over the list when it holds only a note: focus there would vanish from view
        lst.can_focus = bool(found)
        if not found:
            if not self.loaded:
                note = "(looking in the entity index…)"
            else:
                note = "(a new name: saved as a new entity)" if typed.strip() else "(no entities yet)"
            lst.add_option(Option(Text(note, "italic"), disabled=True))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "claimant-name":
            return
        event.stop()
        if self.picked_name is not None and event.value.strip() != self.picked_name:
            # typed over: a name again, looked up when saved
            self.picked, self.picked_id, self.picked_name = None, None, None
        guessed = self.fields.claimant_label
        if guessed and event.value.strip() != clean(self.fields.claimant).strip():
            kind = self.query_one("#claimant-label", Select)
            if kind.value == guessed:  # the kind guessed for the proposed name, not for one typed over it
                kind.value = Select.NULL
        self._show_matches()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        entity = next((e for e in self.entities if e.id == int(event.option.id)), None)
        if entity is None:
            return
        self.picked, self.picked_id, self.picked_name = entity, entity.id, clean(entity.canonical)
        name = self.query_one("#claimant-name", Input)
        name.value = self.picked_name
        name.focus()
        self._show_matches()

    def on_key(self, event: events.Key) -> None:
        name = self.query_one("#claimant-name", Input)
        matches = self.query_one("#claimant-matches", OptionList)
        if event.key == "down" and name.has_focus and matches.can_focus and matches.option_count:
            event.stop()
            event.prevent_default()
            matches.focus()
            matches.highlighted = 0
            return
        super().on_key(event)

    def on_descendant_focus(self, event) -> None:  # type: ignore[no-untyped-def]
        if isinstance(event.widget, Input):  # the cursor at the end: typing adds, never replaces
            event.widget.cursor_position = len(event.widget.value)

    def result(self) -> ClaimFields:
        claimant = self.query_one("#claimant-name", Input).value.strip() or None
        kind = self.query_one("#claimant-label", Select).value
        label = self.fields.label
        if self.query("#label"):
            value = self.query_one("#label", Select).value
            label = value if isinstance(value, str) else label
        status = self.query_one("#status", Select).value
        return ClaimFields(
            span_text=self.fields.span_text,
            label=label,
            claimant=claimant,
            claimant_entity_id=self.picked_id if claimant else None,
            claimant_label=kind if isinstance(kind, str) else None,
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
