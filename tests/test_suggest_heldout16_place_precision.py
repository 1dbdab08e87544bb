"""Place precision after heldout16 (issue 12, item 7): false places the place passes of the last round
(reader/suggest/places_*.py) would add on shapes the tune files do not hold.

Hand-written sentences with invented names (firms, venues, people, brands); each test also checks that a
genuine place of the same pass still comes out.
"""

from reader.suggest import suggest


def places(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "PLACE"]


# A word of a person's full name the text gives elsewhere is a surname inside a firm's, a venue's or a
# person's name, not a place: "David X" ... "colleague X Tower", "Jonas X" ... "an der X-Bühne".
def test_a_landmark_name_with_a_persons_surname_is_no_place() -> None:
    got = places("She met David Hartwell, then her colleague Hartwell Tower at the office.", "en")
    assert not any("Tower" in p for p in got)
    got = places("She met David Hartwell, then walked to the top of Brindley Tower in the rain.", "en")
    assert "Brindley Tower" in got


def test_a_german_venue_named_after_a_person_is_no_river() -> None:
    got = places("Der Sänger Jonas Terbach trat auf. Die Fans an der Terbach-Bühne jubelten.", "de")
    assert not any("Terbach" in p for p in got)
    got = places("Der Sänger Jonas Terbach trat auf. Das Festival an der Wellach war ausverkauft.", "de")
    assert "Wellach" in got
