"""Places after heldout14 (issue 12, item 7): gold places the suggester missed.

Hand-written sentences with invented names and places; each class recurs in at least three unseen tune files.
"""

from reader.suggest import suggest


def places(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "PLACE"]


# A Spanish river named after a lower-case "río" is a place, without "río" (the gold's convention, 4 of 5:
# h11, h13 twice, h14; all four were missed).
def test_a_spanish_river_after_rio_is_a_place() -> None:
    assert "Castrelo" in places("Los turistas ya recorren el río Castrelo en verano.", "es")
    assert "Brañuela" in places("Restauraron un hórreo junto al río Brañuela, en la sierra.", "es")
    assert "Valdoria" in places("Los pastores cruzarán el río Valdoria por el puente viejo.", "es")


def test_a_capitalised_rio_or_a_lower_case_word_is_left_alone() -> None:
    assert places("El río baja crecido y el río de la aldea también.", "es") == []
    assert "Castrelo" not in places("La empresa Río Castrelo S.L. contrató a diez personas.", "es")
