"""h94: claims (invented text)."""

from __future__ import annotations

from suggest_helpers import labelled


def test_a_body_s_profile_in_a_relative_clause_is_no_claim() -> None:
    text = "The Ferncliff Rowing Club, which has 310 members, wants a new boathouse by the river."
    assert labelled(text, "CLAIM", "en") == []


def test_a_body_s_profile_does_not_hide_the_figure_of_the_claim() -> None:
    text = "The Ferncliff Rowing Club, which has 310 members, lost £12,000 last year."
    assert labelled(text, "CLAIM", "en") == [text[:-1]] or labelled(text, "CLAIM", "en") == [text]


def test_a_sentence_whose_only_number_is_a_duration_word_or_an_ordinal_is_no_claim() -> None:
    assert labelled("Les bénévoles devront tenir le stand trois étés de suite.", "CLAIM", "fr") == []
    assert (
        labelled("It was the first time in a decade that the ferry sailed on a Sunday.", "CLAIM", "en") == []
    )


def test_a_closure_without_a_figure_stays_a_claim() -> None:
    assert labelled("Die Filiale in Nordheim schließt am 3. März.", "CLAIM", "de") != []
