"""Given names from a packaged list (Faker's person providers, filtered by benchmarks/make_given_names.py):
a name whose first word is a given name of any of the languages reads as a person without a title or a
verb of saying. Invented people; names that are also surnames, places or plain words stay out."""

from __future__ import annotations

import pytest

from reader.suggest import suggest
from reader.suggest.name_cues import _FIRST_NAMES, _packaged_given_names


def people(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Frauke Hollweg ist tot.", "de", "Frauke Hollweg"),
        ("Nach acht Jahren verlässt Frauke Hollweg das Stadtmuseum.", "de", "Frauke Hollweg"),
        ("Jolanta Kraśniewska została nową dyrektorką szpitala.", "pl", "Jolanta Kraśniewska"),
        ("Oud-collega Sjoerd Bakkenes noemt hem een vakman.", "nl", "Sjoerd Bakkenes"),
    ],
)
def test_a_packaged_given_name_makes_a_person(text: str, lang: str, name: str) -> None:
    assert name in people(text, lang)


def test_the_packaged_list_is_loaded_and_filtered() -> None:
    packaged = _packaged_given_names()
    assert len(packaged) > 5000
    assert {"frauke", "sjoerd", "jolanta", "ghislaine"} <= _FIRST_NAMES
    # surnames, places and plain words are left out of it
    for word in ("wolf", "vega", "sierra", "victoria", "florence", "may", "june", "will"):
        assert word not in packaged


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("El productor vive en Almendral de la Sierra desde niño.", "es", "Almendral de la Sierra"),
        ("Vivimos en La Vega Alta desde 2010.", "es", "La Vega Alta"),
    ],
)
def test_a_given_name_that_is_also_a_landform_stays_in_its_place(text: str, lang: str, place: str) -> None:
    got = suggest(text, lang)
    assert not any(s.label == "PERSON" for s in got)
