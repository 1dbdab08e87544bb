"""A street named after its kind word written in lower case ("rue de la X", "calle X", "ulicy X"): the kind
word is part of the place's name, as the gold of the unseen sets writes it. Invented sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Un camion a percuté un muret rue de la Brunelière, mardi soir.", "fr", "rue de la Brunelière"),
        ("Elle habite boulevard des Tanneurs depuis dix ans.", "fr", "boulevard des Tanneurs"),
        ("La pharmacie du cours Saint-Ondrin ferme ses portes.", "fr", "cours Saint-Ondrin"),
        ("Les travaux de l'avenue du Colonel-Varagne reprennent lundi.", "fr", "avenue du Colonel-Varagne"),
        ("El bar de la calle Almenara cerró en verano.", "es", "calle Almenara"),
        ("El carril bici de la avenida de la Ribereña estará listo en mayo.", "es", "avenida de la Ribereña"),
        ("Vivía en la calle San Telmo el Viejo con su madre.", "es", "calle San Telmo el Viejo"),
        ("Los vecinos del paseo de Valdoncel protestaron ayer.", "es", "paseo de Valdoncel"),
        ("Sklep przy ulicy Wrzosowej zamknięto w piątek.", "pl", "ulicy Wrzosowej"),
        ("Mieszkańcy alei Klonowej skarżą się na hałas.", "pl", "alei Klonowej"),
        ("Autobus zatrzymał się na placu Lipowieckim.", "pl", "placu Lipowieckim"),
    ],
)
def test_street_kind_word_is_part_of_the_place(text: str, lang: str, place: str) -> None:
    got = suggest(text, lang)
    assert any(g.label == "PLACE" and g.text == place for g in got), [(g.label, g.text) for g in got]


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # a person after a Polish street word in the nominative is no street
        ("Mieszkająca przy głównej ulicy Jolanta Wróbelska mówi, że hałas rośnie.", "pl", "ulicy Jolanta"),
        # "en la calle" without a name, then a name of something else
        ("Salieron a la calle Marta y Luis para protestar.", "es", "calle Marta"),
        # a road towards a town is no street's name
        ("Les camions passent sur la route de Brévillon chaque matin.", "fr", "route de Brévillon"),
    ],
)
def test_no_street_without_a_street_name(text: str, lang: str, absent: str) -> None:
    got = suggest(text, lang)
    assert not any(g.text == absent for g in got), [(g.label, g.text) for g in got]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Voor de bewoners van de Kerkhofstraat is de overlast voorbij.", "nl", "Kerkhofstraat"),
        ("Het clubhuis aan de Berkenhofweg stond er sinds 1981.", "nl", "Berkenhofweg"),
        ("De Molenvlietbrug gaat drie weken dicht.", "nl", "Molenvlietbrug"),
        ("Die Anwohner der Lindenhofstraße klagen über Lärm.", "de", "Lindenhofstraße"),
        ("Der Laden in der Färbergasse schließt im Januar.", "de", "Färbergasse"),
    ],
)
def test_a_street_named_by_one_compound(text: str, lang: str, place: str) -> None:
    got = suggest(text, lang)
    assert any(g.label == "PLACE" and g.text == place for g in got), [(g.label, g.text) for g in got]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Landesstraße bleibt bis Freitag gesperrt.", "de"),
        ("Die Umgehungsstraße kostet 12 Millionen Euro.", "de"),
    ],
)
def test_a_kind_of_road_is_no_street_name(text: str, lang: str) -> None:
    got = suggest(text, lang)
    assert not any(g.label == "PLACE" for g in got), [(g.label, g.text) for g in got]


def test_a_street_compound_with_its_adjective() -> None:
    got = suggest("Elke ochtend fietsen 900 mensen over de Lange Wolstraat naar school.", "nl")
    assert any(g.label == "PLACE" and g.text == "Lange Wolstraat" for g in got), [
        (g.label, g.text) for g in got
    ]
