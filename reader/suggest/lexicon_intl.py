"""Word lists for the other languages the cleaner reads (German, Spanish, Dutch, Polish), and the
units, rates and organisation / place cue words shared by all languages.

Plain data, like lexicon.py: lower-cased frozensets and tuples turned into regular expressions by the
rule modules at import time.
"""

from __future__ import annotations

from .lexicon import _words

# --- function words, per language (heads of quantities stop at them; sentence-initial trimming) -------

STOP_DE = _words(
    """
    der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn dass daß
    als wie wenn ob weil da im am an auf aus bei bis durch für gegen in mit nach ohne seit um unter
    über von vor zu zum zur vom ins ans beim es er sie wir ihr ich man sich sein seine seiner ihre
    ihrer ist sind war waren wird werden wurde wurden hat haben hatte hatten soll sollen kann können
    muss müssen will wollen nicht kein keine keinen auch noch schon nur mehr weniger rund etwa knapp
    fast insgesamt jeweils pro je zusätzlich bereits dort hier so sehr dieser diese dieses
    diesem diesen jeder jede jedes alle allen laut nun jetzt heute damit dabei zudem außerdem weitere
    mindestens höchstens gut
    """
)
STOP_ES = _words(
    """
    el la los las un una unos unas y o pero que de del al a en con por para sin sobre entre hasta
    desde según su sus se lo le les es son fue fueron ha han había era eran será está están este esta
    estos estas ese esa no más menos muy ya también casi cerca como cuando donde porque cada
    """
)
STOP_NL = _words(
    """
    de het een en of maar dat die dit deze van voor met op in aan bij uit naar over door tot om
    onder zonder is zijn was waren wordt worden werd werden heeft hebben had hadden zal zullen kan
    kunnen moet moeten niet geen ook nog al wel te er hij zij ze wij we ik men zich meer minder
    ongeveer bijna ruim per weinig veel jaarlijks elk elke
    """
)
# Prepositions and comparatives after a Dutch or Polish number: it counts nothing after it ("er zijn er 19
# ouder dan zestig", "twaalf langs de route", "o 31 mniej niż"); read by the quantity rule only.
NOT_COUNTED_NL_PL = _words(
    """
    langs tegen sinds vanaf tijdens via naast rond binnen buiten ouder jonger
    mniej więcej
    """
)
STOP_PL = _words(
    """
    i a w we z ze na do od o u za przez przy po pod nad dla bez oraz lub albo ale że to jest są był
    była było były będzie się nie tak jak już też jeszcze około prawie ponad niemal jego jej ich
    który która które którzy ten ta te tym tej tego co czy
    """
)

# Titles and roles before a name in these languages (German ones are also recognised by ending:
# see TITLE_SUFFIXES_DE).
TITLES_INTL = _words(
    """
    herr frau dr. prof. bundeskanzler bundeskanzlerin kanzler kanzlerin bürgermeister bürgermeisterin
    oberbürgermeister oberbürgermeisterin landrat landrätin stadtrat stadträtin minister ministerin
    präsident präsidentin sprecher sprecherin chef chefin trainer trainerin
    ministro ministra alcalde alcaldesa portavoz presidente presidenta consejero consejera director
    directora secretario secretaria diputado diputada senador senadora señor señora don doña
    juez jueza concejal concejala teniente
    wethouder burgemeester minister premier woordvoerder directeur voorzitter staatssecretaris
    kamerlid hoogleraar onderzoeker lijsttrekker fractievoorzitter partijleider kandidaat
    molenaar uitbater aanvoerder exploitant kermisexploitant imker fokker kweker teler eigenaar
    candidato candidata candidat kandydat kandydatka
    prezes prezydent premier minister rzecznik rzeczniczka burmistrz dyrektor dyrektorka wojewoda
    pani profesor posłanka poseł radny radna radni posłowie wójt starosta sołtys
    """
)

# Reporting verbs and "according to" in these languages.
REPORTING_VERBS_INTL = _words(
    """
    sagte sagt erklärte erklärt betonte kritisierte forderte warnte sagten teilte berichtet berichtete
    dijo dice explicó afirmó señaló anunció informó aseguró destacó declaró
    zei zegt meldt meldde stelt verklaarde aldus
    powiedział powiedziała podał podała poinformował poinformowała zapowiedział mówi
    """
)
ACCORDING_INTL = _words("laut según volgens według zufolge")
# More reporting verbs, read by the claim rule only (an attribution cut from the claim names its claimant:
# "..., explica la agricultora X", "..., bevestigt wethouder X", "..., wylicza X").
REPORTING_VERBS_CLAIMS_INTL = _words(
    """
    bestätigt bestätigte betont erzählt erzählte
    explica afirma asegura señala recuerda lamenta denunció resume relata advierte
    bevestigt vertelt vertelde benadrukt
    przyznał przyznała wylicza podaje dodał dodała dodaje zaznacza tłumaczy
    """
)

# German role nouns are compounds: "Verkehrsminister", "Betriebsratschefin", "Geschäftsführerin".
TITLE_SUFFIXES_DE = (
    "apotheker",
    "apothekerin",
    "kandidat",  # "Spitzenkandidat", "Kandidatin"
    "kandidatin",
    "verteidiger",
    "verteidigerin",
    "minister",
    "ministerin",
    "sprecher",
    "sprecherin",
    "präsident",
    "präsidentin",
    "chef",
    "chefin",
    "vorstand",
    "vorständin",
    "forscher",
    "forscherin",
    "führer",
    "führerin",
    "meister",
    "meisterin",
    "senator",
    "senatorin",
    "rätin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "experte",
    "expertin",
    "vorsitzende",
    "vorsitzender",
    "sekretär",
    "sekretärin",
    "kanzler",
    "kanzlerin",
    "trainer",
    "trainerin",
    "kommissar",
    "kommissarin",
    "richter",
    "richterin",
    "anwalt",
    "anwältin",
    "professor",
    "professorin",
    "ökonom",
    "ökonomin",
    "analyst",
    "analystin",
    "landrat",
    "stadtrat",
    "abgeordnete",
    "abgeordneter",
    "beauftragte",
    "beauftragter",
)

# German compound nouns naming an institution: "Bundesnetzagentur", "Kultusministerium".
ORG_SUFFIXES_DE = (
    "regierung",
    "ministerium",
    "ministeriums",
    "amt",
    "amts",
    "amtes",
    "behörde",
    "agentur",
    "rechnungshof",
    "gerichtshof",
    "gericht",
    "gerichts",
    "verband",
    "verbands",
    "verbandes",
    "verein",
    "vereins",
    "gewerkschaft",
    "partei",
    "institut",
    "instituts",
    "universität",
    "hochschule",
    "stiftung",
    "zentrum",
    "zentrums",
    "zentrale",
    "kammer",
    "kasse",
    "bank",
    "bahn",
    "werke",
    "betriebe",
    "kommission",
    "dienst",
    "dienstes",
    "polizei",
    "feuerwehr",
    "rundfunk",
    "bundeswehr",
    "hilfe",
    "kuratorium",
    "gesellschaft",
    "klinikum",  # "Universitätsklinikum Hamburg-Eppendorf"
    "bund",  # "Deutscher Brauer-Bund", "Gewerkschaftsbund" ("Bund" alone is too short to count)
    "vereinigung",  # "Bundesvereinigung Deutscher Apothekerverbände"
    "liga",  # "Handball-Bundesliga"
    "klinik",
    "krankenhaus",
    "anstalt",  # "Bundesanstalt für Gewässerkunde", "Landesanstalt für Landwirtschaft"
    "präsidium",  # "Regierungspräsidium", "Polizeipräsidium"
    "präsidiums",
    "hauptmannschaft",  # the Austrian district office, "Bezirkshauptmannschaft"
    "museum",
    "museums",
    "wacht",  # "Bergwacht", "Wasserwacht"
    "forsten",  # "Staatsforsten"
    # bodies of members, schools, offices and estates ("Agrargemeinschaft X", "Innung der X",
    # "Berufsschule X", "Forstbetrieb X", "Agrarmarkt-Kontrollstelle X")
    "gemeinschaft",
    "genossenschaft",
    "innung",
    "schule",
    "betrieb",
    "betriebs",
    "kontrollstelle",
    "beratungsstelle",
    "prüfstelle",
    "ausschuss",  # "Gutachterausschuss für X"
    "direktion",  # "Aufsichts- und Dienstleistungsdirektion"
    "theater",  # "Landestheater X"
)
# ... and compounds that describe the organisation named next: "der Autobauer Volkswagen".
ORG_DESCRIPTOR_SUFFIXES_DE = (
    "kanzlei",  # "die Kanzlei Schultze & Braun"
    "behörde",  # "die Regulierungsbehörde E-Control"
    "organisation",  # "die Umweltschutzorganisation NABU"
    "konzern",
    "konzerns",
    "unternehmen",
    "unternehmens",
    "hersteller",
    "herstellers",
    "bauer",
    "firma",
    "händler",
    "betreiber",
    "betreibers",
    "gewerkschaft",
    "verband",
    "verbands",
    "club",
    "portal",
    "portals",
    "bank",
    "journal",
    "zeitung",
    "sender",
    "institut",
    "verein",
    "partei",
    "versicherer",
    "discounter",
    "dienstleister",
    "anbieter",
    "riese",
    "riesen",
    "gruppe",
    "reederei",
    "fluggesellschaft",
    "zulieferer",
    "versorger",
    "verlag",
    "brauerei",
    "genossenschaft",
    "bündnis",
    "kette",
    "initiative",  # "die Bürgerinitiative Saubere Luft X": the citizens' group, then its name
)
# ... and places: "Landkreis Deggendorf", "Kanton Bern".
PLACE_DESCRIPTORS = _words(
    """
    landkreis landkreises kreis kreises kanton kantons bundesland bundeslandes stadt gemeinde
    provinz region bezirk ortsteil stadtteil richtung raum großraum
    provincia comunidad municipio barrio región
    gemeente provincie regio wijk
    województwo gmina powiat miasto
    """
)
# Endings of German place names (for "in X" where X would otherwise be any capitalised noun).
PLACE_SUFFIXES_DE = (
    "burg",
    "berg",
    "dorf",
    "hausen",
    "heim",
    "stadt",
    "furt",
    "feld",
    "hagen",
    "ingen",
    "rode",
    "bach",
    "brück",
    "brücken",
    "kirchen",
    "leben",
    "thal",
    "ow",
    "itz",
    "witz",
    "au",
    "land",
    "bayern",
    "hessen",
    "sachsen",
    "falen",
    "see",
    "ien",
    "ich",
    # streets and banks ("Keplerstraße", "Donauufer"; not "-weg" nor "-platz": "Umweg", "Arbeitsplatz")
    "straße",
    "strasse",
    "gasse",
    "allee",
    "ufer",
)
# Common German nouns with those endings (they are not places).
NOT_PLACES_DE = _words(
    """
    frau bau stau anbau ausbau neubau umbau aufbau abbau zukunft zeit höhe kraft folge lage hinsicht
    anbetracht betrieb bezug summe land ausland inland hinterland bundesland festland umland milieu
    gegenteil mittel bericht gespräch sicht zusammenhang rahmen vergleich berg tal feld heim landkreis
    material medien familien linien studien serien ferien kategorien technologien
    """
)

# Words inside a capitalised name (any language) that make it an organisation.
ORG_WORDS_INTL = _words(
    """
    ministerium bundesamt amt behörde agentur verband verein gewerkschaft partei institut universität
    hochschule stiftung konzern gruppe werke betriebe kasse kammer gericht bank bahn kommission dienst
    polizei rundfunk kuratorium gesellschaft zentrum bundesverband bundesanstalt nationalbank
    ministerio ministerios instituto ayuntamiento sindicato banco universidad asociación fundación
    partido gobierno consejo comisión tribunal agencia empresa grupo junta generalitat diputación
    confederación federación cámara policía guardia
    ministerie gemeente bureau universiteit stichting vereniging partij raad instituut rechtbank
    politie bond centraal autoriteit inspectie ziekenhuis hogeschool omroep fonds waterschap kamer
    urząd urzędu urzędzie bank banku ministerstwo ministerstwa instytut instytutu uniwersytet
    fundacja partia sąd sądu rada agencja policja spółka związek izba
    secrétariat métropole comité syndicat assistance networks
    koalicja koalicji koalicję prokuratura prokuratury muzeum museo musée orquesta orkest orkiestra
    orchestre parlamento parlement parlament unión autoridad audiencia corporación bolsa regering
    inspektorat inspektoratu szpital szpitala koleje organisatie organización organizacja
    genossenschaft akademie mutuelle coopérative ligue collectif cooperativa colegio juzgado
    observatorio plataforma alianza mutua caja coöperatie federatie genootschap klub teatr
    rederij uitgeverij drukkerij brouwerij scheepswerf ediciones editorial éditions
    consorcio servicio centro demarcación compañía dirección mancomunidad
    cofradía agrupación ateneo escuela hermandad
    bibliotheek basisschool
    versicherung bergrettung
    maatschappij archief coalición xunta fromagerie coordination
    """
)

# Last words of a place name in these languages: "Frankfurter Flughafen", "Plaza Mayor".
PLACE_WORDS_INTL = _words(
    """
    flughafen bahnhof hauptbahnhof platz straße strasse allee brücke hafen insel see gebirge
    aeropuerto plaza calle avenida puerto isla
    luchthaven plein straat gracht haven eiland
    lotnisko ulica plac dworzec
    """
)

# Place prepositions ("in X") per language; the English and French ones are in name_cues.py.
# "na Pomorzu", "na Śląsku": Polish takes "na" for regions, seas and islands
PLACE_PREPS_INTL = _words("bei nach aus en w we z ze na bij uit naar desde im")

# Sentence-initial words in these languages that are capitalised only for that reason.
SENTENCE_INITIAL_INTL = (
    STOP_DE
    | STOP_ES
    | STOP_NL
    | STOP_PL
    | _words(
        """
    laut nach wegen trotz seit dabei zudem damit außerdem allerdings jedoch bislang demnach
    según además sin embargo volgens daarnaast według ponadto zdaniem
    niemand jemand jeder jede nichts nadie alguien nada mientras aunque iemand iedereen niets
    nikt ktoś wszyscy nic
    """
    )
)

# --- numbers -------------------------------------------------------------------------------------

MULTIPLIERS_INTL = (
    "Millionen",
    "Million",
    "Milliarden",
    "Milliarde",
    "Billionen",
    "Mio.",
    "Mrd.",
    "Mio",
    "Mrd",
    "Tausend",
    "millones",
    "millón",
    "mil millones",
    "billones",
    "billón",
    "millardos",
    "mil",
    "miljoen",
    "miljard",
    "mln.",
    "mld.",
    "mln",
    "mld",
    "tys.",
    "tys",
    "miliony",
    "milionów",
    "miliona",
    "miliardy",
    "miliardów",
    "miliarda",
)
PERCENT_WORDS_INTL = (
    "Prozentpunkte",
    "Prozentpunkten",
    "Prozentpunkt",
    "Prozent",
    "procentpunten",
    "procentpunt",
    "procent",
    "puntos porcentuales",
    "punto porcentual",
    "por ciento",
    "punktów procentowych",
    "punktu procentowego",
    "pkt proc.",
    "proc.",
)
# Currency words after a number that may be capitalised ("7,5 Milliarden Euro") or abbreviated.
CURRENCY_SUFFIX_INTL = ("Euro", "Cent", "Franken", "Dollar", "Pfund", "Fr.", "zł", "złotych", "złote", "CHF")
CURRENCY_WORDS_INTL = _words("euro cent franken pfund zł złotych złote chf fr. dólares libras")

# Units written right after a number (abbreviations, no inflection).
UNIT_SYMBOLS = (
    "km/h",
    "km²",
    "km2",
    "m²",
    "m2",
    "m³",
    "m3",
    "°C",
    "°F",
    "ºC",
    "°",
    "C",
    "F",
    "km",
    "kg",
    "mg",
    "GWh",
    "MWh",
    "kWh",
    "TWh",
    "GW",
    "MW",
    "kW",
    "ha",
    "mm",
    "cm",
    "ml",
    "mph",
    "kmh",
    "t",
)

# Measure nouns: "3.2 centimetres of snow", "120 Liter Regen".
MEASURE_WORDS = _words(
    """
    centimetre centimetres centimeter centimeters millimetre millimetres millimeter millimeters
    metre metres meter meters kilometre kilometres kilometer kilometers mile miles foot feet inch
    inches yard yards tonne tonnes ton tons kilogram kilograms kilogramme kilogrammes kilo kilos
    gram grams gramme grammes litre litres liter liters gallon gallons barrel barrels acre acres
    hectare hectares degree degrees megawatt megawatts gigawatt gigawatts kilowatt kilowatts
    hectolitre hectolitres cubic square
    zentimeter millimeter kilometer liter tonnen tonne kilogramm gramm hektar grad megawatt
    gigawatt kilowatt quadratmeter quadratkilometer kubikmeter metern
    centímetros milímetros metros kilómetros litros toneladas kilos hectáreas grados
    centimètres millimètres mètres kilomètres litres tonnes hectares degrés hectolitres
    centimeter kilometer liter ton hectare graden
    """
)

# Nouns after "a"/"an" that make a price or a pace: "£1,650 a month", "$17.50 an hour", "$4.10 a
# bushel". "A year" too: "£6 billion a year" is the figure to check, not "£6 billion" (but "a year
# earlier" is a date: see quantity_ends._rate_end).
RATE_NOUNS = _words(
    """
    month week day night hour minute second head person tonne ton litre liter kilo kilogram
    barrel share mile gallon unit year bushel ounce acre pound journey trip ticket ride
    """
)
# Nouns after "par" / "por", which also mean "by": "par jour", "por noche", "par habitant".
RATE_NOUNS_ROMANCE = _words(
    """
    an année mois semaine jour nuit heure minute habitant personne tête élève ménage foyer salarié
    voyageur passager litre kilo tonne hectare mètre kilomètre
    año mes semana día noche hora minuto habitante persona cabeza alumno hogar pasajero litro kilo
    tonelada hectárea metro kilómetro
    kilowatt kilowattheure mégawatt mégawattheure kilovatio megavatio
    once baril livre action unité onza barril libra acción unidad
    """
)
# Adjectives naming whose currency it is, after the currency: "15 milliards de francs suisses",
# "1.200 millones de dólares estadounidenses"; the letters of the African and Pacific francs ("francs CFA").
CURRENCY_NATIONALITY = _words(
    """
    cfa cfp
    suisses américains canadiens australiens néo-zélandais hongkongais singapouriens
    estadounidenses canadienses australianos argentinos mexicanos chilenos colombianos uruguayos
    suizos
    """
)
# ... and nouns that make a rate only after "par" / "por" ("par saison"; "la saison dernière" is a date).
RATE_NOUNS_PAR = _words("saison match visite séance temporada partido visita sesión jornada quintal arroba")
# Prepositions that always make a rate: "per night", "pro Quadratmeter", "je Einwohner".
RATE_PREPS = _words("per pro je")

# Spelled-out numbers that count something ("zwölf Busse", "cinco comedores", "vijf vacatures", "trzy
# autobusy"; lexicon.SPELLED_EN and SPELLED_FR for English and French): a closed class of words, read in
# lower case only in the article's language ("Drei Eichen", "Zes Molens" are names).
SPELLED_INTL = {
    "de": _words(
        "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf fünfzehn zwanzig dreißig vierzig fünfzig hundert"
    ),
    "es": _words(
        "dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta cincuenta cien"
    ),
    "nl": _words(
        "twee drie vier vijf zes zeven acht negen tien elf twaalf vijftien twintig dertig veertig vijftig honderd"
    ),
    "pl": _words(
        """
        dwa dwie dwóch trzy trzech cztery czterech pięć pięciu sześć sześciu siedem siedmiu osiem ośmiu
        dziewięć dziewięciu dziesięć dziesięciu jedenaście dwanaście piętnaście dwadzieścia trzydzieści sto
        """
    ),
}

# Durations: a number counting these is not a quantity (like lexicon.TIME_UNITS).
TIME_UNITS_INTL = _words(
    """
    jahr jahre jahren monat monate monaten woche wochen tag tage tagen stunde stunden minute minuten
    sekunden uhr jahrzehnt jahrzehnte mal
    año años mes meses semana semanas día días hora horas minuto minutos veces
    jaar jaren maand maanden weken dag dagen uur minuten keer
    rok lata lat miesiąc miesiące miesięcy tydzień tygodni dzień dni godzin godziny minut razy
    """
)

# --- dates -----------------------------------------------------------------------------------------

MONTHS_DE = (
    "Januar",
    "Jänner",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag")
MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS_PL = (
    "styczeń stycznia styczniu luty lutego lutym marzec marca marcu kwiecień kwietnia kwietniu maj maja "
    "maju czerwiec czerwca czerwcu lipiec lipca lipcu sierpień sierpnia sierpniu wrzesień września "
    "wrześniu październik października październiku listopad listopada listopadzie grudzień grudnia "
    "grudniu"
).split()
WEEKDAYS_PL = (
    "poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę poniedziałku "
    "wtorku środy czwartku piątku soboty niedzieli"
).split()

# Common given names in these languages (a weak PERSON cue, like lexicon.FIRST_NAMES).
FIRST_NAMES_INTL = _words(
    """
    andreas anja annette armin barbara bernd birgit boris carsten christa christian christiane
    christina christine claudia cornelia dagmar daniela dieter dirk doris elke erik ernst eva frank
    franz friedrich gabriele georg gerhard gisela gregor gudrun günter hannah hans-peter harald
    heike heiko heinz helga helmut holger horst ingrid jan jana jens joachim jochen johannes jonas
    jörg jürgen karin karl-heinz katharina katja katrin kerstin klaus lars lena leon lukas manfred
    manuela marcel marco markus martina matthias max maximilian melanie michaela monika nadine niklas
    nils norbert olaf oliver petra philipp rainer ralf reinhard renate robert rolf rüdiger sabine
    sandra sebastian silke simone stefanie susanne sven thomas thorsten tobias torsten udo ulrich
    ulrike ursula uwe volker walter werner wolfgang florian felix jannik anke beate burkhard dorothea
    elisabeth friedrich-wilhelm hubert ilse irmgard kai konstantin ludwig mathias otto reto urs
    alejandro alberto alfonso álvaro ana andrés antonia beatriz carla carmen cristina diego dolores
    elena enrique esther eva fernando francisco gonzalo guillermo ignacio isabel jaime javier jesús
    joaquín jordi jorge josé josefa juan juana julián laura lucía luis manuel marcos margarita marta
    mercedes miguel montserrat nuria pablo paula pedro pilar rafael ramón raquel ricardo roberto rocío
    rosa santiago sergio silvia teresa vicente xavier
    anouk bart bas daan dirk eva femke fleur floor gerrit hendrik henk jaap jan jeroen joost kees
    koen lieke lotte maarten marieke mark martijn niels pieter rob ruud sander sanne sophie thijs
    tim wim willem wouter yvonne
    agnieszka aleksander aleksandra andrzej anna barbara bartosz beata dariusz ewa grzegorz halina
    jacek jakub jan janusz jarosław joanna józef julia kamil katarzyna krzysztof łukasz maciej magdalena
    małgorzata marcin marek mariusz mateusz michał monika paweł piotr rafał robert ryszard stanisław
    szymon tadeusz tomasz wojciech zbigniew zofia
    """
)

# --- organisation and place cues added for unseen text (issue 12, item 7) ------------------------

# Legal forms written after a company's name, with their dots: "Carver Foods Inc.", "Valmont S.A.",
# "Baltic Wind Sp. z o.o.". Matched from the start of the name's last word (or right after the name).
LEGAL_FORMS = (
    "S.A. de C.V.",
    "Sp. z o.o.",
    "sp. z o.o.",
    "S.p.A.",
    "S.A.S.",
    "S.A.C.",
    "S.R.L.",
    "S.A.",
    "N.V.",
    "B.V.",
    "S.L.",
    "SLU",
    "SL",
    "LLP",
    "LLC",
    "SAS",
    "SpA",
    "Srl",
    "Oyj",
    "ASA",
    "A.G.",
    "Inc.",
    "Ltd.",
    "Corp.",
    "Coop. V.",
    "Co. KG",
    "Co.",
    "plc",
    "AG",
    "SE",
    "SA",
    "NV",
    "BV",
    "GmbH",
    "KG",
    # a German registered association and cooperative
    "e.V.",
    "e. V.",
    "eG",
    # more legal forms without dots: French (SARL, SAS above), Spanish, Dutch, German, Nordic, English
    "SARL",
    "EURL",
    "SNC",
    "SCOP",
    "SAU",
    "S.A.U.",
    "S.L.U.",
    # Spanish cooperatives and agrarian companies
    "S.C.A.",
    "S.A.T.",
    "S. Coop.",
    "VOF",
    "V.O.F.",  # a Dutch general partnership, with its dots
    "C.V.",
    "CV",
    # a Dutch cooperative's liability: excluded, limited, limited to a share ("U.A.", "W.A.", "B.A.")
    "U.A.",
    "W.A.",
    "B.A.",
    "gGmbH",
    "mbH",
    "UG",
    "OHG",
    "KGaA",
    "Ltd",
    "AB",
    "ApS",
    "A/S",
    "Oy",
    "sp.j.",
    "sp.k.",
)

# First words of sports clubs' names: "Olympique Lyonnais", "Sporting Braga", "Borussia Dortmund".
CLUB_FIRST_WORDS = _words(
    """
    olympique sporting stade racing real atlético atletico deportivo borussia eintracht dynamo dinamo
    inter athletic hertha fortuna legia unión union rapid
    """
)

# First words of newspapers' names: "Daily Record", "Evening Standard", "Sunday Times".
PAPER_FIRST_WORDS = _words("daily evening sunday morning weekly")

# Last words of newspapers' names in several languages (an organisation in a longer name).
PAPER_WORDS = _words(
    """
    herald gazette telegraph tribune chronicle observer courier zeitung rundschau anzeiger tagblatt
    kurier dagblad courant gazeta dziennik diario abendblatt tageblatt wochenblatt morgenpost abendzeitung
    """
)

# Nouns before a name that make it an organisation (any language, lower case): "the daily X",
# "die Reederei Rhenus", "la organización X".
ORG_CUES_BEFORE_INTL = _words(
    """
    daily paper tabloid magazine newspaper weekly journal quotidien hebdomadaire magazine diario
    periódico semanario dagblad krant weekblad gazeta dziennik tygodnik reederei fluggesellschaft
    zulieferer autozulieferer versorger energieversorger verlag brauerei klinikum genossenschaft
    initiative bündnis hilfswerk organisation organización organisatie organizacja charity ngo
    promoteur promotor constructeur ontwikkelaar opslagbedrijf netbeheerder organisme association
    asociación vereniging stowarzyszenie federación fundación stichting fundacja
    miner miners utility utilities provider providers insurer carrier alliance consultora consultoría
    consultancy cabinet molkerei kellerei spedition druckerei bäckerei
    cooperative co-op coopérative cooperativa coöperatie spółdzielnia spółdzielni
    partido partij partia partii
    collective collectif colectivo collectief kolektyw
    platform plateforme plataforma platforma platformy
    chaîne keten winkelketen sieci
    naviera armateur armador rederij armator
    patronal patronat
    distillery distillerie destilería distilleerderij destylarnia gorzelnia tequilera
    cannery canneries conserverie conserveries conservera conserveras konservenfabrik conservenfabriek
    asbl vzw
    firmę firmą
    bakery panadería bakkerij piekarnia
    brewery cervecera cervecería brouwerij browar
    supermarket supermarkt supermercado supermarché restaurant restaurante marisquería
    shipyard scheepswerf astillero chantier oenegé aseguradora
    marca marka merk multinacional multinationale multinational
    wholesaler wholesalers mayorista grossiste groothandel visgroothandel großhändler hurtownia
    épicerie quesería fromagerie kaasmakerij serowarnia carpintería menuiserie stolarnia wędzarnia
    manade ganadería kennisinstituut
    fondo fonds fundusz fund
    """
)

# Dutch compound nouns naming an institution: "Havenbedrijf", "Planbureau", "Waterschap".
ORG_SUFFIXES_NL = (
    "bedrijf",
    "bureau",
    "dienst",
    "raad",
    "fonds",
    "partij",
    "universiteit",
    "hogeschool",
    "ziekenhuis",
    "ministerie",
    "autoriteit",
    "inspectie",
    "bank",
    "waterschap",
    "omroep",
    "maatschappij",
    "instituut",  # "Rijksinstituut voor Volksgezondheid en Milieu"
    "agentschap",
    "commissie",
    "vereniging",  # "Ondernemersvereniging", "Consumentenvereniging"
    "stichting",
    "federatie",
    "museum",  # "Rijksmuseum", "Stadsmuseum"
    # kinds of body in a compound, read as a person's two names without them ("Zuivelcoöperatie X",
    # "Veerrederij X", "Vogelonderzoek X"; not "-zorg": "Inspectie Gezondheidszorg en Jeugd" goes on)
    "coöperatie",
    "cooperatie",
    "rederij",
    "uitgeverij",  # "Kunstuitgeverij", "Muziekuitgeverij"
    "werf",  # "Scheepswerf", "Jachtwerf"
    "onderzoek",
    "bond",  # "de Fietsersbond", "de Boerenbond": a league named by its compound (before a name, a descriptor)
)

# Polish organisation nouns in their other cases: "Politechniki Gdańskiej", "w Ministerstwie".
ORG_WORDS_PL_CASES = _words(
    """
    politechnika politechniki politechnice politechnikę uniwersytetu uniwersytecie ministerstwie
    ministerstwu instytucie fundacji partii agencji rady sądzie spółki spółce związku izby urzędowi
    grupa grupy banku akademia akademii komisja komisji komisję
    ośrodek ośrodka ośrodki ośrodków zarząd zarządu towarzystwo towarzystwa spółdzielnia spółdzielni
    stowarzyszenie stowarzyszenia fundusz funduszu federacja federacji inspekcja inspekcji
    komenda komendy komendzie komendę komendą policji policję policją urzędem
    zespół zespołu zespole zespołem szkoła szkoły szkole szkołę szkołą szkół
    starostwo starostwa starostwie straż straży strażą koło koła kole kołem liceum
    szpital szpitala szpitalu szpitalem centrum
    służba służby służbie służbę służbą zakład zakładu zakładzie zakładem prokuratoria prokuratorii
    prokuratorię skarb skarbu skarbowi skarbem nadleśnictwo nadleśnictwa nadleśnictwie nadleśnictwem
    zrzeszenie zrzeszenia zrzeszeniu zrzeszeniem funduszem funduszowi sejmik sejmiku sejmikowi sejmikiem
    kopalnia kopalni kopalnię kopalnią
    dyrekcja dyrekcji dyrekcję dyrekcją diecezja diecezji sejm sejmu sejmie sejmem
    """
)

# Rivers (names in the languages the cleaner reads). Left out: names that are mostly something
# else in the news ("Main", "Don", "Inn", "Po", "Bug", "Trent", "Jordan", "Amazon").
RIVERS = frozenset(
    """
    Rhine|Rhein|Rhin|Rijn|Danube|Donau|Dunaj|Danubio|Elbe|Łaba|Oder|Odra|Vistula|Weichsel|Wisła|Wisły|
    Seine|Loire|Rhône|Rhone|Garonne|Meuse|Maas|Mosa|Moselle|Mosel|Saône|Marne|Dordogne|Thames|Severn|
    Tyne|Clyde|Tay|Shannon|Liffey|Mersey|Humber|Ouse|Ebro|Tagus|Tajo|Tejo|Douro|Duero|Guadalquivir|
    Guadiana|Tiber|Tevere|Arno|Neckar|Weser|Isar|Spree|Havel|Saale|Scheldt|Schelde|Escaut|Waal|IJssel|
    Nile|Nil|Nilo|Zambezi|Limpopo|Volga|Dnieper|Dnipro|Dniepr|Warta|Yangtze|Mekong|Ganges|Indus|
    Euphrates|Tigris|Rio Grande|Orinoco|Danubius
    """.replace("\n", "").split("|")
)
RIVERS = frozenset(r.strip() for r in RIVERS if r.strip())


# More given names across the languages the cleaner reads (and names common in European news), so that
# a name whose first word is one of them reads as a person without a title or a verb of saying. Left
# out: given names that are also places or common nouns ("Milan", "Regina", "Emilia", "Kai", "Mei").
FIRST_NAMES_MORE = _words(
    """
    magnus hamish owen priya connor meera dana geneviève catalina claudio iñaki annelies hanna gerald joyce
    abdul abigail adele adriana agnes aidan aisha alejandra alessandro alfred alison amir amira anders
    angus anita annabel anneke arne astrid axel barry basia benedikt bernadette bertrand bettina bianca
    björn blanca brendan bridget caitlin callum carlo carolina celina chiara chloe chloé ciara cillian
    clara colin conor constance cormac craig cédric dafne damien danuta darius darren declan delphine
    denise derek dmitri dominik dominika dorota duncan edith eduardo edward eilidh eleni elif elisa
    elise ellen elsa erika ethan eugenia evelyn ewan fabian fabienne federico felipe fergus fiona
    francesca françoise frederik freya gabriela gareth gavin gert gillian gordon graham grégoire guido
    gustavo hamza hannes hasan helena henrik herbert hilde hugh iain imke inge inés irene iris iwona
    jacqueline jakob jamal janina josef josephine juanita judith julian juliette justyna karina karolina
    kasia kathleen katie keith kenneth kieran kirsty klaas kurt leah leonie liam lieve lina lorenzo lutz
    luuk magda maja malgorzata manon margot mariana marie-claire marion marius marlies martha martine
    maurice mehmet michiel mikołaj miriam mirjam monique moritz mustafa neil nicola nikolai noor nora
    olivia paloma pascale patryk pauline pawel piet przemysław raúl rebecca rhys rik rita roel roman
    rory ruben rubén ruth sara shane sinead sinéad siobhan sophia steffen stijn tamara tanja tomás
    valentin vanessa victor virginie véronique wiebke yasmin yusuf zoé zuzanna émilie óscar
    """
)
