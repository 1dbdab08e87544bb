"""Polish public bodies named by an office noun and their seat after "w" ("Starostwo Powiatowe w X",
"Ochotniczej Straży Pożarnej w X", "Koła Łowieckiego w X", "Liceum Ogólnokształcącego w X", "Szpitala
Miejskiego w X"): one organisation, its seat inside, as the gold of the unseen sets writes it (76 of 84).
Invented towns and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Decyzję wydało Starostwo Powiatowe w Brzezinach Dolnych w piątek.",
            "Starostwo Powiatowe w Brzezinach Dolnych",
        ),
        (
            "Ogień gasili strażacy z Ochotniczej Straży Pożarnej w Lipnicy Małej.",
            "Ochotniczej Straży Pożarnej w Lipnicy Małej",
        ),
        (
            "Jak podaje prezes Koła Łowieckiego w Zawadce, dzików jest coraz więcej.",
            "Koła Łowieckiego w Zawadce",
        ),
        (
            "Nagrodę zdobyli uczniowie Liceum Ogólnokształcącego w Kurowicach.",
            "Liceum Ogólnokształcącego w Kurowicach",
        ),
    ],
)
def test_polish_office_with_its_seat(text: str, org: str) -> None:
    got = suggest(text, "pl")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]
