"""German and Dutch clubs carry their founding year in their name ("TuS Wiesenbrück 1898", "Ruderverein
Germania Talheim 1887", "VV Nieuwlanden 1921"); a year after a firm's name is a date, not part of it.
Invented names."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def named(text: str, lang: str) -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, lang) if s.label != "CLAIM"}


@pytest.mark.parametrize(
    ("text", "lang", "club"),
    [
        ("Der TuS Wiesenbrück 1898 bekommt einen Kunstrasenplatz.", "de", "TuS Wiesenbrück 1898"),
        ("Der Heimatverein Talbach-Au 1911 sagte das Fest ab.", "de", "Heimatverein Talbach-Au 1911"),
        ("De voetbalclub VV Nieuwlanden 1921 krijgt een nieuwe kantine.", "nl", "VV Nieuwlanden 1921"),
    ],
)
def test_a_club_keeps_its_founding_year(text: str, lang: str, club: str) -> None:
    assert named(text, lang).get(club) == "ORG"


def test_a_year_after_a_firm_is_no_part_of_its_name() -> None:
    got = named("Der Umsatz der Meierei Nordland 1995 lag bei 3 Millionen Euro.", "de")
    assert not any(n.endswith("1995") and lab == "ORG" for n, lab in got.items())
