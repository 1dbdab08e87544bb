"""A quoted remark whose only figure is a number in words is no claim (issue 12, item 7; after
heldout16, helper h42): "We had the ploughs out from four in the morning", "Il faut huit mille fleurs
pour un kilo", "Ik draai nu acht nachtdiensten per maand". Twelve suggested, none marked, in heldout,
heldout2, heldout9, heldout10, heldout12, heldout13, heldout14, heldout15, heldout16. A quoted figure in
digits stays a claim (the gold marks those in every file). Invented sentences.
"""

from reader.suggest import suggest


def claims(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "CLAIM"]


def test_a_quoted_remark_with_a_number_in_words_is_no_claim() -> None:
    assert not claims('"We had the ploughs out from four in the morning," said farmer Tom Reddle.', "en")
    assert not claims("« Il faut huit mille fleurs pour faire un kilo », dit Anne Morvel.", "fr")
    assert not claims("„Ik draai nu acht nachtdiensten per maand”, zegt verpleegkundige Els Raat.", "nl")


def test_a_quoted_figure_in_digits_is_no_claim_either() -> None:
    # h86: "quotations in quotation marks are never claims" (heldout17-20's convention; none of 46 suggested
    # inside quote marks in the unseen sets marked); the same figure in reported speech is one
    assert not claims('"We lost 40 sheep in the snow," said farmer Tom Reddle.', "en")
    assert not claims("« Nous avons perdu 3 000 euros en un mois », dit Anne Morvel.", "fr")
    assert claims("Farmer Tom Reddle said he lost 40 sheep in the snow.", "en")
    assert claims("Anne Morvel dit avoir perdu 3 000 euros en un mois.", "fr")


def test_a_number_in_words_outside_a_quote_is_still_a_claim() -> None:
    assert claims("The distillery in Carrow employs eleven people.", "en")
