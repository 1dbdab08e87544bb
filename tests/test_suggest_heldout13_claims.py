"""Claims after heldout13 (issue 12, item 7): sentences the gold does not mark as claims, and the claimant
of a claim attributed in German, Spanish, Dutch or Polish.

Hand-written sentences with invented names; each class recurs in at least three unseen tune files.
"""

import pytest

from reader.suggest import suggest


def claims(text: str, language: str) -> list:
    return [s for s in suggest(text, language) if s.label == "CLAIM"]


def claim_texts(text: str, language: str) -> list[str]:
    return [s.text for s in claims(text, language)]


# A named grower's or breeder's holding, told in the present in the main clause ("X cultiva 14 hectáreas",
# "Gänsebäuerin X hält 1.400 Gänse"), is the person's profile like the relative clause "who farms 60
# hectares": 10 such sentences suggested in h10, h12 and h13, none marked.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "es",
            "El agricultor Baltasar Ordóñez Trillo tiene 40 hectáreas de olivos en Villarrubia del Monte.",
        ),
        ("es", "Casimiro Yupanqui Torres, productor de Alto Quemado, cuida 3.000 plantas bajo los pinos."),
        ("fr", "Le maraîcher Honoré Castagnède cultive 9 hectares de poireaux au bord de la Seugne."),
        ("fr", "Mireille Cabassol-Vian, qui dirige le domaine des Ajoncs, élève 150 brebis."),
        ("de", "Ziegenbäuerin Frieda Oberhollenzer aus Kleinwaldau hält auf ihrem Hof 240 Ziegen."),
        ("nl", "Teler Wouter Brinkhorst-Vlam teelt 25 hectare uien bij Oosterzand."),
        ("pl", "Plantator Bogumił Wierzchowski-Dąb z Lipnej Górki uprawia 6 hektarów jabłoni."),
        ("pl", "Rolnik Jan Przybyłko ma 90 krów mlecznych."),
    ],
)
def test_a_persons_holding_is_not_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) == []


# What happened to the holding, a figure outside its clause, or a body's holding stays a claim.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El agricultor Baltasar Ordóñez Trillo tiene 40 hectáreas de olivos y perdió 12 toneladas."),
        ("fr", "Le maraîcher Honoré Castagnède a perdu 9 hectares de poireaux."),
        ("es", "La cooperativa Olivares del Tormo tiene 310 socios."),
        ("pl", "Klub ma 12 mln zł długu."),
        ("en", "Farmer Oswin Trelawney has lost 40 ewes to the cold."),
    ],
)
def test_what_befell_a_holding_is_a_claim(language: str, sentence: str) -> None:
    assert claim_texts(sentence, language) != []
