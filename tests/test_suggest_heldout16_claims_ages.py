"""A person's age is no figure of a claim (issue 12, item 7; after heldout16, helper h42): "X, 78 ans, qui
fait ses courses à pied", "cuya madre, de 91 años, pasó una noche en el suelo", "Los detenidos, de entre
22 y 41 años, actuaban de noche", "The 24-year-old joins from X". Suggested with no other figure and left
unmarked in tune4, heldout15 (2) and heldout16 (2). A sentence with another figure stays a claim.
Invented names.
"""

from reader.suggest import suggest


def claims(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "CLAIM"]


def test_an_age_alone_is_no_claim() -> None:
    assert not claims(
        "Le quartier se vide, s'inquiète Odile Varenne, 78 ans, qui vit seule depuis le printemps.", "fr"
    )
    assert not claims(
        "La queja partió de Rosa Lamela, cuya madre, de 91 años, pasó una noche en el suelo.", "es"
    )
    assert not claims("Los detenidos, de entre 22 y 41 años, actuaban sobre todo de noche.", "es")
    assert not claims("The 24-year-old joins from Carrow Rovers on a five-year contract.", "en")


def test_an_age_beside_another_figure_is_still_a_claim() -> None:
    assert claims("Odile Varenne, 78 ans, paie 640 euros de loyer par mois.", "fr")
    assert claims("The 24-year-old joins from Carrow Rovers for £3 million.", "en")


def test_a_decimal_comma_or_a_list_of_numbers_is_no_age() -> None:
    # "2,5," is a decimal and ", 200," a number in a list: neither is a person's age set off by commas
    from reader.suggest.claims import _AGE_SPAN

    for text in (
        "Die Teuerung lag im Oktober bei 2,5, teilte das Landesamt mit.",
        "Der Index (2,5) stieg.",
        "The trust counted 100, 200, 300 cases.",
    ):
        assert not _AGE_SPAN.search(text), text
    assert _AGE_SPAN.search("Odile Varenne, 78 ans, paie")
    assert claims("Die Teuerung lag im Oktober bei 2,5, teilte das Landesamt für Statistik mit.", "de")
