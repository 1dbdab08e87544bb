from reader.suggest import suggest


def quantities(text, language="en"):
    return [s.text for s in suggest(text, language) if s.label == "QUANTITY"]


def test_counted_noun_without_hedge():
    t = "He said there are currently nearly 150 Chinese experts working at the Douai directing 800 local staff."
    assert quantities(t) == ["150 Chinese experts", "800 local staff"]


def test_separators_and_head_noun():
    t = "ACC, which currently employs 1,200 people at its factory, aims to supply 250,000 electric vehicles next year."
    assert quantities(t) == ["1,200 people", "250,000 electric vehicles"]


def test_range():
    t = "turning out batteries to equip 150,000 to 200,000 vehicles per year."
    assert quantities(t) == ["150,000 to 200,000 vehicles"]


def test_money_and_percent():
    t = "The plan costs $400 bn, or €5 million a year, and shares rose 4.5% while sales fell 10 percent."
    assert quantities(t) == ["$400 bn", "€5 million", "4.5%", "10 percent"]


def test_french_numbers():
    t = "Le groupe va supprimer près de 1 200 emplois et investir 5 millions d'euros, soit une hausse de 12 %."
    assert quantities(t, "fr") == ["1 200 emplois", "5 millions d'euros", "12 %"]


def test_spelled_out_needs_a_noun():
    t = "Reid won two Olympic silver medals. The other two left."
    assert quantities(t) == ["two Olympic silver medals"]


def test_years_models_ages_durations_are_not_quantities():
    t = "In 2024, Renault's R4 sold well, said Ericka Redjimi, 39, who has worked there for 15 years."
    assert quantities(t) == []


def test_offsets_match_text():
    t = "Volkswagen will cut 35,000 jobs and save 15 billion euros ($15.7 bn)."
    for s in suggest(t):
        assert t[s.start:s.end] == s.text
    assert quantities(t) == ["35,000 jobs", "15 billion euros", "$15.7 bn"]
