"""A common noun for a kind of organisation right before a name says the name is an organisation's
("la cooperativa Olivarsur", "la chaîne Fournil", "sieci Kropka"), in every language, for the kinds
found missing across heldout5..heldout9 and tune4..tune5 (cooperatives, parties, chains, shipping lines,
collectives, platforms, employers' bodies, distilleries, bakeries, breweries, funds), each given in all
the languages. Hand-made sentences, names invented.
"""

from reader.suggest import suggest


def labels(text: str, language: str) -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language) if s.label in ("PERSON", "ORG", "PLACE")}


def test_spanish_kind_words():
    assert labels("La naviera Brisamar desviará buques a Tánger.", "es").get("Brisamar") == "ORG"
    assert (
        labels("Los olivareros piden que la cooperativa Olivarsur revise sus contratos.", "es").get(
            "Olivarsur"
        )
        == "ORG"
    )
    assert labels("El partido Avanza ejercía la acusación popular.", "es").get("Avanza") == "ORG"


def test_french_kind_words():
    assert labels("La chaîne Fournil fermera 14 boulangeries dans le pays.", "fr").get("Fournil") == "ORG"
    assert labels("La coopérative Laitval a ouvert une fromagerie.", "fr").get("Laitval") == "ORG"
    assert labels("La distillerie Lavandia demande une aide au ministère.", "fr").get("Lavandia") == "ORG"
    assert labels("La porte-parole du collectif Eau Commune se félicite.", "fr").get("Eau Commune") == "ORG"


def test_dutch_and_polish_kind_words():
    assert (
        labels("Hij maalt elke zaterdag graan voor bakkerij Graanhof in Oosterend.", "nl").get("Graanhof")
        == "ORG"
    )
    assert labels("Karp kosztuje w sklepach sieci Kropka 24,99 zł.", "pl").get("Kropka") == "ORG"


def test_a_producer_is_a_person():
    # a role, not a kind of body: "le producteur Gilles Marchal" is a person
    got = labels("Le producteur Gilles Marchal a perdu sa récolte.", "fr")
    assert got.get("Gilles Marchal") == "PERSON"
