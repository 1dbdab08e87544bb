"""Claims after heldout15 (issue 12, item 7): the German sentence split at an ordinal date.

Hand-written sentences with invented names and places.
"""

from reader.suggest import suggest
from reader.suggest.claims import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


# A German date writes the day as an ordinal with a full stop ("am 12. März", "seit dem 1. Dezember"): the
# stop ends no sentence when a month's name follows (or "Jahrhundert": "im 19. Jahrhundert"). The sentence
# was cut in two at the day in h3, h8, h10, h12, h13, h14, h15 and more.
def test_a_german_ordinal_day_before_a_month_ends_no_sentence() -> None:
    text = "Der Gemeinderat von Ulmbach entscheidet am 12. März über den Antrag. Danach folgt die Wahl."
    assert sentences(text) == [
        "Der Gemeinderat von Ulmbach entscheidet am 12. März über den Antrag.",
        "Danach folgt die Wahl.",
    ]
    assert len(sentences("Das Heim nimmt seit dem 1. Dezember keine Tiere auf. Es ist voll.")) == 2
    assert len(sentences("Die Kirche wurde im 19. Jahrhundert gebaut. Sie ist klein.")) == 2


def test_a_number_at_a_sentence_end_still_ends_it() -> None:
    assert len(sentences("Die Mannschaft belegte Platz 3. Danach kam der Abstieg.")) == 2


def test_a_german_claim_with_an_ordinal_date_is_one_claim() -> None:
    text = "Der Kreistag von Ulmbach hat am 3. Februar 2,4 Millionen Euro für die Brücke bewilligt."
    claims = [s.text for s in suggest(text, "de") if s.label == "CLAIM"]
    assert claims == [text]
