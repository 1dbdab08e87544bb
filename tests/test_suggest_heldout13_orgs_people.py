"""Organisation and person conventions found by classifying the tune sets' misses after heldout13
(issue 12, item 7), each recurring in at least three tune files, as hand-made sentences (names
invented; none is taken from a benchmark article).

- More lower-case kinds of business before a name (a wholesaler, a grocery, a cheese dairy, a joinery,
  a smokehouse, a bull ranch, a research institute: "the wholesaler X", "l'épicerie X", "la quesería X",
  "wędzarnia X", "het kennisinstituut X"): the same class as the kinds of business of the round before
  (h9, h11, h12), its missing words from h10 and h13 (7 names read as people or not found).
- German institution compounds the list lacked: bodies of members, schools, offices and estates
  ("Agrargemeinschaft X", "Innung der X", "Berufsschule X", "Forstbetrieb X", "Agrarmarkt-Kontrollstelle X"):
  5 names not found or cut in h9, h12, h13. Not "-jägerschaft", "-bruderschaft": alone they are as often
  a generic noun ("die Nachbarbruderschaft") or a body the gold leaves untagged.
- A ministry or agency named after the fields it covers, joined by commas and a conjunction ("Ministry
  of Environment, Food and Rural Affairs", "Ministerio de X, Y y Z", "Agentschap Landbouw en
  Zeevisserij", "ministère de l'X, de l'Y et de la Z"): the gold keeps the whole name (10 in h8..h13),
  the name rules cut it at the comma or the conjunction.
- A Polish surname in another case after the person was named in full ("Według Nowakowej" after "Ewa
  Nowakowa"): the rules find it by its stem, the learned step dropped it (it never saw the surname in
  that case); 3 in h12, h13 (the class recurs in h11, h12, h13). And a surname whose other cases drop a
  vowel ("Dudek" / "Dudka", "Ordyniec" / "Ordyńca", "Mróz" / "Mroza"): the same stem for every case
  (2 more in h12, h13).
- A capitalised role noun at a sentence's start kept inside the person's name or losing it ("Beekeeper X
  Y", "Shepherd X Y", "Kermisexploitant X Y", "Fokker X Y"): trade and farm role nouns the title lists
  lacked (h6, h11, h12, h13; 4 names, and 3 more whose role word now stays outside, h9, h11).
- French bodies with a long lower-case complement, an adjective or participle after each noun ("Syndicat
  mixte des X du Y", "Syndicat de la lentille verte du X", "Observatoire des fruits à coque", "Service
  technique des X mécaniques et des Y guidés"): cut after two or three words (6 in h9, h11, h12, h13);
  a region after the complement stays out when the gold leaves it out ("... culturelles du Grand Est").
- Dutch role noun + a given name the lists lack + particle + surname ("zegt directeur X van der Y",
  "Uitbater X ter Y", "Molenaar X van Y"): the name was cut before the particle (4 in h9, h11, h13);
  "ter" and "ten" are particles too.
- "Gmina X" capitalised, in the nominative, is the commune as an organisation (3 of 3 in the gold, h11,
  h12, h13, all read as the place X); "w gminie X", "wójt gminy X" still name the place.
- Polish role nouns in -nik, -niczka, -ak at a sentence's start before a given name the lists lack
  ("Rolnik X Y z Z", "Flisak X Y"): the class of the round before (h9, h10, h11), its endings from h12,
  h13 (the whole run was read as a person and then dropped).
- A German association or bank named after one word or a place's adjective and a noun, with a date or a
  connector after it ("teilte der Xverband Pannonien am Freitag mit", "Tourismusverband Chiemgauer
  Hochalm", "Verein Wachauer Edelbrenner"): the head was cut off (the named-after rule counted the date
  as a word of the name, and read no adjective); 4 in h9, h11, h12, h13. Not before "&" ("Xverband Haus
  & Grund": a name of its own).
- Spanish and French names with "de/del/et" inside, right after a lower-case kind of body ("la
  asociación Amigos del X", "la aseguradora Seguros Y del Z S.A.", "la empresa X del Y S.L.", "la
  plataforma Pesca de X"): cut at the connector, as no organisation word came before it (7 in h10, h12,
  h13; one name lost in h8, now read as a place).
"""

from reader.suggest import suggest


def labels(text: str, language: str = "en") -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, language)}


def test_more_kinds_of_business_before_a_name_mark_an_organisation():
    got = labels("The wholesaler Brankley has stopped buying from small farms.", "en")
    assert got.get("Brankley") == "ORG"
    got = labels("Paulette Vermorel, gérante de l'épicerie Chez Margaux, a doublé ses prix.", "fr")
    assert got.get("Chez Margaux") == "ORG"
    got = labels("La quesería Cumbres Doradas vende 40 toneladas al año.", "es")
    assert got.get("Cumbres Doradas") == "ORG"
    got = labels("Rodzinna wędzarnia Bracia Kowalewscy zatrudnia 12 osób.", "pl")
    assert got.get("Bracia Kowalewscy") == "ORG"
    got = labels("Dat zegt onderzoeker Iris Bakhuis van het kennisinstituut Zeelicht Noord.", "nl")
    assert got.get("Zeelicht Noord") == "ORG"
    got = labels("Aline Berthou, qui dirige la manade Lou Ventoux, élève 140 taureaux.", "fr")
    assert got.get("Lou Ventoux") == "ORG"


def test_a_person_after_the_owner_of_a_business_stays_a_person():
    got = labels("La quesería de Esteban Morcillo Ruiz vende 40 toneladas al año.", "es")
    assert got.get("Esteban Morcillo Ruiz") != "ORG"


def test_german_bodies_of_members_schools_and_offices_are_organisations():
    got = labels("Im Wald der Weidegemeinschaft Oberkaltenbach stehen 300 Fichten.", "de")
    assert got.get("Weidegemeinschaft Oberkaltenbach") == "ORG"
    got = labels("Die Berufsschule Kirchzell-Auental bietet ab Herbst eine neue Klasse an.", "de")
    assert got.get("Berufsschule Kirchzell-Auental") == "ORG"
    got = labels("Das teilte die Innung der Orgelbauer Niederrhein am Montag mit.", "de")
    assert got.get("Innung der Orgelbauer Niederrhein") == "ORG"
    got = labels("Laut dem Leiter des Forstbetriebs Hohenkamm sind 40 Hektar betroffen.", "de")
    assert got.get("Forstbetriebs Hohenkamm") == "ORG"


def test_ministry_named_after_its_fields_is_one_organisation():
    got = labels(
        "The Department for Transport, Housing and Regional Growth said the line would reopen.", "en"
    )
    assert got.get("Department for Transport, Housing and Regional Growth") == "ORG"
    got = labels("El Ministerio de Industria, Comercio y Turismo aprobó la ayuda el martes.", "es")
    assert got.get("Ministerio de Industria, Comercio y Turismo") == "ORG"
    got = labels("Het Agentschap Wonen en Erfgoed betaalt de helft van de restauratie.", "nl")
    assert got.get("Agentschap Wonen en Erfgoed") == "ORG"
    got = labels("Volgens het ministerie van Financiën, Handel en Werk is de regeling te duur.", "nl")
    assert got.get("ministerie van Financiën, Handel en Werk") == "ORG"
    got = labels("Le prix a été fixé par le ministère de l'Industrie, de l'Artisanat et du Tourisme.", "fr")
    assert got.get("ministère de l'Industrie, de l'Artisanat et du Tourisme") == "ORG"


def test_a_ministry_then_and_then_another_clause_is_not_joined():
    got = labels("The Ministry of Energy and Harwell Water signed the contract on Monday.", "en")
    assert got.get("Ministry of Energy") == "ORG"
    got = labels("The Ministry of Health said on Monday that the clinics and the hospitals were full.", "en")
    assert got.get("Ministry of Health") == "ORG"


def test_polish_surname_in_another_case_after_the_full_name_stays_a_person():
    text = (
        "Ryb jest coraz mniej, mówi prezes koła Krzysztof Grzebała. Według Grzebały winni są kłusownicy. "
        "Sekretarzem jest Halina Lipińska-Gąsior. Według Lipińskiej-Gąsior potrzeba nowych członków."
    )
    got = labels(text, "pl")
    assert got.get("Krzysztof Grzebała") == "PERSON"
    assert got.get("Grzebały") == "PERSON"
    assert got.get("Lipińskiej-Gąsior") == "PERSON"


def test_trade_and_farm_role_nouns_at_a_sentence_start_stay_outside_the_name():
    got = labels("Beekeeper Rangi Tehau said the honey price had halved.", "en")
    assert got.get("Rangi Tehau") == "PERSON"
    assert "Beekeeper Rangi Tehau" not in got
    got = labels("Shepherd Callum Ferriday will run four dogs at the trials.", "en")
    assert got.get("Callum Ferriday") == "PERSON"
    got = labels("Kermisexploitant Ronny Verhaegen verkoopt dit jaar minder oliebollen.", "nl")
    assert got.get("Ronny Verhaegen") == "PERSON"


def test_french_body_with_a_long_lower_case_complement_is_one_name():
    got = labels("Le Syndicat mixte des eaux du Val-Tordu a relevé ses tarifs.", "fr")
    assert got.get("Syndicat mixte des eaux du Val-Tordu") == "ORG"
    got = labels("Selon l'Observatoire des noix à coque, la récolte a baissé.", "fr")
    assert got.get("Observatoire des noix à coque") == "ORG"
    got = labels("Le Syndicat de la châtaigne verte du Haut-Vernet a annoncé lundi une baisse.", "fr")
    assert got.get("Syndicat de la châtaigne verte du Haut-Vernet") == "ORG"
    got = labels(
        "Le Service technique des ascenseurs urbains et des navettes guidées a fermé la ligne.", "fr"
    )
    assert got.get("Service technique des ascenseurs urbains et des navettes guidées") == "ORG"


def test_dutch_role_then_unlisted_given_name_then_particle_is_one_person():
    got = labels("Het is een goed jaar, zegt directeur Ewoud van der Meulenhof. Hij verwacht meer.", "nl")
    assert got.get("Ewoud van der Meulenhof") == "PERSON"
    got = labels("Uitbater Femmy ter Braakhuis verkoopt sinds maart minder ijs.", "nl")
    assert got.get("Femmy ter Braakhuis") == "PERSON"
    got = labels("Molenaar Tjeerd van Oosterwolde maalt nog elke zaterdag graan.", "nl")
    assert got.get("Tjeerd van Oosterwolde") == "PERSON"


def test_a_particle_after_an_unlisted_word_without_a_role_is_not_joined():
    got = labels("De Kop van Drenthe trekt veel toeristen.", "nl")
    assert got.get("Kop van Drenthe") != "PERSON"


def test_polish_commune_named_with_its_kind_is_an_organisation():
    got = labels("Gmina Zawierzbie dopłaci do autobusów 120 tys. zł rocznie.", "pl")
    assert got.get("Gmina Zawierzbie") == "ORG"
    got = labels("Mieszka w gminie Zawierzbie od dwudziestu lat.", "pl")
    assert got.get("Zawierzbie") != "ORG"


def test_polish_surname_that_drops_a_vowel_in_other_cases_keeps_its_stem():
    text = (
        "Sezon był słaby, mówi Tomasz Wilkoniec, prezes spółdzielni. Zdaniem Wilkońca ceny spadną. "
        "Skarbnikiem jest Jan Kołodziejek. Zdaniem Kołodziejka potrzeba dotacji."
    )
    got = labels(text, "pl")
    assert got.get("Wilkońca") == "PERSON"
    assert got.get("Kołodziejka") == "PERSON"


def test_polish_role_in_nik_or_ak_at_a_sentence_start_stays_outside_the_name():
    got = labels("Straty są duże. Rolnik Bożydar Kaczmarczyk-Sowa z Lipnicy stracił 30 krów.", "pl")
    assert got.get("Bożydar Kaczmarczyk-Sowa") == "PERSON"
    assert "Rolnik Bożydar Kaczmarczyk-Sowa" not in got
    got = labels("Sezon się skończył. Flisak Gerwazy Łopuszański-Kmita pływa po Dunajcu od 30 lat.", "pl")
    assert got.get("Gerwazy Łopuszański-Kmita") == "PERSON"


def test_german_association_named_after_a_region_keeps_its_head():
    got = labels("Die Preise steigen, teilte der Obstbauverband Oberpfälzerwald am Freitag mit.", "de")
    assert got.get("Obstbauverband Oberpfälzerwald") == "ORG"
    got = labels("Das sagt der Tourismusverband Rhöner Kuppenland seit Jahren.", "de")
    assert got.get("Tourismusverband Rhöner Kuppenland") == "ORG"
    got = labels("Der Verein Eifeler Schnapsbrenner hat 40 Mitglieder.", "de")
    assert got.get("Verein Eifeler Schnapsbrenner") == "ORG"
    got = labels("Der Mieterverband Haus & Garten kritisiert die Pläne.", "de")
    assert got.get("Haus & Garten") == "ORG"


def test_spanish_name_with_del_after_a_kind_of_body_is_one_organisation():
    got = labels("Lo denuncia la asociación Amigos del Molino Viejo desde hace años.", "es")
    assert got.get("Amigos del Molino Viejo") == "ORG"
    got = labels("La empresa Conservas del Cantábrico S.L. vendió 40 toneladas.", "es")
    assert got.get("Conservas del Cantábrico S.L.") == "ORG"
    got = labels("La aseguradora Riesgos Rurales del Duero S.A. pagará las primas.", "es")
    assert got.get("Riesgos Rurales del Duero S.A.") == "ORG"
