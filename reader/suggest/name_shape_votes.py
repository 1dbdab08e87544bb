"""Votes from a name's own shape: the gazetteers and word lists that know it, the compounds, capitals,
organisation and place words it is made of, and the run of capitalised words a person's name makes. One
function per kind of shape; name_votes (names.py) calls them in a fixed order, which the sums and the
label chosen on a tie depend on."""

from __future__ import annotations

import re

from .gazetteer import place_weight
from .institutions import german_org_compound
from .lexicon import (
    CAPS_PLACES,
    CITIES,
    COMPANY_LAST_WORDS,
    COUNTRIES,
    DEMONYMS,
    KNOWN_ORGS,
    NON_ORG_CAPS,
    ORG_LAST_WORDS,
    PLACE_FIRST_OF,
    REGIONS,
)
from .lexicon_intl import CLUB_FIRST_WORDS, PAPER_FIRST_WORDS, PLACE_DESCRIPTORS, RIVERS
from .name_context import Mention, NameDoc
from .name_cues import (
    _COMPASS,
    _COMPASS_ADJ,
    _FIRST_NAMES,
    _PLACE_WORDS,
    _ROMANCE_ARTS_LOWER,
    BEAT_SCORE_AFTER,
    SCORE_AFTER,
    _is_acronym,
    _is_sentence_start,
    _is_title,
    _org_compound,
    _pl_given_genitive,
    has_org_word_pre,
)
from .name_split import _CAMEL, _VENUE_FIRST
from .place_shapes import FR_PLACE_RE, _de_landform, _known_place, _place_like, _romance_place_of

# Polish kinds of land that head a region's name, in any case ("Pojezierze", "Pojezierza", "Kotlinie")
_PL_LAND_KIND = re.compile(
    r"(?:pojezierz|pogórz|pobrzeż|kotlin|pradolin|dolin|puszcz|nizin|wyżyn|równin|płaskowyż|beskid|żuław)"
    r"(?:e|a|u|y|i|ie|zie|ę|ą|em|ach|ami|om)?|gór(?:y|ach|ami|om)"
)

# capitalised words joined by "&"
_AMPERSAND_JOIN = re.compile(r"[^\W\d_][\w.'’\-]*[ \u00a0]&[ \u00a0][^\W\d_]")
_VENUE_LINKS = frozenset("de du des del la".split())
_DE_PART_OF = re.compile(r"(?:Ober|Unter|Nieder|Mittel|Nord|Süd|Ost|West)(\w{4,})")
_DE_PLACE_ADJ = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:er|ische|ischer|isches|ischen|ischem)")
# Dutch: an adjective made from a place's name ("Gelderse", "Drentsche", "Dokkumer"), then a landform or a
# water ("aa" and "ee" are streams, "waard" land by a river)
_NL_PLACE_ADJ = re.compile(r"[A-Z][a-z]+(?:se|sche|er)")
_NL_LANDFORMS = frozenset(
    "vallei dal stroom stromen zand aa ee waard heuvelrug heide veen venen polder duinen meren plassen bossen "
    "vlakte delta uiterwaarden laagte broek".split()
)

# Single-word landforms by their last part: German and Dutch write them as one word
_LANDFORM_ENDINGS = {"de": ("see", "gebirge"), "nl": ("zee", "meer")}
_HIGH_LOW = frozenset("haut haute hauts hautes bas basse basses alto alta bajo baja".split())
# Polish adjective endings (nominative and oblique): "Państwowa", "Głównego", "Miejskie", "Polskiej"
_PL_ADJ_ENDINGS = (
    "ski", "ska", "skie", "skiego", "skiej", "cki", "cka", "ckie", "ckiego", "ckiej", "kiego", "kiej",
    "owy", "owa", "owe", "owego", "owej", "ny", "ne", "nego", "nej", "alna", "alny", "alne", "ły", "łe",
    "łego", "łej", "wy", "we", "wego", "wej",
)  # fmt: skip
# German compounds for a kind of facility, service or firm of which there are many ("Rodelbahn",
# "Realschule", "Sicherheitsdienst", "Sägewerke", "Spargelbetriebe"): alone, no organisation's name
# (inside one they still count: "Stadtwerke Würzburg", "Filstal Verkehrsbetriebe")
_DE_KIND_ENDINGS = ("bahn", "werke", "betriebe", "schule", "dienst", "zentrum", "hilfe")
# countries as named in the other languages ("Tata Steel Nederland", "Shell Deutschland")
_COUNTRY_NAMES_INTL = frozenset(
    "Nederland Deutschland Österreich Schweiz Frankreich España Francia Polska Niemcy Belgique België "
    "Suisse Italia Portugal Sverige Norge Danmark".split()
)


def _known_name_votes(doc: NameDoc, m: Mention) -> None:
    """Gazetteers and word lists that know the name, one-word compounds, acronym heads, venues."""
    lang, german, gazetteer, dateline_places = doc.lang, doc.german, doc.gazetteer, doc.dateline_places
    name, v, lwords, after, multi, has_org_word = m.name, m.v, m.lwords, m.after, m.multi, m.has_org_word
    acronym_first = m.acronym_first
    if name in dateline_places:
        v["PLACE"] += 3
    if name in COUNTRIES or name in CITIES or name in REGIONS:
        v["PLACE"] += 3
    elif (gz := place_weight(name)) and not has_org_word:
        v["PLACE"] += gz
        gazetteer[name] = gz
    if german and not multi and german_org_compound(lwords[0]) and not lwords[0].endswith(_DE_KIND_ENDINGS):
        v["ORG"] += 3  # "Bundesregierung", "Bundesnetzagentur"
    elif not multi and _org_compound(lwords[0], lang):
        v["ORG"] += 3  # "Havenbedrijf", "Rabobank", "Ryanair"
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


def _landform_votes(doc: NameDoc, m: Mention) -> None:
    """A region's adjective before a landform: "Gelderse Vallei", "Thüringer Wald"."""
    lang, german, no_person = doc.lang, doc.german, doc.no_person
    name, v, words, lwords = m.name, m.v, m.words, m.lwords
    if (
        lang == "nl"
        and len(words) == 2
        and _NL_PLACE_ADJ.fullmatch(words[0])
        and lwords[0] not in _FIRST_NAMES
        and lwords[1] in _NL_LANDFORMS
    ):
        no_person.add(name)
        v["PLACE"] += 3  # "Gelderse Vallei", "Drentsche Aa", "Dokkumer Ee": a place's adjective, a landform
    if (
        german
        and len(words) == 2
        and _DE_PLACE_ADJ.fullmatch(words[0])
        and _de_landform(lwords[1])
        and not german_org_compound(lwords[0])  # "Handwerkskammer Oberland": a body, not an adjective
    ):
        v["PLACE"] += 3  # "Thüringer Wald", "Bayerischer Wald", "Fränkische Schweiz"


def _org_shape_votes(doc: NameDoc, m: Mention) -> None:
    """Names shaped as organisations: an organisation's last word, a score after, a country's arm."""
    lang, no_person = doc.lang, doc.no_person
    name, v, words, lwords, before, after, multi = m.name, m.v, m.words, m.lwords, m.before, m.after, m.multi
    first_name, place_first = m.first_name, m.place_first
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


def _compound_place_votes(doc: NameDoc, m: Mention) -> None:
    """One-word and hyphenated names made of a place or a landform ("Bodensee", "Haut-Jura")."""
    lang, german, gazetteer = doc.lang, doc.german, doc.gazetteer
    name, v, lwords, multi = m.name, m.v, m.lwords, m.multi
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


def _typography_votes(doc: NameDoc, m: Mention) -> None:
    """What capitals, camel case, "The" and organisation or place words inside the name say."""
    text, lang = doc.text, doc.lang
    a, name, v, words, lwords, multi, first_name = m.a, m.name, m.v, m.words, m.lwords, m.multi, m.first_name
    has_org_word = m.has_org_word
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
    if _AMPERSAND_JOIN.search(name):
        v["ORG"] += (
            4  # "Marlow & Tench", "Brook & Lantern Florists": a firm's name, never a person's or a place's
        )
        doc.no_person.add(name)


def _polish_romance_shape_votes(doc: NameDoc, m: Mention) -> None:
    """Polish and Romance shapes: a club with its town, a body led by an adjective, "X de Y"."""
    lang, no_person = doc.lang, doc.no_person
    name, v, words, lwords, multi, first_name = m.name, m.v, m.words, m.lwords, m.multi, m.first_name
    has_org_word = m.has_org_word
    if (
        lang == "pl"
        and len(words) == 2
        and not first_name
        and place_weight(words[1]) >= 1
        and place_weight(words[0]) < 3
        and not has_org_word
        and not lwords[0].endswith(_PL_ADJ_ENDINGS)
        and lwords[0] not in PLACE_DESCRIPTORS
        and lwords[0] not in _PLACE_WORDS  # "Lotnisko Kraków", "Dworzec Katowice": a place in the town
        and not _is_title(lwords[0], lang)
    ):
        v["ORG"] += 2.5  # "Wisła Kraków", "Górnik Zabrze": a club named with its town, not a person
        no_person.add(name)
    if (
        lang == "pl"
        and multi
        and not first_name
        and lwords[0].endswith(_PL_ADJ_ENDINGS)
        and not _pl_given_genitive(lwords[0])  # "Według Katarzyny Nowak": a given name in the genitive
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
        and _romance_place_of(words[0], [w for w in words[2:] if w.lower() not in _ROMANCE_ARTS_LOWER], lang)
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


def _joined_name_votes(doc: NameDoc, m: Mention) -> None:
    """Names joined to a country's initials, a legal form or a possessive; rivers; compass points."""
    legal_ends, national, poss_joined = doc.legal_ends, doc.national, doc.poss_joined
    b, name, v, words, lwords, multi = m.b, m.name, m.v, m.words, m.lwords, m.multi
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


def _person_shape_votes(doc: NameDoc, m: Mention) -> None:
    """A given name first, or the shape of a person's name: two or three capitalised words."""
    text, lang, german, shape_voted = doc.text, doc.lang, doc.german, doc.shape_voted
    a, name, v, words, lwords, first_name = m.a, m.name, m.v, m.words, m.lwords, m.first_name
    place_first, has_org_word, cb = m.place_first, m.has_org_word, m.cb
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


def shape_votes(doc: NameDoc, m: Mention) -> None:
    """Every vote the mention's own shape gives, in the order the sums rely on."""
    _known_name_votes(doc, m)
    _landform_votes(doc, m)
    _org_shape_votes(doc, m)
    _compound_place_votes(doc, m)
    _typography_votes(doc, m)
    _polish_romance_shape_votes(doc, m)
    _joined_name_votes(doc, m)
    _person_shape_votes(doc, m)
