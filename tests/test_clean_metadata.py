"""Metadata read from page dumps: wire datelines, bylines, dates."""

import pytest

from reader.clean import clean_dump
from reader.clean.metadata import parse_byline, parse_date, parse_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PARIS (Reuters) - The minister said on Monday", ("PARIS", "Reuters", None)),
        ("NEW YORK, Nov 19 (Reuters) - Stocks fell", ("NEW YORK", "Reuters", None)),
        ("WASHINGTON (AP) — The city council voted", ("WASHINGTON", "AP", None)),
        ("GENEVA, Switzerland (AP) — The agency said", ("GENEVA, Switzerland", "AP", None)),
        ("Mexico City (AP) — Rain fell", ("Mexico City", "AP", None)),
        ("Lambres-Lez-Douai, France (AFP) Dec 10, 2025", ("Lambres-Lez-Douai, France", "AFP", "2025-12-10")),
        ("Saint-Jean-de-Luz, France (AFP) 3 mars 2025", ("Saint-Jean-de-Luz, France", "AFP", "2025-03-03")),
        ("Paris, 10 déc 2025 (AFP) - Le gouvernement", ("Paris", "AFP", "2025-12-10")),
        ("MADRID, 12 feb (EFE).- El servicio", ("MADRID", "EFE", None)),
        ("Berlin, 10. Dezember 2025 (dpa) - Die Bahn", ("Berlin", "dpa", "2025-12-10")),
        ("Hamburg (dpa) - Die Bahn", ("Hamburg", "dpa", None)),
        ("TOKYO (Kyodo) -- Japan", ("TOKYO", "Kyodo", None)),
        ("BERLIN -- The European Space Agency says", ("BERLIN", None, None)),
        ("BUFFALO, N.Y. — About three years ago", ("BUFFALO, N.Y.", None, None)),
    ],
)
def test_wire_datelines(line, expected):
    assert parse_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The firm said on Monday (Reuters) - it would",
        "He told him, and then (AP) - x",
        "BREAKING — Markets fall",
        "CEO — the boss",
        "The US (and EU) - said",
        "A - B",
        "",
    ],
)
def test_not_datelines(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Etienne BALMER", "Etienne BALMER"),
        ("By Jane Doe, Reuters", "Jane Doe"),
        ("Par Jeanne DUPONT / AFP", "Jeanne DUPONT"),
        ("Por María López | 12/02/2025", "María López"),
        ("Von Hans Müller | dpa", "Hans Müller"),
        ("By Daniel Okafor and Priya Natarajan", "Daniel Okafor and Priya Natarajan"),
        ("by the way, this is not a byline", None),
    ],
)
def test_bylines(line, name):
    assert parse_byline(line) == name


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Dec 10, 2025", "2025-12-10"),
        ("10 décembre 2025", "2025-12-10"),
        ("12 de febrero de 2025", "2025-02-12"),
        ("10. Dezember 2025", "2025-12-10"),
        ("2025-03-04", "2025-03-04"),
        ("31/04/2025", None),
    ],
)
def test_dates(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("first", "dateline", "agency"),
    [
        (
            "PARIS (Reuters) - France's parliament voted on Tuesday to extend the measure for another year, officials said.",
            "PARIS",
            "Reuters",
        ),
        (
            "WASHINGTON (AP) — The Senate approved the bill late on Wednesday after a long debate over its cost and scope.",
            "WASHINGTON",
            "AP",
        ),
    ],
)
def test_dump_dateline_from_first_paragraph(first, dateline, agency):
    page = "\n".join(
        [
            "Home",
            "World",
            "Business",
            "Sign in",
            "Lawmakers back the plan after a long night",
            "By Ann Example",
            first,
            "The vote came after weeks of talks between the parties, which had disagreed over how to pay for it.",
            "Opponents said they would keep trying to change the law when it comes back for review next spring.",
            "Related stories",
            "Privacy policy",
            "© 2025 Example Media",
        ]
    )
    r = clean_dump(page)
    assert r.text.startswith(first)
    assert (r.dateline, r.agency) == (dateline, agency)
    assert r.byline == "Ann Example"
    assert r.title == "Lawmakers back the plan after a long night"


def test_dump_afp_dateline_line_with_date():
    page = "\n".join(
        [
            "Menu",
            "Energy",
            "France's new battery plant opens",
            "By Etienne BALMER",
            "Lambres-Lez-Douai, France (AFP) Dec 10, 2025",
            "France is developing domestic production of electric vehicle batteries with an eye on independence.",
            "In the factory outside the city, foreign specialists are training the local staff on the new equipment.",
            "Copyright 2025 AFP. All rights reserved.",
        ]
    )
    r = clean_dump(page)
    assert (r.dateline, r.agency, r.published) == ("Lambres-Lez-Douai, France", "AFP", "2025-12-10")
    assert r.byline == "Etienne BALMER"
    assert r.title == "France's new battery plant opens"
    assert "Lambres" not in r.text and "Copyright" not in r.text
