"""A German hill named after "am" by its hill word ("die Skihütte am Reisenbühl", "der Sendemast am
Falkenhorn", "die Rodelbahn am Hochsattel"): the gold's place in heldout10, heldout11, heldout16, missed
because no town comes before "am" (issue 12, item 7; after heldout16, helper h42). Invented names.
"""

from reader.suggest import suggest
from reader.suggest.places_de import _DE_HILL_AFTER_AM


def places(text: str) -> list[str]:
    return [s.text for s in suggest(text, "de") if s.label == "PLACE"]


def test_a_hill_after_am_is_a_place() -> None:
    assert "Reisenbühl" in places("Die Sanierung der Skihütte am Reisenbühl kostet 2 Millionen Euro.")
    assert "Falkenhorn" in places("Der Sendemast am Falkenhorn wird im Sommer abgebaut.")
    assert "Mardersattel" in places("Ein Gericht hat den Betreiber der Rodelbahn am Mardersattel verurteilt.")


def test_no_hill_word_or_a_common_hill_noun_is_no_place() -> None:
    # a common noun of the kind (places_de._DE_LAND_KINDS): the hill pattern takes it, the kind list drops it
    for text, noun in (
        ("Die Reben am Weinberg reifen in diesem Jahr spät.", "Weinberg"),
        ("Die Seilbahn am Hausberg fährt ab Mai wieder.", "Hausberg"),
    ):
        assert _DE_HILL_AFTER_AM.search(text), noun  # the probe reaches the filter
        assert noun not in places(text)
    assert "Hummelsberg" not in places("Die Kanzlei am Hummelsberg Partner lädt ein.")


def test_a_body_part_or_a_heap_of_something_is_no_hill() -> None:
    assert "Hinterkopf" not in places("Der Mann wurde am Hinterkopf verletzt und kam ins Krankenhaus.")
    assert "Schuldenberg" not in places("Die Kämmerin arbeitet am Schuldenberg der Stadt.")
