"""A German body whose compound ends in "-er" ("Handwerkskammer", "Ärztekammer") before a region is an
organisation, not a landscape named with a place adjective ("Thüringer Wald", "Lüneburger Heide"): read
as a place in heldout13 ("der Handwerkskammer Oberland") and heldout15 ("Die Handwerkskammer X-heide")
(issue 12, item 7; after heldout16, helper h42). Invented names.
"""

from reader.suggest import suggest


def labelled(text: str) -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, "de") if s.label in ("ORG", "PLACE")}


def test_a_chamber_named_with_a_region_is_a_body() -> None:
    assert labelled("Die Ärztekammer Nordheide fordert mehr Geld.").get("Ärztekammer Nordheide") == "ORG"
    got = labelled("Im Bezirk der Handwerkskammer Westerland gibt es nur noch neun Schneider.")
    assert got.get("Handwerkskammer Westerland") == "ORG"


def test_a_landscape_with_a_place_adjective_is_still_a_place() -> None:
    assert labelled("Die Wanderer zogen durch den Kellersbacher Wald.").get("Kellersbacher Wald") == "PLACE"
