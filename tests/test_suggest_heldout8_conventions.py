"""Conventions found by classifying heldout7's and heldout8's misses (issue 12, item 7), written as
hand-made sentences (names invented; none is taken from a benchmark article).

- Spelled-out counts in German, Spanish, Dutch and Polish are counts like digits ("zwölf Busse"), as
  English and French ones already were; a duration or a capitalised name ("Drei Eichen") is not.
- Two rates joined by "and" are one ("par habitant et par jour"); in Polish, a price "za" a measure or a
  piece named by a noun in the accusative is a rate ("zł za gram", "zł za skrzynkę").
"""

from reader.suggest import suggest


def quantities(text: str, language: str = "en") -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "QUANTITY"]


def labels(text: str, language: str = "en") -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language)}


def test_spelled_counts_in_german_spanish_dutch_polish():
    assert quantities("Die Reederei setzt im Winter zwölf Busse auf der Insel ein.", "de") == ["zwölf Busse"]
    assert quantities("El ayuntamiento abrió cinco comedores en el barrio.", "es") == ["cinco comedores"]
    assert quantities("Het ziekenhuis zoekt nog zeven verpleegkundigen voor de nacht.", "nl") == [
        "zeven verpleegkundigen"
    ]
    assert quantities("Gmina kupiła w tym roku trzy autobusy elektryczne.", "pl") == ["trzy autobusy"]


def test_spelled_measure_and_rate():
    assert quantities("Der neue Steg wird vier Meter breit.", "de") == ["vier Meter"]
    assert quantities("Por el puerto pasan seis ferris al día en verano.", "es") == ["seis ferris al día"]


def test_spelled_durations_and_names_stay_out():
    assert quantities("Die Arbeiten dauern noch drei Wochen.", "de") == []
    assert quantities("La obra se retrasó dos años por la lluvia.", "es") == []
    assert quantities("De vereniging Drie Eiken telt veel leden.", "nl") == []


def test_polish_price_per_piece_or_measure():
    assert quantities("Skup płaci 4,20 zł za skrzynkę jabłek.", "pl") == ["4,20 zł za skrzynkę"]
    assert quantities("Złotnik sprzedaje srebro po 5 zł za gram.", "pl") == ["5 zł za gram"]
    assert quantities("Firma zapłaciła 300 zł za granicą.", "pl") == ["300 zł"]


def test_rate_article_or_phrase_after_por_par_is_no_rate():
    assert quantities("La ciudad pagó 2 millones de euros por la reforma del mercado.", "es") == [
        "2 millones de euros"
    ]
    assert quantities("Les ventes ont reculé de 4 % par rapport à l'an dernier.", "fr") == ["4 %"]


def test_two_rates_joined_are_one():
    assert quantities("Chaque foyer consomme 130 litres par habitant et par jour.", "fr") == [
        "130 litres par habitant et par jour"
    ]
    assert quantities("El consumo llega a 180 litros por habitante y día en la costa.", "es") == [
        "180 litros por habitante y día"
    ]


def test_seat_of_an_office_before_a_reporting_verb_is_no_organisation():
    # the speaker is the office; the town after "w" is its seat, part of the name (as "Sąd Rejonowy w
    # Kaliszu poinformował")
    found = labels("Urząd Skarbowy w Lesznie zapowiedział w piątek kontrole w sklepach.", "pl")
    assert found.get("Urząd Skarbowy w Lesznie") == "ORG"
    assert "Lesznie" not in found
    assert labels("Dane podał Pocztex w środę.", "pl").get("Pocztex") == "ORG"


def test_noun_before_a_rate_is_no_verb():
    # "a week" after a plural noun is a rate, not the object of a verb ("two children attend a school")
    assert quantities("Pupils at the village school get three music lessons a week.") == [
        "three music lessons a week"
    ]
    assert quantities("The island now has 2 cargo flights a day.") == ["2 cargo flights a day"]
    assert quantities("Two children attend a school across the river.") == ["Two children"]


def test_body_named_after_its_place_after_a_reporting_verb():
    # the same reading whether the reporting verb comes before or after the name
    assert labels("Las ventas crecieron un 4 %, informó Chile Exporta.", "es").get("Chile Exporta") == "ORG"
    assert labels("Chile Exporta informó que las ventas crecieron.", "es").get("Chile Exporta") == "ORG"
    assert labels("Visitor numbers rose, said Ireland Trade.").get("Ireland Trade") == "ORG"
    assert labels("Visitor numbers rose, said Jordan Blake.").get("Jordan Blake") == "PERSON"


def test_verb_after_a_plural_count_stays_out_in_french_and_spanish():
    # after a plural noun an adjective agrees (ends in -s or -x); a verb does not
    assert quantities("Unos 2.300 agricultores cortaron la carretera.", "es") == ["2.300 agricultores"]
    assert quantities("Les 60 brebis broutent sur le plateau.", "fr") == ["60 brebis"]
    assert quantities("La ciudad abrió 15 comedores escolares.", "es") == ["15 comedores escolares"]


def test_person_then_particle_then_organisation_is_two_names():
    found = labels("Dat zegt hoogleraar Anneke Verhoef van Utrecht University.", "nl")
    assert found.get("Anneke Verhoef") == "PERSON"
    assert found.get("Utrecht University") == "ORG"
    found = labels("Selon Marie Dubois de Lyon Métropole, le tarif augmente.", "fr")
    assert found.get("Marie Dubois") == "PERSON"
    # a surname with its particle stays whole
    assert labels("Dat zegt Pieter van Dam, die de winkel leidt.", "nl").get("Pieter van Dam") == "PERSON"
    assert labels("Álvaro Sáenz de Ugarte dijo que sí.", "es").get("Álvaro Sáenz de Ugarte") == "PERSON"


def test_german_role_noun_before_a_person_stays_out():
    # a noun for what someone does before a given name the lists may lack: the role is a cue, not a name
    found = labels("Das Obst ist teuer, sagte Winzer Lorenz Haberl aus Ahrweiler.", "de")
    assert found.get("Lorenz Haberl") == "PERSON"
    assert "Winzer Lorenz Haberl" not in found
    assert labels("Das sagte Bäuerin Walburga Stöckl.", "de").get("Walburga Stöckl") == "PERSON"
    assert labels("Das sagte Peter Paul Brenner.", "de").get("Peter Paul Brenner") == "PERSON"
    # a company after a noun for what it does stays a company
    assert labels("Der Energieversorger Linz Strom erhöht die Preise.", "de").get("Linz Strom") != "PERSON"


def test_minus_before_degrees_is_part_of_the_temperature():
    assert quantities("Het weerbureau verwacht -7 graden in de nacht.", "nl") == ["-7 graden"]
    assert quantities("W nocy będzie -15 stopni.", "pl") == ["-15 stopni"]
    assert quantities("Se esperan -3 grados en la sierra.", "es") == ["-3 grados"]
    assert quantities("Rund 5-9 Grad werden erwartet.", "de") == ["5-9 Grad"]


def test_capitalised_article_inside_a_sentence_starts_the_name():
    # articles are written in lower case inside a French or Spanish sentence: a capitalised one is part
    # of the name, and a name that starts with one is no person's
    found = labels("Según Juan Ruiz, la empresa Las Encinas exportó 800 toneladas.", "es")
    assert "Encinas" not in found
    assert found.get("Las Encinas") in (None, "ORG")
    assert labels("La cooperativa Los Robles exportó 800 toneladas.", "es").get("Los Robles") != "PERSON"
    assert labels("Il a passé l'été à La Baule, près de Nantes.", "fr").get("La Baule") == "PLACE"
    assert labels("Selon Nathalie Le Guen, le projet avance.", "fr").get("Nathalie Le Guen") == "PERSON"


def test_german_noun_before_an_acronym_or_camel_case_name_is_a_descriptor():
    assert labels("Das Handelshaus KornWerk warnt vor einem Überangebot.", "de").get("KornWerk") == "ORG"
    assert labels("Die Bürgerinitiative BLV klagt gegen den Bau.", "de").get("BLV") == "ORG"
    assert "Amsterdam UMC" in labels("Amsterdam UMC meldt een tekort aan bedden.", "nl")


def test_german_kind_of_company_before_a_name_with_its_legal_form():
    assert labels("Die Betreibergesellschaft Torfa AG plant neue Flüge.", "de").get("Torfa AG") == "ORG"
    assert labels("Die Stadtwerke Halle AG erhöhen die Preise.", "de").get("Stadtwerke Halle AG") == "ORG"


def test_french_institution_with_adjectives_after_its_complement():
    found = labels("Selon la Fédération de l'industrie laitière suisse, les prix baissent.", "fr")
    assert found.get("Fédération de l'industrie laitière suisse") == "ORG"
    found = labels("La Fédération suisse des vignerons a publié ses chiffres.", "fr")
    assert found.get("Fédération suisse des vignerons") == "ORG"


def test_german_role_in_apposition_after_a_name():
    text = "Die Klinik hat Schulden. Kerstel Aydın, Oberärztin in der Chirurgie, sagt, sie arbeite zu viel."
    assert labels(text, "de").get("Kerstel Aydın") == "PERSON"
    found = labels("Die Firma Krone Bau, Hannover und Kassel, wächst.", "de")
    assert found.get("Krone Bau") != "PERSON"


def test_polish_name_led_by_an_adjective_is_a_body():
    # Polish capitalises an adjective only inside a proper name, and people's names do not start with one
    found = labels("Zgodę wydała Regionalna Dyrekcja Lasów Miejskich w Sieradzu.", "pl")
    assert found.get("Regionalna Dyrekcja Lasów Miejskich w Sieradzu") == "ORG"
    found = labels("Zwierzęta żyją na terenie Kampinoskiego Parku Narodowego.", "pl")
    assert found.get("Kampinoskiego Parku Narodowego") == "ORG"
    assert labels("Turyści wjechali na Kasprowy Wierch.", "pl").get("Kasprowy Wierch") != "PERSON"
    assert labels("Jan Kowalski z Gdańska przyjechał.", "pl").get("Jan Kowalski") == "PERSON"


def test_acronym_elsewhere_spelling_a_names_initials():
    found = labels("De boeren willen dat de Zeeuwse Aardappel Maatschappij betaalt. De ZAM weigert.", "nl")
    assert found.get("Zeeuwse Aardappel Maatschappij") == "ORG"
    assert labels("He moved to New Zealand. NZ exports rose.").get("New Zealand") == "PLACE"
    assert labels("Anna Maria Kowalska spoke. AMK is a brand.").get("Anna Maria Kowalska") == "PERSON"


def test_german_genitive_plural_complement_stays_with_its_head():
    found = labels("Das teilte der Verband Deutscher Obstbauern am Montag mit.", "de")
    assert found.get("Verband Deutscher Obstbauern") == "ORG"
    # an adjective made from a town's name starts the company's own name
    assert (
        labels("Der Energiekonzern Wiener Stadtwerke erhöht die Preise.", "de").get("Wiener Stadtwerke")
        == "ORG"
    )
