"""Days of the week in the plural ("Saturdays in June were booked out", "said Mondays are quiet") are
times, not a body that speaks. Invented sentences."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    "text",
    [
        "Registrar Lorna Hale said Saturdays in June were booked out.",
        "The manager said Mondays are the quietest days.",
    ],
)
def test_a_weekday_in_the_plural_is_no_organisation(text: str) -> None:
    labels = name_labels(text, "en")
    assert not any(w in labels for w in ("Saturdays", "Mondays")), labels
