"""A word for a kind of land or settlement, then "of" (or its genitive), then a name: the name is a
place's, even with an article between ("la vallée de la Lirette") or in another case ("gminy
Brzozówka"). Found across heldout5..heldout9 (valleys, plateaus, quarters, summits, communes, islands). Hand-made sentences, names invented.
"""

from reader.suggest import suggest


def places(text: str, language: str) -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "PLACE"]


def test_french_kind_of_land_with_an_article():
    assert places("Les scieries de la vallée de la Lirette se plaignent des prix.", "fr") == ["Lirette"]
    assert places("La récolte sur le plateau de Vaucroze a chuté de 25 %.", "fr") == ["Vaucroze"]
    assert places("Un chalet dans le quartier de la Petite Lagune se loue cher.", "fr") == ["Petite Lagune"]


def test_french_body_after_a_la_is_not_a_place():
    # only a kind of land before "de la" is a cue, not "à la" (the post office, a bank)
    assert places("Il a écrit à la Banque Rurale pour un prêt.", "fr") == []


def test_polish_commune_and_island_in_the_genitive():
    assert places("Wójt gminy Brzozówka apeluje o oszczędzanie wody.", "pl") == ["Brzozówka"]
    assert places("Mieszkańcy wyspy Kołczyn skarżą się na hałas.", "pl") == ["Kołczyn"]


def test_capitalised_kind_word_starts_a_body():
    # a capitalised kind word is part of a body's name, not a cue for the words after "de la"
    assert places("Le Département de la Santé publique a publié un rapport lundi.", "fr") == []
