"""Votes from the words around a name: the cues before it (a reporting verb, a title, an organisation's
or a place's preposition) and after it (an age, an apposition, "said", a score). Called by name_votes
(names.py) after the shape votes (name_shape_votes.py), in a fixed order: the sums and the label chosen on
a tie depend on it."""

from __future__ import annotations

import re

from .lexicon import COUNTRIES, DEMONYMS
from .name_context import Mention, NameDoc
from .name_cues import (
    _FIRST_NAMES,
    AGE_AFTER,
    APPOS_AFTER,
    APPOS_BEFORE,
    BUSINESS_AFTER,
    ORG_AFTER,
    ORG_APPOS_AFTER,
    ORG_POSS_AFTER,
    PLACE_AFTER,
    PLACE_COMMA_COUNTRY,
    POSS_AFTER,
    REPORT_AFTER,
    WHICH_AFTER,
    WHO_AFTER,
    _is_acronym,
    _is_org_descriptor,
    _is_org_word,
    _is_sentence_start,
    _is_title,
    _org_compound,
    _pl_given_genitive,
)
from .name_split import _DE_AGENT_ENDINGS
from .place_shapes import (
    _de_landform_compound,
    _german_landscape,
    _german_place_case,
    _german_place_shape,
    _place_like,
    _polish_place,
)
from .places_pl import _pl_first_name

# a German preposition with its article: a town takes "in" alone, a landscape or river the article
_DE_WITH_ARTICLE = re.compile(r"\b(?:[iI]m|[aA]m|[vV]om|(?:[iI]n|[aA]n|[aA]us|[vV]on) (?:der|dem))\s+$")
_DE_TAL_BEFORE = re.compile(r"(?i:\btal(?:e?s)?\s+de[rs]\s+)$")
# German verbs of saying that also take an object: "forderte Entschädigungen" (every noun is capitalised)
_DE_OBJECT_VERBS = frozenset("forderte fordert forderten kritisierte kritisiert warnte betonte".split())
_DE_APPOS_ROLE = re.compile(
    r"^,\s+([A-ZÄÖÜ][a-zäöüß]{3,})\s+(?:in|im|bei|beim|der|des|von|vom|aus|am|an|auf|für)\s"
)
_DE_ROLE_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-ZÄÖÜ][a-zäöüß]{3,}) $")
_OF_TOWN = re.compile(r"\b[a-zà-ÿ]{3,}\s+(?:et\s+)?de\s+$")
_PL_LOCATIVE_PAIR = re.compile(r"\w+(?:iej|ej)\s\w+(?:e|u|y|ej)|\w+(?:ie|u|y)\s\w+(?:iej|ej|im)")
# Polish "z" with the instrumental is "with" ("z Nowakiem", "z Anną"), not "from"
_PL_INSTRUMENTAL = ("em", "im", "ym", "ą", "ami", "mi")
_PL_WITH = re.compile(r"(?:^|\s)[zZ]e?\s+$")
# a town's office ("burmistrz", "prezydenta", "wójtem", "sołtys"), and its holder's given name next
_PL_TOWN_OFFICE = re.compile(
    r"(?<!\w)(?i:burmistrz|wójt|sołtys|prezydent|starost)(?:a|em|owi|y|ą|ka|ki|kę)?\s+$"
)
_PL_HOLDER_AFTER = re.compile(r"^,?\s+([A-ZŁŚŻŹĆ][\w\-]+)")


# A relative named after the word for the kinship, with a possessive before it ("her son, Ruaridh",
# "son épouse, Solange", "su esposa Encarnación", "zijn vrouw Aafke", "seine Frau Ilse"; Polish often
# without one: "zostawił żonę Annę"). The word after is a given name, whatever else it may be.
_KIN = {
    "en": r"(?:his|her|their|my|our)\s+(?:late\s+)?(?:wife|husband|son|daughter|mother|father|brother|sister|"
    r"partner|widow|widower|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle|niece|"
    r"nephew|cousin|fianc[ée]e?|stepson|stepdaughter|children|sons|daughters|brothers|sisters)",
    "fr": r"(?:son|sa|ses|leur|leurs|mon|ma|mes|notre)\s+(?:épouse|époux|femme|mari|fils|fille|filles|mère|père|"
    r"frère|frères|sœur|soeur|sœurs|compagne|compagnon|petit-fils|petite-fille|grand-mère|grand-père|veuve|"
    r"oncle|tante|neveu|nièce|cousin|cousine|enfants)",
    "es": r"(?:su|sus|mi|mis|nuestro|nuestra)\s+(?:esposa|esposo|mujer|marido|hijo|hija|hijos|hijas|madre|padre|"
    r"hermano|hermana|hermanos|nieto|nieta|abuela|abuelo|viuda|viudo|tío|tía|sobrino|sobrina|primo|prima|"
    r"pareja|compañera|compañero)",
    "de": r"(?:seine|seiner|seinen|seinem|ihr|ihre|ihrer|ihren|ihrem|meine|unsere)\s+(?:Frau|Ehefrau|Mann|Ehemann|"
    r"Sohn|Söhne|Tochter|Töchter|Mutter|Vater|Bruder|Schwester|Witwe|Witwer|Enkel|Enkelin|Großmutter|"
    r"Großvater|Oma|Opa|Tante|Onkel|Neffe|Nichte|Partnerin|Partner|Lebensgefährtin|Lebensgefährte|Kinder)",
    "nl": r"(?:zijn|haar|hun|mijn|onze|ons)\s+(?:vrouw|echtgenote|echtgenoot|man|zoon|zoons|dochter|dochters|"
    r"moeder|vader|broer|zus|zuster|weduwe|kleinzoon|kleindochter|oma|opa|grootmoeder|grootvader|tante|oom|"
    r"neef|nicht|partner|vriendin|kinderen)",
    "pl": r"(?:(?:jego|jej|ich|mój|moja|moją|moją|mojego|naszą|swoją|swojego)\s+)?(?:żona|żonę|żoną|mąż|męża|"
    r"mężem|syn|syna|synem|córka|córkę|córką|matka|matkę|ojciec|ojca|brat|brata|siostra|siostrę|wdowa|wnuk|"
    r"wnuka|wnuczka|wnuczkę|babcia|babcię|babci|dziadek|dziadka|partnerka|partnerkę)",
}
_KIN_BEFORE = {
    lang: re.compile(
        rf"(?<![\w\-])(?i:{rx})(?:,\s+|\s+)$" if lang != "de" else rf"(?<![\w\-]){rx}(?:,\s+|\s+)$"
    )
    for lang, rx in _KIN.items()
}


# A side in a match after the result's noun: "a 58-51 win over X", "their defeat to X", "victoire contre X",
# "Sieg gegen X", "zege op X", "victoria ante X", "zwycięstwo nad X" (a team, not a person: a player is not
# beaten as a side, and a name with a given name first stays a person: tennis, chess); and "the home club, X".
_TEAM_BEFORE = re.compile(
    r"(?<![\w\-])(?i:(?:win|victory|defeat|loss|draw|wins|victories|defeats)\s+(?:over|to|against|with)|"
    r"(?:victoire|défaite|succès)\s+(?:contre|face\s+à|sur)|(?:sieg|niederlage|unentschieden|siege)\s+"
    r"(?:gegen|über)|(?:zege|nederlaag|overwinning|gelijkspel)\s+(?:op|tegen)|(?:victoria|derrota|empate|triunfo)"
    r"\s+(?:ante|sobre|contra|frente\s+al?)|(?:zwycięstwo|zwycięstwie|porażka|porażce|remis)\s+(?:nad|z|ze)|"
    r"(?:home|away|visiting|host)\s+(?:club|side|team),)\s+(?:the\s+|le\s+|la\s+|les\s+|el\s+|den\s+|de\s+)?$"
)
# a verb of beating an opponent, right before a name without a given name ("beating Redgate Seven 3-1", "a battu X",
# "pokonała X"): a team (h100). A word look-up, not one more regular expression tried at every position.
_BEAT_VERBS = frozenset(
    "beat beating defeated defeating battu battant besiegte besiegten schlug versloeg versloegen venció derrotó "
    "venciendo pokonał pokonała pokonali pokonując".split()
)
_ARTICLES_AFTER_BEAT = frozenset("the le la les el den de".split())


def _after_beat_verb(before: str) -> bool:
    words = before[-30:].split()
    if words and words[-1].lower() in _ARTICLES_AFTER_BEAT:
        words.pop()
    return bool(words) and before[-1:].isspace() and words[-1].lower() in _BEAT_VERBS


def _pl_locative_first_name(lw: str) -> bool:
    """A given name in the locative, with the stems that change there ("Piotrze": Piotr, "Pawle": Paweł)."""
    return (
        _pl_first_name(lw)
        or (lw.endswith("rze") and lw[:-2] in _FIRST_NAMES)
        or (lw.endswith("le") and lw[:-2] + "eł" in _FIRST_NAMES)
    )


def _pl_head(lws: list[str]) -> str:
    """The word whose case the preposition before a Polish name sets: the last one, or the last before
    "nad" in a town named with its river ("z Zagórza nad Sołtówką" is "from", not "with")."""
    return lws[lws.index("nad") - 1] if "nad" in lws[1:] else lws[-1]


def _speaker_before_votes(doc: NameDoc, m: Mention) -> None:
    """Cues before the name that point to a speaker: a reporting verb, "led by", a role or title."""
    lang, german = doc.lang, doc.german
    name, v, words, before, multi, first_name = m.name, m.v, m.words, m.before, m.multi, m.first_name
    place_first, has_org_word, acronym_first, cb = m.place_first, m.has_org_word, m.acronym_first, m.cb
    if cb["report"]:
        if cb["according"] and lang == "pl" and multi and _pl_given_genitive(m.lwords[0]):
            v["PERSON"] += 2  # "Według Tadeusza Wójcika": a given name in the genitive, as the case asks
        elif cb["according"] and not first_name:
            v["ORG"] += 2
        elif multi and place_first and words[0] in COUNTRIES and not has_org_word:
            # "informó Chile Exporta": a body named after its country, as "Chile Exporta informó" (not
            # after a town or a county: "said Kerry Hollis", a given name the lists lack)
            v["ORG"] += 2
        elif multi and not has_org_word and not acronym_first:  # "told BBC Sport"
            v["PERSON"] += 3
        elif not multi and doc.lone_org(name) and not (german and before.split()[-1] in _DE_OBJECT_VERBS):
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
    if lang in _KIN_BEFORE and not has_org_word and _KIN_BEFORE[lang].search(before):
        v["PERSON"] += 4  # "her son, Ruaridh", "su esposa Encarnación": sure (the learned step keeps it)
    if cb["title"] and not has_org_word:  # "prezes Narodowego Banku Polskiego": the bank's
        v["PERSON"] += 3 if multi else 1.5
    elif multi and before.endswith(", ") and APPOS_BEFORE.search(before):
        v["PERSON"] += 2.5


def _org_before_votes(doc: NameDoc, m: Mention) -> None:
    """Cues before the name that point to an organisation: an organisation's cue word, a role "of" one,
    a country's possessive."""
    german = doc.german
    v, multi, first_name, cb = m.v, m.multi, m.first_name, m.cb
    # (a role's German genitive before one word is a common noun: "Anwalt der Klägerin")
    if cb["org"] and multi and first_name and not m.has_org_word:
        # "Obstbauer Markus Feldhaider", "la asociación AVEC, Rocío Almansa": a given name after the kind
        # word starts a person's name (a trade, or a person in apposition to the body)
        v["PERSON"] += 2
    elif cb["org"] or (cb["role_of"] and (multi or not german)):
        v["ORG"] += 3
    if cb["org_gen"] and not first_name:
        v["ORG"] += 3
    if cb["org_at"]:
        v["ORG"] += 3
    if cb["country_poss"] and not first_name:
        v["ORG"] += 2
    if cb["source"] and not multi and doc.lone_org(m.name):
        v["ORG"] += 2.5  # "according to figures from X", "z danych X": a lone word, no one's name, no place
    if not first_name and (_TEAM_BEFORE.search(m.before) or _after_beat_verb(m.before)):
        v["ORG"] += 3  # "a 58-51 win over Tyneside Tempest", "the home club, Haverleigh Harriers"


def _place_before_votes(doc: NameDoc, m: Mention) -> None:
    """Cues before the name that point to a place: prepositions, kinds of place, a town after "de"."""
    lang, german, gazetteer, name_words = doc.lang, doc.german, doc.gazetteer, doc.name_words
    name, v, words, lwords, before, after, multi = m.name, m.v, m.words, m.lwords, m.before, m.after, m.multi
    first_name, has_org_word, cb = m.first_name, m.has_org_word, m.cb
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
        and (not german or _DE_TAL_BEFORE.search(before) or (not multi and _de_landform_compound(lwords[0])))
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
        and not (lang == "pl" and multi and _pl_locative_first_name(lwords[0]))  # "o Piotrze Zawadzkim"
        and (not german or name in gazetteer or _german_place_shape(name) or _german_landscape(name))
        # "spotkał się z Nowakiem": "z" with the instrumental is "with", not "from"
        and not (lang == "pl" and _PL_WITH.search(before) and _pl_head(lwords).endswith(_PL_INSTRUMENTAL))
        # "im Sauerland", "im Allgäu", "in der Hollertau" (not "im Pflegeheim": towns take "in" alone)
        and (not (german and _DE_WITH_ARTICLE.search(before)) or name in gazetteer or _german_landscape(name))
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
    if (
        lang == "pl"
        and not multi
        and not first_name
        and _PL_TOWN_OFFICE.search(before)
        and (nxt := _PL_HOLDER_AFTER.match(after))
        and _pl_first_name(nxt.group(1).lower())
    ):
        v["PLACE"] += 3  # "Burmistrz Ustronia Halina Wolak", "Prezydent Kalisza, Jan Nowak": the town between
    if german and not multi and name not in gazetteer and _german_place_case(name):
        v["PLACE"] += 3  # "in den Niederlanden", "des Rheins", "Bayerns"
    if lang == "pl" and not multi and name not in gazetteer and _polish_place(name):
        v["PLACE"] += 3  # "w Warszawie", "na Pomorzu": a place in another case
    if (
        lang == "pl"
        and len(words) == 2
        and cb["place_weak"]
        and _PL_LOCATIVE_PAIR.fullmatch(name)
        and not has_org_word  # "w Banku Śląskim"
        and not _pl_locative_first_name(lwords[0])  # "w Piotrze Zawadzkim": a person
    ):
        v["PLACE"] += 3  # "w Rudzie Śląskiej", "w Zielonej Górze": a noun and its adjective in the locative


def _after_votes(doc: NameDoc, m: Mention) -> None:
    """Cues after the name: an age, a person's or a body's apposition, "who", "which", a reporting verb."""
    lang, german = doc.lang, doc.german
    v, after, multi, first_name, place_first = m.v, m.after, m.multi, m.first_name, m.place_first
    has_org_word, acronym_first, cb = m.has_org_word, m.acronym_first, m.cb
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


def _org_place_after_votes(doc: NameDoc, m: Mention) -> None:
    """What points to a body or a place around the name: a lone word that speaks or acts, a person's
    name and "of" before it, an organisation's or a place's cue after it."""
    text, lang = doc.text, doc.lang
    i, a, name, v, after, multi, first_name, cb = m.i, m.a, m.name, m.v, m.after, m.multi, m.first_name, m.cb
    # (not at a sentence's start outside English: "Dane podał GUS", where "Dane" is "data")
    if (
        REPORT_AFTER.match(after)
        and not multi
        and doc.lone_org(name)
        and (lang == "en" or not _is_sentence_start(text, a))
        # "Urząd Skarbowy w Lesznie zapowiedział": a name after "in" is where the speaker sits
        and not (cb["place_weak"] or cb["place_strong"])
    ):
        v["ORG"] += 2  # "Rijkswaterstaat said", when no one in the article is called that
    if (
        lang != "de"
        and BUSINESS_AFTER.match(after)
        and not multi
        and doc.lone_org(name)
        and not (cb["place_weak"] or cb["place_strong"] or cb["title"])
    ):
        v["ORG"] += 2  # "Woolwarm buys fleeces", "Aena registró retrasos": a company's deeds (not in
        # German, where every noun is capitalised: "Der Konzern beschäftigt")
    if doc.of_person(i) and not first_name and not _place_like(name, lang):
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


def cue_votes(doc: NameDoc, m: Mention) -> None:
    """Every vote the words around the mention give, in the order the sums rely on."""
    _speaker_before_votes(doc, m)
    _org_before_votes(doc, m)
    _place_before_votes(doc, m)
    _after_votes(doc, m)
    _org_place_after_votes(doc, m)
