"""h100: PERSON precision (invented text): a title alone is no person, two names joined by "&" are a firm,
"Team X" is a team."""

from __future__ import annotations

import pytest
from suggest_helpers import labelled


def people(text: str, lang: str) -> list[str]:
    return labelled(text, "PERSON", lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Geschäftsführer Dr. Klaus Wendler sagte, der Umsatz sei gestiegen.", "de", ["Klaus Wendler"]),
        ("Die Leiterin Dr. Ilse Varnholt-Brenner widersprach.", "de", ["Ilse Varnholt-Brenner"]),
    ],
)
def test_a_title_alone_is_no_person(text: str, lang: str, expected: list[str]) -> None:
    assert people(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The house was valued by Hobson & Crane, an estate agent in the town.", "en"),
        ("Het kantoor Verbeek & Tammes deed de verkoop.", "nl"),
    ],
)
def test_names_joined_by_an_ampersand_are_no_person(text: str, lang: str) -> None:
    assert people(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zijn ploeg, Team Noordwind, zette hem op non-actief.", "nl"),
        ("Her squad, Team Halberg, finished third.", "en"),
    ],
)
def test_team_and_a_name_is_no_person(text: str, lang: str) -> None:
    assert people(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Morland's club, Kestrel Vale Harriers, suspended his membership.", "en"),
        ("Zijn ploeg, Groene Wouden, zette zijn contract stop.", "nl"),
    ],
)
def test_a_body_named_after_its_kind_with_a_possessive_is_no_person(text: str, lang: str) -> None:
    assert [p for p in people(text, lang) if p != "Morland"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En finale, l'équipe a battu Faucon Breton par trois manches à une.", "fr"),
        ("W finale drużyna pokonała Bałtyckie Sokoły 3:0.", "pl"),
    ],
)
def test_an_opponent_beaten_without_a_given_name_is_no_person(text: str, lang: str) -> None:
    assert people(text, lang) == []


def test_a_player_beaten_by_name_stays_a_person() -> None:
    assert people("In the final she beat Maria Lindqvist in three sets.", "en") == ["Maria Lindqvist"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Docent Marieke van den Berg vertrekt. „Het is op”, zegt Van den Berg.",
            "nl",
            ["Marieke van den Berg", "Van den Berg"],
        ),
        (
            "Fondée par Gwenaëlle Le Goff, la société grandit. Le Goff vise 40 salariés.",
            "fr",
            ["Gwenaëlle Le Goff", "Le Goff"],
        ),
        (
            "Directeur Pieter ter Horst zegt dat het goed gaat. Ontslagen sluit Ter Horst niet uit.",
            "nl",
            ["Pieter ter Horst", "Ter Horst"],
        ),
    ],
)
def test_a_surname_with_a_particle_named_again(text: str, lang: str, expected: list[str]) -> None:
    assert people(text, lang) == expected


def test_a_person_of_a_firm_is_two_names() -> None:
    text = "His lawyer, Fiona Maclean of Maclean Hart LLP, said he would appeal."
    assert people(text, "en") == ["Fiona Maclean"]
    assert "Maclean Hart LLP" in labelled(text, "ORG", "en")


def test_a_dutch_group_of_inhabitants_is_no_person() -> None:
    assert people("Nu laten veel Turkse Utrechters hun ouders in Turkije begraven.", "nl") == []


def test_a_german_genitive_of_a_known_surname_is_the_person() -> None:
    text = "Der Gewichtheber Falko Brandmeier wurde gesperrt. Brandmeiers Anwalt kündigte Berufung an."
    assert people(text, "de") == ["Falko Brandmeier", "Brandmeiers"]
