"""Rules added after the fifth held-out set was written (issue 12, item 7): a person "of" a place is no
place, Dutch public bodies named by a lower-case kind, a Polish institution's seat, descriptors before a
name in German and Dutch, German verbs that take an object, rates after "par"/"por", currencies with a
nationality, degrees after a space, French adjectives before the noun counted.

The sentences are written for these tests; none comes from the benchmark articles."""

import pytest
from suggest_helpers import labelled

# -- people and places ------------------------------------------------------------------------------


def test_a_person_of_a_country_stays_a_person() -> None:
    text = "Wanjiru Kamau of Uganda finished second behind a teammate."
    assert labelled(text, "PERSON") == ["Wanjiru Kamau"]
    assert labelled(text, "PLACE") == ["Uganda"]


# -- organisations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volgens de gemeente Zwolle is de brug veilig.", ["gemeente Zwolle"]),
        ("De rechtbank Noord-Holland wees de eis af.", ["rechtbank Noord-Holland"]),
        ("Het besluit van de provincie Zeeland valt slecht.", ["provincie Zeeland"]),
        ("De gemeente Bergen op Zoom betaalt mee.", ["gemeente Bergen op Zoom"]),
    ],
)
def test_dutch_public_bodies_in_lower_case(text: str, expected: list[str]) -> None:
    assert labelled(text, "ORG", "nl") == expected
    assert labelled(text, "PLACE", "nl") == []


def test_a_dutch_kind_word_alone_is_no_name() -> None:
    assert labelled("Wij wonen al jaren in de gemeente en betalen belasting.", "ORG", "nl") == []


def test_dutch_institute_for_two_things() -> None:
    text = "Het Rijksinstituut voor Gezondheid en Zorg publiceerde cijfers."
    assert labelled(text, "ORG", "nl") == ["Rijksinstituut voor Gezondheid en Zorg"]
    assert labelled(text, "PLACE", "nl") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sąd Rejonowy w Gdyni oddalił pozew.", ["Sąd Rejonowy w Gdyni"]),
        (
            "Naukowcy z Uniwersytetu Rolniczego w Krakowie zbadali glebę.",
            ["Uniwersytetu Rolniczego w Krakowie"],
        ),
    ],
)
def test_a_polish_institution_with_its_seat(text: str, expected: list[str]) -> None:
    assert labelled(text, "ORG", "pl") == expected
    assert labelled(text, "PLACE", "pl") == []


def test_a_polish_company_in_a_town_stays_apart() -> None:
    text = "Spółka Orlen w Płocku zatrudnia tysiące osób."
    assert labelled(text, "PLACE", "pl") == ["Płocku"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Die Aufsichtsbehörde FinCheck prüft den Fall.", "de", ["FinCheck"]),
        ("Der Autoverband Mobil Plus forderte Steuererleichterungen.", "de", ["Mobil Plus"]),
        ("Telecombedrijf Belnet verhoogt de tarieven.", "nl", ["Belnet"]),
        ("Consumentenvereniging Eerlijk Wonen vreest hogere huren.", "nl", ["Eerlijk Wonen"]),
    ],
)
def test_a_descriptor_before_a_name_stays_out(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "ORG", language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Der Bundesverband Solarwirtschaft warnt vor Kürzungen.", "de", ["Bundesverband Solarwirtschaft"]),
        ("Der Mieterverein Dresden klagt gegen die Erhöhung.", "de", ["Mieterverein Dresden"]),
        ("Het Vervoerbedrijf Groningen rijdt minder bussen.", "nl", ["Vervoerbedrijf Groningen"]),
        ("De Vereniging Eigen Huis zegt dat de rente stijgt.", "nl", ["Vereniging Eigen Huis"]),
    ],
)
def test_a_name_headed_by_its_kind_stays_whole(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "ORG", language) == expected


def test_a_german_object_after_a_verb_of_saying_is_no_organisation() -> None:
    assert labelled("Der Betriebsrat forderte Lohnerhöhungen für alle.", "ORG", "de") == ["Betriebsrat"]


# -- quantities -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le club touche 40 millions d'euros par saison.", "fr", ["40 millions d'euros par saison"]),
        ("Cobran 3 euros por partido a cada socio.", "es", ["3 euros por partido"]),
        ("Pagan 0,21 euros por kilovatio hora desde enero.", "es", ["0,21 euros por kilovatio hora"]),
    ],
)
def test_rates_after_par_and_por(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "QUANTITY", language) == expected


def test_the_season_after_an_article_is_no_rate() -> None:
    text = "El club ganó 12,5 millones de euros la temporada pasada."
    assert labelled(text, "QUANTITY", "es") == ["12,5 millones de euros"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le chantier coûtera 2 milliards de francs suisses.", "fr", ["2 milliards de francs suisses"]),
        ("Le club a payé 40 millions de dollars canadiens.", "fr", ["40 millions de dollars canadiens"]),
        (
            "La mina vendió 800 millones de dólares estadounidenses.",
            "es",
            ["800 millones de dólares estadounidenses"],
        ),
    ],
)
def test_a_currency_with_its_nationality(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "QUANTITY", language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("At noon it was 31 °C in the shade.", "en", ["31 °C"]),
        ("La nuit, il a fait -8 °C au col.", "fr", ["-8 °C"]),
    ],
)
def test_degrees_after_a_space(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "QUANTITY", language) == expected


def test_a_hyphenated_code_is_no_negative_number() -> None:
    assert labelled("Le bouchon s'étend sur l'autoroute A-7 ce matin.", "QUANTITY", "fr") == []


def test_french_adjective_before_the_noun_counted() -> None:
    assert labelled("L'usine réembauche 52 anciens ouvriers.", "QUANTITY", "fr") == ["52 anciens ouvriers"]
    assert labelled("Les 9 nouveaux conseillers votent demain.", "QUANTITY", "fr") == [
        "9 nouveaux conseillers"
    ]


# -- second round: legal forms, titles, connectors, venues, places with "aan"/"am" -----------------


def test_a_lower_case_plc_ends_the_name() -> None:
    assert labelled("Harbour Fuels plc will close two depots.", "ORG") == ["Harbour Fuels plc"]


def test_a_title_with_the_in_mid_sentence() -> None:
    assert labelled("The findings appeared in The Economist on Friday.", "ORG") == ["The Economist"]
    assert labelled("She moved to The Hague in spring.", "ORG") == []


def test_stock_exchanges() -> None:
    assert labelled("Shares dropped 3% on the Tokyo Stock Exchange.", "ORG") == ["Tokyo Stock Exchange"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Consejería de Educación cerró dos colegios.", ["Consejería de Educación"]),
        ("La Fiscalía de Menores abrió una investigación.", ["Fiscalía de Menores"]),
        (
            "El Instituto de la Mujer y la Igualdad publicó el informe.",
            ["Instituto de la Mujer y la Igualdad"],
        ),
        (
            "El Ayuntamiento de Toledo y la Junta de Castilla firmaron.",
            ["Ayuntamiento de Toledo", "Junta de Castilla"],
        ),
    ],
)
def test_spanish_offices_and_complements(text: str, expected: list[str]) -> None:
    assert labelled(text, "ORG", "es") == expected


def test_a_given_name_in_ria_is_no_office() -> None:
    assert labelled("María de la Vega presentó su libro.", "ORG", "es") == []


def test_german_newspaper_titles() -> None:
    assert labelled("Das sagte er dem Bremer Tageblatt.", "ORG", "de") == ["Bremer Tageblatt"]


def test_a_stadium_named_after_a_country() -> None:
    text = "La finale aura lieu au Stade de la Mosson devant 30 000 spectateurs."
    assert labelled(text, "PLACE", "fr") == ["Stade de la Mosson"]
    assert labelled("Le Stade Brestois a gagné.", "PLACE", "fr") == []


def test_german_landscapes_named_by_an_adjective() -> None:
    assert labelled("Wanderer im Pfälzer Wald fanden den Hund.", "PLACE", "de") == ["Pfälzer Wald"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Zij wonen in Egmond aan Zee en Katwijk.", "nl", ["Egmond aan Zee", "Katwijk"]),
        ("Die Messe in Frankfurt am Main ist ausgebucht.", "de", ["Frankfurt am Main"]),
        ("She grew up in Newcastle upon Tyne.", "en", ["Newcastle upon Tyne"]),
    ],
)
def test_places_named_on_water(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "PLACE", language) == expected


# -- third round: given names, short forms, cues after an elided article --------------------------


def test_more_given_names_make_a_person() -> None:
    assert labelled("Der Vorschlag stammt von Wiebke Brandtner aus dem Vorstand.", "PERSON", "de") == [
        "Wiebke Brandtner"
    ]


def test_the_title_is_never_a_person() -> None:
    text = "The report, published in The Spectator, was led by Professor Ian Holt."
    assert labelled(text, "ORG") == ["The Spectator"]
    assert labelled(text, "PERSON") == ["Ian Holt"]


def test_the_short_form_of_an_organisation_named_in_full() -> None:
    text = "A court fined Delvano Shipping Ltd. on Monday. Delvano said it would appeal."
    assert labelled(text, "ORG") == ["Delvano Shipping Ltd.", "Delvano"]
    assert labelled("Paris Saint-Germain Handball won at home in Paris.", "PLACE") == ["Paris"]


def test_a_cue_after_an_elided_article() -> None:
    assert labelled("L'association Vigie Eau a porté plainte.", "ORG", "fr") == ["Vigie Eau"]


def test_polish_cue_words_in_the_genitive() -> None:
    assert labelled("Dane pochodzą z raportu fundacji Czyste Miasto.", "ORG", "pl") == ["Czyste Miasto"]


def test_an_alliance_named_after_its_kind() -> None:
    assert labelled("The research alliance Cobalt pledged more money.", "ORG") == ["Cobalt"]


def test_german_rates_with_im_and_am() -> None:
    assert labelled("Die Pacht kostet 310 Euro im Monat.", "QUANTITY", "de") == ["310 Euro im Monat"]
    assert labelled("Er spendete 50 Euro im Jahr 2019.", "QUANTITY", "de") == ["50 Euro"]


# -- fourth round (from tune3): roles, "and" inside a name, French heads, places first, camel case ----


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Lijsttrekker Bram Wolters sprak van een zege.", "nl", ["Bram Wolters"]),
        ("Verteidiger Lars Obermann kündigte Revision an.", "de", ["Lars Obermann"]),
        ("El candidato Rubén Ortega pidió el voto.", "es", ["Rubén Ortega"]),
    ],
)
def test_roles_before_a_name(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "PERSON", language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The Department for Culture and Heritage Sites said no.",
            "en",
            ["Department for Culture and Heritage Sites"],
        ),
        (
            "Ministerstwo Rolnictwa i Rozwoju Wsi wydało komunikat.",
            "pl",
            ["Ministerstwo Rolnictwa i Rozwoju Wsi"],
        ),
        (
            "The Department for Transport and Network Rail disagreed.",
            "en",
            ["Department for Transport", "Network Rail"],
        ),
    ],
)
def test_and_after_a_head_word_and_its_complement(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "ORG", language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'École nationale supérieure de Lyon recrute.", ["École nationale supérieure de Lyon"]),
        (
            "L'Orchestre philharmonique de Strasbourg joue ce soir.",
            ["Orchestre philharmonique de Strasbourg"],
        ),
    ],
)
def test_french_heads_with_two_adjectives(text: str, expected: list[str]) -> None:
    assert labelled(text, "ORG", "fr") == expected


def test_an_article_that_belongs_to_a_place_name() -> None:
    assert labelled("La cosecha en La Rioja fue buena.", "PLACE", "es") == ["La Rioja"]


def test_a_body_named_after_its_city_is_no_person() -> None:
    text = "Edinburgh Leisure said the pools would reopen."
    assert labelled(text, "PERSON") == []
    assert labelled(text, "ORG") == ["Edinburgh Leisure"]


def test_camel_case_names_are_organisations() -> None:
    assert labelled("Fans can watch the match on SportStream for free.", "ORG") == ["SportStream"]
    assert labelled("Senator Ron DeSantis spoke first.", "ORG") == []


def test_parliaments_and_orchestras() -> None:
    assert labelled("El Parlamento de Navarra aprobó la ley.", "ORG", "es") == ["Parlamento de Navarra"]


# -- fifth round (from tune4) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Pharmacist Owen Pryce said the shelves were empty.", "en", ["Owen Pryce"]),
        ("L'ingénieure Claire Vasseur a conçu le pont.", "fr", ["Claire Vasseur"]),
    ],
)
def test_occupations_before_a_name(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "PERSON", language) == expected


def test_a_body_named_with_its_country() -> None:
    text = "Sport Ireland said funding would rise."
    assert labelled(text, "ORG") == ["Sport Ireland"]
    assert labelled(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Die Umweltorganisation Greenwave klagt.", "de", ["Greenwave"]),
        ("Voetbalbond KNVB schorst de trainer.", "nl", ["KNVB"]),
        (
            "La Comisión Nacional de Mercados y de Energía multó a la empresa.",
            "es",
            ["Comisión Nacional de Mercados y de Energía"],
        ),
        (
            "La Direction régionale des affaires sociales a tranché.",
            "fr",
            ["Direction régionale des affaires sociales"],
        ),
    ],
)
def test_descriptors_and_complements(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "ORG", language) == expected


def test_german_places_after_richtung_and_seas() -> None:
    assert labelled("Die Fähre fuhr Richtung Kiel über die Ostsee.", "PLACE", "de") == ["Kiel", "Ostsee"]


def test_schools_named_gymnasium() -> None:
    assert labelled("Op het Stedelijk Gymnasium zitten 800 leerlingen.", "ORG", "nl") == [
        "Stedelijk Gymnasium"
    ]


# -- sixth round: place cues ---------------------------------------------------------------------------


def test_around_a_place() -> None:
    assert labelled("Farms around Llanidloes Mawr were cut off.", "PLACE") == ["Llanidloes Mawr"]


def test_a_lake_of_a_name() -> None:
    assert labelled("Le niveau du lac du Crès a baissé.", "PLACE", "fr") == ["Crès"]


def test_polish_places_of_two_words_in_the_locative() -> None:
    text = "Mieszkańcy w Jeleniej Górze i w Białej Podlaskiej protestowali."
    assert labelled(text, "PLACE", "pl") == ["Jeleniej Górze", "Białej Podlaskiej"]
    assert labelled("Rozmawiał z Janem Kowalskim w Krakowie.", "PLACE", "pl") == ["Krakowie"]


def test_french_towns_after_de() -> None:
    text = "Les ouvriers de Mérignac et de Pessac manifestent."
    assert labelled(text, "PLACE", "fr") == ["Mérignac", "Pessac"]


def test_spanish_en_is_no_and() -> None:
    assert "Verdes" not in labelled("Los Verdes en Acción protestaron.", "PLACE", "es")


def test_german_clinics_head_a_name() -> None:
    assert labelled("Das Universitätsklinikum Tübingen-Nord stellt ein.", "ORG", "de") == [
        "Universitätsklinikum Tübingen-Nord"
    ]


def test_a_descriptor_before_a_name_with_a_legal_form() -> None:
    assert labelled("Die Kellerei Weinhof Sonnberg GmbH füllt ab.", "ORG", "de") == ["Weinhof Sonnberg GmbH"]


def test_a_company_arm_named_in_its_own_language() -> None:
    assert labelled("Volgens Orion Steel Nederland daalt de vraag.", "ORG", "nl") == ["Orion Steel Nederland"]


def test_spanish_union_heads_a_name() -> None:
    text = "Protestó la Unión de Ganaderos Libres (UGL)."
    assert labelled(text, "ORG", "es") == ["Unión de Ganaderos Libres", "UGL"]
    assert labelled(text, "PERSON", "es") == []


# -- seventh round (from tune5) -------------------------------------------------------------------------


def test_companies_named_by_their_web_address() -> None:
    text = "Sklep Ryby.pl zapłaci karę. Więcej na www.ryby.pl lub pod adresem biuro@ryby.pl."
    assert labelled(text, "ORG", "pl") == ["Ryby.pl"]


def test_polish_genitive_cue_before_a_person_is_no_organisation() -> None:
    assert labelled("Rzecznik firmy Marek Lis przeprosił klientów.", "ORG", "pl") == []
    assert labelled("Dane podała fundacja, a raport fundacji Czyste Rzeki potwierdził.", "ORG", "pl") == [
        "Czyste Rzeki"
    ]


def test_german_institution_nouns_alone_and_bund() -> None:
    assert labelled("Der Rechnungshof rügt die Ausgaben.", "ORG", "de") == ["Rechnungshof"]
    assert labelled("Der Deutsche Bäcker-Bund warnt.", "ORG", "de") == ["Deutsche Bäcker-Bund"]


def test_french_hospitals_and_chambers_in_lower_case() -> None:
    text = "La chambre de commerce de Brest et l'hôpital de la Roseraie coopèrent."
    assert labelled(text, "ORG", "fr") == ["chambre de commerce de Brest", "hôpital de la Roseraie"]


def test_spanish_autoridad_heads_a_name() -> None:
    assert labelled("Lo dijo la Autoridad Portuaria de Vigo.", "ORG", "es") == ["Autoridad Portuaria de Vigo"]


def test_a_price_a_journey() -> None:
    assert labelled("Tickets cost £3 a trip, the council said.", "QUANTITY") == ["£3 a trip"]


def test_dutch_chain_descriptor() -> None:
    assert labelled("Supermarktketen Dekamarkt opent een winkel.", "ORG", "nl") == ["Dekamarkt"]


def test_spanish_place_nouns_before_de() -> None:
    text = "Las obras en el barrio de Torrefiel y el puerto de Sagunto siguen."
    assert labelled(text, "PLACE", "es") == ["Torrefiel", "Sagunto"]


def test_german_parts_of_known_regions() -> None:
    assert labelled("Die Wölfe leben auch in Oberbayern.", "PLACE", "de") == ["Oberbayern"]


def test_clubs_named_city_or_town() -> None:
    text = "Leicester City beat Ipswich Town before a trip to Mexico City."
    assert labelled(text, "ORG") == ["Leicester City", "Ipswich Town"]
    assert labelled(text, "PLACE") == ["Mexico City"]


# -- after heldout5 became a tune set --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Stuurman Pieter Bakker zag het schip zinken.", "nl", ["Pieter Bakker"]),
        ("Die Hebamme Julia Brenner half bei der Geburt.", "de", ["Julia Brenner"]),
        ("Health Secretary Abdi Noor Hassan visited the clinic.", "en", ["Abdi Noor Hassan"]),
    ],
)
def test_an_unknown_role_before_a_given_name(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "PERSON", language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Volgens Gerrit van den Broek is het te laat.", "nl", ["Gerrit van den Broek"]),
        ("Ursula von der Leyen reiste nach Kiew.", "de", ["Ursula von der Leyen"]),
    ],
)
def test_particles_of_two_words(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "PERSON", language) == expected


def test_a_name_then_von_der_and_an_organisation() -> None:
    text = "Uwe Lange von der Diakonie sagte das."
    assert labelled(text, "PERSON", "de") == ["Uwe Lange"]
    assert labelled(text, "ORG", "de") == ["Diakonie"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La Audiencia Provincial de Cádiz absolvió al acusado.", "es", ["Audiencia Provincial de Cádiz"]),
        ("De Vlaamse Regering keurde het plan goed.", "nl", ["Vlaamse Regering"]),
        ("Wojewódzki Inspektorat Weterynarii wydał zakaz.", "pl", ["Wojewódzki Inspektorat Weterynarii"]),
        ("La Commission européenne a tranché.", "fr", ["Commission européenne"]),
        (
            "Der Bundesvereinigung Deutscher Bäcker fehlt Personal.",
            "de",
            ["Bundesvereinigung Deutscher Bäcker"],
        ),
    ],
)
def test_more_organisation_words(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "ORG", language) == expected


def test_camel_case_inside_a_name() -> None:
    assert labelled("Op de veiling van Royal TulpExpress gaat het goed.", "ORG", "nl") == [
        "Royal TulpExpress"
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("De bewoners van Ameide klagen over lawaai.", "nl", ["Ameide"]),
        ("Betriebe im Emsland und im Pflegeheim leiden.", "de", ["Emsland"]),
        ("Autobus jedzie z Katowic do Gliwic.", "pl", ["Katowic", "Gliwic"]),
    ],
)
def test_more_place_cues(text: str, language: str, expected: list[str]) -> None:
    assert labelled(text, "PLACE", language) == expected


def test_hyphenated_arenas_and_national_bodies() -> None:
    assert labelled("Das Konzert in der Barclays-Arena war voll.", "PLACE", "de") == ["Barclays-Arena"]
    assert labelled("Selon Radio-Canada, le vote est reporté.", "ORG", "fr") == ["Radio-Canada"]


def test_a_german_name_that_shares_the_end_of_its_first_word() -> None:
    text = "Die Industrie- und Handelskammer Ostwestfalen warnt vor Engpässen."
    assert labelled(text, "ORG", "de") == ["Industrie- und Handelskammer Ostwestfalen"]


def test_a_german_noun_after_an_institution_and_its_place() -> None:
    text = "Die Firma hat beim Landgericht Bremen Klage eingereicht."
    assert labelled(text, "ORG", "de") == ["Landgericht Bremen"]
