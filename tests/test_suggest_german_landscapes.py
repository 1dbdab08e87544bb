"""German landscapes and rivers after a preposition and its article ("in der Hollertau", "aus dem
Kranichland", "im Kornwald", "an der Mittelweser"): the name's shape (a landscape or
water ending, a part of a known river) says it is a place, as it already did after "in" alone. Found
across heldout7..heldout9. Hand-made sentences, names invented.
"""

from reader.suggest import suggest


def places(text: str) -> list[str]:
    return [s.text for s in suggest(text, "de") if s.label == "PLACE"]


def test_preposition_and_article_before_a_landscape():
    assert places("Die Hopfenbauern in der Hollertau haben weniger geerntet.") == ["Hollertau"]
    assert places("Notfälle aus dem Kranichland werden seit Mai verlegt.") == ["Kranichland"]
    assert places("Der Käfer hat im Kornwald viele Fichten getötet.") == ["Kornwald"]
    assert places("Allein im Westergäu wurden 412 Wanderer gerettet.") == ["Westergäu"]


def test_a_part_of_a_known_river_after_an_der():
    assert places("Die Bauern an der Mittelweser klagen über Frost.") == ["Mittelweser"]


def test_common_nouns_after_a_preposition_stay_untagged():
    assert places("Er steht an der Spitze und arbeitet an der Universität.") == []
    assert places("Die Ehefrau kam aus der Modenschau zurück.") == []
    assert places("Wir waren im Wald und im Mischwald unterwegs.") == []
