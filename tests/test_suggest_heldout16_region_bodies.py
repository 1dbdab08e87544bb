"""A regional authority named by its kind and its region, as the sentence's subject or agent, is one
organisation (issue 12, item 7; after heldout16, helper h42): "La région X a voté", "De Regio X draagt",
"Der Landkreis X gibt", "beim Bezirk X", "La Comarca de X concede". The region alone was read as a
place. Gold in tune3, heldout6, heldout11 (fr), heldout14 (de, nl), heldout15 (nl), heldout16 (de, es);
after a preposition of place ("im Landkreis X", "in de regio X", "en la comarca de X") the region is
a place there, and stays one. Invented names.
"""

from suggest_helpers import name_labels


def test_a_french_region_as_the_subject_is_a_body() -> None:
    got = name_labels("Les élus sont inquiets. La région Vallombreuse a promis une aide au club.", "fr")
    assert got.get("région Vallombreuse") == "ORG" and "Vallombreuse" not in got
    got = name_labels("Le maire a parlé. La Région Côte-Brune a voté mardi une subvention.", "fr")
    assert got.get("Région Côte-Brune") == "ORG"


def test_a_dutch_regio_as_subject_or_agent_is_a_body() -> None:
    got = name_labels("De bus rijdt vaker. De Regio Veldmark-Oost betaalt de helft van de kosten.", "nl")
    assert got.get("Regio Veldmark-Oost") == "ORG"
    got = name_labels("De nieuwe lijn wordt betaald door de Regio Heiderbroek.", "nl")
    assert got.get("Regio Heiderbroek") == "ORG"


def test_a_german_district_as_subject_or_agent_is_a_body() -> None:
    got = name_labels("Der Verein zahlt selbst. Der Landkreis Wendelsgau gibt einen Zuschuss.", "de")
    assert got.get("Landkreis Wendelsgau") == "ORG"
    got = name_labels("Die Stadt will beim Bezirk Niederfranken-Süd Geld beantragen.", "de")
    assert got.get("Bezirk Niederfranken-Süd") == "ORG"


def test_a_spanish_comarca_as_subject_is_a_body() -> None:
    got = name_labels("Los alumnos pagan menos. La Comarca de Valdemora concede becas de 300 euros.", "es")
    assert got.get("Comarca de Valdemora") == "ORG"


def test_the_region_after_a_preposition_of_place_is_still_a_place() -> None:
    assert (
        name_labels("Im Landkreis Wendelsgau arbeiten nur noch sieben Schmiede.", "de").get("Wendelsgau")
        == "PLACE"
    )
    got = name_labels("Ambulances in de regio Veldmark-Oost kwamen vaker te laat.", "nl")
    assert got.get("Veldmark-Oost") == "PLACE"
    got = name_labels("En la comarca de Valdemora quedan 90 hectáreas de viñedo.", "es")
    assert got.get("Valdemora") == "PLACE"
