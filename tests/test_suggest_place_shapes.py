"""Places known by the shape of their name: a landform word at the end ("Kellmore Lagoon",
"Erzgebirge", "Oostzee", "Pitztaler Gletscher") or a high/low part of a known place ("Haut-Jura").

The sentences are written for these tests; none comes from the benchmark articles."""

from __future__ import annotations

import pytest
from suggest_helpers import labelled


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Flamingos return to Kellmore Lagoon every spring, rangers said.", "Kellmore Lagoon"),
        ("en", "Rain stopped play at Ashby Gardens on Sunday.", "Ashby Gardens"),
        ("de", "Im Erzgebirge fiel am Montag der erste Schnee.", "Erzgebirge"),
        ("de", "Am Pitztaler Gletscher öffnen die Lifte erst im Dezember.", "Pitztaler Gletscher"),
        ("nl", "De vissers op de Oostzee vingen dit jaar minder haring.", "Oostzee"),
        ("nl", "Het waterpeil in het Markermeer daalde met 20 centimeter.", "Markermeer"),
        ("fr", "Les éleveurs du Haut-Jura ont vendu leur lait plus cher.", "Haut-Jura"),
        ("fr", "Il a neigé dans les Basses-Vosges mardi.", "Basses-Vosges"),
    ],
)
def test_a_landform_or_a_part_of_a_known_place_is_a_place(language: str, text: str, place: str) -> None:
    assert place in labelled(text, "PLACE", language)
    assert place not in labelled(text, "PERSON", language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Er is meer geld nodig, zegt wethouder Anke Meer."),
        ("nl", "Er staat meer water in de Zeeuwse polders dan in de zee."),
    ],
)
def test_such_endings_alone_make_no_place(language: str, text: str) -> None:
    assert labelled(text, "PLACE", language) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "Czech" is the genitive of Czechy, not the English adjective
        ("Najwięcej turystów przyjechało z Czech.", "Czech"),
        # a neuter place in the genitive: Opole -> z Opola, Zakopane -> do Zakopanego is left aside
        ("Rolnik Jan Nowak z Opola sprzedał jabłka.", "Opola"),
    ],
)
def test_polish_places_in_the_genitive(text: str, place: str) -> None:
    assert place in labelled(text, "PLACE", "pl")


@pytest.mark.parametrize(
    ("language", "text", "org"),
    [
        # "organisatie", "organizacja": an organisation by its last word, as "Organisation"
        (
            "nl",
            "Er worden 4.000 eiken geplant, meldt de Nationale Bomen Organisatie.",
            "Nationale Bomen Organisatie",
        ),
        ("pl", "Apel podpisała Ogólnopolska Organizacja Hodowców.", "Ogólnopolska Organizacja Hodowców"),
        # a Dutch museum compound named with its place
        ("nl", "Het Stadsmuseum Zwolle in Overijssel krijgt een schilderij.", "Stadsmuseum Zwolle"),
    ],
)
def test_organisations_by_their_kind_word(language: str, text: str, org: str) -> None:
    assert org in labelled(text, "ORG", language)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Polish institution nouns: ośrodek, zarząd, towarzystwo, spółdzielnia, fundusz
        ("Nabór ogłosił Regionalny Ośrodek Doradztwa Rybackiego.", "Regionalny Ośrodek Doradztwa Rybackiego"),
        ("Most zamknął Zarząd Dróg Powiatowych.", "Zarząd Dróg Powiatowych"),
        ("Protest zapowiedziało Towarzystwo Przyjaciół Helu.", "Towarzystwo Przyjaciół Helu"),
        (
            "Czynsze podniosła Spółdzielnia Mieszkaniowa Zielone Wzgórze.",
            "Spółdzielnia Mieszkaniowa Zielone Wzgórze",
        ),
    ],
)
def test_polish_institutions_by_their_kind_word(text: str, org: str) -> None:
    assert org in labelled(text, "ORG", "pl")


@pytest.mark.parametrize(
    ("language", "text", "org"),
    [
        (
            "es",
            "Según la Cooperativa Agrícola Valle Verde, la cosecha cayó.",
            "Cooperativa Agrícola Valle Verde",
        ),
        ("fr", "La Mutuelle Bretonne Solidaire a remboursé 2 000 adhérents.", "Mutuelle Bretonne Solidaire"),
        ("nl", "Volgens het Koninklijk Genootschap Flora daalt de verkoop.", "Koninklijk Genootschap Flora"),
        ("de", "Die Akademie Ländlicher Raum Nordheide lädt ein.", "Akademie Ländlicher Raum Nordheide"),
        ("pl", "Mecz wygrał Klub Sportowy Orlęta.", "Klub Sportowy Orlęta"),
    ],
)
def test_kind_words_of_organisations_in_each_language(language: str, text: str, org: str) -> None:
    assert org in labelled(text, "ORG", language)


def test_a_polish_given_name_in_another_case_is_read_as_one() -> None:
    from reader.suggest.learned import _polish_given_name

    assert all(_polish_given_name(w) for w in ("janem", "piotra", "markowi", "annie", "anną"))
    assert not any(_polish_given_name(w) for w in ("krakowie", "kowalskim", "gdańska"))
    assert "Janem Kowalskim" not in labelled("Rozmawiał z Janem Kowalskim w Krakowie.", "PLACE", "pl")
