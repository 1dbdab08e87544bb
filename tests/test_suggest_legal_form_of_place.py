"""A company named "X de Y" with its legal form after it ("Conservas de Barbate S.L.", "Laiterie
d'Orvanne SAS", "Granjas do Sil S.A.") is one organisation, not a kind of business and a company named
after the place. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels, orgs


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "La empresa municipal Aguas Claras de Teruel S.A. subirá la tarifa un 4 %.",
            "es",
            "Aguas Claras de Teruel S.A.",
        ),
        (
            "La conservera Conservas Finas de Barbate S.L. despidió a 30 personas.",
            "es",
            "Conservas Finas de Barbate S.L.",
        ),
        ("La cooperativa Granjas do Sil S.A. recoge leche en Ourense.", "es", "Granjas do Sil S.A."),
        (
            "Le projet est porté par la société Méthane Val d'Orvanne SAS depuis 2022.",
            "fr",
            "Méthane Val d'Orvanne SAS",
        ),
    ],
)
def test_a_company_named_after_a_place_with_its_legal_form_is_one_name(
    text: str, lang: str, name: str
) -> None:
    assert name in orgs(text, lang)


def test_the_place_inside_is_no_place_of_its_own() -> None:
    labels = name_labels("La empresa Aguas Claras de Teruel S.A. invertirá 3 millones.", "es")
    assert "Teruel S.A." not in labels and "Teruel" not in labels


def test_a_lower_case_word_before_the_connective_is_not_taken_in() -> None:
    # "la planta de X S.L.": a plant of the company, not part of its name
    assert "Vidrios Norte S.L." in orgs("Trabaja en la planta de Vidrios Norte S.L. desde 2019.", "es")
