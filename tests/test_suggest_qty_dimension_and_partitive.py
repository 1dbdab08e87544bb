"""A measure's dimension or comparison after it is no part of the quantity ("640 metres long", "12 feet
deep", "30 knots faster"), and an English part named without its whole's number is one quantity ("two of
the pumps", "three of its trucks", "all 12 of its drivers"; not "one of the oldest ..."). Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def _quantities(text: str, lang: str = "en") -> list[str]:
    return [g.text for g in suggest(text, lang) if g.label == "QUANTITY"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The new bridge is 640 metres long and opens in spring.", "640 metres"),
        ("Near the weir the river is 12 feet deep in winter.", "12 feet"),
        ("The gusts were 30 knots faster than the forecast said.", "30 knots"),
        ("The wall stands 3.5 metres high along the lane.", "3.5 metres"),
        ("The crater is about 80 kilometres across, the team said.", "80 kilometres"),
    ],
)
def test_dimension_after_a_measure_ends_it(text: str, amount: str) -> None:
    assert amount in _quantities(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Two of the pumps failed last week, the council said.", "Two of the pumps"),
        ("The haulier sold three of its trucks to a rival firm.", "three of its trucks"),
        ("The airline said all 12 of its drivers had passed the test.", "all 12 of its drivers"),
        ("Police questioned four of their older neighbours on Friday.", "four of their older neighbours"),
    ],
)
def test_part_without_the_number_of_its_whole(text: str, part: str) -> None:
    assert part in _quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is one of the oldest mills in the county.",
        "One of the vans was found burnt out near the depot.",
    ],
)
def test_one_of_the_is_no_quantity(text: str) -> None:
    assert not any(q.lower().startswith("one of") for q in _quantities(text))


def test_part_of_a_counted_whole_stays_as_before() -> None:
    got = _quantities("The club won 24 of the league's 30 games.")
    assert "24 of the league's 30 games" in got
