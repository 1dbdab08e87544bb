"""A role's body, then the person holding it, written as one capitalised run: the person is cut off the
body ("minister van Sociale Zaken Femke Dijkhuizen", "Rzecznik PKP Jolanta Sadowska", "Burmistrz
Ustrzyk Marek Zawadzki"). Invented people and bodies."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def labelled(text: str, lang: str, label: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == label]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        (
            "Dat zei minister van Sociale Zaken Femke Dijkhuizen dinsdag in Den Haag.",
            "nl",
            "Femke Dijkhuizen",
        ),
        ("Rzecznik PKP Jolanta Sadowska zapowiedziała remont dworca.", "pl", "Jolanta Sadowska"),
        ("Burmistrz Ustrzyk Marek Zawadzki zapowiedział budowę basenu.", "pl", "Marek Zawadzki"),
        ("Minister zdrowia Słowacji Renata Hollý przekonywała posłów.", "pl", "Renata Hollý"),
        ("Der Sprecher der DLRG Anselm Trüdinger bestätigte den Einsatz.", "de", "Anselm Trüdinger"),
        ("Woordvoerder van de KNVB Sjoerd Bakkenes bevestigde het nieuws.", "nl", "Sjoerd Bakkenes"),
        ("El portavoz del PNV Itziar Goikoetxea pidió calma.", "es", "Itziar Goikoetxea"),
    ],
)
def test_the_person_is_cut_off_the_body_before_it(text: str, lang: str, person: str) -> None:
    people = labelled(text, lang, "PERSON")
    assert person in people
    assert not any(person in p and p != person for p in people + labelled(text, lang, "ORG"))


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        # a word before the given name may be a given name the lists lack
        ("The nurse Abdiwali Noor Hassan said the clinic was full.", "en", "Abdiwali Noor Hassan"),
        ("El concejal Xosé Manuel Outeiral pidió la palabra.", "es", "Xosé Manuel Outeiral"),
    ],
)
def test_an_unknown_given_name_before_a_known_one_is_not_cut(text: str, lang: str, person: str) -> None:
    assert person in labelled(text, lang, "PERSON")


def test_a_role_of_someone_else_earlier_does_not_cut() -> None:
    text = "Dat zegt onderzoeker Marit Zandvliet van Delft Marine Research."
    assert not any("Research" in p for p in labelled(text, "nl", "PERSON"))


def test_an_english_title_acronym_stays_a_title() -> None:
    text = "Local MP Joanne Cruddwell has asked the health secretary to step in."
    assert "Joanne Cruddwell" in labelled(text, "en", "PERSON")
    assert labelled(text, "en", "ORG") == []
