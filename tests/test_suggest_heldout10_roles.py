"""Person boundaries found by classifying the tune sets' misses after heldout10 (issue 12, item 7),
as hand-made sentences (names invented; none is taken from a benchmark article).

- A minister's portfolio between "minister van/for/für" and the name is no part of the name
  ("minister van Visserij Wouter Klaasman").
- At a sentence's start, a noun for what someone does ("Boatbuilder", "Bakker") before a given name and a
  surname is a role, even when the given name is not in the lists.
"""

from reader.suggest import suggest


def labels(text: str, language: str = "en") -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language)}


def test_portfolio_after_minister_van_is_not_part_of_the_name():
    got = labels("De dijk wordt verhoogd, zegt Zeeuws minister van Visserij Wouter Klaasman.", "nl")
    assert got.get("Wouter Klaasman") == "PERSON"
    assert "Visserij Wouter Klaasman" not in got


def test_portfolio_after_minister_for_is_not_part_of_the_name():
    got = labels("The plan was approved by Minister for Housing Orla Brenwick on Tuesday.")
    assert got.get("Orla Brenwick") == "PERSON"
    assert "Housing Orla Brenwick" not in got


def test_agent_noun_at_sentence_start_before_an_unlisted_given_name():
    got = labels(
        "The yard launched 3 boats last year.\n\nBoatbuilder Teodric Vallowby, who builds them, said so."
    )
    assert got.get("Teodric Vallowby") == "PERSON"
    assert "Boatbuilder Teodric Vallowby" not in got
    got = labels("De molen draait weer sinds mei. Bakker Sjoerd Walinga koopt er zijn meel.", "nl")
    assert got.get("Sjoerd Walinga") == "PERSON"
    assert "Bakker Sjoerd Walinga" not in got


def test_names_that_look_like_agent_nouns_stay_whole():
    # a given name ending like a role ("Parker", "Tyler") is in the lists: the whole run is the name
    got = labels("Ministers met on Monday. Tyler Jameson Whitford, the new chair, said so.")
    assert "Jameson Whitford" not in got


def test_a_company_after_an_agent_noun_is_not_cut_to_a_person():
    got = labels("De prijzen stijgen. Uitgever Krantenhuis Zuid-West drukt voortaan in Duitsland.", "nl")
    assert "Zuid-West" not in got
    assert got.get("Krantenhuis Zuid-West") != "PERSON"
    got = labels("De prijzen stijgen. Handelaar Zuivel Van der Meulen verwacht meer vraag.", "nl")
    assert "Zuivel Van" not in got
