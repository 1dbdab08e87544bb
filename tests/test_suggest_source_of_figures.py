"""Where figures come from: one unknown capitalised word after "according to figures from", "d'après",
"selon les données de", "según los archivos de", "volgens cijfers van", "z danych" is the body that
published them (no person of that name in the article, no place the gazetteer knows). Invented names and
sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Le taux atteint 19 % dans la région, d'après Vertalo.", "fr", "Vertalo"),
        ("Prices rose 3 per cent last year, according to figures from Quantaro.", "en", "Quantaro"),
        ("The rate is the highest since 2009, data from Lumetrix show.", "en", "Lumetrix"),
        ("La mina empleaba a 300 mujeres, según los archivos de Ferrosa.", "es", "Ferrosa"),
        ("Les ventes ont reculé de 4 %, selon les chiffres de Distrivo.", "fr", "Distrivo"),
        ("De prijzen stegen met 6 procent, volgens cijfers van Woonmeter.", "nl", "Woonmeter"),
        ("Ceny wzrosły o 2 proc. – wynika z danych Cenomatu.", "pl", "Cenomatu"),
    ],
)
def test_the_source_of_figures_is_an_organisation(text: str, lang: str, name: str) -> None:
    assert name_labels(text, lang).get(name) == "ORG"


@pytest.mark.parametrize(
    ("text", "lang", "name", "label"),
    [
        ("Prices rose 3 per cent, according to figures from Spain.", "en", "Spain", "PLACE"),
        (
            "Anna Kowalczyk przedstawiła dane. Według danych Kowalczyk ceny wzrosły.",
            "pl",
            "Kowalczyk",
            "PERSON",
        ),
    ],
)
def test_a_place_or_a_person_stays(text: str, lang: str, name: str, label: str) -> None:
    assert name_labels(text, lang).get(name) == label
