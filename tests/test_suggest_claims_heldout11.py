"""Claim precision after heldout11 (issue 12, item 7): sentences the gold does not mark as claims.

Hand-written sentences with invented names; each class recurs in at least three unseen tune files.
"""

import pytest

from reader.suggest import suggest


def claim_texts(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "CLAIM"]


# A sentence whose only figure is a year (or a month or season with its year) is background or a
# plan: "opened in 1894", "seit 1921", "au printemps 2029". The gold marks 3 of 34 such sentences.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The boathouse at Quellsby was built in 1894 and still has its slate roof."),
        ("en", "Work on the new jetty is due to finish in autumn 2029."),
        ("de", "Die Mühle am Ortsrand von Brelingen gibt es seit 1921."),
        ("de", "Die Halle soll im März 2029 wieder öffnen."),
        ("fr", "La fromagerie de Vaulnoy fabrique du comté depuis 1903."),
        ("fr", "Les travaux devraient s'achever au printemps 2029."),
        ("es", "La cooperativa de Torremilla se fundó en 1962."),
        ("nl", "De brouwerij in Aldervoort bestaat sinds 1888."),
        ("pl", "Zakład w Brzeziniku działa od 1934 roku."),
        # a superlative in a name or a title is no record
        ("pl", "Najwyższy Sąd Rejonowy w Brzeziniku zbadał sprawę w 2024 roku."),
        ("es", "El club, campeón en 2018, juega en la máxima categoría."),
    ],
)
def test_year_only_sentence_is_not_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a day of the month: a deadline or a ruling's date, which the gold marks more often than not
        ("en", "The ferry to Olmsey will stop running on 1 March."),
        ("fr", "La pêche sera fermée du 1er mai au 15 juillet."),
        # a figure beside the year stays a claim
        ("en", "The boathouse was built in 1894 for £3,000."),
        ("de", "Seit 2019 ist die Zahl der Betriebe um 40 Prozent gesunken."),
        # a bare number the date rules took for a year, before a currency: a price
        ("pl", "Abonament kosztuje ok. 1800 zł miesięcznie."),
        # a ruling is a claim whatever its figures
        ("es", "El Tribunal Supremo anuló en 2025 la licencia del hotel de Valdemora."),
        ("en", "The appeal court overturned the 2023 permit for the quarry at Hobbshill."),
        # a closure announced for a date is a decision too
        ("en", "Production at the Ravelby mill will end in March 2027."),
        ("fr", "La piscine de Vaulnoy restera fermée jusqu'en juin 2028."),
        ("de", "Das Werk in Oberkamm schließt im Herbst 2027."),
    ],
)
def test_day_dates_and_figures_stay_claims(language: str, sentence: str) -> None:
    assert len(claim_texts(sentence, language)) == 1


# A record set against a year is a checkable claim: "the lowest since 1951".
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The river fell to its lowest level since 1951."),
        ("de", "Es ist der niedrigste Pegel seit 1951."),
        ("pl", "To najniższy stan rzeki od 1951 roku."),
        ("es", "Es la cosecha más baja desde 1987."),
    ],
)
def test_record_against_a_year_stays_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) != []


# A demand is not a claim (the gold's convention since heldout5): "X fordert 6 Prozent mehr Lohn".
# Of 11 such sentences suggested across 9 unseen files, the gold marks 3 (two in the oldest sets).
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Harbour Pilots' Union is demanding a 9% pay rise for its members."),
        ("en", "The drivers' union demands a bonus of £600 a year."),
        (
            "de",
            "Die Gewerkschaft der Fährleute fordert 6 Prozent mehr Lohn, mindestens aber 250 Euro im Monat.",
        ),
        ("de", "Landrätin Imke Vollrath verlangt eine Abgabe von 3 Euro pro Übernachtung."),
        ("fr", "Les éleveurs du plateau de Vaulnoy réclament 200 euros par vache."),
        ("es", "El sindicato de estibadores exige una subida del 7 %."),
        ("nl", "De bond eist 5 procent meer loon voor de schoonmakers."),
        ("pl", "Związek zawodowy kolejarzy domaga się podwyżek o 900 zł miesięcznie."),
        ("pl", "Rolnicy z gminy Brzezinik żądają 300 zł za tonę."),
    ],
)
def test_demand_is_not_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a rule that requires a figure is a checkable fact, not a demand
        ("es", "El pabellón tiene 3.900 asientos y la federación exige 4.500."),
        ("es", "El club no presentó el aval de 1,2 millones de euros que exigen las bases."),
        # demand as a noun: a measured fact
        ("en", "Demand for ferry tickets rose 14% in the summer."),
        ("fr", "La demande de bois de chauffage a augmenté de 30 %."),
    ],
)
def test_requirement_or_demand_as_noun_stays_a_claim(language: str, sentence: str) -> None:
    assert len(claim_texts(sentence, language)) == 1


# A promise or pledge of money is a commitment, not a checkable statement (like a demand): of 4 such
# sentences in 4 unseen files the gold marks 1.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The Orlen Valley Trust pledged $30 million for new flood walls."),
        ("en", "The regional minister, Odile Farrance, has promised £12 million for the harbour."),
        ("fr", "Le conseil régional promet une aide de 300 euros par ruche."),
        ("fr", "La ministre, Odile Farrance, a promis une enveloppe de 40 millions d'euros."),
        ("es", "La Diputación de Valdemora prometió 2 millones de euros para el puerto."),
        ("de", "Die Landesregierung verspricht 5 Millionen Euro für die Deiche."),
        ("nl", "De provincie belooft 3 miljoen euro voor de dijken."),
        ("pl", "Marszałek województwa obiecał 4 mln zł na remont mostu."),
    ],
)
def test_promise_is_not_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a figure before the verb: a statement of what was given
        ("nl", "De gemeente heeft al € 15.000 toegezegd."),
        # a promise reported among figures stays with its figures
        ("en", "Sales rose 12% last year, and the board promised a dividend of 40p."),
    ],
)
def test_promise_after_a_figure_stays_a_claim(language: str, sentence: str) -> None:
    assert len(claim_texts(sentence, language)) == 1


# An event put in the calendar ("the fair takes place on 8 May") is no claim when the date is its only
# figure: of 3 such sentences across 3 unseen files the gold marks none. Closures, bans and deadlines with
# a day stay claims (the gold marks most of them).
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The first heat starts on 12 March, with crews from as far as Quellsby."),
        ("en", "The Brennock fair will take place on 8 May."),
        ("fr", "Une réunion est prévue à la mairie de Vaulnoy le 12 janvier."),
        ("fr", "La fête du cidre aura lieu malgré tout le 3 octobre."),
        ("es", "La feria del queso se celebrará el 9 de octubre."),
        ("nl", "De markt vindt plaats op 7 juni."),
        ("pl", "Festyn odbędzie się 21 czerwca."),
    ],
)
def test_event_with_only_its_day_is_not_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The ferry to Olmsey will stop running on 1 March."),
        ("es", "La Consellería cerrará la pesquería del erizo desde el 15 de mayo."),
        # an event with a figure of its own
        ("en", "The fair takes place on 8 May and expects 12,000 visitors."),
    ],
)
def test_closures_and_events_with_figures_stay_claims(language: str, sentence: str) -> None:
    assert len(claim_texts(sentence, language)) == 1
