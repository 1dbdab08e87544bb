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


def quantity_texts(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "QUANTITY"]


# An English price + "a" + a singular noun is a price per unit whatever the unit ("£1.90 a sheep", "£4.20 a
# bundle", "£2,000 a hectare"; the gold keeps the noun in all 3 such spans of the tune files, h10, h11),
# and a unit that is no time keeps its rate before "on" ("£2.30 a kilo on the quay", h12).
@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [
        ("Clipping costs about £2.40 a ewe in the dales.", "£2.40 a ewe"),
        ("Thatchers pay £3.80 a sheaf for long straw.", "£3.80 a sheaf"),
        ("The board offers £1,500 a hectare to leave the meadows uncut.", "£1,500 a hectare"),
        ("Mussels fetch £1.70 a kilo on the harbour wall.", "£1.70 a kilo"),
    ],
)
def test_english_price_per_unit_noun(sentence: str, quantity: str) -> None:
    assert quantity in quantity_texts(sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [
        ("She paid £40 a year ago for the permit.", "£40"),
        ("The fund gave £500 a village hall could spend on heating.", "£500"),
    ],
)
def test_english_price_before_other_words(sentence: str, quantity: str) -> None:
    assert quantity in quantity_texts(sentence, "en")


# A French rate after "de l'" or "à l'" ("28 francs de l'heure", "5,1 tonnes à l'hectare"): the gold keeps it
# in all 3 such spans (h10, h11, h12); a noun that is no unit stays out ("à l'exportation").
@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [
        ("Les saisonniers touchent 14 euros de l'heure à Valbrune.", "14 euros de l'heure"),
        ("Le blé a donné 6,8 tonnes à l'hectare cette année.", "6,8 tonnes à l'hectare"),
        ("La coopérative vend 300 tonnes à l'exportation.", "300 tonnes"),
    ],
)
def test_french_elided_rate_after_de_or_a(sentence: str, quantity: str) -> None:
    assert quantity in quantity_texts(sentence, "fr")
