"""Word lists (English and French) used by the suggestion rules.

Everything here is plain data: frozensets of lower-cased words, plus a few
tuples that the rule modules turn into regular expressions at import time.
"""

from __future__ import annotations


def _words(s: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in s.split() if w.strip())


# --- function words -------------------------------------------------------------

STOP_EN = _words(
    """
    a an the of to in on at for from by with without and or but nor so yet per than as that which who
    whom whose what when where why how this these those there here it its it's their they them he she
    his her him we us our you your i me my mine is are was were be been being am do does did done have has
    had having will would shall should can could may might must not no about over under into onto
    upon since until till between during before after above below against among across along around
    through throughout toward towards each every any all some many much more most less least few
    several other another such same own only just also very too even still already again once then
    now ever never next last first while if though although because unless whether either neither both
    up down out off away back said says say told tells added according including include includes
    ago like near via versus vs within amid despite
    """
)

STOP_FR = _words(
    """
    le la les l' un une des du de d' au aux et ou mais donc or ni car que qu' qui quoi dont où ce cet
    cette ces son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on nous
    vous je j' se s' en y à a est sont était étaient été être avoir ont avait avaient sera seront
    serait fait pour par sur sous dans avec sans chez entre vers contre selon depuis pendant avant
    après plus moins très aussi encore déjà ne pas non si tout tous toute toutes chaque quelques
    plusieurs autre autres même environ près soit lors
    """
)

STOP = STOP_EN | STOP_FR

# Words that are often capitalised only because they start a sentence.
SENTENCE_INITIAL = STOP | _words(
    """
    once founded one two three four five six seven eight nine ten these those however meanwhile
    yesterday today tomorrow instead indeed still last next new some many most few several both
    after before during since while although though because unless despite amid following asked
    speaking communication production construction funding residents analysts officials doctors
    people police unions experts workers critics supporters others sources
    cependant pourtant ainsi alors enfin hier aujourd'hui demain selon
    nobody everybody somebody anybody everyone someone anyone nothing everything something
    personne rien chacun
    """
)

# All-capital tokens that are not organisations.
NON_ORG_CAPS = _words(
    """
    ceo cfo coo cto gdp ai tv pm am ok id pc it vat dna hiv aids covid usd eur gbp chf jpy cny co2
    ev evs lng suv suvs icu faq pdf usb gps led lcd ip url ad bc ce pib tva rer ter tgv ii iii iv vi
    vii viii ix xi xii xx xxi i a hq pr hr kg km mw gw gwh kwh ghz mph ft st nd rd th q1 q2 q3 q4
    """
)

# All-capital tokens that are places.
CAPS_PLACES = _words("US USA UK UAE DRC RDC")

# --- numbers ---------------------------------------------------------------------

SPELLED_EN = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
SPELLED_FR = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "mille": 1000,
    "douzaine": 12,
}

MULTIPLIERS = (
    "thousand",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "trillions",
    "bn",
    "mn",
    "m",
    "tn",
    "k",
    "milliard",
    "milliards",
    "mille",
    "md",
    "mds",
    "mrd",
)

CURRENCY_PREFIX = (
    "US$",
    "A$",
    "C$",
    "HK$",
    "NZ$",
    "R$",
    "S$",
    "$",
    "€",
    "£",
    "¥",
    "₹",
    "₽",
    "₩",
    "CHF",
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "Rs",
    "Rs.",
)
CURRENCY_WORDS = _words(
    """
    dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees franc francs
    rouble roubles ruble rubles won peso pesos real reais dirham dirhams rand naira shekel shekels
    dinar dinars lira krona kronor krone kroner zloty
    """
)

PERCENT_WORDS = (
    "percentage points",
    "percentage point",
    "per cent",
    "percent",
    "pour cent",
    "points de pourcentage",
    "%",
)

# Heads that make a number a duration, an age or a time of day rather than a counted quantity.
TIME_UNITS = _words(
    """
    year years month months week weeks day days decade decades century centuries hour hours
    an ans année années mois semaine semaines jour jours heure heures décennie décennies siècle
    siècles a.m. p.m. am pm h times fois minute minutes
    """
)

# Participles/verbs that look like nouns after a number but end the quantity.
QTY_HEAD_OK_ED_ING = _words(
    """
    wounded injured dead missing displaced buildings building housing meetings seed seeds
    beds bed hundred red speed feed
    """
)

QTY_STOP_EXTRA = _words(
    """
    next last this earlier later ago a.m. p.m. respectively apiece each total altogether overall
    year-on-year annually behind ahead clear beyond apart short
    """
)

# Acronyms of things, not of bodies, in the six languages: technologies, substances, taxes, identity
# documents, benefits and contracts, units, measures of an economy ("LED", "MDMA", "IVA", "PESEL", "TEU")
THING_ACRONYMS = frozenset(
    """
    GPS LED LCD DNA RNA HIV AIDS SMS PIN PDF USB CCTV MRI VAT GDP CO2 SUV ATV MDMA LSD THC PTSD ADHD
    TEU GMO OLED WLAN WiFi NFC QR
    DNI NIE NIF CIF IVA IBI IRPF ADN PIB ERE ERTE ITV VIH TDAH
    TVA IRM SMIC VTC CDI CDD IVG OGM
    BIP PKW LKW MwSt
    BTW BBP WOZ OZB
    PESEL NIP PKB REGON
    """.split()
)

# --- dates -----------------------------------------------------------------------

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
MONTHS_FR = (
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "decembre",
)
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# --- names -----------------------------------------------------------------------

REPORTING_VERBS_EN = (
    "said",
    "says",
    "told",
    "added",
    "explained",
    "noted",
    "warned",
    "stressed",
    "argued",
    "estimated",
    "insisted",
    "acknowledged",
    "declared",
    "wrote",
    "tweeted",
    "asked",
    "replied",
    "recalled",
    "continued",
    "admitted",
    "announced",
    "confirmed",
    "claimed",
    "predicted",
    "cautioned",
    "conceded",
    "complained",
    "observed",
    "remarked",
    "suggested",
    "believes",
    "thinks",
    "explains",
    "adds",
    "notes",
)
REPORTING_VERBS_FR = (
    "a déclaré",
    "a dit",
    "a expliqué",
    "a affirmé",
    "a indiqué",
    "a estimé",
    "a ajouté",
    "a précisé",
    "a souligné",
    "a annoncé",
    "a assuré",
    "a reconnu",
    "a averti",
    "a confié",
    "a raconté",
    "déclare",
    "dit",
    "explique",
    "affirme",
    "indique",
    "estime",
    "ajoute",
    "précise",
    "souligne",
    "assure",
    "reconnaît",
    "raconte",
    "confie",
    "selon",
)

TITLES = _words(
    """
    president vice-president prime minister ministers secretary senator sen. rep. representative
    governor mayor judge justice chancellor king queen prince princess pope general gen. colonel col.
    lieutenant captain capt. admiral sergeant sgt. commissioner ambassador chairman chairwoman chair
    ceo cfo coo founder co-founder executive director manager head chief spokesman spokeswoman
    spokesperson analyst economist professor prof. dr. dr mr. mr mrs. mrs ms. ms miss sir dame lord lady
    coach councilmember councilman councilwoman councillor councilor deputy inspector
    officer detective lawyer attorney researcher scientist author writer editor reporter
    correspondent negotiator leader agent sprinter friend wife husband son daughter
    mother father colleague neighbour neighbor resident boss owner partner trader strategist superintendent sheriff
    rabbi imam bishop cardinal sister brother pastor reverend rev. archbishop
    m. mme mlle président présidente ministre maire député députée sénateur sénatrice directeur
    directrice porte-parole patron patronne fondateur fondatrice chercheur chercheuse professeur
    avocat avocate juge général secrétaire délégué déléguée syndicaliste dirigeant dirigeante
    entraîneur économiste analyste responsable chef
    speaker gov. lt. supt. det. insp. goalkeeper keeper defender midfielder striker forward winger
    substitute specialist epidemiologist physician surgeon nurse member official adviser advisor aide
    activist teacher principal candidate delegate treasurer whip headteacher forecaster glaciologist
    meteorologist climatologist fly-half scrum-half full-back hooker flanker prop
    conseiller conseillère adjoint adjointe préfet préfète procureur procureure élu élue gardien attaquant
    défenseur milieu me maître
    pharmacist farmer engineer architect historian curator pilot paramedic midwife veterinarian
    designer photographer student shopkeeper landlord tenant volunteer campaigner consultant accountant
    entrepreneur builder electrician plumber driver firefighter constable skipper
    shepherd beekeeper gamekeeper stallholder innkeeper crofter rancher breeder grower winemaker
    pharmacien pharmacienne ingénieur ingénieure architecte infirmier infirmière médecin étudiant étudiante
    commerçant commerçante
    farmacéutico farmacéutica ingeniero ingeniera arquitecto arquitecta enfermero enfermera médico médica
    empresario empresaria
    apotheker ingenieur verpleegkundige huisarts leraar lerares ondernemer
    farmaceuta inżynier architekt lekarz lekarka nauczyciel nauczycielka
    """
)

# Nouns that, right before a name, say "this is an organisation": "carmaker Volkswagen".
ORG_CUES_BEFORE = _words(
    """
    company companies firm firms group groups carmaker carmakers automaker automakers manufacturer
    manufacturers maker makers retailer retailers bank banks lender lenders insurer insurers airline
    airlines startup start-up startups giant giants operator operators producer producers supplier
    suppliers rival rivals subsidiary subsidiaries brand brands broker brokers union unions branch party
    parties agency agencies regulator regulators newspaper newspapers broadcaster broadcasters club
    clubs conglomerate conglomerates developer developers publisher publishers chain chains
    distributor distributors exchange outlet outlets charity charities ngo ngos watchdog
    entreprise société groupe constructeur constructeurs fabricant banque assureur syndicat
    syndicats parti enseigne opérateur équipementier sidérurgiste géant
    forwarder forwarders carrier carriers shipper shippers side sides team teams network networks
    filiale transporteur exploitant association club
    portal empresa compañía aerolínea grupo banco operadora cadena sindicato constructora
    bedrijf concern supermarktketen vakbond bank verzekeraar omroep luchtvaartmaatschappij
    spółka firma koncern sieć przewoźnik
    """
)

# Nouns that, right after a name, say "this is an organisation": "the Verkor factory".
ORG_CUES_AFTER = _words(
    """
    factory factories plant plants gigafactory group shares stock spokesman spokeswoman spokesperson
    headquarters employees staff workers executives board subsidiary brand union shareholders
    investors customers chief executive ceo chairman boss founder
    manager coach captain goalkeeper striker defender midfielder fans supporters players squad teammates
    exchange index
    """
)

# Words inside a capitalised sequence that make it an organisation.
ORG_WORDS = _words(
    """
    inc inc. corp corp. corporation co co. ltd ltd. llc plc sa s.a. sas ag gmbh nv bv spa ab asa oyj
    group holdings holding bank airlines airways motors energy energies technologies technology
    systems pharmaceuticals pharma university college school institute institution ministry
    agency commission council committee party union association foundation federation fund
    office department court police army navy force forces authority bureau board news times post
    journal press agence banque groupe société ministère université institut conseil parti
    fédération syndicat association commission assemblée tribunal cour mairie préfecture
    organisation organization league club society service services network railways
    industries international partners capital securities insurance telecom communications library
    hospital museum fondation compagnie center centre centers centres caucus coalition alliance
    elementary academy sports shipping logistics mobility foods media labs observatory observatoire
    government trust transport administration exchange orchestra zoo parliament labour
    gymnasium lyceum inspectorate forum partnership playhouse
    """
)

# Last words of company names that are also plain words or surnames elsewhere ("Thames Water", "Tata
# Steel", but "John Steel"): an organisation unless a given name comes first. Left out: surnames
# more common than companies ("Power", "Gold", "Cable").
COMPANY_LAST_WORDS = _words(
    """
    ports brands resources minerals metals mining enterprises ventures solutions software petroleum ferries
    rail railway gas steel chemicals aerospace automotive homes hotels stores supermarkets
    breweries studios pictures entertainment broadcasting health water utilities
    platinum copper lithium nickel coal oil cement paper textiles freight electric electronics
    semiconductors robotics biotech therapeutics digital finance investments bancorp realty properties
    estates developments construction engineering dynamics instruments devices wireless mobile
    farms fisheries dairy beverages brewing distillers apparel air airlines airways
    company traders partnership unit directorate research clinic polytechnic rescue
    """
)

# Nouns that, right after a name, say "this is a place": "the Eastgate neighborhood".
PLACE_CUES_AFTER = _words(
    """
    neighborhood neighbourhood district suburb suburbs area region province county state village
    town city valley river mountains island islands coast border borough quarter
    """
)

PLACE_NOUN_OF = (
    "city of",
    "town of",
    "village of",
    "region of",
    "province of",
    "state of",
    "capital of",
    "island of",
    "port of",
    "county of",
    "district of",
    "ville de",
    "commune de",
    "région de",
    "département de",
    "province de",
    "capitale",
    "région",
    # the mayor, prefect or people of a place: "le maire de Vitré", "el alcalde de Getafe"
    "maire de",
    "mairie de",
    "préfet de",
    "habitants de",
    "mayor of",
    "alcalde de",
    "alcaldesa de",
    "vecinos de",
    "riverains de",
    "station de",
    "bewoners van",
    "inwoners van",
    "residents of",
    "burgemeester van",
    "bürgermeister von",
)

# Countries, continents and large regions (English and French names).
COUNTRIES = frozenset(
    """
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
    Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|
    Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|
    Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|
    Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|
    Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|
    Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
    Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
    Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|
    Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|
    Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|
    Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|
    Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|
    Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|
    Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|
    America|Gaza|West Bank|Crimea|Greenland|Tibet|Kurdistan|
    Africa|Asia|Europe|Oceania|Antarctica|North America|South America|Latin America|Middle East|
    Scandinavia|Balkans|Caribbean|Sahel|Siberia|Patagonia|
    Afrique|Asie|Amérique|Océanie|Allemagne|Angleterre|Autriche|Belgique|Brésil|Cameroun|Chine|Chypre|
    Colombie|Corée du Sud|Corée du Nord|Croatie|Danemark|Égypte|Egypte|Espagne|Estonie|États-Unis|Etats-Unis|
    Éthiopie|Finlande|Grèce|Hongrie|Inde|Indonésie|Irak|Irlande|Islande|Israël|Italie|Japon|Jordanie|Liban|
    Libye|Lituanie|Malaisie|Maroc|Mauritanie|Mexique|Norvège|Nouvelle-Zélande|Ouganda|Pays-Bas|Pérou|
    Pologne|Roumanie|Royaume-Uni|Russie|Sénégal|Singapour|Suède|Suisse|Syrie|Tchad|Tunisie|Turquie|Ukraine|
    Viêt Nam|Vietnam|Algérie|Arabie saoudite|Argentine|Australie|Bulgarie|Côte d'Ivoire|Écosse|Ecosse|
    Guinée|Hollande|Lettonie|Moldavie|Nigeria|Portugal|Québec|Serbie|Slovaquie|Slovénie|Taïwan|Thaïlande|
    Europe de l'Est|Moyen-Orient|Amérique latine|Proche-Orient|Maghreb
    """.replace("\n", "").split("|")
) - {""}
COUNTRIES = frozenset(c.strip() for c in COUNTRIES if c.strip())

# A compact list of large cities, so "the Dresden plant" reads as a place.
CITIES = frozenset(
    """
    London|Paris|Berlin|Madrid|Rome|Milan|Lisbon|Brussels|Amsterdam|Vienna|Prague|Warsaw|Budapest|Athens|
    Dublin|Edinburgh|Manchester|Birmingham|Glasgow|Liverpool|Leeds|Bristol|Oslo|Stockholm|Copenhagen|
    Helsinki|Geneva|Zurich|Munich|Frankfurt|Hamburg|Cologne|Dresden|Stuttgart|Hanover|Leipzig|Lyon|
    Marseille|Lille|Toulouse|Bordeaux|Nantes|Strasbourg|Nice|Rennes|Montpellier|Grenoble|Dunkirk|Dunkerque|
    Barcelona|Valencia|Seville|Porto|Naples|Turin|Florence|Venice|Kyiv|Kiev|Moscow|Istanbul|Ankara|
    Minsk|Bucharest|Sofia|Belgrade|Zagreb|Riga|Vilnius|Tallinn|Beijing|Shanghai|Shenzhen|Guangzhou|Wuhan|
    Tokyo|Osaka|Seoul|Busan|Taipei|Bangkok|Hanoi|Manila|Jakarta|Singapore|Delhi|New Delhi|Mumbai|
    Kolkata|Bangalore|Karachi|Lahore|Islamabad|Dhaka|Kabul|Tehran|Baghdad|Damascus|Beirut|Jerusalem|
    Tel Aviv|Amman|Riyadh|Dubai|Doha|Cairo|Algiers|Tunis|Rabat|Casablanca|Lagos|Abuja|Nairobi|
    Addis Ababa|Johannesburg|Cape Town|Dakar|Abidjan|Kinshasa|Khartoum|New York|Washington|Los Angeles|
    Chicago|Houston|Boston|Miami|San Francisco|Seattle|Detroit|Atlanta|Dallas|Toronto|Montreal|
    Vancouver|Ottawa|Mexico City|Havana|Bogota|Lima|Santiago|Buenos Aires|Sao Paulo|Rio de Janeiro|
    Caracas|Sydney|Melbourne|Auckland|Kingston|Hong Kong|Bruxelles|Londres|Genève|Moscou|Pékin|
    Varsovie|Vienne|Venise|Le Caire|Alger|Montréal|Marseilles|Lyons|Brussel
    """.replace("\n", "").split("|")
)
CITIES = frozenset(c.strip() for c in CITIES if c.strip())

# Well-known organisations that appear without any cue.
KNOWN_ORGS = frozenset(
    """
    Renault|Nissan|Peugeot|Citroen|Citroën|Stellantis|Volkswagen|BMW|Mercedes-Benz|Daimler|Toyota|Honda|
    Hyundai|Kia|Ford|General Motors|Tesla|BYD|Volvo|Fiat|Ferrari|Audi|Porsche|Airbus|Boeing|Siemens|
    Google|Alphabet|Apple|Microsoft|Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|TikTok|Netflix|Nvidia|
    Intel|Samsung|Sony|Huawei|Xiaomi|Alibaba|Tencent|OpenAI|IBM|Oracle|Uber|Shell|BP|TotalEnergies|
    Total|ExxonMobil|Chevron|Aramco|Gazprom|Rosneft|EDF|Engie|Orange|Vivendi|Danone|Nestle|Nestlé|
    Unilever|L'Oréal|LVMH|Carrefour|Walmart|Ikea|Pfizer|Moderna|AstraZeneca|Novartis|Sanofi|Bayer|
    Reuters|AFP|Air France|Bloomberg|Barclays|HSBC|Goldman Sachs|JPMorgan|Morgan Stanley|BNP Paribas|
    Societe Generale|Société Générale|Deutsche Bank|UBS|Credit Suisse|Santander|Insee|Eurostat|
    Nato|NATO|United Nations|European Union|European Commission|World Bank|IMF|WHO|OECD|OPEC|
    Interpol|Europol|Greenpeace|Amnesty International|Red Cross|Puma|Adidas|Nike|Spotify|Arcelor|
    ArcelorMittal|Thales|Dassault|Safran|Michelin|Bouygues|Vinci|Alstom|Veolia|Axa|AXA|
    Senate|Congress|Parliament|Pentagon|Kremlin|White House|Bundestag|Bundesrat|Knesset|Duma|Sénat|
    Assemblée nationale|Élysée|Elysée|Matignon|Quai d'Orsay|Supreme Court|Cour de cassation|Conseil d'Etat|
    Conseil d'État|Conseil constitutionnel
    """.replace("\n", "").split("|")
)
KNOWN_ORGS = frozenset(c.strip() for c in KNOWN_ORGS if c.strip())

# Common given names (international, English and French news). Used as a weak PERSON cue.
FIRST_NAMES = frozenset(
    """
    aaron adam adrian ahmed ai akira alain alan albert alex alexander alexandre alexis ali alice alicia
    amanda amelie amélie amy ana andre andré andrea andrew angela angelina ann anna anne annie anthony
    antoine antonio arnaud arthur ashley aurélie ayumi barbara ben benjamin benoit benoît bernard bill
    bob boris brian bruno camille carlos carmen caroline catherine cecile cécile charles charlotte chen
    chris christian christine christophe christopher claire claude claudia daniel daniela david denis
    diana didier dmitry dominique donald edouard édouard elena elizabeth elisabeth élisabeth emily
    emma emmanuel eric éric erik ericka eva fabien fatima fatou florence francesco francis francois
    françois frank frederic frédéric gabriel george georges gerard gérard gilles giorgia giuseppe
    glen greg guillaume hans harry helen hélène henri henry hiroshi hugo ian igor ines isabelle ivan
    jack jacques james jan jane jason javier jean jeanne jennifer jessica jim joe johan john jonathan
    jordan jose josé joseph juan julia julie julien justin karen karim karl kate katherine keiko
    kevin kim laura laurent lea léa li linda lisa louis louise luc luca lucas lucie luis manuel marc
    marco marcus margaret maria marie marine mario mark martin mary mathieu matthew maxime mehdi
    michael michel michelle mike mohamed mohammed muhammad nadia natalia nathalie nicolas nina
    nicole noah olaf olga olivier omar oscar pablo pascal patricia patrick paul pedro peter philippe
    pierre rachel rafael raphael raphaël richard robert roberto rodrigo roger sam samuel sandra sarah
    sebastien sébastien sergei sergey simon sophie stefan stephane stéphane stephen steve steven
    stuart susan sylvie takeshi thierry thomas thorsten tim timothy tom tony valerie valérie vincent
    viktor vladimir william xavier yann yannick yasmine yuki yves zhang wang
    """.split()
)

# Last words that make a capitalised sequence a place: "Maple Street", "City Hall".
PLACE_WORDS = _words(
    """
    street st. avenue ave. road rd. boulevard square lane drive hall bridge park airport station
    harbour harbor bay lake river mountain mountains valley county province island islands rue place
    quai gare aéroport sea ocean coast gulf stadium arena strait straits canal peninsula desert beach
    dales hills highlands lowlands forest delta basin heath moor moors fells marshes plateau glacier
    falls canyon estuary lagoon gardens reef wetlands gorge fens levels foothills downs wolds cliffs
    terrace wharf gap quarry cemetery way
    """
)

# Nationality adjectives: capitalised in English, never a name on their own.
DEMONYMS = frozenset(
    """
    American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian
    Swiss Austrian Polish Czech Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian Swedish
    Norwegian Danish Finnish Chinese Japanese Korean Taiwanese Vietnamese Thai Indian Pakistani Iranian
    Iraqi Syrian Israeli Palestinian Lebanese Saudi Egyptian Moroccan Algerian Tunisian Nigerian Kenyan
    Ethiopian African Asian European Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian
    Peruvian Venezuelan Cuban Australian Jamaican Malaysian Indonesian Filipino Western Eastern Northern
    Southern Arab Muslim Christian Jewish Catholic Olympic Republican Democrat Democratic Socialist
    Conservative Labour Gaullist
    """.split()
)


# Words that, first in a capitalised sequence, make "X of Y" a place: "Cape of Good Hope", "Gulf of Mexico".
PLACE_FIRST_OF = _words(
    "cape gulf bay isle island sea strait straits lake mount mountains port river san santa são vale firth "
    "sound kyle"
)

# Last words of sports club names: "Newcastle United", "Blackburn Rovers".
ORG_LAST_WORDS = _words("united rovers wanderers athletic albion fc cf afc sc")

# US states, Canadian provinces, French regions and départements (unambiguous names only).
REGIONS = frozenset(
    """
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
    Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|
    Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|
    Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|
    Virginia|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova Scotia|
    British Columbia|New Brunswick|Newfoundland|Bavaria|Catalonia|Lombardy|Andalusia|Flanders|Wallonia|
    Auvergne-Rhône-Alpes|Bourgogne-Franche-Comté|Bretagne|Brittany|Normandie|Normandy|Grand Est|
    Hauts-de-France|Île-de-France|Ile-de-France|Nouvelle-Aquitaine|Occitanie|Pays de la Loire|
    Provence-Alpes-Côte d'Azur|Corse|Corsica|Centre-Val de Loire|
    Ain|Aisne|Allier|Alpes-de-Haute-Provence|Hautes-Alpes|Alpes-Maritimes|Ardèche|Ardennes|Ariège|Aube|
    Aude|Aveyron|Bouches-du-Rhône|Calvados|Cantal|Charente|Charente-Maritime|Corrèze|Côte-d'Or|
    Côtes-d'Armor|Creuse|Dordogne|Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard|Haute-Garonne|Gers|Gironde|
    Hérault|Ille-et-Vilaine|Indre-et-Loire|Isère|Jura|Landes|Loir-et-Cher|Loire|Haute-Loire|
    Loire-Atlantique|Loiret|Lot-et-Garonne|Lozère|Maine-et-Loire|Marne|Haute-Marne|Mayenne|
    Meurthe-et-Moselle|Meuse|Morbihan|Moselle|Nièvre|Oise|Orne|Pas-de-Calais|Puy-de-Dôme|
    Pyrénées-Atlantiques|Hautes-Pyrénées|Pyrénées-Orientales|Bas-Rhin|Haut-Rhin|Rhône|Haute-Saône|
    Saône-et-Loire|Sarthe|Savoie|Haute-Savoie|Seine-Maritime|Seine-et-Marne|Yvelines|Deux-Sèvres|Somme|
    Tarn|Tarn-et-Garonne|Vaucluse|Vendée|Haute-Vienne|Vosges|Yonne|Essonne|Hauts-de-Seine|
    Seine-Saint-Denis|Val-de-Marne|Val-d'Oise|Guadeloupe|Martinique|Guyane|Mayotte
    """.replace("\n", "").split("|")
)
REGIONS = frozenset(c.strip() for c in REGIONS if c.strip())
