"""PERSON / ORG / PLACE rules: capitalised sequences classified by the cues around them.

Each mention collects weighted votes from its context (reporting verbs, titles, ages, organisation
and place cue words, gazetteers); votes are summed per name over the whole text so that a name gets
one label everywhere ("the Douai factory" stays a PLACE once "the city of Douai" has been seen), and
later single-surname mentions of a person inherit PERSON.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .gazetteer import place_weight
from .institutions import DOMAIN_TAIL, UP, german_org_compound
from .lexicon import (
    CAPS_PLACES,
    CITIES,
    COMPANY_LAST_WORDS,
    COUNTRIES,
    DEMONYMS,
    FIRST_NAMES,
    KNOWN_ORGS,
    MONTHS_EN,
    MONTHS_FR,
    NON_ORG_CAPS,
    ORG_CUES_AFTER,
    ORG_CUES_BEFORE,
    ORG_LAST_WORDS,
    ORG_WORDS,
    PLACE_CUES_AFTER,
    PLACE_FIRST_OF,
    PLACE_NOUN_OF,
    PLACE_WORDS,
    REGIONS,
    REPORTING_VERBS_EN,
    REPORTING_VERBS_FR,
    SENTENCE_INITIAL,
    STOP,
    TITLES,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
)
from .lexicon_intl import (
    ACCORDING_INTL,
    CLUB_FIRST_WORDS,
    FIRST_NAMES_INTL,
    FIRST_NAMES_MORE,
    LEGAL_FORMS,
    NOT_PLACES_DE,
    ORG_CUES_BEFORE_INTL,
    ORG_DESCRIPTOR_SUFFIXES_DE,
    ORG_SUFFIXES_DE,
    ORG_SUFFIXES_NL,
    ORG_WORDS_INTL,
    ORG_WORDS_PL_CASES,
    PAPER_FIRST_WORDS,
    PAPER_WORDS,
    PLACE_DESCRIPTORS,
    PLACE_PREPS_INTL,
    PLACE_SUFFIXES_DE,
    PLACE_WORDS_INTL,
    REPORTING_VERBS_INTL,
    RIVERS,
    SENTENCE_INITIAL_INTL,
    TITLE_SUFFIXES_DE,
    TITLES_INTL,
)

_UP = UP
_CAP = rf"[{_UP}](?!['’])(?:[\w\-&]|['’](?!s\b)(?=\w))*"
_CONNECT = (
    r"(?:of|for|of\s+the|de|du|des|de\s+la|da|di|van|von|der|den|del|della|bin|ibn|al|el|le|la|&|"
    r"voor|voor\s+de|van\s+de|van\s+het|de\s+los|de\s+las|para|para\s+la|para\s+el|für|and|for\s+the|en|y|et|und|i|"
    r"y\s+la|y\s+el|y\s+los|y\s+las|et\s+la|et\s+le|et\s+les|et\s+des|en\s+de|en\s+het|and\s+the|"
    r"aan|aan\s+de|aan\s+den|am|an\s+der|upon|op|ap|nad|y\s+de|y\s+del|et\s+de|et\s+du|van\s+der|van\s+den|von\s+der)"
)
SEQ_RE = re.compile(rf"(?<![\w\-]){_CAP}(?:[ \u00a0](?:{_CONNECT}[ \u00a0])?{_CAP})*")
_TOK_RE = re.compile(rf"{_CAP}")

_ORG_GAPS = frozenset(
    ["of", "for", "of the", "de", "du", "des", "de la", "del", "de los", "de las", "voor", "voor de",
     "van", "van de", "van het", "für", "der", "for the", "para", "para la", "para el"]
)  # fmt: skip
_AND = frozenset(["and", "en", "y", "et", "und", "i"])  # "Autoriteit Consument en Markt"
_PERSON_PARTICLES = frozenset("de du da di van von der den del della bin ibn al el le la ap".split())
# particles of two words: "Kees van der Lugt", "María de la Vega"
_PERSON_PARTICLES_2 = frozenset(["van der", "van den", "van de", "de la", "von der", "de los", "van het"])
_DATE_WORDS = frozenset(MONTHS_EN + WEEKDAYS_EN) | frozenset(w.capitalize() for w in MONTHS_FR + WEEKDAYS_FR)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_TITLE = _alt(TITLES)


_WORD_RE = re.compile(r"[\w'’\-&.]+|,")
_REPORT_1 = (
    frozenset(v for v in REPORTING_VERBS_EN + REPORTING_VERBS_FR if " " not in v) | REPORTING_VERBS_INTL
)
_ACCORDING_1 = frozenset({"selon"}) | ACCORDING_INTL
_REPORT_2 = frozenset(v for v in REPORTING_VERBS_EN + REPORTING_VERBS_FR if " " in v) | {
    "according to",
    "d'après",
    "d’après",
}
_ORG_AT_1 = frozenset("at of with for from chez de".split())
_ORG_AT_2 = frozenset(
    "analyst analysts economist economists researcher researchers strategist strategists executive executives "
    "official officials spokesman spokeswoman spokesperson employees workers engineers staff scientists ceo "
    "head director boss".split()
)
_STAKE_IN = frozenset(
    "shares share stake stakes holding holdings investment investments investors shareholders "
    "participation actions".split()
)
_LED = frozenset(
    "led headed chaired founded run owned directed coached menée mené dirigé dirigée présidé présidée fondé "
    "fondée entraîné".split()
)
_POSS_DET = frozenset("its their his her son sa leur ses leurs".split())
_PLACE_OF_NOUNS = frozenset(w.split()[0] for w in PLACE_NOUN_OF if " " in w) | {
    "usine",
    "site",
    "ville",
    "commune",
    "lac",  # "le lac du Salagou", "el embalse de Yesa", "the valley of"
    "étang",
    "barrage",
    "massif",
    "vallée",
    "lago",
    "embalse",
    "valle",
    "sierra",
    "valley",
    "barrio",  # "el barrio de Benicalap", "el campus de Villamayor", "la mina de Riotinto"
    "campus",
    "mina",
    "puerto",
    "pueblo",
    "ciudad",
    "comarca",
    "isla",
    "playa",
    "quartier",
    "village",
    "port",
    "île",
    "plage",
    "mine",
    "dorp",
    "haven",
    "hafen",
    "plateau",  # "le plateau de Vaucroze", "au sommet de la Pointe", "la meseta de"
    "sommet",
    "plaine",
    "col",
    "baie",
    "meseta",
    "llanura",
    "bahía",
    "cuenca",
    "ribera",
    # "la provincia de Lucanas", "la comunidad de Jirira", "el salar de Coipasa", "le hameau de X"
    "provincia",
    "región",
    "municipio",
    "localidad",
    "comunidad",
    "aldea",
    "parroquia",
    "distrito",
    "salar",
    "laguna",
    "hameau",
    "forêt",
    "canton",
    "vallon",
}
_ROMANCE_ARTS_LOWER = frozenset("la le les l' l’ el los las".split())
# Polish kinds of place in the genitive, before a name (not "miasta": "rzecznik miasta Jan Kowal")
_PL_PLACE_KINDS_GEN = frozenset("gminy powiatu wsi wyspy doliny jeziora rzeki".split())
_BETWEEN = frozenset("between zwischen między entre tussen".split())
_BETWEEN_AND = re.compile(
    r"\b(?:between|zwischen|między|entre|tussen)\s+\S+(?:\s+\S+){0,2}?\s+(?:and|und|a|i|et|en|y)\s+$"
)
_NL_LOC_PREPS = frozenset("in boven uit naar op door over rond bij achter onder".split())
_PL_ALONG = frozenset("dolinie doliną potokiem potoku rzeką rzece jeziorem jeziorze".split())
_PL_NEAR_PREPS = frozenset("nad pod spod".split())
# Polish kinds of land that head a region's name, in any case ("Pojezierze", "Pojezierza", "Kotlinie")
_PL_LAND_KIND = re.compile(
    r"(?:pojezierz|pogórz|pobrzeż|kotlin|pradolin|dolin|puszcz|nizin|wyżyn|równin|płaskowyż|beskid|żuław)"
    r"(?:e|a|u|y|i|ie|zie|ę|ą|em|ach|ami|om)?|gór(?:y|ach|ami|om)"
)
_PLACE_STRONG_1 = frozenset("near outside nearby around à région capitale".split())
_PLACE_WEAK_1 = frozenset("in from en into across toward towards to at".split())
_COMPASS = frozenset("north south east west nord sud est ouest".split())
_COMPASS_ADJ = frozenset(
    "north south east west northern southern eastern western central greater upper lower nord sud "
    "nördliches südliches östliches westliches norte sur oeste este noord zuid oost west".split()
)
_ORG_WORDS = ORG_WORDS | ORG_WORDS_INTL | ORG_WORDS_PL_CASES | PAPER_WORDS
_ORG_CUES_BEFORE = ORG_CUES_BEFORE | ORG_CUES_BEFORE_INTL
_PLACE_WORDS = PLACE_WORDS | PLACE_WORDS_INTL
_FIRST_NAMES = FIRST_NAMES | FIRST_NAMES_INTL | FIRST_NAMES_MORE
_INTL = ("de", "es", "nl", "pl")
# Definite articles right before a name (German is left out: every noun takes one there).
_ARTICLES = {
    "en": frozenset({"the"}),
    "fr": frozenset({"le", "la", "les"}),
    "es": frozenset({"el", "la", "los", "las"}),
    "nl": frozenset({"het", "de"}),
}
_EVENT_WORDS = frozenset(
    "storm hurricane typhoon cyclone sturm tempête ouragan tormenta huracán orkaan".split()
)  # languages whose word lists are in lexicon_intl


def _is_title(lw: str, lang: str) -> bool:
    """A role word before a name: "Secretary", "Sprecherin", "Verkehrsminister", "wethouder"."""
    lw = lw.rstrip(".") if lw not in TITLES else lw
    if lw in TITLES:
        return True
    if lang in _INTL and lw in TITLES_INTL:
        return True
    return lang == "de" and lw.endswith(TITLE_SUFFIXES_DE)


def _is_org_word(lw: str, lang: str) -> bool:
    """A word that makes a name an organisation: "Bank", "Ministerio", "Bundesnetzagentur"."""
    if lw in _ORG_WORDS:
        return True
    if lang == "nl":
        return any(lw.endswith(suf) and len(lw) >= len(suf) + 3 for suf in ORG_SUFFIXES_NL)  # "Havenbedrijf"
    if lang == "es":
        # offices named by a noun in -ría: "Secretaría de Salud", "Consejería de Educación", "Fiscalía"
        return len(lw) >= 8 and lw.endswith(_ES_OFFICE_ENDINGS) and lw not in _FIRST_NAMES
    return lang == "de" and lw.endswith(ORG_SUFFIXES_DE) and not lw.endswith(TITLE_SUFFIXES_DE)


_ES_OFFICE_ENDINGS = ("ería", "aría", "oría", "uría", "alía", "iía")


# Endings of one-word company names in any language: "Rabobank", "Ryanair" (not "Blair": the stem
# must be three letters or more).
_COMPANY_ENDINGS = ("bank", "air", "tech", "soft", "pharma")


def _org_compound(lw: str, lang: str) -> bool:
    """One word that names an organisation by its ending: a Dutch compound ("Havenbedrijf",
    "Planbureau") or a company name ("Rabobank", "Ryanair")."""
    if lw in _ORG_WORDS:
        return False  # "Bank" alone is no name
    if lang == "nl" and _is_org_word(lw, lang):
        return True
    return any(lw.endswith(e) and len(lw) >= len(e) + 3 for e in _COMPANY_ENDINGS)


# Dutch and Polish nouns that describe the organisation named next ("Netbeheerder Liander", "Koncern
# Orlen"), capitalised at the start of a sentence
_DESCRIPTORS_NL_PL = frozenset(
    "netbeheerder opslagbedrijf ontwikkelaar vakbond supermarktketen verzekeraar luchtvaartmaatschappij veiling "
    "concern spółka firma koncern przewoźnik".split()
)


# Dutch compounds naming a kind of company: "Zorgverzekeraar", "Energieleverancier", "Netbeheerder"
_DESCRIPTOR_ENDINGS_NL = (
    "verzekeraar",
    "beheerder",
    "leverancier",
    "ontwikkelaar",
    "producent",
    "vervoerder",
    "bedrijf",  # "Energiebedrijf Eneco" (but "Havenbedrijf Rotterdam": a place follows)
    "vereniging",  # "Ondernemersvereniging Koninklijke Horeca Nederland" (not "Vereniging Eigen Huis")
    "federatie",
    "organisatie",  # "Dierenrechtenorganisatie Animal Rights"
    "bond",  # "Onderwijsbond AOb" (a compound: "Bond" alone heads a name)
    "keten",  # "Bioscoopketen Pathé"
    "bureau",  # "Weerbureau X", "Toeristenbureau X" (not "Planbureau voor de Leefomgeving": linked by "voor")
    "partij",  # "Oppositiepartij X"
    "dienst",  # "Ambulancedienst X"
    "veiling",  # "Veiling X": the auction house
)


def _is_org_descriptor(lw: str, lang: str) -> bool:
    """German compounds that describe the organisation named next: "Energiekonzern", "Betreiber"."""
    if lang in ("nl", "pl"):
        return (
            lw in _DESCRIPTORS_NL_PL
            or (lang == "pl" and lw in _PL_KIND_HEADS)
            or (
                lang == "nl" and any(lw.endswith(e) and len(lw) >= len(e) + 3 for e in _DESCRIPTOR_ENDINGS_NL)
            )
        )
    return lang == "de" and lw.endswith(ORG_DESCRIPTOR_SUFFIXES_DE)


def _sentence_initial(lw: str, lang: str) -> bool:
    return lw in SENTENCE_INITIAL or (lang in _INTL and lw in SENTENCE_INITIAL_INTL)


def _tail_words(before: str, n: int = 8) -> list[str]:
    """The last words before a mention (lower-cased), nearest last; empty if not followed by a space."""
    if not before or not before[-1].isspace():
        return []
    return _WORD_RE.findall(before[-80:])[-n:]


def _told_in_french(lw: list[str]) -> bool:
    """ "a indiqué au Monde", "a confié à la Dépêche": a reporting verb, then à with an article."""
    if lw[-1:] in (["au"], ["aux"]):
        n = 1
    elif len(lw) >= 2 and lw[-2] == "à" and lw[-1] in ("la", "l'", "l’"):
        n = 2
    else:
        return False
    verb = lw[: len(lw) - n]
    return bool(verb) and (verb[-1] in _REPORT_1 or " ".join(verb[-2:]) in _REPORT_2)


_PLURAL_TITLES = frozenset(
    "radni posłowie councillors councilors ministers senators députés sénateurs conseillers diputados "
    "concejales raadsleden kamerleden abgeordnete stadträte".split()
)
# endings of French and Spanish adjectives of kind or place ("vecinal", "agraria", "agricole", "locale")
_ROMANCE_ADJ_ENDINGS = (
    "al",
    "ale",
    "ales",
    "ar",
    "aria",
    "ario",
    "aire",
    "ana",
    "ano",
    "ista",
    "ica",
    "ico",
    "ique",
    "iva",
    "ivo",
    "ive",
    "ense",
    "enne",
    "oise",
    "ole",
)
_PL_GENITIVE_CUES = frozenset("fundacji stowarzyszenia firmy koncernu spółki".split())
_ELIDED = re.compile(r"(?i:\b[ld])['’]$")


@lru_cache(maxsize=4096)
def _before_cues(before: str, lang: str = "en") -> dict[str, bool]:
    """The cue words before a mention (cached: the learned step asks again for the same mentions;
    callers only read the dict)."""
    elided = lang == "fr" and bool(_ELIDED.search(before))
    if elided:  # "selon l'Ifremer": the cues are in the words before the elided article
        before = before[:-2] + " "
    # "L'association Anticor": the elided article is not part of the cue word (d' stays: "d'après")
    ws = [re.sub(r"^[lL]['’](?=\w)", "", w) for w in _tail_words(before)]
    lw = [w.lower() for w in ws]
    c = dict.fromkeys(
        (
            "led_by",
            "report",
            "according",
            "title",
            "org",
            "org_at",
            "poss_det",
            "country_poss",
            "place_strong",
            "place_weak",
            "article",
            "org_gen",
            "place_kind",
            "place_art",
            "place_pl_prep",
            "place_along",
            "place_art_nl",
            "place_between",
        ),
        False,
    )
    if not lw:
        return c
    last = lw[-1]
    if last in _ARTICLES.get(lang, ()) or elided:
        c["article"] = True  # "the Evening Standard", "le Crédit Agricole": people take no article
        if lang == "en" and len(lw) >= 2 and lw[-2] in ("told", "tells", "telling"):
            c["org"] = True  # "told the Daily Record": people are told without "the"
    last2 = " ".join(lw[-2:])
    if lang == "fr" and _told_in_french(lw):
        c["org"] = True  # "a indiqué au Monde", "a confié à la Dépêche": people are told without an article
    if last in _REPORT_1 or last2 in _REPORT_2 or last in _ACCORDING_1:
        c["report"] = True
        c["according"] = last2 in ("according to", "d'après", "d’après") or last in _ACCORDING_1
    if last in ("by", "par") and len(lw) >= 2 and lw[-2] in _LED:
        c["led_by"] = True
    if last in _PLURAL_TITLES:
        c["org"] = True  # "Radni Koalicji Obywatelskiej": councillors of a party, not one person
    elif _is_title(last, lang):
        c["title"] = True
    if _is_org_descriptor(last, lang):
        c["org"] = True  # "der Energiekonzern Vattenfall"
    if last in PLACE_DESCRIPTORS:
        c["place_strong"] = True  # "Landkreis Deggendorf", "la provincia de"
    # "carmakers Stellantis and " / "energy firm "
    i = len(ws) - 1
    while i >= 0 and (
        ws[i] in (",", "and", "et", "&") or (ws[i][:1].isupper() and not ws[i].endswith((".", "!", "?")))
    ):
        i -= 1  # (not past a sentence's end: "prowadzi firmę Kajaki X. Limit uderzy")
    if i >= 0 and lw[i] in _ORG_CUES_BEFORE and not (i + 1 < len(ws) and ws[i + 1] == ","):
        c["org"] = True  # (but "del club, X," / "the company, X, said": a person in apposition)
    elif (
        lang in ("fr", "es")
        and i >= 1
        and i == len(lw) - 1
        and lw[i - 1] in _ORG_CUES_BEFORE
        and ws[i][:1].islower()
        and lw[i].endswith(_ROMANCE_ADJ_ENDINGS)
    ):
        c["org"] = True  # "la asociación vecinal X", "le syndicat agricole X": an adjective after the kind
    elif i >= 0 and lw[i] in _PL_GENITIVE_CUES and i == len(lw) - 1:
        c["org_gen"] = True  # "z raportu fundacji Zdrowa Polska" (but "rzecznik firmy Tomasz Kowal")
    elif (
        i >= 2
        and lw[i - 1] in ("de", "d'", "d’", "of")
        and lw[i - 2] in _ORG_CUES_BEFORE
        and ws[i][:1].islower()
    ):
        c["org"] = True  # "la société de transport Kerlan", "the group of companies"
    if last in _ORG_AT_1 and len(lw) >= 2 and lw[-2] in _ORG_AT_2:
        c["org_at"] = True
    if last in ("in", "dans") and len(lw) >= 2 and lw[-2] in _STAKE_IN:
        c["org_at"] = True  # "shares in Nordhavn", "a stake in X"
    if last in _POSS_DET:
        c["poss_det"] = True
    if last.endswith(("'s", "’s")):
        base = ws[-1][:-2]
        if base in COUNTRIES or (len(ws) >= 2 and f"{ws[-2]} {base}" in COUNTRIES):
            c["country_poss"] = True
    if last == "the" and len(lw) >= 2:
        lw2 = lw[:-1]
    else:
        lw2 = lw
    l1 = lw2[-1]
    if (
        l1 in _PLACE_STRONG_1
        or (
            l1 in ("of", "de", "du", "des", "del", "van", "von")
            and len(lw2) >= 2
            and (lw2[-2] in _PLACE_OF_NOUNS or lw2[-2] in _COMPASS or lw2[-2] == "près")
        )
        or (l1 == "in" and len(lw2) >= 2 and lw2[-2] == "based")
    ):
        c["place_strong"] = True
    elif last in _PLACE_WEAK_1 or (lang in _INTL and last in PLACE_PREPS_INTL):
        c["place_weak"] = True
    elif lang == "de" and (
        last in ("am", "vom") or (last in ("der", "dem") and len(lw) >= 2 and lw[-2] in _DE_LOC)
    ):
        # "in der Hollertau", "aus dem Kranichland", "am Oberrhein" (the name's shape decides; a key of its
        # own, so the learned step's cue features stay as trained)
        c["place_art"] = True
    if lang == "pl" and last in _PL_NEAR_PREPS and ws[-1].islower():
        # "nad Sołtówką" (a river or lake), "pod Dębnicą", "spod Borkowa" (near a town): a key of its
        # own, so the learned step's cue features stay as trained
        c["place_pl_prep"] = True
    # "in het Hageland", "boven de Ardennen": Dutch capitalises no common noun, so a name after a preposition
    # and its article is a region, a water or a body (the name's shape decides; a key of its own)
    if lang == "nl" and len(lw) >= 2 and last in ("de", "het") and lw[-2] in _NL_LOC_PREPS:
        c["place_art_nl"] = True
    # "between Portsmouth and Santander", "zwischen X und Y", "między X a Y": two places (in the tune files'
    # gold 13 of 14 such pairs; the other a company with its legal form)
    if last in _BETWEEN or _BETWEEN_AND.search(before):
        c["place_between"] = True
    # along a river or in its valley: "langs de X" (Dutch capitalises no common noun), "im Tal der X", "w
    # dolinie X", "nad potokiem X", "a orillas del X" (a key of its own, so the learned step's cue features
    # stay as trained)
    if (
        (lang == "nl" and len(lw) >= 2 and lw[-2] == "langs" and last in ("de", "het"))
        or (lang == "de" and len(lw) >= 2 and lw[-2] in ("tal", "tals", "tales") and last in ("der", "des"))
        or (
            # "am Fuß des X", "oberhalb des X", "die Auen des X", "die Wacholderheiden der X": the name's
            # shape must say landform too (_de_landform_compound), since "am Fuß des Berges" is no name
            lang == "de"
            and len(lw) >= 2
            and last in ("der", "des")
            and (lw[-2] in _DE_LAND_PARTS or lw[-2].endswith(_DE_LAND_PART_ENDS))
        )
        or (lang == "pl" and last in _PL_ALONG and ws[-1].islower())
        or (lang == "es" and len(lw) >= 3 and lw[-3:-1] == ["a", "orillas"] and last in ("del", "de"))
    ):
        c["place_along"] = True
    # "la vallée de la Lirette", "el valle de los Pedroches": a kind of land, "de", an article (not "à la
    # Banque Rurale": only the kind word is the cue); "wójt gminy Brzozówka", "wyspy Kołczyn": a Polish
    # kind of place in the genitive
    if (
        lang in ("fr", "es")
        and len(lw) >= 3
        and last in _ROMANCE_ARTS_LOWER
        and lw[-2] == "de"
        and lw[-3] in _PLACE_OF_NOUNS
        and ws[-3][:1].islower()  # "le Département de la Nature": a capitalised kind word is a name's
    ) or (lang == "pl" and last in _PL_PLACE_KINDS_GEN):
        c["place_kind"] = True
    return c


# what companies do, right after their name: sell, buy, pay, employ, export, cut or raise prices
BUSINESS_AFTER = re.compile(
    # (not "exports", "ships": nouns as often; not "sold for": a commodity's price, "Mackerel sold for £1,400")
    r"^\s+(?:sold(?!\s+for\b)|sells(?!\s+for\b)|buys|bought|pays|paid|shipped|employs|exported|hired|lowered|raised|"
    r"registró|vendió|compró|pagó|exportó|emplea|contrató|"
    r"a\s+vendu|a\s+acheté|a\s+racheté|a\s+payé|emploie|exporte|a\s+exporté|"
    r"sprzedał[aoy]?|kupił[aoy]?|obniżył[aoy]?|podniósł|podniosł[aoy]|zatrudnia|zwolnił[aoy]?|"
    r"verkocht|verkoopt|kocht|koopt|betaalt|betaalde|exporteert|verlaagde|verhoogde)\b"
)
REPORT_AFTER = re.compile(rf"^\s+(?:{_alt(REPORTING_VERBS_EN + tuple(REPORTING_VERBS_INTL))})\b")
APPOS_BEFORE = re.compile(rf"(?i:\b(?:{_TITLE}))\b[^,.;\n]{{0,40}},\s+$")
# "Fortescue, the iron ore miner", "Lumera, a cloud software company": an organisation described
ORG_APPOS_AFTER = re.compile(
    rf"^,\s+(?i:a|an|the|un|une|le|la|l['’]|el|una|het|een|der|die|das|ein|eine)\s+(?:[\w\-]+\s+){{0,3}}?"
    rf"(?i:{_alt(ORG_CUES_BEFORE | ORG_CUES_BEFORE_INTL)})\b"
)
APPOS_AFTER = re.compile(rf"^,\s+(?:(?i:a|an|the|un|une|le|la)\s+)?(?:[\w\-]+\s+){{0,3}}?(?i:{_TITLE})\b")
AGE_AFTER = re.compile(r"^,\s*(?:(?:aged|âgée?\s+de)\s+)?\d{1,3}\s*(?:ans\b)?\s*(?:[,.;)]|$)")
WHO_AFTER = re.compile(r"^,\s+who\b")
WHICH_AFTER = re.compile(r"^,\s+which\b")
ORG_AFTER = re.compile(rf"^\s+(?i:{_alt(ORG_CUES_AFTER)})\b")
ORG_POSS_AFTER = re.compile(
    r"^['’]s\s+(?i:chief executive|ceo|chairman|chairwoman|board|shares|spokes(?:man|woman|person)|factory|plant|"
    r"headquarters|boss|founder|employees|staff|workers|subsidiary|brand|profits?|revenues?|sales|stock|share price|"
    r"executives|management|parent company|website|statement)\b"
)
PLACE_AFTER = re.compile(rf"^\s+(?i:{_alt(PLACE_CUES_AFTER)})\b")
PLACE_COMMA_COUNTRY = re.compile(rf"^,\s+(?:{_alt(COUNTRIES)})\b")
POSS_AFTER = re.compile(r"^['’]s\b")
SCORE_AFTER = re.compile(r"^\s+\d{1,2}[-–]\d{1,2}\b(?![-–]\d)")
BEAT_SCORE_AFTER = re.compile(
    r"^\s+(?:beat|beats|defeated|edged|thrashed|drew\s+with|lost\s+to|schlug|verlor\s+gegen|battu|a\s+battu|"
    r"venció\s+al?|won\s+against|versloeg|pokonał[ao]?)\s+[A-ZÀ-Þ][\w\-’' ]{1,40}?\s+\d{1,2}[-–:]\d{1,2}\b"
)
FR_PLACE_RE = re.compile(r"^(?:Saint|Sainte|St)-|-(?:sur|en|lès|lez|la|le|les|de|du|aux)-")
_AFFIX_RE = re.compile(r"^(?:[\w\-]+-(?:based|born|led|owned|backed|listed|registered)|[RDI]-)(?=[A-Z]|$)")


def _is_sentence_start(text: str, s: int) -> bool:
    i = s - 1
    quote = False
    while i >= 0 and text[i] in " \t\u00a0\"“”«»'‘’-–—(":
        if text[i] in "\"“«'‘(—–-":
            quote = True
        i -= 1
    if i < 0:
        return True
    return quote or text[i] in ".!?\n:"


def _is_acronym(tok: str) -> bool:
    letters = tok.replace("&", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _known_place(name: str) -> bool:
    return name in COUNTRIES or name in CITIES or name in REGIONS or place_weight(name) >= 3


# "City of York Council", "County of Durham Council": a kind of place, "of", a name ending in an
# organisation word
_PLACE_KIND_NOUNS = frozenset("city county borough town district state province municipality".split())


_TITLE_OF_RE = re.compile(r"([\w\-]+)\s+(?:d['’]|de\s+|of\s+|of\s+the\s+)$")
# a minister's portfolio after "for"/"van"/"für" ("Minister for Housing", "minister van Visserij")
_TITLE_FOR_RE = {
    "en": re.compile(r"([\w\-]+)\s+for\s+$"),
    "nl": re.compile(r"([\w\-]+)\s+van\s+$"),
    "de": re.compile(r"([\w\-]+)\s+für\s+$"),
}
_PORTFOLIO_TITLE = re.compile(
    r"minister|secretary|staatssecretaris|staatssekretär|gedeputeerde|schepen|wethouder|senator|dezernent"
)


def _title_of_before(text: str, a: int, lang: str) -> bool:
    """A title and "de"/"of" right before: "conseillère d'État", "Secretary of State" name a role."""
    m = _TITLE_OF_RE.search(text, max(0, a - 40), a)
    if m is None and lang in _TITLE_FOR_RE:
        m = _TITLE_FOR_RE[lang].search(text, max(0, a - 40), a)
        # only an office that holds a portfolio ("a spokesman for Severn Water" names an employer)
        if m is not None and not _PORTFOLIO_TITLE.search(m.group(1).lower()):
            return False
    return m is not None and _is_title(m.group(1).lower(), lang)


def _run_ends_in_org_word(text: str, toks: list[tuple[int, int]], a: int, lang: str) -> bool:
    """Whether the words from `a` up to the next connector (or the end) end in an organisation word."""
    last = None
    for t in toks:
        if t[0] < a:
            continue
        if last is not None and text[last[1] : t[0]].strip():
            break
        last = t
    return last is not None and _is_org_word(text[last[0] : last[1]].lower(), lang)


# Compounds that head a name rather than describe the one that follows: "Bundesverband Wärmepumpe",
# "Landesamt für Umwelt" (while "Fahrgastverband Pro Bahn" is a descriptor and a name)
_PLACE_ON = frozenset(["aan", "aan de", "aan den", "am", "an der", "upon", "op"])
_SEA_WORDS = frozenset("Zee See Sea Meer Mer".split())
_VENUE_FIRST = frozenset("stade estadio estádio stadio stadion palais parc".split())
# Spanish and French kinds of land that name a place with "de" ("Sierra de X", "Ciudad de X", "Val de X")
_ROMANCE_LAND_FIRST = frozenset("sierra tierra campo valle ribera costa val pays plaine ciudad paso".split())
_ROMANCE_PLACE_GAPS = frozenset(["de", "del", "de la", "de los", "de las", "du", "des"])


def _romance_place_of(first: str, rest: list[str], lang: str) -> bool:
    """A kind of land or a town, "de", and a name is one place: "Sierra de Morvedal", "Villahermosa de
    los Pinares", "Croix de Vérolles" (not "Ayuntamiento de Jerez": an organisation's head word)."""
    lw = first.lower()
    return (
        lang in ("es", "fr")
        and (lw in _ROMANCE_LAND_FIRST or (_place_like(first, lang) and lw not in _FIRST_NAMES))
        and not _is_org_word(lw, lang)
        and bool(rest)
        and not any(_is_org_word(w.lower(), lang) or w.lower() in _FIRST_NAMES for w in rest)
    )


_VENUE_LINKS = frozenset("de du des del la".split())
_DE_AREA_ENDINGS = ("land", "gau", "gäu", "tal", "wald", "viertel", "kreis")
_DE_LOC = frozenset("in an aus von".split())
# a German preposition with its article: a town takes "in" alone, a landscape or river the article
_DE_WITH_ARTICLE = re.compile(r"\b(?:[iI]m|[aA]m|[vV]om|(?:[iI]n|[aA]n|[aA]us|[vV]on) (?:der|dem))\s+$")
# landscape endings ("-au": Aue, wet land by a river) and the common nouns that share them
# ("Mischwald", "Ehefrau")
_DE_LANDSCAPE_ENDINGS = _DE_AREA_ENDINGS + ("au",)
_DE_NOT_LANDSCAPE = tuple(
    "frau schau bau stau mischwald laubwald nadelwald urwald bergwald schutzwald".split()
)


def _german_landscape(name: str) -> bool:
    """A German word shaped like a landscape: "Hollertau", "Kornwald", "Westergäu"."""
    lw = name.lower()
    return (
        " " not in lw
        and len(lw) >= 6
        and lw.endswith(_DE_LANDSCAPE_ENDINGS)
        and not lw.endswith(_DE_NOT_LANDSCAPE)
        and lw not in NOT_PLACES_DE
    )


_DE_PART_OF = re.compile(r"(?:Ober|Unter|Nieder|Mittel|Nord|Süd|Ost|West)(\w{4,})")
_DE_PLACE_ADJ = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:er|ische|ischer|isches|ischen|ischem)")
_DE_LANDFORMS = frozenset(
    "wald gebirge heide bucht becken alb alpen schweiz bergland seenplatte marsch gletscher see tal".split()
)
# German: a part of the land before "des"/"der" and a name ("am Fuß des X", "die Auen des X"), and the
# last part of a compound landform name in the genitive ("Nebelhorns", "Sandbachs", "Hohenalb")
_DE_LAND_PARTS = frozenset(
    "fuß hang hänge hängen gipfel auen ufer ufern rand hochlagen flanke mündung quelle oberhalb unterhalb".split()
)
_DE_LAND_PART_ENDS = ("wäldern", "heiden", "hängen", "ufern")
_DE_TAL_BEFORE = re.compile(r"(?i:\btal(?:e?s)?\s+de[rs]\s+)$")
_DE_COMPOUND_LANDFORMS = ("bach", "berg", "horn", "wald", "feld", "alb")


def _de_genitive_forms(lw: str) -> tuple[str, ...]:
    """A German noun as written and without a genitive "-es"/"-s" ("Moores" -> "moor", "Sandbachs" -> "sandbach")."""
    return (lw, lw[:-2] if lw.endswith("es") else "", lw[:-1] if lw.endswith("s") else "")


def _de_landform_compound(lw: str) -> bool:
    """A compound German landform name, in the genitive or not: "Sandbachs", "Frankenwaldes", "Hohenalb"
    (not the bare noun: "Berges", "Waldes")."""
    return any(
        form.endswith(end) and len(form) >= len(end) + 3
        for form in _de_genitive_forms(lw)
        for end in _DE_COMPOUND_LANDFORMS
    )


# Dutch: an adjective made from a place's name ("Gelderse", "Drentsche", "Dokkumer"), then a landform or a
# water ("aa" and "ee" are streams, "waard" land by a river)
_NL_PLACE_ADJ = re.compile(r"[A-Z][a-z]+(?:se|sche|er)")
_NL_LANDFORMS = frozenset(
    "vallei dal stroom stromen zand aa ee waard heuvelrug heide veen venen polder duinen meren plassen bossen "
    "vlakte delta uiterwaarden laagte broek".split()
)
# the last part of a compound landform ("Grenzwald", "Hügelland", "Kammhöhe"), and a river's "Ache"
_DE_LANDFORM_ENDS = ("wald", "gebirge", "heide", "land", "moor", "meer", "höhe", "niederung", "aue")


def _de_landform(lw: str) -> bool:
    """A German landform noun, plain or in the genitive ("Moores", "Waldes"), or a compound ending in one."""
    return any(
        form and (form in _DE_LANDFORMS or form == "ache" or form.endswith(_DE_LANDFORM_ENDS))
        for form in _de_genitive_forms(lw)
    )


# German verbs of saying that also take an object: "forderte Entschädigungen" (every noun is capitalised)
_DE_OBJECT_VERBS = frozenset("forderte fordert forderten kritisierte kritisiert warnte betonte".split())
# Single-word landforms by their last part: German and Dutch write them as one word
_LANDFORM_ENDINGS = {"de": ("see", "gebirge"), "nl": ("zee", "meer")}
_HIGH_LOW = frozenset("haut haute hauts hautes bas basse basses alto alta bajo baja".split())
_HEAD_PREFIXES = ("bundes", "landes", "staats", "rijks", "universitäts", "stadt", "kreis", "bezirks")


def _de_genitive_adjective(w: str, lang: str) -> bool:
    """A German adjective in the genitive plural after a head noun without article ("Deutscher",
    "Bayerischer"), not one made from a town's name ("Wiener", "Hamburger")."""
    return (
        len(w) > 5
        and w.endswith("er")
        and w[1:].islower()
        and w.lower() not in _FIRST_NAMES
        and not _place_like(w[:-2], lang)
        and not _place_like(w[:-2] + "en", lang)
        and w[:-2].lower().endswith(("sch", "ig", "lich", "al"))  # "-isch" ends in "sch"
    )


def _noun_then_short_name(text: str, toks: list[tuple[int, int]], lang: str) -> bool:
    """German and Dutch: a capitalised common noun, then one acronym or camel-case word, is a
    descriptor and its organisation ("das Handelshaus KornWerk", "Bürgerinitiative BLV"; Dutch nouns only
    at a sentence's start): the short name is complete by its shape (not "Amsterdam UMC": a place; not
    "Deutsche BKK": an adjective)."""
    if lang not in ("de", "nl") or len(toks) != 2:
        return False
    w, name = text[toks[0][0] : toks[0][1]], text[toks[1][0] : toks[1][1]]
    lw = w.lower()
    if lang == "nl" and not _is_sentence_start(text, toks[0][0]):
        return False
    return (
        (_is_acronym(name) or bool(_CAMEL.match(name)))
        and name not in _LEGAL_WORDS
        and len(w) >= 6
        and w[1:].islower()
        and lw not in _FIRST_NAMES
        and not lw.endswith(("sche", "scher", "sches", "schen", "ische"))
        and not _place_like(w, lang)
        and not (lw.endswith("er") and _place_like(w[:-2], lang))  # "Berliner", "Kölner"
        and w not in DEMONYMS
        and text[toks[0][1] : toks[1][0]] == " "
    )


def _descriptor_then_name(text: str, toks: list[tuple[int, int]], lang: str) -> bool:
    """The first word describes the organisation named by the words after it: "Energiekonzern
    Vattenfall", "Regulierungsbehörde E-Control", "Materiaalbedrijf Umicore", "Fahrgastverband Pro Bahn"
    (not "Mieterverein München" or "Havenbedrijf Rotterdam", named after their place)."""
    lw = text[toks[0][0] : toks[0][1]].lower()
    if _noun_then_short_name(text, toks, lang):
        return True
    if lang == "pl" and lw in _PL_KIND_HEADS:
        # "Fundacja Zielona Wstęga protestuje": the kind before a name in the nominative; it heads a
        # complement in the genitive ("Stowarzyszenie Hodowców Kóz") or an agreeing adjective
        # ("Spółdzielnia Mieszkaniowa X")
        words = [text[x:y].lower() for x, y in toks[1:]]
        return not (
            words[0].endswith(("owa", "owe", "owy")) or any(w.endswith(_PL_GEN_COMPLEMENT) for w in words)
        )
    if (
        lang in ("de", "nl")
        and len(toks) >= 3
        and lw.endswith(_WORKSHOP_ENDINGS)
        and len(lw) >= 8
        and not lw.endswith("kraftwerk")  # "Kraftwerk X Y": a plant, a place
        and text[toks[0][1] : toks[1][0]] == " "
    ):
        return True  # "Zimmerei Holzbau Egender KG", "Drukkerij X & Zonen B.V.": the workshop, then its name
    if not _is_org_descriptor(lw, lang) or lw.startswith(_HEAD_PREFIXES):
        return False
    if text[toks[0][1] : toks[1][0]].strip():
        return False  # "Planbureau voor de Leefomgeving": linked by a connector, the word heads the name
    if lang == "de" and len(toks) == 2 and lw.endswith(_DE_NAMED_AFTER_HEADS):
        one = text[toks[1][0] : toks[1][1]]
        if not _is_acronym(one) and not any(ch.isupper() for part in one.split("-") for ch in part[1:]):
            # "Naturschutzverein Mittelbaden", "Volksbank Allgäu-Oberschwaben": named after one word (a
            # region mostly); "Fahrgastverband Pro Bahn", "Maschinenbauverband VDMA" describe
            return False
    rest = text[toks[1][0] : toks[-1][1]]
    if _place_like(rest, lang) or _place_like(rest.split("-")[0], lang):
        return False
    if lang == "de" and len(toks) >= 3 and _de_genitive_adjective(text[toks[1][0] : toks[1][1]], lang):
        return False  # "Verband Deutscher Obstbauern": a complement in the genitive plural, part of the name
    org_words = [_is_org_word(text[x:y].lower(), lang) for x, y in toks[1:]]
    # a complete name ending in an organisation word may follow ("Konzern Deutsche Bahn")
    return not any(org_words) or (len(toks) >= 3 and org_words[-1] and not any(org_words[:-1]))


# German and Dutch workshop nouns: before a name of two words or more they describe the firm
_WORKSHOP_ENDINGS = ("erei", "werk", "erij")
# German associations, clubs and banks, often named after a region ("Regionalverband Ruhr")
_DE_NAMED_AFTER_HEADS = ("verband", "verbands", "verein", "vereins", "bank")
# Polish kinds of body that head a name only with a complement ("Fundacja X" names X), and the endings of
# such complements: a genitive plural ("Hodowców", "Polskich", "Lekarzy") or a verbal noun ("Ratowania")
_PL_KIND_HEADS = frozenset("fundacja stowarzyszenie spółdzielnia wydawnictwo stocznia fabryka".split())
_PL_GEN_COMPLEMENT = ("ów", "ych", "ich", "rzy", "nia", "enia")
# Polish adjective endings (nominative and oblique): "Państwowa", "Głównego", "Miejskie", "Polskiej"
_PL_ADJ_ENDINGS = (
    "ski", "ska", "skie", "skiego", "skiej", "cki", "cka", "ckie", "ckiego", "ckiej", "kiego", "kiej",
    "owy", "owa", "owe", "owego", "owej", "ny", "ne", "nego", "nej", "alna", "alny", "alne", "ły", "łe",
    "łego", "łej", "wy", "we", "wego", "wej",
)  # fmt: skip
_ROMANCE_ARTICLES = frozenset("El La Le Les Los Las".split())
# German nouns for what someone does ("Winzer", "Imkerin", "Landwirt", "Bäuerin", "Pianist")
_DE_AGENT_ENDINGS = ("er", "erin", "in", "wirt", "wirtin", "ist", "istin", "eur", "eurin") + (
    # roles by office or trade: "Regierungsrat", "Obmann", "Obfrau", "Toxikologe", "Sachverständige"
    "rat",
    "rätin",
    "mann",
    "frau",
    "loge",
    "ständige",
)
_DE_APPOS_ROLE = re.compile(
    r"^,\s+([A-ZÄÖÜ][a-zäöüß]{3,})\s+(?:in|im|bei|beim|der|des|von|vom|aus|am|an|auf|für)\s"
)
_DE_ROLE_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-ZÄÖÜ][a-zäöüß]{3,}) $")


# nouns for what someone does, by language ("Winzer", "Boatbuilder", "Beekeeper", "Molenaar", "Bakker")
_AGENT_ENDINGS = {
    "de": _DE_AGENT_ENDINGS,
    "en": ("er", "or", "ist"),
    "nl": ("aar", "er", "ier", "ist", "eur", "or"),
    # "Maszynista", "Ornitolog", "Plantatorka", "Trener", "Wikliniarz"
    "pl": ("ista", "ysta", "istka", "ystka", "log", "lożka", "tor", "torka", "arz", "arka", "er", "erka"),
}
_ROLE_RUN_END = re.compile(r",|\s+[a-zà-ÿ]")


def _role_run_ends(text: str, end: int) -> bool:
    """A person's name in a sentence is followed by a comma or a lower-case verb ("Bakker Sjoerd Walinga
    koopt", "Boatbuilder Teodric Vallowby, who"), not by more of a title or an address."""
    return _ROLE_RUN_END.match(text, end) is not None


def _role_before_given_name(text: str, g: list[tuple[int, int]], lws: list[str], lang: str) -> int:
    """Where a person's name starts after one or two capitalised words that are no names: a role not
    in the word lists ("Constable Rachel Okafor", "Analityk Jakub Bogucki"). 0 when there is none."""
    if not (_is_sentence_start(text, g[0][0]) or lang == "de"):
        # mid-sentence the word before may be a given name the lists lack ("Abdi Noor Hassan"); in German
        # every noun is capitalised, so a word before a given name is a role ("Torhüter Jonas Erdmann")
        return 0
    if (
        lang in _AGENT_ENDINGS
        and len(g) == 3
        and lws[0].endswith(_AGENT_ENDINGS[lang])
        and (lang == "de" or _role_run_ends(text, g[-1][1]))
        and lws[0] not in _FIRST_NAMES
        and lws[0] not in STOP
        and not _is_org_descriptor(lws[0], lang)
        and lws[1] not in _PERSON_PARTICLES
        and lws[2] not in _PERSON_PARTICLES  # "Pluimvee Van den Brink": the name goes on
        # "Uitgever Mediahuis Noord-Oost": a region's name, a company's
        and not any(p in _COMPASS_ADJ or p in _COMPASS for p in lws[2].split("-"))
        and not any(_is_org_word(w, lang) or w in DEMONYMS for w in lws)
        and not any(_known_place(text[x:y]) for x, y in g)
        and not _known_place(text[g[0][0] : g[0][1] - 2])  # "Kölner", "Münchner": of a town, no role
        and all(text[x[1] : y[0]] == " " for x, y in zip(g, g[1:], strict=False))
    ):
        # "sagte Winzer Lorenz Haberl", and at a sentence's start "Boatbuilder Teodric Vallowby, who": a noun
        # for what someone does, then a given name the lists lack
        return 1
    for i in (1, 2):
        if len(g) < i + 2 or lws[i] not in _FIRST_NAMES:
            continue
        lead = lws[:i]
        rest = lws[i + 1 :]
        if any(
            w in _FIRST_NAMES
            or w in _PERSON_PARTICLES
            or _is_org_word(w, lang)
            or w in PLACE_FIRST_OF
            or w in _VENUE_FIRST
            or w in CLUB_FIRST_WORDS
            or _known_place(text[g[k][0] : g[k][1]])
            for k, w in enumerate(lead)
        ):
            return 0
        if any(_is_org_word(w, lang) for w in rest) or any(
            text[x[1] : y[0]] != " " for x, y in zip(g[: i + 1], g[1 : i + 1], strict=False)
        ):
            return 0
        return i
    return 0


def _org_after_particle(text: str, toks: list[tuple[int, int]], a: int, lang: str) -> bool:
    """The capitalised words from `a` to the next connector name an organisation: one of them is an
    organisation word, or a known place comes first and more words follow ("Utrecht University")."""
    run = [t for t in toks if t[0] >= a]
    for k in range(1, len(run)):
        if text[run[k - 1][1] : run[k][0]].strip():
            run = run[:k]
            break
    words = [text[x:y] for x, y in run]
    if any(_is_org_word(w.lower(), lang) for w in words):
        return True
    return len(words) >= 2 and _place_like(words[0], lang)


def _split_sequence(text: str, s: int, e: int, lang: str = "en") -> list[tuple[int, int]]:
    """Trim sentence-initial words and titles; split at dates and unjustified connectors."""
    toks = [(m.start() + s, m.end() + s) for m in _TOK_RE.finditer(text[s:e])]
    # drop tokens with digits ("R4") and single letters
    toks = [(a, b) for a, b in toks if not any(c.isdigit() for c in text[a:b]) and b - a > 1]
    if not toks:
        return []
    # leading stop words / sentence-initial words / titles
    while toks:
        a, b = toks[0]
        w = text[a:b]
        lw = w.lower()
        if _is_sentence_start(text, a) and (_sentence_initial(lw, lang) or _is_title(lw, lang)):
            toks.pop(0)
            continue
        if len(toks) > 1 and (
            _is_title(lw, lang) or (lw in PLACE_DESCRIPTORS and not text[b : toks[1][0]].strip())
        ):
            toks.pop(0)
            continue
        if len(toks) > 1 and _descriptor_then_name(text, toks, lang):
            toks.pop(0)  # "Energiekonzern Vattenfall" (but "Mieterverein München" is one name)
            continue
        if lw in STOP and lw not in ("he",) and not _is_sentence_start(text, a) and len(toks) == 1:
            toks.pop(0)
            continue
        if lw in ("the", "le", "la", "les", "los", "las") and len(toks) > 1:
            if w == "The" and lang == "en" and not _is_sentence_start(text, a):
                break  # "published in The Lancet": a title that starts with "The"
            if not _is_sentence_start(text, a) and _place_like(text[a : toks[1][1]], lang):
                break  # "en La Rioja", "au Le Havre": the article is part of the place's name
            if lang in ("fr", "es") and not _is_sentence_start(text, a):
                break  # "la empresa Las Marías", "racheté par Le Phare": articles are written in lower case
                # inside a sentence, so a capitalised one starts the name
            toks.pop(0)
            continue
        break
    if not toks:
        return []
    # "Swiss-based MSC", "R-Ohio": drop the descriptive prefix or the party letter
    a0, b0 = toks[0]
    am = _AFFIX_RE.match(text[a0:b0])
    based: list[tuple[int, int]] = []
    if am and text[a0].isupper() and am.group(0).endswith("-based"):
        based.append((a0, a0 + am.end() - len("-based")))  # "Perth-based": Perth is a place
    if am:
        if am.end() == b0 - a0:
            toks.pop(0)
        else:
            toks[0] = (a0 + am.end(), b0)
        if not toks:
            return based
    # "Treasury Secretary Scott Bessent": keep what follows a title inside the sequence
    for i in range(len(toks) - 3, -1, -1):
        if _is_title(text[toks[i][0] : toks[i][1]].lower(), lang):
            toks = toks[i + 1 :]
            break
    # split into groups at date words and at gaps that hold a connector not justified by an org word
    # (or by a legal form at the end: "Aguas de Levante SL")
    legal_tail = len(toks) >= 2 and text[toks[-1][0] : toks[-1][1]] in _LEGAL_WORDS
    groups: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for a, b in toks:
        w = text[a:b]
        if w in _DATE_WORDS and (not cur or len(toks) == 1) and not (len(w) <= 4 and len(toks) > 1):
            # (an abbreviated month before a name is a first name: "Jan de Groot")
            if cur:
                groups.append(cur)
            cur = []
            continue
        if cur:
            gap = text[cur[-1][1] : a].strip().lower()
            if gap and gap != "&":
                prev_words = {text[x:y].lower() for x, y in cur}
                prev_org = legal_tail or any(_is_org_word(w, lang) for w in prev_words)
                if gap.split()[0] in _AND and " " in gap:
                    # "Comisión Nacional de los Mercados y la Competencia": "and the" goes on a name
                    # whose complement has begun ("de los ..."), with a plain word after it (not "el
                    # Ayuntamiento de Sevilla y la Junta": a second organisation)
                    nxt = text[a:b]
                    begun = any(
                        text[x[1] : y[0]].strip().lower() in _ORG_GAPS
                        for x, y in zip(cur, cur[1:], strict=False)
                    )
                    # "Comisión Nacional Bancaria y de Valores": "and of" goes on a name led by its head word
                    and_of = gap in ("y de", "y del", "et de", "et du") and _is_org_word(
                        text[cur[0][0] : cur[0][1]].lower(), lang
                    )
                    org_ok = (
                        (begun or and_of)
                        and prev_org
                        and not _is_org_word(nxt.lower(), lang)
                        and nxt not in KNOWN_ORGS
                        and not _place_like(nxt, lang)
                        and not _is_acronym(nxt)
                        and nxt.lower() not in _FIRST_NAMES
                    )
                elif gap in _AND:
                    # "Department for Work and Pensions", "Maritime and Coastguard Agency", not
                    # "Barclays and Lloyds Bank" nor "Department for Transport and Network Rail"
                    run = [(a, b)]  # the words after "and" up to the next connector
                    for t in toks:
                        if t[0] > run[-1][0]:
                            if text[run[-1][1] : t[0]].strip():
                                break
                            run.append(t)
                    head = text[cur[0][0] : cur[-1][1]]
                    run_org = _is_org_word(text[run[-1][0] : run[-1][1]].lower(), lang)
                    # "... Agency and": a complete name; "University and College Union": not yet
                    complete = len(cur) > 1 and _is_org_word(text[cur[-1][0] : cur[-1][1]].lower(), lang)
                    run_text = text[run[0][0] : run[-1][1]]
                    run_words = run_text.split()
                    # "Department for Energy Security and Net Zero", "Ministerstwo Kultury i Dziedzictwa
                    # Narodowego": the name's head word comes first and its complement goes on after "and"
                    # (not "Department for Transport and Network Rail", a second name)
                    head_led = (
                        len(cur) >= 2
                        and _is_org_word(text[cur[0][0] : cur[0][1]].lower(), lang)
                        and not any(_is_org_word(w.lower(), lang) for w in run_words)
                        and run_words[-1].lower() not in COMPANY_LAST_WORDS
                        and run_text not in KNOWN_ORGS
                        and run_words[0].lower() not in _FIRST_NAMES
                        and not _place_like(run_text, lang)
                    )
                    org_ok = not complete and (
                        (run_org and head not in KNOWN_ORGS and not _is_acronym(head))
                        or (prev_org and (len(run) == 1 or run_org))
                        or head_led
                    )
                else:
                    # "City of York Council": the words after "of" end in an organisation word
                    org_ok = gap in _ORG_GAPS and (
                        prev_org
                        or (
                            len(cur) == 1
                            and text[cur[0][0] : cur[0][1]].lower() in _PLACE_KIND_NOUNS
                            and _run_ends_in_org_word(text, toks, a, lang)
                        )
                    )
                # one particle per name: "Pieter van Dam" but not "Pieter van Dam van Maersk"
                person_ok = (
                    (gap in _PERSON_PARTICLES or gap in _PERSON_PARTICLES_2)
                    and (
                        # one particle after a given name and nothing between ("Pieter van Dam", "Álvaro
                        # Sáenz de Ugarte"), two right after a given name ("Kees van der Lugt"; not "Uwe
                        # Lange von der Diakonie")
                        (gap in _PERSON_PARTICLES and text[cur[0][0] : cur[0][1]].lower() in _FIRST_NAMES)
                        or text[cur[-1][0] : cur[-1][1]].lower() in _FIRST_NAMES
                    )
                    and not any(text[x[1] : y[0]].strip() for x, y in zip(cur, cur[1:], strict=False))
                    # "Anneke Verhoef van Utrecht University", "Marie Dubois de Lyon Métropole": what follows
                    # the particle is an organisation (an organisation word, or a place then more words),
                    # not the rest of a surname
                    and not _org_after_particle(text, toks, a, lang)
                )
                first_lw = text[cur[0][0] : cur[0][1]].lower()
                place_ok = (gap in ("of", "of the") and first_lw in PLACE_FIRST_OF) or (
                    len(cur) == 1 and first_lw in _VENUE_FIRST and gap in ("de", "du", "des", "de la", "del")
                )  # "Stade de France"
                if not place_ok and gap in _ROMANCE_PLACE_GAPS and len(cur) == 1:
                    # "la Sierra de Morvedal", "Villahermosa de los Pinares": one place
                    later = [t for t in toks if t[0] >= a]
                    # "Cofradía de Pescadores de Cangas": a second "de" makes it a body of a place
                    again = any(
                        text[x[1] : y[0]].strip().lower() in _ROMANCE_PLACE_GAPS
                        for x, y in zip(later, later[1:], strict=False)
                    )
                    place_ok = (
                        not again
                        and _romance_place_of(
                            text[cur[0][0] : cur[0][1]], [text[x:y] for x, y in later], lang
                        )
                        and not (
                            _is_sentence_start(text, cur[0][0])
                            and text[cur[0][0] : cur[0][1]].lower() in STOP
                        )
                    )
                if not place_ok and gap == "nad" and lang == "pl":
                    # "Zagórze nad Sołtówką": a town named with its river in the instrumental singular
                    last = text[a:b].lower()
                    place_ok = (
                        len(cur) == 1
                        and not _is_sentence_start(text, cur[0][0])  # "Rybacy nad Sołtówką": a common noun
                        and last.endswith(("ą", "em", "iem"))
                        and not _is_org_word(text[cur[0][0] : cur[0][1]].lower(), lang)
                        and text[cur[0][0] : cur[0][1]].lower() not in _FIRST_NAMES
                    )
                if not place_ok and gap in _PLACE_ON:
                    # "Wijk aan Zee", "Frankfurt am Main", "Newcastle upon Tyne", "Bergen op Zoom"
                    last = text[a:b]
                    whole = text[cur[0][0] : b]
                    place_ok = (
                        _place_like(whole, lang)
                        or last in _SEA_WORDS
                        or (_place_like(text[cur[0][0] : cur[-1][1]], lang) and last in RIVERS)
                    )
                if not (org_ok or person_ok or place_ok):
                    groups.append(cur)
                    cur = []
        cur.append((a, b))
    if cur:
        groups.append(cur)
    out: list[tuple[int, int]] = list(based)
    for g in groups:
        # "Warnstreiks der Gewerkschaft Verdi": a role or descriptor word starting a later group
        while len(g) > 1:
            lw = text[g[0][0] : g[0][1]].lower()
            linked = bool(text[g[0][1] : g[1][0]].strip())  # "Wijk aan Zee": a connector follows the word
            if (
                _is_title(lw, lang)
                or (lw in PLACE_DESCRIPTORS and not linked)
                or _descriptor_then_name(text, g, lang)
            ):
                g = g[1:]
            else:
                break
        words = [text[a:b] for a, b in g]
        # "AESC France": split a trailing country off an acronym or a known organisation
        if (
            len(g) >= 2
            and words[-1] in COUNTRIES
            and (" ".join(words[:-1]) in KNOWN_ORGS or _is_acronym(words[0]))
        ):
            out.append((g[0][0], g[-2][1]))
            out.append(g[-1])
            continue
        # "Prezes Narodowego Banku Polskiego Piotr Nowak": an organisation then a person's name
        lws = [w.lower() for w in words]
        cut = next(
            (
                i
                for i in range(1, len(g) - 1)
                if (lws[i] in _FIRST_NAMES and any(_is_org_word(x, lang) for x in lws[:i]))
                # "prezydent Zagórza nad Sołtówką Jan Nowak": a town named with its river, then a person
                or (i >= 2 and lws[i] in _FIRST_NAMES and text[g[i - 2][1] : g[i - 1][0]].strip() == "nad")
                or (
                    i == 1
                    and len(g) >= 3
                    and not any(_is_org_word(x, lang) for x in lws[1:])
                    and _title_of_before(text, g[0][0], lang)
                )
            ),
            None,
        )
        if cut is not None:
            if not _title_of_before(text, g[0][0], lang):  # "conseillère d'État Nathalie Fontaine"
                out.append((g[0][0], g[cut - 1][1]))
            out.append((g[cut][0], g[-1][1]))
            continue
        role = _role_before_given_name(text, g, lws, lang)
        if role:
            out.append((g[role][0], g[-1][1]))  # "Skipper Rachel Okafor", "Gedeputeerde Erik Nijhuis"
            continue
        # "beim Amtsgericht Nürnberg Insolvenz angemeldet": a German noun after the institution's place
        if (
            lang == "de"
            and len(g) >= 3
            and german_org_compound(lws[0])
            and _place_like(words[1], lang)
            and not any(_place_like(w, lang) or _is_org_word(w.lower(), lang) for w in words[2:])
        ):
            out.append((g[0][0], g[1][1]))
            continue
        # events named like people: "Storm Ashling", "Hurricane Ida"
        if len(g) >= 2 and lws[0] in _EVENT_WORDS:
            continue
        # acronym followed by a name without org words: split ("ACC Yann" is unlikely, "IG Metall" is)
        out.append((g[0][0], g[-1][1]))
    return out


_LEGAL_WORDS = frozenset(f.rstrip(".") for f in LEGAL_FORMS if " " not in f)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}[ \u00a0]$")
_LEGAL_RE = re.compile(rf"(?:{_alt(LEGAL_FORMS)})(?![\w])")
_LAST_TOKEN_RE = re.compile(r"[^ \u00a0]+$")
_SENTENCE_ON = re.compile(rf"\s*(?:$|\n|[\"“”«»]|[{_UP}])")


def _legal_form(text: str, a: int, b: int) -> tuple[int, int, bool]:
    """Widen a name over the legal form that ends it, with its dots ("Carver Foods Inc.", "Valmont
    S.A.", "Baltic Wind Sp. z o.o."), and drop a descriptor before it ("Spółka Baltic Wind Sp. z
    o.o."). A final dot that also ends the sentence is left out."""
    last = _LAST_TOKEN_RE.search(text, a, b)
    m = None
    if last and last.start() > a:
        m = _LEGAL_RE.match(text, last.start())
    if (not m or m.end() < b) and b + 1 < len(text) and text[b] in " \u00a0":
        m2 = _LEGAL_RE.match(text, b + 1)
        form = m2.group(0) if m2 else ""
        m = (
            m2 if m2 and ((form[:1] in "Ssp" and "." in form) or form.count(".") >= 2 or form == "plc") else m
        )  # " S.A.", " sp. z o.o.", " plc" (lower case), " B.V.", " S.R.L." (dotted initials): none is part
        # of the capitalised run
    if not m or m.end() < b:
        return a, b, False
    end = m.end()
    if text[end - 1] == "." and _SENTENCE_ON.match(text, end) and m.group(0).count(".") == 1:
        end -= 1  # "... bought by Carver Foods Inc. The deal": the dot ends the sentence
    first = _TOK_RE.match(text, a)
    second = _TOK_RE.match(text, first.end() + 1) if first and first.end() < end else None
    if (
        first
        and first.end() < end
        and text[first.end()] == " "
        and (
            text[a : first.end()].lower() in _ORG_CUES_BEFORE
            # "Drukkerij X B.V.": a Dutch trade in -erij (a printing works, a smokehouse) names the kind
            or (text[a : first.end()].lower().endswith("erij") and second is not None and second.end() < end)
            # "Betreibergesellschaft Torfa AG": a German kind of company before a name with its legal
            # form (not "Stadtwerke Halle AG", named after its town)
            or (
                german_org_compound(text[a : first.end()].lower())
                and second is not None
                and second.end() < end
                and not _place_like(second.group(0), "de")
            )
        )
    ):
        a = first.end() + 1  # "Spółka Baltic Wind Sp. z o.o.": the descriptor is not the name
    return a, max(b, end), True


_OF_THE_GAP = re.compile(r"[ \u00a0]of(?:[ \u00a0]the)?[ \u00a0]")
_POSS_IN = re.compile(r"\w['’]")
_GUILD_WORDS = frozenset("cooperative co-operative guild".split())  # bodies of members, besides ORG_WORDS
_PLURAL_POSS_GAP = re.compile(
    r"(?:(?<=s)['’]|(?<=[mM]en)['’]s|(?<=[pP]eople)['’]s|(?<=[cC]hildren)['’]s)[ \u00a0]"
)


def _plural_possessive_joins(
    text: str, mentions: list[tuple[int, int, str]], lang: str
) -> list[tuple[int, int, str]]:
    """ "the Chalk Valley Growers' Cooperative", "the Island Fishermen's Association": a plural possessive
    before an organisation word is inside one name (not "Britain's Labour Party": a singular possessive)."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(mentions):
        a, b, name = mentions[i]
        if i + 1 < len(mentions):
            a2, b2, name2 = mentions[i + 1]
            head = name2.split()[-1].lower()
            if _PLURAL_POSS_GAP.fullmatch(text, b, a2) and (_is_org_word(head, lang) or head in _GUILD_WORDS):
                i += 2
                if i < len(mentions) and _OF_THE_GAP.fullmatch(text, b2, mentions[i][0]):
                    b2 = mentions[i][1]  # "Master Thatchers' Guild of the Eastern Shires"
                    i += 1
                out.append((a, b2, text[a:b2]))
                continue
        out.append((a, b, name))
        i += 1
    return out


def _acronym_pairs(text: str, mentions: list[tuple[int, int, str]], lang: str) -> dict[str, float]:
    """A name followed by its acronym in brackets, "University and College Union (UCU)", "Agencia
    Estatal de Meteorología (Aemet)": both are one organisation. ORG votes per name."""
    out: dict[str, float] = defaultdict(float)
    for (_a1, b1, n1), (a2, b2, n2) in zip(mentions, mentions[1:], strict=False):
        if text[b1:a2] not in (" (", "\u00a0(") or text[b2 : b2 + 1] != ")" or " " in n2:
            continue
        initials = "".join(w[0] for w in n1.split() if w[:1].isupper())
        letters = n2.replace("-", "").replace("&", "")
        matches = len(letters) >= 2 and letters.upper().startswith(initials[:2]) and letters.isupper()
        org_named = any(_is_org_word(w.lower(), lang) for w in n1.split())
        if matches or org_named:
            out[n2] += 3
            if len(n1.split()) >= 2:
                out[n1] += 3
    return out


# Polish case endings and the nominative they come from: "Warszawie" -> "Warszawa", "Krakowie" ->
# "Kraków", "Gdańsku" -> "Gdańsk", "Pomorzu" -> "Pomorze", "Poznaniu" -> "Poznań", "Wrocławia" ->
# "Wrocław".
_PL_CASES = (
    ("ic", "ice"),  # "do Gliwic", "z Katowic"
    ("owie", "ów"),
    ("owa", "ów"),
    ("niu", "ń"),
    ("nia", "ń"),
    ("ia", ""),
    ("dzie", "da"),
    ("rze", "ra"),
    ("le", "ła"),
    ("ie", "a"),
    ("iu", ""),
    ("u", ""),
    ("u", "e"),
    ("y", "a"),
    ("i", "a"),
    ("a", ""),
    ("a", "e"),  # "z Opola", "do Pomorza": neuter places
    ("", "y"),  # "z Czech", "z Węgier" is left aside: plural country names
)


def _german_place_case(name: str) -> bool:
    """A German place or river in the genitive or dative plural: "Bayerns", "Rheins", "Niederlanden"."""
    for end in ("es", "s", "n"):
        if name.endswith(end) and len(name) > len(end) + 3:
            base = name[: -len(end)]
            if base in RIVERS or base in COUNTRIES or place_weight(base) >= 3:
                return True
    return False


def _polish_place(name: str) -> bool:
    """A Polish word that is a gazetteer place in another case (a few endings tried, no scan)."""
    return any(
        name.endswith(end) and len(name) > len(end) + 2 and place_weight(name[: -len(end)] + nom) >= 3
        for end, nom in _PL_CASES
    )


def _plural_demonym(w: str) -> bool:
    return w.endswith("s") and w[:-1] in DEMONYMS


def has_org_word_pre(lwords: list[str]) -> bool:
    return any(w in ORG_WORDS for w in lwords)


def _german_place_shape(name: str) -> bool:
    """A German capitalised word that may be a place after "in": "in Zwickau", not "in Zukunft"."""
    lw = name.lower()
    return lw.endswith(PLACE_SUFFIXES_DE) and lw not in NOT_PLACES_DE


# Polish case endings of surnames (adjectival "-ski"/"-cka", nominal "-ak", "-ka"), longest first: what is
# left is the stem shared by every case of the name ("Kowalski", "Kowalskiego", "Kowalskiemu")
_PL_SURNAME_ENDINGS = tuple("iego iemu ego emu iej owi ej em im ym ą ę a y i u e".split())

_PL_ADJ_SURNAME = ("ski", "cki", "zki", "ska", "cka", "zka")


def _pl_surname_stem(name: str) -> str:
    """The stem of each part of a (hyphenated) Polish surname; "" when no part is long enough to tell.
    A short part is kept whole ("Nowak-Lis": "Lis" is not declined after a woman's name)."""
    parts = []
    for part in name.split("-"):
        stem = part
        for end in _PL_SURNAME_ENDINGS:
            if part.endswith(end):
                stem = part[: -len(end)]
                break
        parts.append(stem if len(stem) >= 4 else part)
    return "-".join(parts) if len(parts[0]) >= 4 else ""


def find_names(text: str, dateline: str | None = None, lang: str = "en") -> list[tuple[int, int, str]]:
    return name_votes(text, dateline, lang)[0]


Votes = dict[str, dict[str, float]]


def name_votes(
    text: str, dateline: str | None = None, lang: str = "en"
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]], Votes]:
    """The labelled mentions (as find_names), every capitalised mention the rules looked at (labelled or
    not) and the votes per name: what the learned step (learned.py) reads besides the text."""
    dateline_places = set()
    if dateline:
        for part in re.split(r"[,(]", dateline):
            part = part.strip(" )")
            if part and part[:1].isupper():
                dateline_places.add(part)
    mentions: list[tuple[int, int, str]] = []
    legal_ends: set[int] = set()  # ends of names that end in a legal form ("Inc.", "Sp. z o.o.")
    national: set[str] = set()  # names after a country's initials: "U.S. Geological Survey"
    for m in SEQ_RE.finditer(text):
        end = m.end()
        if DOMAIN_TAIL.match(text, end):
            # "Sklep Ryby.pl": the last word belongs to a web address (an organisation of its own)
            cut = text.rfind(" ", m.start(), end)
            if cut < 0:
                continue
            end = cut
        for a, b in _split_sequence(text, m.start(), end, lang):
            a, b, legal = _legal_form(text, a, b)
            if legal:
                legal_ends.add(b)
            ini = _INITIALS_BEFORE.search(text, max(0, a - 10), a)
            words_ab = text[a:b].split()
            if ini and (
                (len(words_ab) >= 2 and words_ab[0].lower() not in _FIRST_NAMES)
                or any(_is_org_word(w.lower(), lang) for w in words_ab)
            ):
                a = ini.start()  # "U.S. Department of Labor", "U.K. Space Agency"
                national.add(text[a:b])
            mentions.append((a, b, text[a:b]))
    before_join = len(mentions)
    if lang == "en":
        mentions = _plural_possessive_joins(text, mentions, lang)
    # the bodies joined over a plural possessive ("X Growers' Cooperative"): an organisation by their shape
    poss_joined = {n for _, _, n in mentions if _POSS_IN.search(n)} if len(mentions) < before_join else set()
    acronym_votes = _acronym_pairs(text, mentions, lang)

    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    gazetteer: dict[str, float] = {}  # PLACE votes that came from a gazetteer alone
    shape_voted: set[str] = set()
    no_person: set[str] = set()  # names whose shape says they are no person
    german = lang == "de"

    # the words of people's full names: a lone word that is none of them, said to say something, is an
    # organisation ("Waternet said"); a person alone by surname has been named in full before
    name_words = {w for _, _, n in mentions if " " in n for w in n.split()}

    def lone_org(name: str) -> bool:
        return (
            name not in name_words
            and name.lower() not in _FIRST_NAMES
            and not _is_acronym(name)
            and not _place_like(name, lang)
            and not _sentence_initial(name.lower(), lang)
            and not _is_title(name.lower(), lang)
            and name.rstrip(".") not in _LEGAL_WORDS
            and len(name) > 2
        )

    def of_person(i: int) -> bool:
        """The mention follows a person's full name and "of", "at", "von der", "van", "de"."""
        if i == 0:
            return False
        pa, pb, pname = mentions[i - 1]
        parts = pname.split()
        return (
            len(parts) >= 2
            and parts[0].lower() in _FIRST_NAMES
            and bool(_OF_PERSON_GAP.fullmatch(text, pb, mentions[i][0]))
        )

    for i, (a, b, name) in enumerate(mentions):
        if (name in DEMONYMS and lang != "pl") or _plural_demonym(name.split()[-1]):  # "z Czech": Czechy
            continue  # "Republicans", "House Democrats"
        v = votes[name]
        words = name.split()
        lwords = [w.lower() for w in words]
        before = text[max(0, a - 80) : a]
        after = text[b : b + 60]
        nl = before.rfind("\n")
        if nl >= 0:
            before = before[nl + 1 :]
        multi = len(words) >= 2
        first_name = lwords[0] in _FIRST_NAMES and multi
        # a big place first and no given name: "Glasgow Life said" is a body, not a person
        place_first = multi and not first_name and place_weight(words[0]) >= 3
        has_org_word = multi and any(_is_org_word(w, lang) for w in lwords)
        # "Thames Water", "Associated British Ports" (but "John Power")
        has_org_word = has_org_word or (multi and lwords[-1] in COMPANY_LAST_WORDS and not first_name)
        # gazetteers and shape
        if name in dateline_places:
            v["PLACE"] += 3
        if name in COUNTRIES or name in CITIES or name in REGIONS:
            v["PLACE"] += 3
        elif (gz := place_weight(name)) and not has_org_word:
            v["PLACE"] += gz
            gazetteer[name] = gz
        if german and not multi and german_org_compound(lwords[0]):
            v["ORG"] += 3  # "Bundesregierung", "Bundesnetzagentur"
        elif not multi and _org_compound(lwords[0], lang):
            v["ORG"] += 3  # "Havenbedrijf", "Rabobank", "Ryanair"
        acronym_first = multi and _is_acronym(words[0]) and not first_name
        if acronym_first and not has_org_word:
            v["ORG"] += 3  # "ESB Networks", "IG Metall": people's names do not start with an acronym
        if after.startswith("-based"):
            v["PLACE"] += 3
        if FR_PLACE_RE.search(name) and not has_org_word_pre(lwords):
            v["PLACE"] += 2
        if multi and lwords[0] in PLACE_FIRST_OF:
            v["PLACE"] += 2.5
        if multi and lwords[0] in _VENUE_FIRST and lwords[1] in _VENUE_LINKS:
            v["PLACE"] += 4  # "Stade de France", "Estadio de la Cartuja" (but "Stade Rennais" is the club)
        if (
            lang == "nl"
            and len(words) == 2
            and _NL_PLACE_ADJ.fullmatch(words[0])
            and lwords[0] not in _FIRST_NAMES
            and lwords[1] in _NL_LANDFORMS
        ):
            no_person.add(name)
            v["PLACE"] += (
                3  # "Gelderse Vallei", "Drentsche Aa", "Dokkumer Ee": a place's adjective, a landform
            )
        if german and len(words) == 2 and _DE_PLACE_ADJ.fullmatch(words[0]) and _de_landform(lwords[1]):
            v["PLACE"] += 3  # "Thüringer Wald", "Bayerischer Wald", "Fränkische Schweiz"
        if multi and lwords[-1] in ORG_LAST_WORDS:
            v["ORG"] += 3
        if SCORE_AFTER.match(after) or BEAT_SCORE_AFTER.match(after):
            v["ORG"] += 3  # a team followed by a score: "beat Brentford 1-0", "Leinster beat Munster 24-17"
        if multi and _is_acronym(words[-1]) and not first_name and words[-1] not in CAPS_PLACES:
            v["ORG"] += 2  # "Amsterdam UMC", "Charité BIH": a name ending in an acronym
        if (
            len(words) >= 3
            and (words[-1] in COUNTRIES or words[-1] in CAPS_PLACES or words[-1] in _COUNTRY_NAMES_INTL)
            and lwords[-2] in COMPANY_LAST_WORDS
        ):
            v["ORG"] += 3  # "Tata Steel UK": a company's national arm
        if name in KNOWN_ORGS:
            v["ORG"] += 3
        if (
            len(words) == 2
            and (words[-1] in COUNTRIES or words[-1] in CAPS_PLACES)
            and not first_name
            and not _place_like(name, lang)
            and not _place_like(words[0], lang)
            and words[0] not in DEMONYMS
            and not before.endswith(("of the ", "of "))  # "Friends of the Earth Scotland": a name's tail
        ):
            v["ORG"] += 2.5  # "Health Canada", "Sport England": a body named with its country, not a person
            no_person.add(name)
        if len(words) == 2 and words[1] in ("City", "Town") and place_first and not _place_like(name, lang):
            v["ORG"] += 3  # "Manchester City", "Luton Town" (but "Mexico City", "Cape Town": places by name)
        if (
            not multi
            and len(name) >= 6
            and lwords[0].endswith(_LANDFORM_ENDINGS.get(lang, ()))
            and name not in gazetteer
        ):
            v["PLACE"] += 3  # "Nordsee", "Bodensee", "Erzgebirge", "Waddenzee", "IJsselmeer"
        if (
            german
            and not multi
            and (pm := _DE_PART_OF.match(name))
            and (_place_like(pm.group(1).capitalize(), lang) or pm.group(1).capitalize() in RIVERS)
        ):
            v["PLACE"] += 3  # "Oberfranken", "Nordhessen", "Südtirol": a part of a known region
        if not multi and "-" in name:
            head, _, tail = name.rpartition("-")
            if tail.lower() in _PLACE_WORDS:
                v["PLACE"] += 3  # "Lanxess-Arena", "Europa-Park"
            elif head.lower() in _HIGH_LOW and _place_like(tail, lang):
                v["PLACE"] += 3  # "Haut-Jura", "Basses-Alpes", "Alta-Córdoba": part of a known place
            elif tail in COUNTRIES and head.lower() not in _COMPASS and not _place_like(head, lang):
                v["ORG"] += 2.5  # "Météo-France", "Radio-Canada" (not "Ouest-France" read as a place)
        if (not multi or not first_name) and any(_CAMEL.match(w) for w in words) and not name[-1:].isupper():
            v["ORG"] += 2  # "ScotRail", "GroenLinks", "BlackRock": no person's name has that shape
        if lang == "en" and multi and words[0] == "The" and not _is_sentence_start(text, a):
            # "published in The Lancet", "told The Guardian": a title, not a person (but "The Hague")
            if not _place_like(name, lang) and not _place_like(" ".join(words[1:]), lang):
                v["ORG"] += 3
        if name.upper() == name and name.replace(" ", "") in CAPS_PLACES:
            v["PLACE"] += 3
        elif _is_acronym(name) and name.lower() not in NON_ORG_CAPS:
            v["ORG"] += 2
        if has_org_word:
            v["ORG"] += 3
        if multi and lwords[-1] in _PLACE_WORDS:
            v["PLACE"] += 3
        if multi and (lwords[0] in CLUB_FIRST_WORDS or lwords[0] in PAPER_FIRST_WORDS):
            v["ORG"] += 3  # "Sporting Braga", "Evening Standard"
        if (
            lang == "pl"
            and multi
            and not first_name
            and lwords[0].endswith(_PL_ADJ_ENDINGS)
            and "nad" not in lwords  # "z Czerwińska nad Wisłą": a town named with its river
            and not _place_like(name, lang)
            and not place_weight(name)
        ):
            # Polish writes adjectives in capitals only inside a proper name, and people's names do not
            # start with one: "Regionalna Dyrekcja Ochrony Środowiska", "Polskie Koleje Linowe" are
            # bodies (two words may be a place: "Kasprowy Wierch")
            no_person.add(name)
            if len(words) >= 3:
                v["ORG"] += 2
        if (
            len(words) >= 3
            and lwords[1] in ("de", "del", "du", "des")
            and _romance_place_of(
                words[0], [w for w in words[2:] if w.lower() not in _ROMANCE_ARTS_LOWER], lang
            )
        ):
            v["PLACE"] += 3  # "Sierra de Morvedal", "Villahermosa de los Pinares" (joined only so)
        if (
            lang == "pl"
            and len(words) == 2
            and _PL_LAND_KIND.fullmatch(lwords[0])
            and lwords[1] not in _FIRST_NAMES
        ):
            no_person.add(name)  # "Pojezierza Kaszubskiego", "Pogórze X", "w sercu Beskidu X": a kind of land
            v["PLACE"] += 3
        if lang == "pl" and len(lwords) == 3 and lwords[1] == "nad":
            no_person.add(name)  # "Zagórze nad Sołtówką": a town named with its river (joined only so)
            v["PLACE"] += 3
        if name in national:
            v["ORG"] += 2  # a country's initials, then a name that is not a person's: a national body
        if b in legal_ends:
            v["ORG"] += 4  # "Baltic Wind Sp. z o.o."
        if name in poss_joined:
            v["ORG"] += 3  # "Island Crabbers' Cooperative" (over "Island" as a place word)
        if name in RIVERS:
            v["PLACE"] += 3
        if multi and lwords[0] in _COMPASS_ADJ and _known_place(" ".join(words[1:])):
            v["PLACE"] += 4  # "North Yorkshire", "Greater Manchester" (over "said X Y")
        cb = _before_cues(before, lang)
        if first_name:
            v["PERSON"] += 2
        elif (
            2 <= len(words) <= 3
            and not cb["article"]  # "the Evening Standard", "la Tweede Kamer"
            # "Legia Warszawa", "Atlético Madrid" (not in English, where many surnames are towns too)
            and not (lang != "en" and lwords[0] not in _FIRST_NAMES and place_weight(words[-1]) >= 3)
            and not german  # every German noun is capitalised: the shape tells nothing there
            and not has_org_word
            and all(w[:1].isupper() and not w.isupper() and w not in DEMONYMS for w in words)
            and lwords[-1] not in _PLACE_WORDS
            and words[0] not in KNOWN_ORGS
            and not any(w in COUNTRIES or w in CITIES or w in REGIONS for w in words)
            and not place_first  # "Glasgow Life", "Leeds Rhinos": a body named after its city
            and lwords[0] not in PLACE_FIRST_OF
            and lwords[-1] not in ORG_LAST_WORDS
            and name not in COUNTRIES
            and name not in CITIES
            and name not in REGIONS
            and (a == 0 or text[a - 1] not in "\"“«'‘")
        ):
            # an unexplained run of two or three capitalised words is most often a person's name
            # (counted once per name: repeating a name does not make its shape more telling)
            if name not in shape_voted:
                shape_voted.add(name)
                v["PERSON"] += 1.5
        # context before
        if cb["report"]:
            if cb["according"] and not first_name:
                v["ORG"] += 2
            elif multi and place_first and words[0] in COUNTRIES and not has_org_word:
                # "informó Chile Exporta": a body named after its country, as "Chile Exporta informó" (not
                # after a town or a county: "said Kerry Hollis", a given name the lists lack)
                v["ORG"] += 2
            elif multi and not has_org_word and not acronym_first:  # "told BBC Sport"
                v["PERSON"] += 3
            elif not multi and lone_org(name) and not (german and before.split()[-1] in _DE_OBJECT_VERBS):
                v["ORG"] += 2  # "meldt Waternet": no person of that name in the article
            else:
                v["PERSON"] += 0.5
        if cb["led_by"] and multi:
            v["PERSON"] += 2
        if german and multi and not has_org_word and (rm := _DE_ROLE_WORD_BEFORE.search(before)):
            rw = rm.group(1).lower()
            if (
                rw.endswith(_DE_AGENT_ENDINGS)
                and rw not in _FIRST_NAMES
                and not _is_org_word(rw, lang)
                and not _is_org_descriptor(rw, lang)  # "Energieversorger Wien Energie": a company
                and not _place_like(words[0], lang)
            ):
                v["PERSON"] += 3  # "Winzer Lorenz Haberl" split by _role_before_given_name: the role is a cue
        if cb["title"] and not has_org_word:  # "prezes Narodowego Banku Polskiego": the bank's
            v["PERSON"] += 3 if multi else 1.5
        elif multi and before.endswith(", ") and APPOS_BEFORE.search(before):
            v["PERSON"] += 2.5
        if cb["org"]:
            v["ORG"] += 3
        if cb["org_gen"] and not first_name:
            v["ORG"] += 3
        if cb["org_at"]:
            v["ORG"] += 3
        if cb["country_poss"] and not first_name:
            v["ORG"] += 2
        if cb["place_strong"]:
            v["PLACE"] += 3
        elif cb["place_kind"] and not first_name and not any(w in _FIRST_NAMES for w in lwords[1:]):
            v["PLACE"] += 3  # (not a place run into the name of its mayor: "gminy X Tadeusz Y")
        elif (
            cb["place_pl_prep"]
            and not first_name
            and not has_org_word
            and not lwords[-1].endswith(("ami", "mi"))  # "nad Kotami": a plural noun in a name
        ):
            v["PLACE"] += 3  # "nad Sołtówką", "pod Dębnicą", "spod Borkowa"
        elif (
            cb["place_along"]
            and not first_name
            and not has_org_word
            and (
                not german
                or _DE_TAL_BEFORE.search(before)
                or (not multi and _de_landform_compound(lwords[0]))
            )
        ):
            v["PLACE"] += 3  # "langs de Dijle", "im Tal der Vils", "w dolinie Bugu"
        elif (
            cb["place_between"]
            and not first_name
            and not has_org_word
            and not _is_acronym(name)
            and name not in name_words  # "between Holbeck and Ransome": people named in full elsewhere
            and name.lower() not in _FIRST_NAMES
        ):
            v["PLACE"] += 2  # "between Portsmouth and Santander", "zwischen X und Y"
        elif (
            cb["place_art_nl"]
            and not multi
            and not _is_acronym(name)
            and name.lower() not in _FIRST_NAMES
            and not _is_org_word(lwords[0], lang)
            and not _org_compound(lwords[0], lang)
            # "in het Frans": a language; "in de Zeeuwse polders": an adjective
            and not lwords[0].endswith(("s", "isch", "se", "sche"))
            and name not in DEMONYMS
        ):
            v["PLACE"] += 2  # "in het Hageland", "in de Meierij", "boven de Ardennen"
        elif (
            (cb["place_weak"] or cb["place_art"])
            and not POSS_AFTER.match(after)
            and not first_name
            and (not german or name in gazetteer or _german_place_shape(name) or _german_landscape(name))
            # "spotkał się z Nowakiem": "z" with the instrumental is "with", not "from"
            and not (lang == "pl" and _PL_WITH.search(before) and _pl_head(lwords).endswith(_PL_INSTRUMENTAL))
            # "im Sauerland", "im Allgäu", "in der Hollertau" (not "im Pflegeheim": towns take "in" alone)
            and (
                not (german and _DE_WITH_ARTICLE.search(before))
                or name in gazetteer
                or _german_landscape(name)
            )
        ):
            v["PLACE"] += 1.5
        if (
            lang in ("fr", "es")
            and not multi
            and name in gazetteer
            and _OF_TOWN.search(before)
            and not first_name
            and name.lower() not in _FIRST_NAMES
        ):
            v["PLACE"] += 1.5  # "l'entrepôt de Mérignac", "los vecinos de Getafe": a listed town after "de"
        if german and not multi and name not in gazetteer and _german_place_case(name):
            v["PLACE"] += 3  # "in den Niederlanden", "des Rheins", "Bayerns"
        if lang == "pl" and not multi and name not in gazetteer and _polish_place(name):
            v["PLACE"] += 3  # "w Warszawie", "na Pomorzu": a place in another case
        if lang == "pl" and len(words) == 2 and cb["place_weak"] and _PL_LOCATIVE_PAIR.fullmatch(name):
            v["PLACE"] += (
                3  # "w Rudzie Śląskiej", "w Zielonej Górze": a noun and its adjective in the locative
            )
        # context after
        if AGE_AFTER.match(after):
            v["PERSON"] += 4
        if APPOS_AFTER.match(after) and multi:
            v["PERSON"] += 2.5
        elif german and multi and not has_org_word and (am := _DE_APPOS_ROLE.match(after)):
            # "Kerstin Aydın, Oberärztin in der Chirurgie, sagt": a role in apposition, by its shape
            rw = am.group(1).lower()
            if (
                (_is_title(rw, lang) or rw.endswith(_DE_AGENT_ENDINGS + ("arzt",)))
                and not _place_like(am.group(1), lang)
                and not _is_org_word(rw, lang)
                and am.group(1) not in DEMONYMS
            ):
                v["PERSON"] += 2.5
        if ORG_APPOS_AFTER.match(after) and not first_name:
            v["ORG"] += 3
        if WHO_AFTER.match(after) and (multi or first_name):
            v["PERSON"] += 1.5
        if WHICH_AFTER.match(after):
            v["ORG"] += 1 if first_name else 2  # "Meridian Health, which runs 14 hospitals"
        if REPORT_AFTER.match(after) and multi and not has_org_word and not acronym_first:
            if cb["article"] or place_first:
                v["ORG"] += 2  # "the World Food Programme said": people take no article
            else:
                v["PERSON"] += 2
        # (not at a sentence's start outside English: "Dane podał GUS", where "Dane" is "data")
        if (
            REPORT_AFTER.match(after)
            and not multi
            and lone_org(name)
            and (lang == "en" or not _is_sentence_start(text, a))
            # "Urząd Skarbowy w Lesznie zapowiedział": a name after "in" is where the speaker sits
            and not (cb["place_weak"] or cb["place_strong"])
        ):
            v["ORG"] += 2  # "Rijkswaterstaat said", when no one in the article is called that
        if (
            lang != "de"
            and BUSINESS_AFTER.match(after)
            and not multi
            and lone_org(name)
            and not (cb["place_weak"] or cb["place_strong"] or cb["title"])
        ):
            v["ORG"] += 2  # "Woolwarm buys fleeces", "Aena registró retrasos": a company's deeds (not in
            # German, where every noun is capitalised: "Der Konzern beschäftigt")
        if of_person(i) and not first_name and not _place_like(name, lang):
            v["ORG"] += (
                2.5  # "Kevin Tran of Jefferies", "Uwe Lange von der Diakonie", "Pieter van Dam van Maersk"
            )
        if ORG_POSS_AFTER.match(after):
            v["ORG"] += 3
        if ORG_AFTER.match(after):
            if cb["poss_det"]:
                v["PLACE"] += 3
            else:
                v["ORG"] += 1.5
        if PLACE_AFTER.match(after):
            v["PLACE"] += 3
        if PLACE_COMMA_COUNTRY.match(after):
            v["PLACE"] += 3

    for name, extra in acronym_votes.items():
        votes[name]["ORG"] += extra
    # "de Nederlandse Aardolie Maatschappij ... de NAM": an acronym elsewhere in the article spells the
    # name's initials (without the brackets _acronym_pairs reads)
    acronyms = {n for _, _, n in mentions if _is_acronym(n) and 2 <= len(n) <= 6}
    if acronyms:
        for name in {n for _, _, n in mentions if " " in n}:
            caps = [w for w in name.split() if w[:1].isupper()]
            if (
                len(caps) >= 2
                and "".join(w[0] for w in caps).upper() in acronyms
                and not _place_like(name, lang)
                and name.split()[0].lower() not in _FIRST_NAMES
            ):
                votes[name]["ORG"] += 2
    _origin_votes(text, mentions, votes, lang)
    labels: dict[str, str] = {}
    for name, v in votes.items():
        if (
            _is_acronym(name)
            or (" " in name and any(_CAMEL.match(w) for w in name.split()))
            or name.startswith("The ")
            # "la cooperativa Los Robles": a name that starts with an article is no person's (a surname
            # such as "Le Guen", named in full before, is given back below)
            or (lang in ("fr", "es") and " " in name and name.split()[0] in _ROMANCE_ARTICLES)
            or name in no_person
        ):
            v.pop("PERSON", None)  # "PIB", "FairFuel Cymru", "The Lancet": no person's name has that shape
        if not v:
            continue
        label, score = max(v.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))
        if score >= 1.5:
            labels[name] = label
    # "Aston Villa" read as a person only for its shape, while "Villa" alone is clearly an organisation
    for name, label in list(labels.items()):
        parts = name.split()
        if label == "PERSON" and len(parts) >= 2 and votes[name].get("PERSON", 0) <= 1.5:
            if any(labels.get(p) == "ORG" and votes[p].get("ORG", 0) >= 3 for p in parts):
                labels[name] = "ORG"
    # the short form of an organisation named in full elsewhere: "Brightwater" after "Brightwater
    # Logistics Inc.", "Severn Valley Water" after "Severn Valley Water Ltd" (not "Paris" after "Paris
    # Saint-Germain": a place by itself)
    # (not a name with a possessive inside: "Shetland" is no short form of "Shetland Fishermen's Association")
    full_orgs = [
        n.split() for n, lab in labels.items() if lab == "ORG" and " " in n and not _POSS_IN.search(n)
    ]
    for name, v in votes.items():
        if labels.get(name) == "ORG" or max(v.values(), default=0) >= 3 or _place_like(name, lang):
            continue
        parts = name.split()
        if parts[0].lower() in _FIRST_NAMES or _is_org_word(parts[-1].lower(), lang):
            continue
        if any(len(f) > len(parts) and f[: len(parts)] == parts for f in full_orgs):
            labels[name] = "ORG"
    # later single-surname (or other partial) mentions of a person found in full
    surnames: dict[str, str] = {}
    for name, label in labels.items():
        parts = name.split()
        if label == "PERSON" and len(parts) >= 2:
            last = parts[-1]
            if last.lower() not in STOP and len(last) > 2:
                surnames[last] = name
            # Spanish: a person named with both surnames is named later by the first alone ("Itzel Canché
            # Poot ... según Canché"; not a second given name: "María José Ortuño")
            mid = parts[1]
            if (
                lang == "es"
                and len(parts) == 3
                and mid[:1].isupper()
                and mid.lower() not in _FIRST_NAMES
                and mid.lower() not in STOP
                and len(mid) > 2
            ):
                surnames.setdefault(mid, name)
    if lang == "pl" and surnames:
        # Polish: the surname in another case ("Jan Kowalski ... Zdaniem Kowalskiego", "Anna Nowak-Lis ...
        # według Nowak-Lis")
        # only from a name read as a person's by more than its shape: a given name, a cue, or an
        # adjectival surname ("Lecznica X Podkarpacie" is a body, "Mieszkańcy Zawarcia" a town's people)
        stems = {
            st: s
            for s, full in surnames.items()
            if len(full.split()) == 2
            and (
                full.split()[0].lower() in _FIRST_NAMES
                or votes[full].get("PERSON", 0) >= 2
                or any(p.endswith(_PL_ADJ_SURNAME) for p in s.lower().split("-"))
            )
            and (st := _pl_surname_stem(s))
        }
        for name in list(votes):
            if " " not in name and name not in surnames and labels.get(name) != "PERSON":
                nom = stems.get(_pl_surname_stem(name) or "-")
                if nom and nom != name:
                    surnames[name] = surnames[nom]
    for name in list(votes):
        if name in surnames and labels.get(name) not in ("PERSON",):
            v = votes[name]
            # a surname that is also a town somewhere ("Jackson") stays the person's
            if v.get("PLACE", 0) - gazetteer.get(name, 0) < 3 and v.get("ORG", 0) < 3:
                labels[name] = "PERSON"
    _coordinate(text, mentions, labels, votes, lang)
    out: list[tuple[int, int, str]] = []
    for a, b, name in mentions:
        lab = labels.get(name)
        if not lab:
            continue
        if (
            lang == "pl"
            and lab == "PLACE"
            and out
            and out[-1][2] == "ORG"
            and _PL_SEAT.fullmatch(text, out[-1][1], a)
            and _org_with_seat(text[out[-1][0] : out[-1][1]].split(), lang)
        ):
            out[-1] = (out[-1][0], b, "ORG")  # "Sąd Okręgowy w Krakowie": the seat is part of the name
            continue
        if lab == "PLACE" and lang in ("fr", "es") and (adj := _ROMANCE_PLACE_ADJ.match(text, b)):
            b = adj.end()  # "la Drôme provençale", "l'Asie orientale", "la Mancha conquense": one place
        out.append((a, b, lab))
    return out, mentions, votes


# Where someone comes from: a person's or a company's name, then this, then a town ("Adam Kowal z
# Jeżowa", "Gerlinde Maier aus Klemmern", "Evaristo Gómez, de Tepalcingo,"). English "of" and Dutch "van"
# name employers as often as towns, "del"/"de la" lead to bodies: left out.
_ORIGIN_GAP = {
    "pl": re.compile(r"\s+(?:z|ze)\s+"),
    "de": re.compile(r"\s+aus\s+"),
    "nl": re.compile(r"\s+uit\s+"),
    "es": re.compile(r",\s+de\s+"),
    "fr": re.compile(r",\s+de\s+"),
}
# Polish "z" with the instrumental is "with" ("z Nowakiem", "z Anną"), not "from"
_PL_INSTRUMENTAL = ("em", "im", "ym", "ą", "ami", "mi")
_PL_WITH = re.compile(r"(?:^|\s)[zZ]e?\s+$")


def _pl_head(lws: list[str]) -> str:
    """The word whose case the preposition before a Polish name sets: the last one, or the last before
    "nad" in a town named with its river ("z Zagórza nad Sołtówką" is "from", not "with")."""
    return lws[lws.index("nad") - 1] if "nad" in lws[1:] else lws[-1]


def _origin_votes(text: str, mentions: list[tuple[int, int, str]], votes: Votes, lang: str) -> None:
    gap_re = _ORIGIN_GAP.get(lang)
    if gap_re is None:
        return
    for (_, b0, prev), (a, _, name) in zip(mentions, mentions[1:], strict=False):
        if not gap_re.fullmatch(text, b0, a):
            continue
        pv = votes[prev]
        if not pv:
            continue
        plab, pscore = max(pv.items(), key=lambda kv: kv[1])
        if plab not in ("PERSON", "ORG") or pscore < 1.5:
            continue
        words = name.split()
        lws = [w.lower() for w in words]
        if (
            _is_acronym(name)
            or lws[0] in _FIRST_NAMES
            or any(_is_org_word(w, lang) for w in lws)
            or (lang == "pl" and _pl_head(lws).endswith(_PL_INSTRUMENTAL))
        ):
            continue
        votes[name]["PLACE"] += 3


def _org_with_seat(words: list[str], lang: str) -> bool:
    """An organisation that may name its seat after "w": one with an organisation word ("Sąd Okręgowy"),
    or a Polish body of three words or more led by an adjective ("Regionalna Dyrekcja Lasów")."""
    if any(_is_org_word(w.lower(), lang) for w in words):
        return True
    return len(words) >= 3 and words[0].lower().endswith(_PL_ADJ_ENDINGS)


# countries as named in the other languages ("Tata Steel Nederland", "Shell Deutschland")
_COUNTRY_NAMES_INTL = frozenset(
    "Nederland Deutschland Österreich Schweiz Frankreich España Francia Polska Niemcy Belgique België "
    "Suisse Italia Portugal Sverige Norge Danmark".split()
)
_OF_TOWN = re.compile(r"\b[a-zà-ÿ]{3,}\s+(?:et\s+)?de\s+$")
# a lower-case adjective of a region or a compass point after a place's name, which French and Spanish
# write as part of the name ("Jura bernois", "Ardèche méridionale"; not "-ine": "la France voisine")
_ROMANCE_PLACE_ADJ = re.compile(
    r" [a-zà-ÿ]{3,}(?:ale|ales|ois|oise|ais|aise|ien|ienne|ense|enses|ano|ana|eño|eña)\b(?![\-'’])"
)
_PL_LOCATIVE_PAIR = re.compile(r"\w+(?:iej|ej)\s\w+(?:e|u|y|ej)|\w+(?:ie|u|y)\s\w+(?:iej|ej|im)")
_PL_SEAT = re.compile(r"[ \u00a0]+we?[ \u00a0]+")


_OF_PERSON_GAP = re.compile(
    r"[ \u00a0]+(?:of|at|from|van|von|vom|von der|von dem|bei|de|del|de la|z|ze)[ \u00a0]+"
    r"(?:(?:the|der|het|la|el)[ \u00a0]+|l['’])?"
)


def _place_like(name: str, lang: str) -> bool:
    """Whether a gazetteer or a case ending says the name may be a place ("Kevin Tran of Chicago")."""
    if name in COUNTRIES or name in CITIES or name in REGIONS or place_weight(name) > 0:
        return True
    return (lang == "de" and _german_place_case(name)) or (lang == "pl" and _polish_place(name))


_CAMEL = re.compile(r"(?!Mc|Mac|De|Le|La|Di|Du|Van|Von|Fitz|O['’])[A-Z][a-z]+[A-Z]")
_COORD_GAP = re.compile(
    r",\s+|\s+(?:and|or|und|oder|et|ou|y|e|en|of|i|lub|oraz)\s+|,\s+(?:and|und|et|y|en|i)\s+|"
    r"\s+(?:et|y)\s+de\s+"  # "de Roubaix et de Tourcoing"
)


def _coordinate(
    text: str,
    mentions: list[tuple[int, int, str]],
    labels: dict[str, str],
    votes: dict[str, dict[str, float]],
    lang: str = "en",
) -> None:
    """Names listed together share a kind: "in Headingley, Armley and Seacroft", "BHP and Rio Tinto".
    A name with no label, or a person only by its shape, takes the label of a listed neighbour whose
    label rests on a cue (lists of people are left alone: their shape already says it)."""
    for _ in range(2):  # a list of three passes the label along twice
        for i, ((_a1, b1, n1), (a2, b2, n2)) in enumerate(zip(mentions, mentions[1:], strict=False)):
            if not _COORD_GAP.fullmatch(text, b1, a2):
                continue
            of_gap = text[b1:a2].strip() == "of"
            # "El alcalde de Tordesillas, Ramiro Vélez, pidió": after a bare comma, a name that ends no
            # list (no name follows it with a comma or "and") is said of the first, not listed with it
            ends_no_list = text[b1:a2].strip() == "," and not (
                i + 2 < len(mentions) and _COORD_GAP.fullmatch(text, b2, mentions[i + 2][0])
            )
            if text[b1:a2].strip() == "en" and lang != "nl":
                continue  # "en" is "and" in Dutch only ("Ecologistas en Acción": "in")
            for src, dst in ((n1, n2), (n2, n1)):
                lab = labels.get(src)
                if lab not in ("ORG", "PLACE") or votes[src].get(lab, 0) < 1.5:
                    continue
                if of_gap and lab == "PLACE":
                    continue  # "Joyce Chelimo of Kenya": someone or something from a place, not a list
                cur = labels.get(dst)
                if cur == "PERSON" and ends_no_list and dst == n2:
                    continue
                if cur is None or (cur == "PERSON" and votes[dst].get("PERSON", 0) <= 1.5):
                    if not any(votes[dst].get(k, 0) >= 3 for k in ("PERSON", "ORG", "PLACE")):
                        labels[dst] = lab
                        votes[dst][lab] = max(votes[dst].get(lab, 0), votes[src][lab])


def person_full_names(text: str, spans: list[tuple[int, int, str]]) -> dict[str, str]:
    """Map each PERSON mention text to the fullest name seen for it ("Kurose" -> "Ayumi Kurose")."""
    full: dict[str, str] = {}
    names = [text[a:b] for a, b, lab in spans if lab == "PERSON"]
    longs = sorted({n for n in names if len(n.split()) >= 2}, key=len, reverse=True)
    # the two longest full names per last word (one of them may be the mention itself): a look-up,
    # not a scan of every name for every mention (quadratic with thousands of names)
    by_last: dict[str, list[str]] = {}
    for cand in longs:
        firsts = by_last.setdefault(cand.split()[-1], [])
        if len(firsts) < 2:
            firsts.append(cand)
    for n in names:
        cands = [c for c in by_last.get(n.split()[-1], ()) if c != n]
        full[n] = cands[0] if cands else n
    return full
