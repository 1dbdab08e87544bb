"""Polish: a person named again in another case is still a person, not an organisation. A double surname
declines in both parts ("Teresa Lipnicka-Kania ... Według Lipnickiej-Kani", "Marek Sikora-Dąb ... Według
Sikory-Dębu"), and "według" before a given name in the genitive ("Według Tadeusza Wójcika") points to a
person. Invented names and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def labels(text: str, lang: str = "pl") -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, lang) if s.label in ("PERSON", "ORG", "PLACE")}


@pytest.mark.parametrize(
    ("text", "declined"),
    [
        (
            "Sołtyska Teresa Lipnicka-Kania mówi, że droga jest w złym stanie. Według Lipnickiej-Kani "
            "remont powinien zacząć się wiosną.",
            "Lipnickiej-Kani",
        ),
        (
            "Hodowca Marek Sikora-Dąb stracił 40 owiec. Według Sikory-Dębu wilki przychodzą nocą.",
            "Sikory-Dębu",
        ),
        (
            "Ratownik Paweł Gąsior-Wróblewski prowadził akcję. Zdaniem Gąsiora-Wróblewskiego szlak "
            "trzeba zamknąć.",
            "Gąsiora-Wróblewskiego",
        ),
    ],
)
def test_double_surname_in_another_case_stays_a_person(text: str, declined: str) -> None:
    assert labels(text).get(declined) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Zarząd spółki proponuje 400 zł podwyżki. Według Tadeusza Wójcika, przewodniczącego związku, "
            "to za mało.",
            "Tadeusza Wójcika",
        ),
        (
            "Szpital zamknie oddział w marcu. Według Katarzyny Zielińskiej, dyrektorki szpitala, brakuje "
            "lekarzy.",
            "Katarzyny Zielińskiej",
        ),
    ],
)
def test_according_to_a_given_name_in_the_genitive_is_a_person(text: str, name: str) -> None:
    assert labels(text).get(name) == "PERSON"


def test_according_to_an_organisation_stays_an_organisation() -> None:
    got = labels("Według Fundacji Zielony Brzeg w rzece żyje 12 gatunków ryb.")
    assert "PERSON" not in got.values()
    got = labels("Według Polskiej Izby Turystyki ceny wzrosły o 8 proc.")
    assert "PERSON" not in got.values()
