"""A German body whose compound ends in "-er" ("Handwerkskammer", "Ärztekammer") before a region is an
organisation, not a landscape named with a place adjective ("Thüringer Wald", "Lüneburger Heide"): read
as a place in heldout13 ("der Handwerkskammer Oberland") and heldout15 ("Die Handwerkskammer X-heide")
(issue 12, item 7; after heldout16, helper h42). Invented names.
"""

from suggest_helpers import name_labels


def test_a_chamber_named_with_a_region_is_a_body() -> None:
    got = name_labels("Die Ärztekammer Nordheide fordert mehr Geld.", "de")
    assert got.get("Ärztekammer Nordheide") == "ORG"
    got = name_labels("Im Bezirk der Handwerkskammer Westerland gibt es nur noch neun Schneider.", "de")
    assert got.get("Handwerkskammer Westerland") == "ORG"


def test_a_landscape_with_a_place_adjective_is_still_a_place() -> None:
    got = name_labels("Die Wanderer zogen durch den Kellersbacher Wald.", "de")
    assert got.get("Kellersbacher Wald") == "PLACE"
