"""Claims in the reading view: the claim form (claimant, status, note, quantities inside the
claim), for a new claim and for editing one."""

from __future__ import annotations

from textual import work
from textual.worker import get_current_worker

from reader.claim_speaker import attributed_speaker
from reader.errors import ReaderError
from reader.factcheck import verdict_stamp
from reader.models import Annotation
from reader.store.labels import builtin_names
from reader.tui.claim_form import ClaimFields, ClaimForm
from reader.tui.reading.base import ReadingBase
from reader.tui.safe import shorten

# Built-in entity kinds that cannot make a claim.
NOT_SPEAKERS = ("QUANTITY", "DATE")


class Claims(ReadingBase):
    def _builtin(self, name: str) -> str:
        """The label that is the built-in `name` (PERSON, ORG, QUANTITY) by what it is, whatever
        the desk renamed it to (`reader labels`): read from the labels the screen loaded."""
        return builtin_names(self.labels)[name]

    def persons(self) -> list[str]:
        person = self._builtin("PERSON")
        return [a.text for a in self.annotations if a.label == person]

    def default_claimant(self, start: int) -> str | None:
        found = self._default_claimant(start)
        return found.text if found else None

    def _default_claimant(self, start: int, end: int | None = None) -> Annotation | None:
        """A person or organisation tagged inside the claim ("The Boat Owners' Association said 40
        of its members would leave"), else the person named last before it (else the first one
        after it)."""
        person, org = self._builtin("PERSON"), self._builtin("ORG")
        if end is not None:
            inside = [
                a for a in self.annotations if a.label in (person, org) and start <= a.start and a.end <= end
            ]
            if inside:
                return min(inside, key=lambda a: a.start)
        before = [a for a in self.annotations if a.label == person and a.start < start]
        if before:
            return max(before, key=lambda a: a.start)
        after = [a for a in self.annotations if a.label == person]
        return after[0] if after else None

    def _proposed_claimant(self, start: int, end: int) -> tuple[str | None, int | None, str | None]:
        """(name, entity id, kind of a new name) the claim form proposes: whom the claim's sentence
        attributes it to ("..., said Maria Duval", "according to the ministry"), tagged or not,
        before a body merely named inside the claim (h111); else _default_claimant."""
        builtin = {name: kind for kind, name in builtin_names(self.labels).items()}
        tagged = [(a.start, a.end, builtin[a.label]) for a in self.annotations if a.label in builtin]
        said = attributed_speaker(self.text, start, end, tagged)
        if said is not None:
            ann = next((a for a in self.annotations if said.span == (a.start, a.end)), None)
            if ann is not None:
                return ann.text, ann.entity_id, None
            kind = builtin_names(self.labels).get(said.kind) if said.kind else None
            return said.name, None, kind
        person = self._default_claimant(start, end)
        return (person.text, person.entity_id, None) if person else (None, None, None)

    def entity_labels(self) -> list[str]:
        """The kinds a new claimant may be: who can say something (a quantity or a date cannot)."""
        mute = {builtin_names(self.labels).get(name) for name in NOT_SPEAKERS}
        return [label.name for label in self.labels if label.kind == "entity" and label.name not in mute]

    def _claimant_fields(self, result: ClaimFields) -> dict[str, object]:
        """On the writer thread: the claimant of a saved form as the store takes it (an entity picked
        from the index, or a typed name, made an entity of the chosen kind when new)."""
        fields: dict[str, object] = {"claimant": result.claimant}
        if result.claimant and result.claimant_entity_id is not None:
            fields["claimant_entity_id"] = result.claimant_entity_id
        elif result.claimant and result.claimant_label:
            fields["claimant_entity_id"] = self.store.claimant_entity(result.claimant, result.claimant_label)
        return fields

    def quantities_in(self, start: int, end: int) -> list[tuple[int, str]]:
        quantity = self._builtin("QUANTITY")
        return [
            (a.id, a.text)
            for a in self.annotations
            if a.label == quantity and start <= a.start and a.end <= end
        ]

    def suggested_quantities(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """QUANTITY suggestions inside [start, end) not tagged yet (nor overlapping a tagged one) and
        not rejected: (start, end, text) in the article. The rule-based suggester on the span only,
        bounded to its first MAX_CLAIM_CHARS characters (a whole article selected stays quick)."""
        from reader.suggest import claim_quantities

        try:
            rejected = self.store.rejected_suggestions(self.open_id)
        except ReaderError:
            rejected = set()
        article = self.article
        found = claim_quantities(
            self.text[start:end],
            language=article.language if article else None,
            dateline=article.dateline if article else None,
        )
        quantity = self._builtin("QUANTITY")
        tagged = [(a.start, a.end) for a in self.annotations if a.label == quantity]
        out = []
        for g in found:
            s, e = g.start + start, g.end + start
            if ("QUANTITY", s, e) in rejected:
                continue
            if any(s < te and ts < e for ts, te in tagged):
                continue
            out.append((s, e, self.text[s:e]))
        return out

    # The form opens at once; the suggester looks for quantities in the span in a worker (a long
    # selection never freezes the screen) and the form shows them when it is done.
    def open_claim_form(self, label: str, start: int, end: int) -> None:
        form = self._new_claim_form(label, start, end)
        self._find_quantities(start, end, form)

    def edit_claim(self, ann: Annotation) -> None:
        """The claim form for a stored claim; saving updates it (one undo step)."""
        form = self._edit_claim_form(ann)
        self._find_quantities(ann.start, ann.end, form)

    @work(thread=True, exclusive=True, group="claim-form")
    def _find_quantities(self, start: int, end: int, form: ClaimForm) -> None:
        worker = get_current_worker()
        found = self.suggested_quantities(start, end)
        if not worker.is_cancelled:
            self.app.call_from_thread(form.show_suggested, found)

    def _new_claim_form(self, label: str, start: int, end: int) -> ClaimForm:
        quantities = self.quantities_in(start, end)
        claimant, entity_id, kind = self._proposed_claimant(start, end)
        fields = ClaimFields(
            span_text=self.text[start:end],
            label=label,
            claimant=claimant,
            claimant_entity_id=entity_id,
            claimant_label=kind,
            quantity_ids=[q for q, _ in quantities],
        )

        seen = self.text  # the text start and end count in (a colleague may replace it meanwhile)

        def done(result: ClaimFields | None) -> None:
            if result is None:
                return

            def change() -> Annotation:
                with self.history.group(f"tag {result.label} “{shorten(seen[start:end])}”"):
                    ids = list(result.quantity_ids) + self._add_quantities(result.new_quantities, seen)
                    return self.history.add(
                        self.open_id,
                        result.label,
                        start,
                        end,
                        seen_text=seen,
                        note=result.note or None,
                        claim_status=result.claim_status,
                        quantity_ids=ids,
                        **self._claimant_fields(result),
                        **verdict_stamp(result.claim_status, None, self.app.annotator),
                    )

            n = len(result.new_quantities)
            extra = f" with {n} new QUANTITY tag{'s' if n != 1 else ''}" if n else ""
            self.write(change, f"Claim saved{extra} (u undoes)", then=self._show_new(end, seen))

        form = ClaimForm(
            fields,
            self.persons(),
            quantities,
            self.claim_labels(),
            looking=True,
            entity_labels=self.entity_labels(),
        )
        self.app.push_screen(form, done)
        return form

    def _add_quantities(self, spans: list[tuple[int, int]], seen: str) -> list[int]:
        """On the writer thread: the suggested quantities ticked in the claim form (counted in
        seen), as annotations (under the quantity label, whatever it is called now)."""
        quantity = self.store.builtin_label_names()["QUANTITY"]
        return [
            self.history.add(self.open_id, quantity, s, e, origin="suggested", seen_text=seen).id
            for s, e in spans
        ]

    def _edit_claim_form(self, ann: Annotation) -> ClaimForm:
        quantities = self.quantities_in(ann.start, ann.end)
        fields = ClaimFields(
            span_text=ann.text,
            label=ann.label,
            claimant=ann.claimant,
            claimant_entity_id=ann.claimant_entity_id,
            claim_status=ann.claim_status or "unverified",
            note=ann.note or "",
            quantity_ids=list(ann.quantity_ids),
        )
        history, seen = self.history, self.text

        def done_claim(result: ClaimFields | None) -> None:
            if result is None:
                return

            def change() -> Annotation:
                with history.group(f"edit {ann.label} “{shorten(ann.text)}”"):
                    ids = list(result.quantity_ids) + self._add_quantities(result.new_quantities, seen)
                    return history.update(
                        ann.id,
                        expected=ann,  # someone else's change since the form opened: refused
                        label=result.label,
                        note=result.note or None,
                        claim_status=result.claim_status,
                        quantity_ids=ids,
                        **self._claimant_fields(result),
                        **verdict_stamp(result.claim_status, ann.claim_status, self.app.annotator),
                    )

            self.write(
                change,
                "Annotation saved",
                then=lambda saved: self.refresh_annotations(focus=saved.id),
                undo=self.refresh_annotations,
            )

        form = ClaimForm(
            fields,
            self.persons(),
            quantities,
            self.claim_labels(),
            suggested_checked=False,
            looking=True,
            entity_labels=self.entity_labels(),
        )
        self.app.push_screen(form, done_claim)
        return form
