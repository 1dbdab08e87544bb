"""English places named by their last word: a gap in the cliffs, a quarry, a cemetery, a long-distance path
("Sandwick Gap", "Holloway Quarry", "Elm Road Cemetery", "Coastline Way"), as "Road", "Lane" or
"Bridge" name theirs. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Erosion has taken 14 metres of cliff at Sandwick Gap since January.", "Sandwick Gap"),
        ("The committee refused an extension to the Holloway Quarry near the village.", "Holloway Quarry"),
        ("Elm Road Cemetery, the town's main burial ground, is nearly full.", "Elm Road Cemetery"),
        ("She started a charity walk along the Coastline Way in May.", "Coastline Way"),
    ],
)
def test_a_place_named_by_its_last_word(text: str, name: str) -> None:
    assert name_labels(text, "en").get(name) == "PLACE"
