"""A long run of capitalised words joined by "de" is read in linear time: the Romance place test at each
gap looks up what the rest of the run holds instead of scanning it again (a 630 KB hostile run took 35 s
when it did). Counted, not timed: the word test runs once per word of the run."""

from __future__ import annotations

import pytest

from reader.suggest import name_split_gaps, suggest


def test_the_rest_of_a_run_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = name_split_gaps._body_or_given_name

    def counted(word: str, lang: str) -> bool:
        nonlocal calls
        calls += 1
        return real(word, lang)

    monkeypatch.setattr(name_split_gaps, "_body_or_given_name", counted)
    n = 400
    text = "Los vecinos piden a " + "la Conselleria de La " * n + "fin."
    suggest(text, language="es")
    assert 0 < calls <= 4 * n  # (quadratic before: about n * n / 2)


def test_a_place_named_x_de_y_is_still_one_place() -> None:
    found = [
        (s.text, s.label) for s in suggest("Los pastores suben a la Sierra de Morvedal cada mayo.", "es")
    ]
    assert ("Sierra de Morvedal", "PLACE") in found
