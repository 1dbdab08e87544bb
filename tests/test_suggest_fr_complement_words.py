"""A French body whose complement is a name of several capitalised words keeps all of them ("la Coopérative
fruitière des Trois Vallées", "l'Association des amis du Vieux Moulin"), not only the first; a person named
right after the body is not taken in. Invented names."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def orgs(text: str) -> list[str]:
    return [s.text for s in suggest(text, "fr") if s.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La Coopérative fruitière des Trois Vallées a livré 300 tonnes.",
            "Coopérative fruitière des Trois Vallées",
        ),
        (
            "La Coopérative laitière du Haut Verdon a perdu 40 adhérents.",
            "Coopérative laitière du Haut Verdon",
        ),
    ],
)
def test_the_complement_keeps_its_capitalised_words(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_person_after_the_body_stays_out() -> None:
    got = orgs("Selon le Syndicat des Vignerons Pierre Lambert a démissionné.")
    assert not any("Pierre" in o for o in got)
