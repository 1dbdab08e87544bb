"""A sentence whose only figure is a day in the calendar (issue 12, item 7; after heldout16, helper h42).

It is a schedule, a deadline or an anecdote ("will show their crop at the fair on 21 February", "the
council discusses it on 15 January", "the deadline ends on 15 December", "the season ended on 30
November"): suggested and left unmarked 17 times in heldout12, heldout13, heldout14, heldout15 and
heldout16. It stays a claim when it states a change with that day: a closure, a ruling, a record, or a
service suspended, banned or stopped ("will close on 31 March", "a suspendu jusqu'au 31 mars", "nimmt seit
dem 1. Dezember keine Tiere mehr auf": marked in heldout8, heldout10, heldout11, heldout13, heldout15,
heldout16). Invented sentences.
"""

from reader.suggest import suggest


def claims(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "CLAIM"]


def test_a_schedule_or_a_deadline_with_only_a_day_is_no_claim() -> None:
    assert not claims("The choir will sing at the spring fair in Dunmore on 21 February.", "en")
    assert not claims("De gemeenteraad praat er op 15 januari over.", "nl")
    assert not claims("El plazo para pedir las ayudas termina el 15 de diciembre.", "es")
    assert not claims("La commission régionale examinera le dossier le 9 février.", "fr")
    assert not claims("Sezon w Brzezinach zakończył się 30 listopada.", "pl")


def test_a_change_on_a_day_is_still_a_claim() -> None:
    assert claims("The library in Dunmore will close on 31 March.", "en")
    assert claims("Le préfet a suspendu jeudi la pêche à la truite jusqu'au 31 mars.", "fr")
    assert claims("Das Tierheim Eschenried nimmt seit dem 1. Dezember keine Katzen mehr auf.", "de")
    assert claims("De pont naar Vlierdam vaart vanaf 1 januari alleen nog op werkdagen.", "nl")
    assert claims("La emisora Radio Valdemora dejará de emitir el 31 de enero.", "es")


def test_a_price_read_as_a_year_still_counts() -> None:
    assert claims("Za pokój płaci 1900 zł miesięcznie.", "pl")
