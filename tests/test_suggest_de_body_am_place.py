"""German schools, clinics and courts named after the place they stand by, with "am" ("die Grundschule am
Lindenberg", "Realschule am Mühlbach", "Amtsgericht Rotheim am Kessbach"): one organisation, the place
inside it; not a date or a common noun after "am" ("teilte das Landratsamt am Dienstag mit", "am Ende").
Invented names and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Am Lindenberg wohnen 300 Familien. Die Turnhalle der Grundschule am Lindenberg ist marode.",
            "Grundschule am Lindenberg",
        ),
        (
            "Der Mühlbach trat über die Ufer. Birgit Hallmann von der Realschule am Mühlbach fährt jeden Tag mit dem Rad.",
            "Realschule am Mühlbach",
        ),
        (
            "Die Firma hat beim Amtsgericht Rotheim am Kessbach Insolvenz angemeldet.",
            "Amtsgericht Rotheim am Kessbach",
        ),
    ],
)
def test_body_named_after_the_place_it_stands_by(text: str, org: str) -> None:
    got = suggest(text, "de")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]


@pytest.mark.parametrize(
    "text",
    [
        "Das teilte das Landratsamt am Dienstag mit.",
        "Die Grundschule am Ende der Straße wird saniert.",
    ],
)
def test_no_place_after_am_no_longer_body(text: str) -> None:
    got = suggest(text, "de")
    assert not any(g.label == "ORG" and " am " in g.text for g in got), [(g.label, g.text) for g in got]
