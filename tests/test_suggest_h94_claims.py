"""h94: claims (invented text)."""

from __future__ import annotations

from suggest_helpers import labelled


def test_a_body_s_profile_in_a_relative_clause_is_no_claim() -> None:
    text = "The Ferncliff Rowing Club, which has 310 members, wants a new boathouse by the river."
    assert labelled(text, "CLAIM", "en") == []


def test_a_body_s_profile_does_not_hide_the_figure_of_the_claim() -> None:
    text = "The Ferncliff Rowing Club, which has 310 members, lost £12,000 last year."
    assert labelled(text, "CLAIM", "en") == [text[:-1]] or labelled(text, "CLAIM", "en") == [text]
