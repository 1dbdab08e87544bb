"""More general kind words that make a capitalised name an organisation, in each language ("Inspectorate
of X", "X Playhouse", "Landestheater X", "Gutachterausschuss für X", "Nationaal Archief", "Generalna
Dyrekcja X i Y", "Sejm X"), and a German body whose town follows only as "der Stadt". Invented sentences."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        (
            "A report by HM Inspectorate of Constabulary found the cells were full last year.",
            "en",
            "HM Inspectorate of Constabulary",
        ),
        (
            "The play opens at the Harbour Lane Playhouse next week, the director said.",
            "en",
            "Harbour Lane Playhouse",
        ),
        (
            "Members of the Millbrook Tenants Forum met the council on Tuesday evening.",
            "en",
            "Millbrook Tenants Forum",
        ),
        (
            "Die Intendantin wechselt im Herbst an das Landestheater Nordheide, hieß es.",
            "de",
            "Landestheater Nordheide",
        ),
        (
            "Den Bericht hat der Gutachterausschuss für Bodenwerte der Stadt am Montag vorgestellt.",
            "de",
            "Gutachterausschuss für Bodenwerte",
        ),
        (
            "De stukken liggen nu in het Nationaal Archief, meldde de onderzoeker dinsdag.",
            "nl",
            "Nationaal Archief",
        ),
        (
            "Przetarg ogłosiła Generalna Dyrekcja Dróg Wodnych i Mostów w poniedziałek rano.",
            "pl",
            "Generalna Dyrekcja Dróg Wodnych i Mostów",
        ),
        ("Ustawę przyjął w piątek Sejm Estonii, jak podały media w Tallinie.", "pl", "Sejm Estonii"),
        (
            "La Fromagerie des Hauts Plateaux a embauché dix salariés cette année.",
            "fr",
            "Fromagerie des Hauts Plateaux",
        ),
    ],
)
def test_kind_word_names(text: str, lang: str, body: str) -> None:
    assert body in orgs(text, lang)


def test_body_of_the_town_without_its_name_stops_before_it() -> None:
    found = orgs("Die Zahlen hat das Amt für Statistik der Stadt vorgelegt.", "de")
    assert found == ["Amt für Statistik"]
