"""PERSON / ORG / PLACE rules: capitalised sequences classified by the cues around them.

Each mention collects weighted votes from its context (reporting verbs, titles, ages, organisation
and place cue words, gazetteers); votes are summed per name over the whole text so that a name gets
one label everywhere ("the Douai factory" stays a PLACE once "the city of Douai" has been seen), and
later single-surname mentions of a person inherit PERSON.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .gazetteer import place_weight
from .institutions import DOMAIN_TAIL, german_org_compound
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
    STOP,
)
from .lexicon_intl import CLUB_FIRST_WORDS, PAPER_FIRST_WORDS, PLACE_DESCRIPTORS, RIVERS
from .name_cues import (
    _COMPASS,
    _COMPASS_ADJ,
    _FIRST_NAMES,
    _PLACE_WORDS,
    _ROMANCE_ARTS_LOWER,
    AGE_AFTER,
    APPOS_AFTER,
    APPOS_BEFORE,
    BEAT_SCORE_AFTER,
    BUSINESS_AFTER,
    ORG_AFTER,
    ORG_APPOS_AFTER,
    ORG_POSS_AFTER,
    PLACE_AFTER,
    PLACE_COMMA_COUNTRY,
    POSS_AFTER,
    REPORT_AFTER,
    SCORE_AFTER,
    WHICH_AFTER,
    WHO_AFTER,
    _before_cues,
    _is_acronym,
    _is_org_descriptor,
    _is_org_word,
    _is_sentence_start,
    _is_title,
    _org_compound,
    _sentence_initial,
    has_org_word_pre,
)
from .name_split import (
    _CAMEL,
    _DE_AGENT_ENDINGS,
    _LEGAL_WORDS,
    _VENUE_FIRST,
    SEQ_RE,
    _acronym_pairs,
    _legal_form,
    _plural_possessive_joins,
    _split_sequence,
)
from .place_shapes import (
    FR_PLACE_RE,
    _de_landform,
    _de_landform_compound,
    _german_landscape,
    _german_place_case,
    _german_place_shape,
    _known_place,
    _place_like,
    _plural_demonym,
    _polish_place,
    _romance_place_of,
)

# Polish kinds of land that head a region's name, in any case ("Pojezierze", "Pojezierza", "Kotlinie")
_PL_LAND_KIND = re.compile(
    r"(?:pojezierz|pogórz|pobrzeż|kotlin|pradolin|dolin|puszcz|nizin|wyżyn|równin|płaskowyż|beskid|żuław)"
    r"(?:e|a|u|y|i|ie|zie|ę|ą|em|ach|ami|om)?|gór(?:y|ach|ami|om)"
)

_VENUE_LINKS = frozenset("de du des del la".split())
# a German preposition with its article: a town takes "in" alone, a landscape or river the article
_DE_WITH_ARTICLE = re.compile(r"\b(?:[iI]m|[aA]m|[vV]om|(?:[iI]n|[aA]n|[aA]us|[vV]on) (?:der|dem))\s+$")

_DE_PART_OF = re.compile(r"(?:Ober|Unter|Nieder|Mittel|Nord|Süd|Ost|West)(\w{4,})")
_DE_PLACE_ADJ = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:er|ische|ischer|isches|ischen|ischem)")
_DE_TAL_BEFORE = re.compile(r"(?i:\btal(?:e?s)?\s+de[rs]\s+)$")

# Dutch: an adjective made from a place's name ("Gelderse", "Drentsche", "Dokkumer"), then a landform or a
# water ("aa" and "ee" are streams, "waard" land by a river)
_NL_PLACE_ADJ = re.compile(r"[A-Z][a-z]+(?:se|sche|er)")
_NL_LANDFORMS = frozenset(
    "vallei dal stroom stromen zand aa ee waard heuvelrug heide veen venen polder duinen meren plassen bossen "
    "vlakte delta uiterwaarden laagte broek".split()
)

# German verbs of saying that also take an object: "forderte Entschädigungen" (every noun is capitalised)
_DE_OBJECT_VERBS = frozenset("forderte fordert forderten kritisierte kritisiert warnte betonte".split())
# Single-word landforms by their last part: German and Dutch write them as one word
_LANDFORM_ENDINGS = {"de": ("see", "gebirge"), "nl": ("zee", "meer")}
_HIGH_LOW = frozenset("haut haute hauts hautes bas basse basses alto alta bajo baja".split())
# Polish adjective endings (nominative and oblique): "Państwowa", "Głównego", "Miejskie", "Polskiej"
_PL_ADJ_ENDINGS = (
    "ski", "ska", "skie", "skiego", "skiej", "cki", "cka", "ckie", "ckiego", "ckiej", "kiego", "kiej",
    "owy", "owa", "owe", "owego", "owej", "ny", "ne", "nego", "nej", "alna", "alny", "alne", "ły", "łe",
    "łego", "łej", "wy", "we", "wego", "wej",
)  # fmt: skip
_ROMANCE_ARTICLES = frozenset("El La Le Les Los Las".split())
_ROMAN = re.compile(r"(?=\w\w)X{0,3}(?:IX|IV|V?I{0,3})")  # two letters or more, of I, V and X only
_DE_APPOS_ROLE = re.compile(
    r"^,\s+([A-ZÄÖÜ][a-zäöüß]{3,})\s+(?:in|im|bei|beim|der|des|von|vom|aus|am|an|auf|für)\s"
)
_DE_ROLE_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-ZÄÖÜ][a-zäöüß]{3,}) $")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}[ \u00a0]$")
_POSS_IN = re.compile(r"\w['’]")

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
        parts.append(_pl_fleeting(stem) if len(stem) >= 4 else part)
    return "-".join(parts) if len(parts[0]) >= 4 else ""


def _pl_fleeting(stem: str) -> str:
    """A stem with the vowel that the other cases drop dropped ("Dudek" / "Dudka", "Ordyniec" / "Ordyńca",
    "Mróz" / "Mroza"), so that every case of the surname has the same stem."""
    if stem.endswith("niec"):
        stem = stem[:-4] + "ńc"
    elif stem.endswith("ciec"):
        stem = stem[:-4] + "ćc"
    elif stem.endswith(("ek", "ec")) and len(stem) >= 5:
        stem = stem[:-2] + stem[-1]
    i = stem.rfind("ó")
    return stem[:i] + "o" + stem[i + 1 :] if i >= len(stem) - 3 and i >= 0 else stem


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
            if not _ROMAN.fullmatch(text[a:b]):  # "el siglo XIX", "w XIV wieku": a century, no acronym
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
        if (
            german
            and not multi
            and german_org_compound(lwords[0])
            and not lwords[0].endswith(_DE_KIND_ENDINGS)
        ):
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
        if (
            german
            and len(words) == 2
            and _DE_PLACE_ADJ.fullmatch(words[0])
            and _de_landform(lwords[1])
            and not german_org_compound(lwords[0])  # "Handwerkskammer Oberland": a body, not an adjective
        ):
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
        # (a role's German genitive before one word is a common noun: "Anwalt der Klägerin")
        if cb["org"] or (cb["role_of"] and (multi or not german)):
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
            # "w Zielonym Borze Mazurskim": a town of two words in the locative ties a person and a
            # place; after "w" it is a place
            and (
                lab == "PLACE"
                or (lab == "PERSON" and 0 < votes[name].get("PERSON", 0) <= votes[name].get("PLACE", 0))
            )
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


# German compounds for a kind of facility, service or firm of which there are many ("Rodelbahn",
# "Realschule", "Sicherheitsdienst", "Sägewerke", "Spargelbetriebe"): alone, no organisation's name
# (inside one they still count: "Stadtwerke Würzburg", "Filstal Verkehrsbetriebe")
_DE_KIND_ENDINGS = ("bahn", "werke", "betriebe", "schule", "dienst", "zentrum", "hilfe")


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
