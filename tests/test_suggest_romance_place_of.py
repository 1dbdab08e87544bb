"""Spanish and French place names built with "de" (issue 12, item 7; a class found in five tune files
after heldout10), as hand-made sentences with invented names (none taken from a benchmark article).

A kind of land ("Sierra", "Tierra", "Campo", "Valle", "Ciudad", "Paso") or a town's name, then "de" (with its article)
and a name is one place: "la Sierra de Morvedal", "Villahermosa de los Pinares". A body's name led by
its head word stays an organisation ("el Ayuntamiento de Jerez").
"""

from reader.suggest import suggest


def labels(text: str, language: str = "es") -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language)}


def test_kind_of_land_de_name_is_one_place():
    got = labels("Los pastores de la Sierra de Morvedal esperan la lluvia desde marzo.")
    assert got.get("Sierra de Morvedal") == "PLACE"
    assert "Morvedal" not in got
    got = labels("La cosecha del Campo de Arbeteta cayó un 20 % este año.")
    assert got.get("Campo de Arbeteta") == "PLACE"
    got = labels("El pabellón Ciudad de Almendrejo tiene 3.000 asientos.")
    assert got.get("Ciudad de Almendrejo") == "PLACE"


def test_town_de_article_name_is_one_place():
    got = labels("El equipo viajó el sábado a Villahermosa de los Pinares para la final.")
    assert got.get("Villahermosa de los Pinares") == "PLACE"
    assert "Villahermosa" not in got


def test_french_town_de_name():
    got = labels("Les skieurs montent jusqu'à la Croix de Vérolles par le télésiège.", "fr")
    assert got.get("Croix de Vérolles") == "PLACE"


def test_body_led_by_its_head_word_stays_an_organisation():
    got = labels("El Ayuntamiento de Jerez aprobó el presupuesto el lunes.")
    assert got.get("Ayuntamiento de Jerez") == "ORG"


def test_a_body_of_a_place_is_not_joined_as_a_place():
    got = labels("Toca en la Banda de Gaiteros de Villalmar desde 2010.")
    assert got.get("Banda de Gaiteros") != "PLACE"
