"""The list of tags beside the text says how many quantities a claim holds: “1 quantities” was on
screen (tmux, h104) for a claim with one. Invented claim, Icelandic."""

from __future__ import annotations

from reader.models import Annotation
from reader.tui.annotation_panel import entry_rows

TEXT = "Bæjarráð Hvolsvallar segir að 48 íbúðir verði tilbúnar árið 2027."


def _claim(quantities: list[int]) -> Annotation:
    return Annotation(
        7, 1, "CLAIM", "claim", 0, len(TEXT), TEXT, "", "", None, "sigrun", "2026-01-02T10:00:00+00:00",
        "2026-01-02T10:00:00+00:00", claimant="Bæjarráð Hvolsvallar", claim_status="unverified",
        quantity_ids=quantities,
    )  # fmt: skip


def test_one_quantity_is_one_quantity_and_two_are_quantities():
    one = entry_rows(_claim([3]), "#ff0000", 80)[1].plain
    two = entry_rows(_claim([3, 4]), "#ff0000", 80)[1].plain
    assert "· 1 quantity" in one and "quantities" not in one
    assert "· 2 quantities" in two
