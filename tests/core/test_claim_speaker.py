"""Who said a claim, for the claim form's first guess: the one the sentence attributes it to
("..., said Maria Duval", "according to the ministry", "X said ..."), before any body named
inside the claim's own words (h111: "Acme Freight lost 40 million euros, said Maria Duval"
proposed Acme Freight)."""

from __future__ import annotations

from reader.claim_speaker import attributed_speaker


def spans(text: str, *named: tuple[str, str]) -> list[tuple[int, int, str]]:
    out = []
    for needle, label in named:
        i = text.index(needle)
        out.append((i, i + len(needle), label))
    return out


def test_a_trailing_said_names_the_person_not_the_body_in_the_claim():
    text = "Port news.\n\nBrelwick Freight lost 40 million euros last year, said Maria Duval.\n\nMore."
    tagged = spans(text, ("Brelwick Freight", "ORG"), ("Maria Duval", "PERSON"))
    start = text.index("Brelwick")
    end = text.index(", said")
    found = attributed_speaker(text, start, end, tagged)
    assert found is not None
    assert found.name == "Maria Duval"
    assert found.span == (text.index("Maria Duval"), text.index("Maria Duval") + len("Maria Duval"))


def test_according_to_an_untagged_body_names_it_as_an_organisation():
    text = "Harbour fees at Brelwick Docks rose by 12 percent, according to the ministry."
    tagged = spans(text, ("Brelwick Docks", "ORG"))
    found = attributed_speaker(text, 0, text.index(", according"), tagged)
    assert found is not None
    assert (found.name, found.span, found.kind) == ("ministry", None, "ORG")


def test_according_to_a_tagged_body():
    text = "Harbour fees at Brelwick Docks rose by 12 percent, according to the Tolland Port Authority."
    tagged = spans(text, ("Brelwick Docks", "ORG"), ("Tolland Port Authority", "ORG"))
    found = attributed_speaker(text, 0, len(text), tagged)
    assert found is not None and found.name == "Tolland Port Authority"


def test_a_subject_before_said_inside_the_selection():
    text = "The Vellamoor Anglers' Club said 40 of its 212 members would leave."
    tagged = spans(text, ("Vellamoor Anglers' Club", "ORG"))
    found = attributed_speaker(text, 0, len(text), tagged)
    assert found is not None and found.name == "Vellamoor Anglers' Club"


def test_an_untagged_name_after_said_is_proposed():
    text = "Brelwick Freight lost 40 million euros last year, said Maria Duval."
    tagged = spans(text, ("Brelwick Freight", "ORG"))
    found = attributed_speaker(text, 0, text.index(", said"), tagged)
    assert found is not None
    assert (found.name, found.span, found.kind) == ("Maria Duval", None, None)


def test_no_attribution_no_guess():
    text = "Brelwick Freight lost 40 million euros last year."
    assert attributed_speaker(text, 0, len(text), spans(text, ("Brelwick Freight", "ORG"))) is None


def test_a_pronoun_speaker_is_the_person_named_before():
    text = "Maria Duval runs the port.\n\nBrelwick Freight lost 40 million euros last year, she said."
    tagged = spans(text, ("Maria Duval", "PERSON"), ("Brelwick Freight", "ORG"))
    start = text.index("Brelwick")
    found = attributed_speaker(text, start, text.index(", she"), tagged)
    assert found is not None and found.span == (0, len("Maria Duval"))
