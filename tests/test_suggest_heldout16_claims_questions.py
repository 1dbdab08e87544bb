"""A question states nothing to check, whatever its figures (issue 12, item 7; after heldout16, helper
h42): "Why did 40 families leave the village?", "¿Pagará el ayuntamiento 3 millones?". No tune file has
a question among its claims; a probe with invented sentences found them suggested. A statement with the
same figure stays a claim.
"""

from reader.suggest import suggest


def claims(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "CLAIM"]


def test_a_question_is_no_claim() -> None:
    assert not claims("Why did 40 families leave the village of Carrow last year?", "en")
    assert not claims("¿Pagará el ayuntamiento de Valdemora los 3 millones del puente?", "es")
    assert not claims("« Qui paiera les 2 millions d'euros ? », demande le maire, Paul Vernet.", "fr")
    assert not claims("Wer zahlt die 4 Millionen Euro für die Brücke?", "de")


def test_the_statement_is_still_a_claim() -> None:
    assert claims("Forty families left the village of Carrow last year, 12 more than in 2023.", "en")
    assert claims("Le maire, Paul Vernet, estime que les travaux coûteront 2 millions d'euros.", "fr")
