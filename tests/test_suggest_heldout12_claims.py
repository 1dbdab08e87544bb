"""Claim precision after heldout12 (issue 12, item 7): sentences the gold does not mark as claims.

Hand-written sentences with invented names; each class recurs in at least three unseen tune files.
"""

import pytest

from reader.suggest import suggest


def claim_texts(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "CLAIM"]


# A figure inside a present-tense relative clause on a named person is the person's profile ("who farms
# 60 hectares"); with no other figure the sentence is no claim (0 of 4 such sentences marked, h10..h12).
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Orchard owner Tamsin Gorrell, who farms 45 hectares near Brindlecombe, lost her pear crop."),
        ("en", "Beekeeper Idris Pennock, who keeps 300 hives above Caldwick, blames the cold spring."),
        ("fr", "Odile Ravenaz, qui élève 60 chèvres à Saint-Brévin-les-Combes, vend ses fromages au marché."),
        ("es", "El apicultor Teodoro Berrocal Iñiguez, que cuida 200 colmenas, teme por la cosecha."),
    ],
)
def test_profile_relative_clause_is_not_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) == []


# A figure in the main clause still makes a claim, and so does one in a past relative clause (a fact
# told about the person, not a standing profile).
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "Orchard owner Tamsin Gorrell, who farms 45 hectares near Brindlecombe, lost 30 tonnes of pears.",
        ),
        ("en", "Runner Dorian Quelch, who won three world titles in the relay, broke his ankle in May."),
        ("fr", "Odile Ravenaz, qui a vendu 400 fromages en juin, agrandit sa cave."),
        ("en", "The old dairy at Hensmoor, which employs 40 people, will close in March."),
    ],
)
def test_figure_outside_a_profile_clause_is_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) != []
