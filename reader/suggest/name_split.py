"""Cutting a run of capitalised words into names: where one name ends and the next begins (a role word
before a given name, a descriptor before an organisation), legal forms, plural possessives and acronym
pairs."""

from __future__ import annotations

import re
from collections import defaultdict

from .institutions import UP, german_org_compound
from .lexicon import (
    COUNTRIES,
    CURRENCY_WORDS,
    DEMONYMS,
    KNOWN_ORGS,
    PLACE_FIRST_OF,
    PLACE_WORDS,
    STOP,
)
from .lexicon_intl import (
    CLUB_FIRST_WORDS,
    CURRENCY_WORDS_INTL,
    LEGAL_FORMS,
    MULTIPLIERS_INTL,
    ORG_SUFFIXES_DE,
    ORG_SUFFIXES_NL,
    PLACE_DESCRIPTORS,
)
from .name_cues import (
    _COMPASS,
    _COMPASS_ADJ,
    _FIRST_NAMES,
    _ORG_CUES_BEFORE,
    _PL_KIND_HEADS,
    _alt,
    _is_acronym,
    _is_org_descriptor,
    _is_org_word,
    _is_sentence_start,
    _is_title,
    _sentence_initial,
    _title_of_before,
)
from .name_split_gaps import (
    _DATE_WORDS,
    _PERSON_PARTICLES,
    _VENUE_FIRST,
    _WORD_BEFORE,
    _run_ends_in_org_word,
    group_at_gaps,
)
from .place_shapes import _de_genitive_adjective, _german_place_shape, _known_place, _place_like

_UP = UP
_CAP = rf"[{_UP}](?!['’])(?:[\w\-&]|['’](?!s\b)(?=\w))*"
_CONNECT = (
    r"(?:of|for|of\s+the|de|du|des|de\s+la|da|di|van|von|der|den|del|della|bin|ibn|al|el|le|la|&|"
    r"voor|voor\s+de|van\s+de|van\s+het|de\s+los|de\s+las|para|para\s+la|para\s+el|für|and|for\s+the|en|y|et|und|i|"
    r"y\s+la|y\s+el|y\s+los|y\s+las|et\s+la|et\s+le|et\s+les|et\s+des|en\s+de|en\s+het|and\s+the|"
    r"aan|aan\s+de|aan\s+den|am|an\s+der|upon|op|ap|nad|y\s+de|y\s+del|et\s+de|et\s+du|van\s+der|van\s+den|von\s+der|"
    r"ter|ten)"  # Dutch particles: "Saskia ter Welle"
)
SEQ_RE = re.compile(rf"(?<![\w\-]){_CAP}(?:[ \u00a0](?:{_CONNECT}[ \u00a0])?{_CAP})*")
_TOK_RE = re.compile(rf"{_CAP}")
_EVENT_WORDS = frozenset(
    "storm hurricane typhoon cyclone sturm tempête ouragan tormenta huracán orkaan".split()
)  # languages whose word lists are in lexicon_intl
_AFFIX_RE = re.compile(r"^(?:[\w\-]+-(?:based|born|led|owned|backed|listed|registered)|[RDI]-)(?=[A-Z]|$)")


def _title_heads_org(text: str, toks: list[tuple[int, int]], lang: str) -> bool:
    """A title word that starts an organisation's name: "General Services Administration", "Waldmeister
    Wildbret GmbH" (two words or more follow in one run, the last an organisation word, the next no
    given name)."""
    if len(toks) < 3 or text[toks[0][1] : toks[1][0]] != " " or text[toks[1][1] : toks[2][0]] != " ":
        return False
    return text[toks[1][0] : toks[1][1]].lower() not in _FIRST_NAMES and _run_ends_in_org_word(
        text, toks, toks[1][0], lang
    )


# Compounds that head a name rather than describe the one that follows: "Bundesverband Wärmepumpe",
# "Landesamt für Umwelt" (while "Fahrgastverband Pro Bahn" is a descriptor and a name)
_HEAD_PREFIXES = ("bundes", "landes", "staats", "rijks", "universitäts", "stadt", "kreis", "bezirks")


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
        # "Fundacja Zielona Wstęga protestuje": the kind before a name in the nominative at a sentence's
        # start; it heads a complement in the genitive ("Stowarzyszenie Hodowców Kóz") or an agreeing
        # adjective ("Spółdzielnia Mieszkaniowa X"), and inside a sentence, capitalised, the name itself
        # ("podaje Fundacja X": 23 of 23 in the gold of heldout11..22)
        if not _is_sentence_start(text, toks[0][0]):
            return False
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
        # Dutch writes the workshop in lower case unless it opens the sentence or the name: "naar
        # Grondwerk Zevenhoven VOF" is the name (German capitalises every noun, so it cannot tell)
        and not (lang == "nl" and not _is_sentence_start(text, toks[0][0]))
    ):
        return True  # "Zimmerei Holzbau Egender KG", "Drukkerij X & Zonen B.V.": the workshop, then its name
    if not _is_org_descriptor(lw, lang) or lw.startswith(_HEAD_PREFIXES):
        return False
    if (
        lang == "nl"
        and not _is_sentence_start(text, toks[0][0])
        and not (len(toks) == 2 and _is_acronym(text[toks[1][0] : toks[1][1]]))
    ):
        # Dutch writes the kind in lower case ("de vakbond X"): capitalised inside a sentence it is the name's
        # first word ("De Bewonersvereniging X wil", "meldt Weerbureau X"); opening one, a descriptor
        # ("Vakbond X spreekt"). The gold of the unseen sets: 26 of 26 inside, 49 of 49 at the start. (An
        # acronym after it is a name by its shape: "De Leraarsbond LBV".)
        return False
    if text[toks[0][1] : toks[1][0]].strip():
        return False  # "Planbureau voor de Leefomgeving": linked by a connector, the word heads the name
    if lang == "de" and lw.endswith(_DE_NAMED_AFTER_HEADS):
        # the words right after the head, up to a connector or a date ("... Pannonien am Freitag")
        run = [toks[1]]
        amp = False  # "Eigentümerverband Haus & Grund": a name of its own follows the descriptor
        for x, y in zip(toks[1:], toks[2:], strict=False):
            amp = text[x[1] : y[0]].strip() == "&"
            if text[x[1] : y[0]] != " " or text[y[0] : y[1]] in _DATE_WORDS:
                break
            run.append(y)
        words = [text[x:y] for x, y in run]
        if (
            not amp
            and not any(
                _is_acronym(w) or any(ch.isupper() for part in w.split("-") for ch in part[1:]) for w in words
            )
            and (len(words) == 1 or (len(words) == 2 and words[0].endswith("er") and words[0][:1].isupper()))
        ):
            # "Naturschutzverein Mittelbaden", "Volksbank Allgäu-Oberschwaben": named after one word (a
            # region mostly), or a place's adjective and a noun ("Tourismusverband Chiemgauer Hochalm",
            # "Verein Wachauer Edelbrenner"); "Fahrgastverband Pro Bahn", "Maschinenbauverband VDMA" describe
            return False
    rest = text[toks[1][0] : toks[-1][1]]
    if _place_like(rest, lang) or _place_like(rest.split("-")[0], lang):
        return False
    if lang in ("de", "nl") and len(toks) == 2 and lw.endswith(_REGION_BODY_HEADS) and _region_shape(rest):
        return False  # "Omgevingsdienst Veluwe-Oost": named after a region the gazetteer lacks
    if lang == "de" and len(toks) >= 3 and _de_genitive_adjective(text[toks[1][0] : toks[1][1]], lang):
        return False  # "Verband Deutscher Obstbauern": a complement in the genitive plural, part of the name
    if len(toks) >= 3 and lw.endswith(_AGENT_DESCRIPTORS):
        return True  # "Futtermittelhändler X Warengenossenschaft Y eG": a trade names no organisation
    org_words = [_is_org_word(text[x:y].lower(), lang) for x, y in toks[1:]]
    if (
        lang in ("de", "nl")
        and org_words[0]
        and (
            (
                _org_compound_word(text[toks[1][0] : toks[1][1]].lower())
                # (not before a connector: "Trägerverein Tierschutzverein X und Umgebung e.V." is left as it was)
                and not any(text[x[1] : y[0]].strip() for x, y in zip(toks[1:], toks[2:], strict=False))
            )
            or (len(toks) >= 3 and text[toks[1][1] : toks[2][0]].strip().lower() in _KIND_LINKS)
        )
    ):
        # "Umweltverband Naturschutzbund X", "Natuurorganisatie Waddenvereniging", "Brancheorganisatie
        # Vereniging van X": a body's name of its own follows the descriptor
        return True
    # a complete name ending in an organisation word may follow ("Konzern Deutsche Bahn")
    return not any(org_words) or (len(toks) >= 3 and org_words[-1] and not any(org_words[:-1]))


_KIND_LINKS = frozenset(["van", "voor", "van de", "van het", "voor de", "für", "der", "des", "zur", "zum"])


def _org_compound_word(lw: str) -> bool:
    """A one-word body's name made of a word and a kind ("Naturschutzbund", "Waddenvereniging"), longer
    than the kind noun alone ("Klinikum", "Vereniging")."""
    ends = ORG_SUFFIXES_DE + ORG_SUFFIXES_NL
    return "-" not in lw and any(lw.endswith(e) and len(lw) >= len(e) + 4 for e in ends)


# German and Dutch nouns for a firm by what it does (one who trades, makes, runs, supplies): before a
# name of two words or more, a descriptor even when an organisation word is inside the name
_AGENT_DESCRIPTORS = (
    "händler",
    "hersteller",
    "herstellers",
    "betreiber",
    "betreibers",
    "anbieter",
    "zulieferer",
    "fabrikant",
    "verwerker",
)


# A one-word region by its shape: a compass part ("Veluwe-Oost", "Nord-Eifel") or a word for a stretch
# of land at its end ("Kempengebied", "Lingestreek", "Maasvallei", "Zuidvleugel")
_COMPASS_PARTS = frozenset("noord zuid oost west nord süd ost".split())
_REGION_ENDINGS = ("gebied", "streek", "vallei", "vleugel", "waard")
# services, associations and utilities named after the region they serve (not a firm, "Veiling X-Zuid")
_REGION_BODY_HEADS = ("dienst", "vereniging", "bedrijf", "schap")


def _region_shape(word: str) -> bool:
    parts = word.lower().split("-")
    if len(parts) == 2 and all(parts) and (parts[0] in _COMPASS_PARTS or parts[1] in _COMPASS_PARTS):
        return True
    return len(parts) == 1 and word[:1].isupper() and parts[0].endswith(_REGION_ENDINGS) and len(word) > 8


# German and Dutch workshop nouns: before a name of two words or more they describe the firm
_WORKSHOP_ENDINGS = ("erei", "werk", "erij")
# German associations, clubs and banks, often named after a region ("Regionalverband Ruhr")
_DE_NAMED_AFTER_HEADS = ("verband", "verbands", "verein", "vereins", "bank")
_PL_GEN_COMPLEMENT = ("ów", "ych", "ich", "rzy", "nia", "enia")
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

# nouns for what someone does, by language ("Winzer", "Boatbuilder", "Beekeeper", "Molenaar", "Bakker")
_AGENT_ENDINGS = {
    "de": _DE_AGENT_ENDINGS,
    "en": ("er", "or", "ist"),
    "nl": ("aar", "er", "ier", "ist", "eur", "or"),
    # "Maszynista", "Ornitolog", "Plantatorka", "Trener", "Wikliniarz"
    # ... "Rolnik", "Leśniczka", "Flisak"
    "pl": ("ista", "ysta", "istka", "ystka", "log", "lożka", "tor", "torka", "arz", "arka", "er", "erka")
    + ("nik", "niczka", "ak"),
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
        # (an organisation's kind may follow the role: "Sponsor Zuivelcoöperatie X betaalt")
        and not any(_is_org_word(w, lang) or w in DEMONYMS for w in lws[:1] + lws[2:])
        and lws[1] not in DEMONYMS
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


_WORD_BACK = re.compile(r"[\w\-]+")


def _title_shortly_before(text: str, a: int, lang: str) -> bool:
    """A role word among the four words before `a` in the same sentence: "minister van Sociale Zaken",
    "Rzecznik PKP", "Minister zdrowia Słowacji"."""
    start = max(text.rfind(c, 0, a) for c in ".!?;:\n") + 1
    for w in reversed(_WORD_BACK.findall(text[max(start, a - 60) : a])[-4:]):
        if _is_title(w.lower(), lang):
            return True
        if w[:1].isupper():
            return False  # "onderzoeker Marit Zandbergen van X": the role is someone else's
    return False


def _body_then_person(text: str, g: list[tuple[int, int]], lws: list[str], i: int, lang: str) -> bool:
    """A role's body, then the person holding it, written as one capitalised run: "(minister van)
    Sociale Zaken | Femke Dijkhuizen", "(Rzecznik) PKP | Jolanta Sadowska", "(Burmistrz) Ustrzyk | Marek
    Zawadzki". The cut stands before a given name followed by one or two words that end the run, when its
    first words hold an acronym, or when a role word stands just before the run (with only lower-case
    words between) and more than one word, a place, or a Polish genitive comes before the given name; not inside the name of a
    venue, a club or a place named after someone ("Stadion Jan Breydel", "rue Victor Hugo")."""
    rest = lws[i + 1 :]
    lead = lws[:i]
    if lws[i] not in _FIRST_NAMES or not 1 <= len(rest) <= 2:
        return False
    if any(w in _FIRST_NAMES or w in _PERSON_PARTICLES or _is_org_word(w, lang) for w in rest):
        return False
    if any(
        w in _FIRST_NAMES
        or w in _PERSON_PARTICLES
        or w in PLACE_FIRST_OF
        or w in _VENUE_FIRST
        or w in CLUB_FIRST_WORDS
        or w in PLACE_WORDS
        or w in STOP
        for w in lead
    ):
        return False
    if any(text[x[1] : y[0]] != " " for x, y in zip(g[i:], g[i + 1 :], strict=False)):
        return False
    # (not in English, where an acronym before a name is mostly a title: "Local MP Jane Fox")
    if lang != "en" and any(_is_acronym(text[g[k][0] : g[k][1]]) for k in range(i)):
        return True
    # one word before the given name may be a given name the lists lack ("Abdi Noor Hassan", "Xosé
    # Manuel Outeiro"): then only a place (Polish puts the town in the genitive: "Burmistrz Ustrzyk")
    if i == 1 and not (lang == "pl" or _known_place(text[g[0][0] : g[0][1]])):
        return False
    return _title_shortly_before(text, g[0][0], lang)


# the word before a saint's given name in a body's name ("Parroquia de San Telmo", "Kościół św. Anny")
_SAINT_WORDS = frozenset("san santa santo são saint sainte st st. sankt sint święty świętej św. sw.".split())
_MULTIPLIERS = frozenset(w for w in MULTIPLIERS_INTL if w[:1].isupper())
_AMOUNT_UNITS = CURRENCY_WORDS | CURRENCY_WORDS_INTL
_FIGURE_BEFORE = re.compile(r"\d[ \u00a0]$")


def _trim_leading(text: str, toks: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Drop leading stop words, sentence-initial words, titles and one descriptor."""
    described = False  # one descriptor at most: "der Verein Tierschutzinitiative X" (the kind, then a name)
    amount = False  # "2 Millionen Euro Soforthilfe": the words of an amount after its figure
    while toks:
        a, b = toks[0]
        w = text[a:b]
        lw = w.lower()
        if (w in _MULTIPLIERS or (amount and lw in _AMOUNT_UNITS)) and (
            amount or _FIGURE_BEFORE.search(text, max(0, a - 2), a)
        ):
            toks.pop(0)
            amount = True
            continue
        if _is_sentence_start(text, a) and (_sentence_initial(lw, lang) or _is_title(lw, lang)):
            toks.pop(0)
            continue
        if len(toks) > 1 and (
            (_is_title(lw, lang) and not _title_heads_org(text, toks, lang))
            or (lw in PLACE_DESCRIPTORS and not text[b : toks[1][0]].strip())
        ):
            toks.pop(0)
            continue
        if len(toks) > 1 and not described and _descriptor_then_name(text, toks, lang):
            toks.pop(0)  # "Energiekonzern Vattenfall" (but "Mieterverein München" is one name)
            described = True
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
    return toks


def _drop_affix(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Swiss-based MSC", "R-Ohio": drop the descriptive prefix or the party letter from the first word
    (in place); return the place a "-based" prefix names."""
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
    return based


def _after_inner_title(text: str, toks: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """ "Treasury Secretary Scott Bessent": keep what follows a title inside the sequence."""
    for i in range(len(toks) - 3, -1, -1):
        if _is_title(text[toks[i][0] : toks[i][1]].lower(), lang) and not _title_heads_org(
            text, toks[i:], lang
        ):
            return toks[i + 1 :]
    return toks


def _legal_tail(text: str, toks: list[tuple[int, int]], lang: str) -> bool:
    """Connectors go on as in an organisation's name: a legal form ends the run ("Aguas de Levante SL"),
    or (Spanish, French) a kind of body in lower case precedes it."""
    legal_tail = len(toks) >= 2 and text[toks[-1][0] : toks[-1][1]] in _LEGAL_WORDS
    if lang in ("es", "fr") and not legal_tail and len(toks) >= 2:
        # "la asociación Amigos del X", "la aseguradora Seguros Y del Z": after a kind of body in lower
        # case, "de"/"del" goes on the body's name as after an organisation word
        cue = _WORD_BEFORE.search(text, max(0, toks[0][0] - 40), toks[0][0])
        legal_tail = cue is not None and cue.group(1) in _ORG_CUES_BEFORE
    return legal_tail


def _group_names(text: str, g: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """The names one group of words makes, once a leading role or descriptor is dropped: one, two (an
    organisation then a country or a person) or none (an event)."""
    # "Warnstreiks der Gewerkschaft Verdi": a role or descriptor word starting a later group
    described = False  # one descriptor at most, as in _trim_leading
    while len(g) > 1:
        lw = text[g[0][0] : g[0][1]].lower()
        linked = bool(text[g[0][1] : g[1][0]].strip())  # "Wijk aan Zee": a connector follows the word
        if (_is_title(lw, lang) and not _title_heads_org(text, g, lang)) or (
            lw in PLACE_DESCRIPTORS and not linked
        ):
            g = g[1:]
        elif not described and _descriptor_then_name(text, g, lang):
            g = g[1:]
            described = True
        else:
            break
    words = [text[a:b] for a, b in g]
    # "AESC France": split a trailing country off an acronym or a known organisation
    if (
        len(g) >= 2
        and words[-1] in COUNTRIES
        and (" ".join(words[:-1]) in KNOWN_ORGS or _is_acronym(words[0]))
    ):
        return [(g[0][0], g[-2][1]), g[-1]]
    # "Prezes Narodowego Banku Polskiego Piotr Nowak": an organisation then a person's name
    lws = [w.lower() for w in words]
    cut = next((i for i in range(1, len(g) - 1) if _body_then_person(text, g, lws, i, lang)), None)
    cut = (
        cut
        or next(
            (
                i
                for i in range(1, len(g) - 1)
                if (
                    lws[i] in _FIRST_NAMES
                    and any(_is_org_word(x, lang) for x in lws[:i])
                    and lws[i - 1]
                    not in _SAINT_WORDS  # "Cofradía de Pescadores San Telmo de X": a saint's name
                )
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
    )
    if cut is not None:
        out: list[tuple[int, int]] = []
        if not _title_of_before(text, g[0][0], lang):  # "conseillère d'État Nathalie Fontaine"
            out.append((g[0][0], g[cut - 1][1]))
        out.append((g[cut][0], g[-1][1]))
        return out
    role = _role_before_given_name(text, g, lws, lang)
    if role:
        return [(g[role][0], g[-1][1])]  # "Skipper Rachel Okafor", "Gedeputeerde Erik Nijhuis"
    # "beim Amtsgericht Nürnberg Insolvenz angemeldet": a German noun after the institution's place
    if (
        lang == "de"
        and len(g) >= 3
        and german_org_compound(lws[0])
        and _place_like(words[1], lang)
        and not any(_place_like(w, lang) or _is_org_word(w.lower(), lang) for w in words[2:])
    ):
        return [(g[0][0], g[1][1])]
    # events named like people: "Storm Ashling", "Hurricane Ida"
    if len(g) >= 2 and lws[0] in _EVENT_WORDS:
        return []
    # acronym followed by a name without org words: split ("ACC Yann" is unlikely, "IG Metall" is)
    return [(g[0][0], g[-1][1])]


def _split_sequence(text: str, s: int, e: int, lang: str = "en") -> list[tuple[int, int]]:
    """Trim sentence-initial words and titles; split at dates and unjustified connectors."""
    toks = [(m.start() + s, m.end() + s) for m in _TOK_RE.finditer(text[s:e])]
    # drop tokens with digits ("R4") and single letters
    toks = [(a, b) for a, b in toks if not any(c.isdigit() for c in text[a:b]) and b - a > 1]
    if not toks:
        return []
    toks = _trim_leading(text, toks, lang)
    if not toks:
        return []
    based = _drop_affix(text, toks)
    if not toks:
        return based
    toks = _after_inner_title(text, toks, lang)
    groups = group_at_gaps(text, toks, _legal_tail(text, toks, lang), lang)
    out: list[tuple[int, int]] = list(based)
    for g in groups:
        out.extend(_group_names(text, g, lang))
    return out


_LEGAL_WORDS = frozenset(f.rstrip(".") for f in LEGAL_FORMS if " " not in f)
_LEGAL_RE = re.compile(rf"(?:{_alt(LEGAL_FORMS)})(?![\w])")
_LAST_TOKEN_RE = re.compile(r"[^ \u00a0]+$")
_SENTENCE_ON = re.compile(rf"\s*(?:$|\n|[\"“”«»]|[{_UP}])")


def _legal_form(text: str, a: int, b: int, lang: str = "en") -> tuple[int, int, bool]:
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
            m2
            if m2
            and (
                (form[:1] in "Ssp" and "." in form)
                or form.count(".") >= 2
                or form in ("plc", "eG", "mbH", "gGmbH", "sp.j.", "sp.k.")
            )
            else m
        )  # " S.A.", " sp. z o.o.", " plc", " eG", " mbH" (lower case), " B.V.", " e.V." (dotted initials): none is part
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
            (
                text[a : first.end()].lower() in _ORG_CUES_BEFORE
                # a kind of company capitalised inside a Dutch, French, Spanish, English or Polish sentence is
                # the name's first word ("bij Scheepswerf Sliedrecht BV"), as these languages write the kind
                # in lower case when it is not ("de scheepswerf Sliedrecht BV")
                and not (lang in ("nl", "fr", "es", "en", "pl") and not _is_sentence_start(text, a))
            )
            # "Drukkerij X B.V.": a Dutch trade in -erij (a printing works, a smokehouse) names the kind
            or (text[a : first.end()].lower().endswith("erij") and second is not None and second.end() < end)
            # "Betreibergesellschaft Torfa AG": a German kind of company before a name with its legal
            # form (not "Stadtwerke Halle AG", named after its town)
            or (
                german_org_compound(text[a : first.end()].lower())
                and not (
                    lang == "nl" and not _is_sentence_start(text, a)
                )  # "De exploitant, Veerdienst X BV,"
                and second is not None
                and second.end() < end
                and not _place_like(second.group(0), "de")
                # "Stadtwerke X AG", "Landesbank X AG": a compound that heads a name; "X Bad Y GmbH", "X Yheim
                # eG": named after a place by its shape
                and not text[a : first.end()].lower().startswith(_HEAD_PREFIXES)
                and not (_german_place_shape(second.group(0)) or second.group(0) == "Bad")
                # "Volksbank Ostheide eG": a bank or association named after one word keeps its head
                and not (
                    text[a : first.end()].lower().endswith(_DE_NAMED_AFTER_HEADS)
                    and second.end() + 1 == m.start()
                )
            )
        )
    ):
        a = first.end() + 1  # "Spółka Baltic Wind Sp. z o.o.": the descriptor is not the name
    return a, max(b, end), True


_OF_THE_GAP = re.compile(r"[ \u00a0]of(?:[ \u00a0]the)?[ \u00a0]")
_GUILD_WORDS = frozenset("cooperative co-operative guild".split())  # bodies of members, besides ORG_WORDS
_PLURAL_POSS_GAP = re.compile(
    r"(?:(?<=s)['’]|(?<=[mM]en)['’]s|(?<=[pP]eople)['’]s|(?<=[cC]hildren)['’]s)[ \u00a0]"
)


# a saint's name ends the mention, "'s" follows: "St Oswin's Primary School", "Friends of St Wendreda's"
_SAINT_END = re.compile(r"(?:^|[ \u00a0])(?:St\.?|Saint)[ \u00a0][^ \u00a0]+$")
_SAINT_POSS = re.compile(r"['’]s(?!\w)")
_UPPER_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
_SAINT_BODIES = frozenset("hospice infirmary".split())  # kinds of body named after a saint, besides ORG_WORDS


def _plural_possessive_joins(
    text: str, mentions: list[tuple[int, int, str]], lang: str
) -> list[tuple[int, int, str]]:
    """ "the Chalk Valley Growers' Cooperative", "the Island Fishermen's Association": a plural possessive
    before an organisation word is inside one name (not "Britain's Labour Party": a singular possessive)."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(mentions):
        a, b, name = mentions[i]
        st = _SAINT_END.search(name)
        saint = st is not None and _SAINT_POSS.match(text, b) is not None
        inner = st is not None and (st.start() > 0 or bool(out and text[out[-1][1] : a] == " of "))
        if saint and inner and not _UPPER_AFTER.match(text, b + 2):
            # "the Friends of St Wendreda's raised": a body named after a church, the possessive in it
            out.append((a, b + 2, text[a : b + 2]))
            i += 1
            continue
        if i + 1 < len(mentions):
            a2, b2, name2 = mentions[i + 1]
            head = name2.split()[-1].lower()
            gap = _PLURAL_POSS_GAP.fullmatch(text, b, a2) or (saint and a2 == b + 3)
            if gap and (
                _is_org_word(head, lang) or head in _GUILD_WORDS or (saint and head in _SAINT_BODIES)
            ):
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


_CAMEL = re.compile(r"(?!Mc|Mac|De|Le|La|Di|Du|Van|Von|Fitz|O['’])[A-Z][a-z]+[A-Z]")
