"""ORG and QUANTITY miss classes that recur in at least three unseen tune files after heldout11 (issue 12,
item 7), as hand-written sentences with invented names; none is taken from a benchmark article.
"""

from reader.suggest import suggest


def quantities(text: str, language: str = "en") -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "QUANTITY"]


def labels(text: str, language: str) -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language)}


# English: a measure followed by "of" and what it measures ends at the measure ("310 millimetres of
# rain" is tagged "310 millimetres" in 16 gold spans of 19 in eight files); only a rate after the
# substance keeps it in the span ("40 tonnes of steel a day", "of water per day").


def test_measure_stops_before_of_and_its_substance():
    assert quantities("Some 85 millimetres of rain fell on the valley overnight.") == ["85 millimetres"]
    assert quantities("The estate planted 12 hectares of vines near Dunmere last spring.") == ["12 hectares"]
    assert quantities("Crews cleared 3,500 cubic metres of gravel from the road.") == ["3,500 cubic metres"]
    assert quantities("The boats landed 640 tonnes of mackerel worth £2 million.") == [
        "640 tonnes",
        "£2 million",
    ]


def test_measure_of_substance_keeps_a_rate_after_it():
    assert quantities("The smelter makes 40 tonnes of zinc a day.") == ["40 tonnes of zinc a day"]
    assert quantities("The dairy uses 2.1 million litres of water per week.") == [
        "2.1 million litres of water per week"
    ]


# French: the West and Central African franc is written "francs CFA" (the Pacific one "francs CFP"); the
# letters name the currency, like "francs suisses", and are no organisation. Prices per kilo follow it in
# the gold of three files.


def test_cfa_franc_is_one_currency_with_its_rate():
    found = labels("Le prix du sésame atteint 515 francs CFA le kilo à Kaolack, selon les négociants.", "fr")
    assert found.get("515 francs CFA le kilo") == "QUANTITY"
    assert "CFA" not in found
    assert quantities("L'État prélève une taxe de 25 francs CFA par kilo exporté.", "fr") == [
        "25 francs CFA par kilo"
    ]
    assert quantities("Le billet coûte 900 francs CFP à Nouméa.", "fr") == ["900 francs CFP"]


# A company's legal form with its dots after the name makes the name an organisation, whatever letter
# the form starts with ("B.V.", "S.R.L.", "S.A.C.", the Valencian "Coop. V.") and in the German
# "GmbH & Co. KG" with its last part: nine names in heldout9, heldout10, heldout11 were cut before the
# form or missed.


def test_dotted_legal_forms_after_a_name():
    assert (
        labels("Drukkerij Veluwse Offset B.V. stopt eind maart met drukken.", "nl").get("Veluwse Offset B.V.")
        == "ORG"
    )
    assert (
        labels("Hoofdsponsor is aannemer Van Dorsselaer Bouw B.V., dat de hal bouwt.", "nl").get(
            "Van Dorsselaer Bouw B.V."
        )
        == "ORG"
    )
    assert (
        labels("De mosselen gaan naar Lont & Verhagen B.V. in Yerseke.", "nl").get("Lont & Verhagen B.V.")
        == "ORG"
    )
    assert (
        labels("La exportadora Quinua Real Andina S.R.L. vende a Canadá.", "es").get(
            "Quinua Real Andina S.R.L."
        )
        == "ORG"
    )
    assert (
        labels("La textil Alpaca Fina Sureña S.A.C. abrió una planta en Puno.", "es").get(
            "Alpaca Fina Sureña S.A.C."
        )
        == "ORG"
    )
    assert (
        labels("La cooperativa Sant Vicent Coop. V. ha vendido menos naranjas.", "es").get(
            "Sant Vicent Coop. V."
        )
        == "ORG"
    )


def test_gmbh_and_co_kg_is_one_legal_form():
    found = labels("Die Seilbahnen Kogelalm GmbH & Co. KG habe die Bremsen nicht geprüft.", "de")
    assert found.get("Seilbahnen Kogelalm GmbH & Co. KG") == "ORG"
    assert "KG" not in found


# German: a measure stands without its substance ("420 Hektar Heide" is tagged "420 Hektar", ten gold
# spans of twelve in five files), unless a rate follows ("400 Liter Diesel am Tag", "480 Liter Regen pro
# Quadratmeter"), as Dutch and Polish already read it.


def test_german_measure_without_its_substance():
    assert quantities("Die Gemeinde pflegt 310 Hektar Magerrasen am Hang.", "de") == ["310 Hektar"]
    assert quantities("Aus einer Tonne Blüten gewinnt man nur drei Liter Öl, sagt der Brenner.", "de") == [
        "drei Liter"
    ]
    assert quantities("Am Fluss werden jährlich 12 Millionen Tonnen Schotter abgebaut.", "de") == [
        "12 Millionen Tonnen"
    ]


def test_german_measure_keeps_its_substance_before_a_rate():
    assert quantities("Das Schiff verbraucht 900 Liter Diesel am Tag.", "de") == ["900 Liter Diesel am Tag"]
    assert quantities("Es fielen 95 Liter Regen pro Quadratmeter.", "de") == [
        "95 Liter Regen pro Quadratmeter"
    ]


# Spanish: a wage per working day and a price per traditional unit of weight are rates ("por jornada",
# "por quintal", "por arroba": four gold spans in heldout8, heldout9, heldout10 keep them).


def test_spanish_rates_per_workday_and_old_units():
    assert quantities("Una recolectora cobra 42 euros por jornada en la campaña de la fresa.", "es") == [
        "42 euros por jornada"
    ]
    assert quantities("El maíz se pagó a 95 pesos por quintal en el mercado de Tarija.", "es") == [
        "95 pesos por quintal"
    ]
    assert quantities("La lana merina cotiza a 14 euros por arroba esta semana.", "es") == [
        "14 euros por arroba"
    ]


# Polish: a periodic adverb ("dziennie", "rocznie", "miesięcznie") or "na dobę" after what a number counts
# is its rate, as after a currency ("1900 zł miesięcznie"): six gold spans of seven in heldout8, heldout9,
# heldout10 keep it ("cztery kursy dziennie", "1,5 kg pokarmu dziennie"); "na hektar" is a rate like
# "na metr".


def test_polish_rate_after_a_counted_noun():
    assert quantities("Przewoźnik uruchomi trzy kursy dziennie do Sanoka.", "pl") == ["trzy kursy dziennie"]
    assert quantities("Na jezioro wypływa najwyżej 800 łodzi dziennie.", "pl") == ["800 łodzi dziennie"]
    assert quantities("Jeden koń zjada ok. 12 kg siana dziennie, mówi hodowca.", "pl") == [
        "12 kg siana dziennie"
    ]
    assert quantities("Źródło daje 4 tys. litrów wody na dobę.", "pl") == ["4 tys. litrów wody na dobę"]
    assert quantities("Gmina straci ok. 2,5 mln zł podatków rocznie.", "pl") == [
        "2,5 mln zł podatków rocznie"
    ]
    assert quantities("Agencja wypłaci do 4 tys. zł na hektar łąk.", "pl") == ["4 tys. zł na hektar"]


def test_polish_count_without_a_rate_stays_as_it_was():
    assert quantities("Spółka zatrudnia dziś 46 osób w Krośnie.", "pl") == ["46 osób"]


# German institutions whose head noun was not listed: an institute of a Land or the Bund ("Anstalt"),
# a regional government's office ("Regierungspräsidium", Austria's "Bezirkshauptmannschaft"), a museum,
# a rescue service ("Bergwacht"), state forests ("Staatsforsten"): missed in heldout6, heldout8,
# heldout9, heldout10, heldout11.


def test_german_institution_heads():
    assert (
        labels("Das Regierungspräsidium Nordalb sucht einen Pächter.", "de").get(
            "Regierungspräsidium Nordalb"
        )
        == "ORG"
    )
    assert (
        labels("Die Bezirkshauptmannschaft Lienzberg hat keine Mängel festgestellt.", "de").get(
            "Bezirkshauptmannschaft Lienzberg"
        )
        == "ORG"
    )
    assert (
        labels("Die Landesanstalt für Weinbau in Veitshöchheim züchtet neue Sorten.", "de").get(
            "Landesanstalt für Weinbau"
        )
        == "ORG"
    )
    assert (
        labels("Die Bergwacht Allgäu rückte am Sonntag zu 40 Einsätzen aus.", "de").get("Bergwacht Allgäu")
        == "ORG"
    )
    assert (
        labels("Das Glasmuseum Frauenried bleibt im Winter geöffnet.", "de").get("Glasmuseum Frauenried")
        == "ORG"
    )


# French and Spanish: a kind of organisation, then an adjective, then the name ("la asociación vecinal X",
# "la organización agraria X", "le syndicat agricole X"): the adjective does not hide the kind word. Read
# as people or missed in heldout7, heldout8, heldout9, heldout11.


def test_kind_word_and_adjective_before_a_name():
    assert (
        labels(
            "La sentencia da la razón a la asociación vecinal Lurra Bizia, cuya portavoz habló.", "es"
        ).get("Lurra Bizia")
        == "ORG"
    )
    assert (
        labels("La plataforma vecinal Sevilla Respira pide más árboles.", "es").get("Sevilla Respira")
        == "ORG"
    )
    assert labels("L'association locale Vélo Vivant regrette la décision.", "fr").get("Vélo Vivant") == "ORG"
    assert labels("Le syndicat agricole Terres Unies demande une aide.", "fr").get("Terres Unies") == "ORG"


def test_role_and_adjective_before_a_person_stays_a_person():
    assert (
        labels("La bióloga marina Covadonga Prieto explica los temporales.", "es").get("Covadonga Prieto")
        == "PERSON"
    )


# Polish: a kind of body at a sentence's start ("Fundacja", "Spółdzielnia", "Wydawnictwo") before a name in
# the nominative is a descriptor, as "Spółka" and "Firma" already were ("Fundacja X protestuje": the gold
# tags X in heldout5..heldout11, six files); before a complement in the genitive or an agreeing adjective
# it is the name's head ("Stowarzyszenie Hodowców Kóz", "Spółdzielnia Mieszkaniowa X").


def test_polish_kind_word_before_a_name_in_the_nominative():
    found = labels("Fundacja Zielona Wstęga protestuje przeciw wycince.", "pl")
    assert found.get("Zielona Wstęga") == "ORG" and "Fundacja Zielona Wstęga" not in found
    found = labels("Spółdzielnia Koszykarz Nisko zatrudnia dziś 30 osób.", "pl")
    assert found.get("Koszykarz Nisko") == "ORG"
    assert labels("Wydawnictwo Warta Media sprzedało tygodnik.", "pl").get("Warta Media") == "ORG"


def test_polish_kind_word_heading_its_complement():
    for name in (
        "Stowarzyszenie Hodowców Kóz",
        "Spółdzielnia Mieszkaniowa Zacisze",
        "Fundacja Ratowania Młynów Wodnych",
        "Stowarzyszenie Lekarzy Rodzinnych",
        "Stowarzyszenie Koszykarzy Doliny Wisły",
    ):
        assert labels(f"{name} apeluje do ministra.", "pl").get(name) == "ORG", name


# Dutch: a capitalised kind of body at a sentence's start names the kind of what follows ("Weerbureau X",
# "Oppositiepartij X", "Ambulancedienst X", "Veiling X": 21 of 21 such places in the gold tag the name
# alone; missed in heldout8, heldout9, heldout10, heldout11), but a body named with "voor" or "van" keeps
# its head ("Planbureau voor de Leefomgeving").


def test_dutch_kind_compounds_before_a_name():
    found = labels("Weerbureau Buienwacht verwacht -7 graden in de nacht.", "nl")
    assert found.get("Buienwacht") == "ORG" and "Weerbureau Buienwacht" not in found
    assert (
        labels("Oppositiepartij Leusden Vooruit spreekt van een schandaal.", "nl").get("Leusden Vooruit")
        == "ORG"
    )
    assert (
        labels("Ambulancedienst RAV Drenthe rukte vorig jaar 900 keer uit.", "nl").get("RAV Drenthe") == "ORG"
    )
    assert (
        labels("Veiling Fruitmasters-Zuid wil de prijzen verhogen.", "nl").get("Fruitmasters-Zuid") == "ORG"
    )
    assert (
        labels("Vakbond FNV Havens & Vervoer spreekt van een zwarte dag.", "nl").get("FNV Havens & Vervoer")
        == "ORG"
    )


def test_dutch_body_named_with_voor_keeps_its_head():
    assert (
        labels("Het Planbureau voor de Leefomgeving verwacht minder uitstoot.", "nl").get(
            "Planbureau voor de Leefomgeving"
        )
        == "ORG"
    )


# German: an association, club or bank compound followed by one word (no acronym) is named after it,
# mostly a region ("Naturschutzverein MittelX", "Volksbank X-Y": 11 of 11 such gold names keep the
# compound; cut or read as a place in heldout7, heldout9, heldout11); before an acronym or a name of
# several words it describes ("Fahrgastverband Pro Bahn", "Maschinenbauverband VDMA").


def test_german_association_named_after_one_word():
    assert (
        labels("Der Naturschutzverein Oberbaar warnt vor dem Abbau.", "de").get("Naturschutzverein Oberbaar")
        == "ORG"
    )
    assert (
        labels("Die Raiffeisenbank Westallgäu hat Gespräche bestätigt.", "de").get(
            "Raiffeisenbank Westallgäu"
        )
        == "ORG"
    )
    assert (
        labels("Der Pferdesportverband Unterfranken-Nord warnt vor Engpässen.", "de").get(
            "Pferdesportverband Unterfranken-Nord"
        )
        == "ORG"
    )


def test_german_association_before_an_acronym_or_longer_name_describes_it():
    assert labels("Der Fahrgastverband Pro Bahn kritisierte den Plan.", "de").get("Pro Bahn") == "ORG"
    assert labels("Der Maschinenbauverband VDMA rechnet mit einem Rückgang.", "de").get("VDMA") == "ORG"
    assert labels("Der Energiekonzern Vattenfall hat das Werk stillgelegt.", "de").get("Vattenfall") == "ORG"


# French: a local public body written in lower case with the place it serves ("la gendarmerie de X", "le
# conseil départemental du X", "le conseil régional de X") is an organisation, as "la préfecture de X"
# already was: tagged whole in the gold of heldout9 and heldout10 (5 of 6), the place alone once (heldout4).


def test_french_lower_case_local_bodies():
    assert (
        labels("La gendarmerie de Saint-Vérand a saisi mardi 30 kilos de cèpes.", "fr").get(
            "gendarmerie de Saint-Vérand"
        )
        == "ORG"
    )
    assert (
        labels("Le conseil départemental du Morbihan promet une aide aux communes.", "fr").get(
            "conseil départemental du Morbihan"
        )
        == "ORG"
    )
    assert (
        labels("Le conseil régional de Normandie demande le remboursement.", "fr").get(
            "conseil régional de Normandie"
        )
        == "ORG"
    )


def test_french_board_of_a_company_is_no_local_body():
    found = labels("Le conseil d'administration de la Société Forestière a voté lundi.", "fr")
    assert "conseil d'administration de la Société Forestière" not in found


# English: a plural possessive inside a body's name ("the X Growers' Cooperative", "the X Fishermen's
# Association") keeps the name whole when an organisation word follows it; cut or missed in heldout9,
# heldout10, heldout11 (11 such names in the gold). A place's possessive stays apart ("Britain's").


def test_plural_possessive_inside_an_organisation_name():
    assert (
        labels("Prices fell again this year, the Moorland Shepherds' Union said on Thursday.", "en").get(
            "Moorland Shepherds' Union"
        )
        == "ORG"
    )
    assert (
        labels("The harvest failed, the Chalk Valley Growers' Cooperative said on Monday.", "en").get(
            "Chalk Valley Growers' Cooperative"
        )
        == "ORG"
    )
    assert (
        labels("Russ Tolley of the Island Crabbers' Cooperative fears the farm.", "en").get(
            "Island Crabbers' Cooperative"
        )
        == "ORG"
    )
    found = labels("Britain's Labour Party said it would act.", "en")
    assert found.get("Labour Party") == "ORG"


def test_plural_possessive_name_with_of_the():
    assert (
        labels("Prices rose, said the Master Wheelwrights' Guild of the Vale Parishes.", "en").get(
            "Master Wheelwrights' Guild of the Vale Parishes"
        )
        == "ORG"
    )


# English: after what a number counts, a verb that takes a price ("costs $100", "sells for £48", "costs
# about £780") or a common irregular past ("bought") ends the span: glued on in heldout5, heldout9,
# heldout10.


def test_english_verb_before_a_price_ends_the_count():
    assert quantities("A plot of 6 acres costs $250 a year in fees.") == ["6 acres", "$250 a year"]
    assert quantities("A mat covering 3 square metres sells for £35.") == ["3 square metres", "£35"]
    assert quantities("A room for two guests costs about £90.") == ["two guests", "£90"]
    assert quantities("Last year 2,300 residents bought bonds in the scheme.") == ["2,300 residents"]


# French institutions: adjectives in -ile, -ole(s), -estre end the name as the other adjective endings do
# ("... de la protection civile", "Office des marchés agricoles"),
# and "Service", "Muséum", "Département", "Interprofession" head names like "Office" and "Institut" (cut or
# missed in heldout8, heldout9, heldout10, heldout11).


def test_french_institution_adjectives_and_heads():
    found = labels("Selon l'Office cantonal du sel et de la protection civile, le risque augmente.", "fr")
    assert found.get("Office cantonal du sel et de la protection civile") == "ORG"
    assert (
        labels("Les ventes ont baissé, indique l'Office des marchés agricoles.", "fr").get(
            "Office des marchés agricoles"
        )
        == "ORG"
    )
    assert (
        labels("Le Service technique des remontées mécaniques a refusé la réouverture.", "fr").get(
            "Service technique des remontées mécaniques"
        )
        == "ORG"
    )
    assert (
        labels("Le Muséum national d'histoire naturelle conseille la prudence.", "fr").get(
            "Muséum national d'histoire naturelle"
        )
        == "ORG"
    )


# A lone capitalised word that sells, buys, pays or employs is a company when no one in the article bears
# that name ("Woolwarm buys fleeces", "Aena registró retrasos", "Orlen obniżył ceny"): missed in heldout5,
# heldout7, heldout8, heldout10.


def test_lone_name_before_a_business_verb_is_an_organisation():
    assert (
        labels("Some hope lies in insulation. Fleecetex buys wool straight from farms.", "en").get(
            "Fleecetex"
        )
        == "ORG"
    )
    assert (
        labels("Hubo protestas en el aeropuerto. Aerolux registró retrasos en 20 vuelos.", "es").get(
            "Aerolux"
        )
        == "ORG"
    )
    assert (
        labels("Ceny paliw spadły. Petrolux obniżył we wtorek hurtową cenę benzyny.", "pl").get("Petrolux")
        == "ORG"
    )


def test_person_named_in_full_before_a_business_verb_stays_a_person():
    found = labels("Farmer Nadia Okafor grows oats. Okafor sold 40 tonnes last year.", "en")
    assert found.get("Okafor") != "ORG"
