"""German capitalises the words of an amount ("2 Millionen Euro Soforthilfe", "4 Milliarden Franken
Umsatz"): after a figure they are the amount's, never the start of a name, and the amount stays a
QUANTITY. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Die Landesregierung stellt 2 Millionen Euro Soforthilfe bereit.", "2 Millionen Euro"),
        ("Der Konzern erwartet 4 Milliarden Franken Umsatz im Jahr.", "4 Milliarden Franken"),
    ],
)
def test_amount_words_after_a_figure_start_no_name(text: str, amount: str) -> None:
    got = suggest(text, "de")
    assert not any(
        g.label in ("ORG", "PERSON", "PLACE") and g.text.startswith(("Millionen", "Milliarden")) for g in got
    )
    assert any(g.label == "QUANTITY" and g.text == amount for g in got)
