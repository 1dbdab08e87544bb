"""Polish institutions named by their kind noun in any case and a capitalised adjective or genitive
("Służby Więziennej", "Nadleśnictwie Borki", "Sejmik Województwa X"): bodies, not persons or places."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels, orgs


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Według danych Służby Więziennej w zakładach przebywa dziś więcej osób niż rok temu.",
            "Służby Więziennej",
        ),
        (
            "Pożar wybuchł na terenie Nadleśnictwa Borki, strażacy gasili go przez dwie doby.",
            "Nadleśnictwa Borki",
        ),
        (
            "Uchwałę przyjął Sejmik Województwa Opolskiego na wtorkowej sesji po długiej dyskusji.",
            "Sejmik Województwa Opolskiego",
        ),
        (
            "Umowę podpisano z Narodowym Funduszem Zdrowia, co potwierdził dyrektor placówki.",
            "Narodowym Funduszem Zdrowia",
        ),
        (
            "Pozew przeciwko Skarbowi Państwa złożyła rodzina, którą wspiera adwokat z Opola.",
            "Skarbowi Państwa",
        ),
        (
            "Rodzinę reprezentuje w sądzie Prokuratoria Generalna, jak podał portal w piątek.",
            "Prokuratoria Generalna",
        ),
        (
            "W Zakładzie Karnym w Opolu przebywa obecnie więcej więźniów, niż przewiduje norma.",
            "Zakładzie Karnym w Opolu",
        ),
    ],
)
def test_polish_kind_noun_bodies(text: str, body: str) -> None:
    assert body in orgs(text, "pl")
    assert name_labels(text, "pl").get(body) == "ORG"


def test_named_mine_keeps_its_town_apart() -> None:
    # the body already carries its own name: the town after "w" is its seat, a place
    text = "Kopalnia Zofiówka-Wschód w Jastrzębiu wstrzymała wydobycie po wypadku w czwartek."
    labels = name_labels(text, "pl")
    assert labels.get("Kopalnia Zofiówka-Wschód") == "ORG"
    assert labels.get("Jastrzębiu") == "PLACE"
