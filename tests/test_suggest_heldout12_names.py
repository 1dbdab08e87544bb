"""Person and organisation conventions found by classifying the tune sets' misses after heldout12
(issue 12, item 7), each recurring in at least three tune files, as hand-made sentences (names
invented; none is taken from a benchmark article).

- A name set off by a comma right after a kind of body ("el presidente del club, X,", "the company,
  X, said") is a person in apposition, not the body's name (6 of 8 such places in the gold; the two
  organisations carry their own head, "Co.", "Credit Union").
- German and Dutch workshop nouns in -erei, -werk, -erij ("Zimmerei", "Sägewerk", "Drukkerij") before a
  name of two words or more describe the firm and stay outside its name (12 of 12 such places in tune,
  h9, h10, h11, h12); before a single word the gold is split (3 inside, 3 outside) and the rules are
  left as they were.
- A lower-case noun for a kind of business before a name (supermarket, restaurant, shipyard, insurer,
  NGO: "la marisquería X", "supermarkt X", "le chantier naval X") marks an organisation: 20 of 20 such
  names in the gold are organisations; 5 were read as people (h9, h11, h12). Also a brand or a
  multinational ("la marca X", "la multinacional X": 3 names not found in h10).
- A landform or region noun before "of" / "van" and a name ("the Vale of X", "the Firth of X", "the
  Sound of X", "de Kop van X", "het Land van X") names a place, not a body: 7 of 7 in the gold, 6 read
  as organisations (h10, h11, h12). The English half is fixed here (4 in h10, h12); the Dutch one is
  not (the organisation comes from another step).
- French bodies headed by a kind the institution rule lacked (Coopérative, Groupement, "communauté de
  communes / d'agglomération", "comité des fêtes"), with a complement after the adjective ("de défense
  sanitaire du X"): the gold takes the whole name with its place (h8, h9, h11, h12; "Club alpin d'X"
  in h10 is left: "alpin" is no adjective ending the rule knows).
- German role nouns in -rat, -mann, -frau, -loge, -ständige ("Regierungsrat", "Obmann", "Toxikologe",
  "Sachverständige") before a given name the lists lack: the name after them is a person (14 of 14 such
  places in the gold; 4 missed in h8, h9, h12).
"""

from reader.suggest import suggest


def labels(text: str, language: str = "en") -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language)}


def test_name_after_a_comma_after_a_kind_of_body_is_a_person():
    got = labels("El presidente del club, Manuel Arguedas, anunció que recurrirá la sanción.", "es")
    assert got.get("Manuel Arguedas") == "PERSON"
    got = labels("La présidente du syndicat, Odile Ferrandou, a demandé une réunion.", "fr")
    assert got.get("Odile Ferrandou") == "PERSON"
    got = labels("A spokesman for the company, James Holloway, said the plant would close.", "en")
    assert got.get("James Holloway") == "PERSON"


def test_kind_of_body_right_before_a_name_still_marks_an_organisation():
    got = labels("Le syndicat Solidaires Transports a appelé à la grève.", "fr")
    assert got.get("Solidaires Transports") == "ORG"
    got = labels("Shares in carmakers Voltaria and Brennecke fell sharply on Monday.", "en")
    assert got.get("Voltaria") == "ORG"


def test_workshop_noun_before_a_name_of_two_words_stays_outside():
    got = labels("Die Schreinerei Möbelbau Kesselheim KG hat vier Lehrlinge eingestellt.", "de")
    assert got.get("Möbelbau Kesselheim KG") == "ORG"
    assert "Schreinerei Möbelbau Kesselheim KG" not in got
    got = labels("Drukkerij Veldkamp & Zonen B.V. stopt eind januari met de krant.", "nl")
    assert got.get("Veldkamp & Zonen B.V.") == "ORG"


def test_kind_of_business_before_a_name_marks_an_organisation():
    got = labels("La marisquería Casa Ordóñez ya anuncia percebe en su carta.", "es")
    assert got.get("Casa Ordóñez") == "ORG"
    got = labels("Lo denuncia la oenegé Selva Viva en un informe.", "es")
    assert got.get("Selva Viva") == "ORG"
    got = labels("Ook supermarkt Buurtwinkel Heeswijk betaalt mee aan de intocht.", "nl")
    assert got.get("Buurtwinkel Heeswijk") == "ORG"
    got = labels("Le chantier naval Marivel Atlantique vient d'agrandir son atelier.", "fr")
    assert got.get("Marivel Atlantique") == "ORG"


def test_german_role_noun_before_an_unlisted_given_name():
    got = labels("Das Holz sei knapp, sagt Obmann Gottlieb Rinderer am Montag.", "de")
    assert got.get("Gottlieb Rinderer") == "PERSON"
    got = labels("Regierungsrat Odilo Tschümperlin verlangt eine Gebühr.", "de")
    assert got.get("Odilo Tschümperlin") == "PERSON"
    got = labels("Die Weinsachverständige Irmtraud Kesselbrink rät zur Vorsicht.", "de")
    assert got.get("Irmtraud Kesselbrink") == "PERSON"
    got = labels("Das sagte der Toxikologe Wendelin Asbach vom Klinikum.", "de")
    assert got.get("Wendelin Asbach") == "PERSON"


def test_brand_or_multinational_before_a_lone_name():
    got = labels(
        "Los tapones sintéticos ganan terreno, aunque la marca Corchoverde sostiene lo contrario.", "es"
    )
    assert got.get("Corchoverde") == "ORG"
    got = labels("La granja que la multinacional Acuamar proyecta en el puerto preocupa a los vecinos.", "es")
    assert got.get("Acuamar") == "ORG"


def test_landform_of_a_name_is_a_place():
    got = labels("Cider makers in the Vale of Brackenmoor turned away apples this autumn.")
    assert got.get("Vale of Brackenmoor") == "PLACE"
    got = labels("Ferries across the Firth of Dunmarrow were cancelled on Monday.")
    assert got.get("Firth of Dunmarrow") == "PLACE"
    got = labels("Seals breed on the skerries of the Sound of Kilbrannan every autumn.")
    assert got.get("Sound of Kilbrannan") == "PLACE"


def test_land_rover_stays_a_company():
    got = labels("Shares in Land Rover fell on Monday, the carmaker said.")
    assert got.get("Land Rover") != "PLACE"


def test_french_bodies_headed_by_a_kind_with_their_place():
    got = labels("Le Groupement de défense sanitaire du Morbihan a recensé 40 foyers.", "fr")
    assert got.get("Groupement de défense sanitaire du Morbihan") == "ORG"
    got = labels("La Coopérative de l'eau des Hautes-Landes annonce un pourvoi.", "fr")
    assert got.get("Coopérative de l'eau des Hautes-Landes") == "ORG"
    got = labels("La communauté de communes du Haut-Vivarais a voté une aide.", "fr")
    assert got.get("communauté de communes du Haut-Vivarais") == "ORG"
    got = labels("Le comité des fêtes de Saint-Ours a renoncé à son marché.", "fr")
    assert got.get("comité des fêtes de Saint-Ours") == "ORG"
