"""Organisation span bounds found by classifying the tune sets' ORG boundary errors after heldout14
(issue 12, item 7), each recurring in at least three tune files, as hand-made sentences (names
invented; none is taken from a benchmark article).

- A Dutch or German body named after a region of one word, the region's shape told by a compass part
  ("Veluwe-Oost", "Noord-Kempen") or a word for a stretch of land ("-gebied", "-streek", "-vallei",
  "-vleugel"): the body's noun is part of the name ("De Omgevingsdienst Veluwe-Oost", "netbeheerder
  Warmtebedrijf Kempenvleugel"), not a descriptor before a name (the region alone was marked in h9, h13,
  h14). A descriptor before a firm's own name stays outside ("Energiebedrijf Voltaris").
"""

from reader.suggest import suggest


def labels(text: str, language: str = "en") -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language)}


def test_dutch_body_named_after_a_region_keeps_its_noun():
    got = labels("De Omgevingsdienst Veluwe-Oost had het bedrijf al twee keer gecontroleerd.", "nl")
    assert got.get("Omgevingsdienst Veluwe-Oost") == "ORG"
    got = labels("Volgens netbeheerder Warmtebedrijf Kempenvleugel is de leiding te oud.", "nl")
    assert got.get("Warmtebedrijf Kempenvleugel") == "ORG"
    got = labels("De Reizigersvereniging Achterhoek-Zuid is boos over de nieuwe dienstregeling.", "nl")
    assert got.get("Reizigersvereniging Achterhoek-Zuid") == "ORG"
    got = labels("De Omgevingsdienst Lingestreek ontving vorig jaar veertig klachten.", "nl")
    assert got.get("Omgevingsdienst Lingestreek") == "ORG"


def test_a_descriptor_before_a_firms_own_name_stays_outside():
    got = labels("Energiebedrijf Voltaris wil de prijzen volgend jaar verhogen.", "nl")
    assert got.get("Voltaris") == "ORG"
    assert "Energiebedrijf Voltaris" not in got
