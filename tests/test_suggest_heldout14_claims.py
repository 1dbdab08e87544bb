"""Claims after heldout14 (issue 12, item 7): sentences the gold does not mark as claims.

Hand-written sentences with invented names and places; each class recurs in at least three unseen tune files.
"""

import pytest

from reader.suggest import suggest


def claim_texts(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "CLAIM"]


# A meeting, a hearing, a vote, a decision, a visit or a march put in the calendar is a schedule, not a
# checkable fact: its day is no figure of a claim (12 such sentences in h3, h4, h8, h10, h13, h14, none marked).
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Marlowby District Council will decide on the application on 9 March."),
        ("en", "The governors will meet on 3 April to discuss the budget."),
        (
            "es",
            "El consejero de Turismo, Anselmo Rebollar Gisbert, visitará Villafría del Cerro el 4 de mayo.",
        ),
        ("es", "La Diputación de Valdetorres ha convocado el 19 de febrero una reunión con los regantes."),
        ("fr", "Les commerçants prévoient une marche jusqu'à la sous-préfecture le 11 mars."),
        ("fr", "Le conseil municipal se réunira le 6 février pour examiner le dossier."),
        ("nl", "De gemeenteraad van Wolderveen beslist op 8 april over het plan."),
        ("pl", "Rada gminy Lipowiec zbierze się 14 marca, by omówić plan."),
    ],
)
def test_a_scheduled_meeting_or_visit_is_not_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) == []


# A figure in the same sentence still makes a claim, and so does a closure dated by a day (the gold marks it).
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The council will decide on 9 March whether to spend £2.4 million on the hall."),
        ("fr", "La piscine de Montfreval fermera le 31 décembre."),
    ],
)
def test_a_figure_or_a_closure_stays_a_claim(language: str, sentence: str) -> None:
    assert len(claim_texts(sentence, language)) == 1
