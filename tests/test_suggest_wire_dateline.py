"""An agency wire's dateline opens with a place: "KIGALI, Nov 3 (Reuters) -", "MORONDAVA (AFP) –", "Cusco,
4 nov (EFE).-", "Kowno (PAP) –". Invented wires."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def labelled(text: str, lang: str, label: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == label]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("KIGALI, Nov 3 (Reuters) - Rwanda's central bank raised its main rate on Tuesday.", "en", "KIGALI"),
        ("MORONDAVA (AFP) – Un cyclone a frappé la côte mardi.", "fr", "MORONDAVA"),
        ("Cusco, 4 nov (EFE).- El Gobierno anunció un plan.", "es", "Cusco"),
        ("Kowno (PAP) – Litewski Sejm przyjął ustawę.", "pl", "Kowno"),
        ("Le Havre (AFP) - Le port a fermé.", "fr", "Le Havre"),
    ],
)
def test_the_dateline_place(text: str, lang: str, place: str) -> None:
    assert place in labelled(text, lang, "PLACE")
    assert place not in labelled(text, lang, "ORG")


def test_a_name_with_an_acronym_mid_sentence_is_no_dateline() -> None:
    assert labelled("The council (BBC) - said things.", "en", "PLACE") == []


# The agency in the dateline's brackets is an organisation, in capitals or, as the German agency writes
# itself, in lower case ("Kleinstadt (dpa) -").
@pytest.mark.parametrize(
    ("text", "lang", "agency"),
    [
        ("Wittenfeld (dpa) - Ein Sturm hat in der Nacht Dächer abgedeckt.", "de", "dpa"),
        ("MORONDAVA (AFP) – Un cyclone a frappé la côte mardi.", "fr", "AFP"),
        ("Kowno (PAP) – Litewski Sejm przyjął ustawę.", "pl", "PAP"),
    ],
)
def test_the_dateline_agency(text: str, lang: str, agency: str) -> None:
    assert agency in labelled(text, lang, "ORG")
