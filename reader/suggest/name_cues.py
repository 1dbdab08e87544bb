"""What the words before and around a capitalised name say about it: titles, organisation and place cue
words, reporting verbs, the regular expressions read after a name. Pure functions of the text; the vote
rules (name_shape_votes.py, name_cue_votes.py) sum them into votes."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .lexicon import (
    COUNTRIES,
    FIRST_NAMES,
    ORG_CUES_AFTER,
    ORG_CUES_BEFORE,
    ORG_WORDS,
    PLACE_CUES_AFTER,
    PLACE_NOUN_OF,
    PLACE_WORDS,
    REPORTING_VERBS_EN,
    REPORTING_VERBS_FR,
    SENTENCE_INITIAL,
    TITLES,
)
from .lexicon_intl import (
    ACCORDING_INTL,
    FIRST_NAMES_INTL,
    FIRST_NAMES_MORE,
    ORG_CUES_BEFORE_INTL,
    ORG_DESCRIPTOR_SUFFIXES_DE,
    ORG_SUFFIXES_DE,
    ORG_SUFFIXES_NL,
    ORG_WORDS_INTL,
    ORG_WORDS_PL_CASES,
    PAPER_WORDS,
    PLACE_DESCRIPTORS,
    PLACE_PREPS_INTL,
    PLACE_WORDS_INTL,
    REPORTING_VERBS_INTL,
    SENTENCE_INITIAL_INTL,
    TITLE_SUFFIXES_DE,
    TITLES_INTL,
)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_TITLE = _alt(TITLES)

_WORD_RE = re.compile(r"[\w'’\-&.]+|,")
_REPORT_1 = (
    frozenset(v for v in REPORTING_VERBS_EN + REPORTING_VERBS_FR if " " not in v) | REPORTING_VERBS_INTL
)
_ACCORDING_1 = frozenset({"selon", "d'après", "d’après"}) | ACCORDING_INTL
# figures and where they come from: "figures from X", "selon les chiffres de X", "según los archivos de X",
# "volgens cijfers van X"; Polish names the source in the genitive ("z danych X")
_SOURCE_NOUNS = frozenset(
    "figures data statistics survey accounts report records archives chiffres données statistiques "
    "rapport enquête archives cifras datos estadísticas informe encuesta archivos registros cijfers "
    "gegevens rapport onderzoek enquête".split()
)
_SOURCE_PREPS = frozenset("from of de d' d’ du des del van".split())
_PL_SOURCE_GEN = frozenset("danych raportu statystyk badania sondażu rejestru".split())
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
# possessives in every language read: "Okafor's club, X", "Zijn ploeg, X", "Su club, X"
_POSS_ANY = _POSS_DET | frozenset(
    "our my notre nos su sus nuestro nuestra sein seine seinen seinem ihr ihre ihren ihrem unser unsere "
    "zijn haar hun ons onze jego jej ich swój swoja swojego nasz nasza".split()
)
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
_PLACE_STRONG_1 = frozenset("near outside nearby around à région capitale".split())
_PLACE_WEAK_1 = frozenset("in from en into across toward towards to at".split())
_COMPASS = frozenset("north south east west nord sud est ouest".split())
_COMPASS_ADJ = frozenset(
    "north south east west northern southern eastern western central greater upper lower nord sud "
    "nördliches südliches östliches westliches norte sur oeste este noord zuid oost west".split()
)
_ORG_WORDS = ORG_WORDS | ORG_WORDS_INTL | ORG_WORDS_PL_CASES | PAPER_WORDS
_ORG_CUES_BEFORE = ORG_CUES_BEFORE | ORG_CUES_BEFORE_INTL
# a team, in the languages read (after a possessive and a comma: "Zijn ploeg, X")
_TEAM_NOUNS = frozenset(
    "team ploeg équipe equipo mannschaft drużyna zespół party partij parti partido partei".split()
)
_PLACE_WORDS = PLACE_WORDS | PLACE_WORDS_INTL


def _packaged_given_names() -> frozenset[str]:
    """Given names from Faker's person providers, filtered (benchmarks/make_given_names.py)."""
    path = Path(__file__).with_name("given_names.txt")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(ln for ln in lines if ln and not ln.startswith("#"))


_FIRST_NAMES = FIRST_NAMES | FIRST_NAMES_INTL | FIRST_NAMES_MORE | _packaged_given_names()
_INTL = ("de", "es", "nl", "pl")
# Definite articles right before a name (German is left out: every noun takes one there).
_ARTICLES = {
    "en": frozenset({"the"}),
    "fr": frozenset({"le", "la", "les"}),
    "es": frozenset({"el", "la", "los", "las"}),
    "nl": frozenset({"het", "de"}),
}


# A role, then the preposition or genitive article before the body the person works for
_ROLE_OF_PREPS = {"en": ("for", "at"), "de": ("der", "des")}
_ROLE_NOUNS_EN = frozenset(
    "spokesperson spokesman spokeswoman lawyer analyst economist researcher scientist".split()
)
# Polish words for a match before "z" and the side played: "mecz z X", "spotkanie ze X"
_PL_MATCH_WORDS = frozenset("mecz meczu meczem spotkanie spotkaniu derby starcie starciu".split())


def _pl_given_genitive(word: str) -> bool:
    """A Polish given name in the genitive, which the list holds in the nominative: "tadeusza" (tadeusz),
    "katarzyny" (katarzyna), "agnieszki" (agnieszka), "marii" (maria), "marka" (marek), "pawła" (paweł)."""
    if len(word) < 4 or word[-1] not in "ayi":
        return False
    base = word[:-1]
    forms = {base} if word[-1] == "a" else {base + "a"}
    if word.endswith("ii"):
        forms.add(word[:-2] + "ia")
    if word[-1] == "a":
        forms.add(base[:-1] + "e" + base[-1])  # the vowel the other cases drop: "marka", "pawła"
    return any(f in _FIRST_NAMES for f in forms)


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
    "concern spółka firma koncern przewoźnik verwerker fabrikant vervoerder aannemer baggeraar".split()
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
    "fabrikant",  # "Verffabrikant X BV": who makes what, never part of the firm's name
    "verwerker",  # "Visverwerker X"
    # "woningcorporatie X", "zorginstelling X", "Zuurkoolfabriek X": the kind of body, then its name
    "corporatie",
    "instelling",
    "fabriek",
    "fonds",  # "Pensioenfonds X verhoogt" (inside a sentence, "het Waarborgfonds X", the name's first word)
    "aanbieder",  # "Telecomaanbieder X", "Zorgaanbieder X": who provides what
    "school",  # "Basisschool X" opening a sentence (inside one, "van Basisschool X", the name's first word)
    "zaak",  # "Kledingzaak X", "Fietsenzaak X": the kind of shop, then its name
    "winkel",  # "Speelgoedwinkel X"
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


def _word_cues(c: dict[str, bool], lw: list[str], lang: str, elided: bool) -> None:
    """The last word or two before the mention: an article, a reporting verb, "led by", a role, a kind of
    body or place (sets keys of `c`)."""
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
    if (
        last in _ROLE_OF_PREPS.get(lang, ())
        and len(lw) >= 2
        and (lw[-2] in _ROLE_NOUNS_EN if lang == "en" else _is_title(lw[-2], lang))
    ):
        c["role_of"] = True  # "a lawyer for X", "Vorsitzender der X Y": whom the person works for
    if lang == "pl" and last in ("z", "ze") and len(lw) >= 2 and lw[-2] in _PL_MATCH_WORDS:
        c["org"] = True  # "mecz z Cracovią", "na mecz ze Stalą X": the other side is a club
    if last in _PLURAL_TITLES:
        c["org"] = True  # "Radni Koalicji Obywatelskiej": councillors of a party, not one person
    elif _is_title(last, lang):
        c["title"] = True
    if _is_org_descriptor(last, lang) or (lang == "de" and last.endswith("erei") and len(last) >= 8):
        c["org"] = True  # "der Energiekonzern Vattenfall", "die Metzgerei Lammhof Grauberg"
    if last in PLACE_DESCRIPTORS:
        c["place_strong"] = True  # "Landkreis Deggendorf", "la provincia de"


def _org_cues(c: dict[str, bool], ws: list[str], lw: list[str], lang: str) -> None:
    """A kind of organisation before the capitalised words (a list of them, an adjective), a body one
    works at or holds a stake in, a possessive determiner or a country's possessive (sets keys of `c`)."""
    last = lw[-1]
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
        # "z raportu fundacji Zdrowa Polska"; after a role the name is a person's ("prezes spółki X Y",
        # "rzecznik firmy Tomasz Kowal": 13 of 13 in the gold)
        c["org_gen"] = not (i >= 1 and _is_title(lw[i - 1], lang))
        c["title"] = c["title"] or not c["org_gen"]
    elif (
        i >= 2
        and lw[i - 1] in ("de", "d'", "d’", "of")
        and lw[i - 2] in _ORG_CUES_BEFORE
        and ws[i][:1].islower()
    ):
        c["org"] = True  # "la société de transport Kerlan", "the group of companies"
    k = len(lw) - 1 - (lw[-1] in _ARTICLES.get(lang, ()))
    if (
        k >= 2
        and ws[k] == ","
        and (lw[k - 1] in _ORG_CUES_BEFORE or lw[k - 1] in _TEAM_NOUNS)
        and (lw[k - 2] in _POSS_ANY or lw[k - 2].endswith(("'s", "’s")))
    ):
        c["org"] = True  # "Okafor's club, X,", "the shop's insurer, X": the body itself, in apposition
    if (len(lw) >= 2 and last in _SOURCE_PREPS and lw[-2] in _SOURCE_NOUNS and lang != "de") or (
        lang == "pl" and last in _PL_SOURCE_GEN
    ):
        # "figures from X", "z danych X": who published the figures (not in German, where every noun is
        # capitalised: "Daten des Verkehrsdezernats", "Zahlen vom Januar")
        c["source"] = True
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


def _place_cues(c: dict[str, bool], before: str, ws: list[str], lw: list[str], lang: str) -> None:
    """Prepositions and kinds of land before a place, in each language (sets keys of `c`)."""
    last = lw[-1]
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
            "role_of",
            "source",
        ),
        False,
    )
    if not lw:
        return c
    _word_cues(c, lw, lang, elided)
    _org_cues(c, ws, lw, lang)
    _place_cues(c, before, ws, lw, lang)
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
# a score: "3-1", "24–17", or "3:1" with one digit a side (two after a colon is a clock time: "7:45")
SCORE_AFTER = re.compile(r"^\s+(?:\d{1,2}[-–]\d{1,2}\b(?![-–]\d)|\d:\d(?![\d:]|[.,]\d))")
BEAT_SCORE_AFTER = re.compile(
    r"^\s+(?:beat|beats|defeated|edged|thrashed|drew\s+with|lost\s+to|schlug|verlor\s+gegen|battu|a\s+battu|"
    r"venció\s+al?|won\s+against|versloeg|pokonał[ao]?)\s+[A-ZÀ-Þ][\w\-’' ]{1,40}?\s+\d{1,2}[-–:]\d{1,2}\b"
)


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


_DE_LOC = frozenset("in an aus von".split())
# German: a part of the land before "des"/"der" and a name ("am Fuß des X", "die Auen des X"), and the
# last part of a compound landform name in the genitive ("Nebelhorns", "Sandbachs", "Hohenalb")
_DE_LAND_PARTS = frozenset(
    "fuß hang hänge hängen gipfel auen ufer ufern rand hochlagen flanke mündung quelle oberhalb unterhalb".split()
)
_DE_LAND_PART_ENDS = ("wäldern", "heiden", "hängen", "ufern")
# Polish kinds of body that head a name only with a complement ("Fundacja X" names X), and the endings of
# such complements: a genitive plural ("Hodowców", "Polskich", "Lekarzy") or a verbal noun ("Ratowania")
_PL_KIND_HEADS = frozenset("fundacja stowarzyszenie spółdzielnia wydawnictwo stocznia fabryka".split())


def has_org_word_pre(lwords: list[str]) -> bool:
    return any(w in ORG_WORDS for w in lwords)
