"""Person boundaries found by classifying the tune sets' misses after heldout10 (issue 12, item 7),
as hand-made sentences (names invented; none is taken from a benchmark article).

- A minister's portfolio between "minister van/for/für" and the name is no part of the name
  ("minister van Visserij Wouter Klaasman").
"""

from reader.suggest import suggest


def labels(text: str, language: str = "en") -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language)}


def test_portfolio_after_minister_van_is_not_part_of_the_name():
    got = labels("De dijk wordt verhoogd, zegt Zeeuws minister van Visserij Wouter Klaasman.", "nl")
    assert got.get("Wouter Klaasman") == "PERSON"
    assert "Visserij Wouter Klaasman" not in got


def test_portfolio_after_minister_for_is_not_part_of_the_name():
    got = labels("The plan was approved by Minister for Housing Orla Brenwick on Tuesday.")
    assert got.get("Orla Brenwick") == "PERSON"
    assert "Housing Orla Brenwick" not in got
