"""Lower-case kinds of business before an organisation's name (issue 12, item 7; organisations read as
people in three tune files after heldout10), as hand-made sentences with invented names.

A cannery, a tequila maker, a Belgian non-profit (asbl, vzw) or a Polish firm in the accusative or
instrumental ("firmę", "firmą") names the organisation after it, which is no person's.
"""

from reader.suggest import suggest


def labels(text: str, language: str) -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language)}


def test_cannery_before_a_name():
    assert (
        labels("La conserverie Maison Brételle emploie 40 personnes.", "fr").get("Maison Brételle") == "ORG"
    )
    assert labels("La conservera Hermanos Olabide exporta a Francia.", "es").get("Hermanos Olabide") == "ORG"


def test_tequila_maker_before_a_name():
    assert labels("La tequilera Casa Altozano compra menos agave.", "es").get("Casa Altozano") == "ORG"


def test_belgian_non_profit_before_a_name():
    assert (
        labels("Selon l'asbl Forêts Vives Ardenne, le prix a grimpé.", "fr").get("Forêts Vives Ardenne")
        == "ORG"
    )
    assert (
        labels("Volgens de vzw Groene Kempen Samen is dat te laat.", "nl").get("Groene Kempen Samen") == "ORG"
    )


def test_polish_firm_in_other_cases():
    got = labels("Marek Sadowy prowadzi firmę Rowery Sadowy od 2015 roku.", "pl")
    assert got.get("Rowery Sadowy") == "ORG"


def test_a_kind_word_is_no_cue_past_the_end_of_its_sentence():
    got = labels("Marek Sadowy prowadzi firmę Rowery Sadowy. Limit uderzy w jego biznes.", "pl")
    assert "Limit" not in got
