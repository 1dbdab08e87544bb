"""Where a quantity ends: the words a number counts ("150 Chinese experts", "41 neue Straßenbahnen")
and the rate or substance after it ("€120 per night", "40 tonnes of steel a day")."""

from __future__ import annotations

import re

from .lexicon import (
    CURRENCY_WORDS,
    DEMONYMS,
    MONTHS_EN,
    MONTHS_FR,
    PERCENT_WORDS,
    QTY_HEAD_OK_ED_ING,
    QTY_STOP_EXTRA,
    STOP,
    TIME_UNITS,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
)
from .lexicon_intl import (
    CURRENCY_NATIONALITY,
    CURRENCY_WORDS_INTL,
    MEASURE_WORDS,
    NOT_COUNTED_NL_PL,
    PERCENT_WORDS_INTL,
    RATE_NOUNS,
    RATE_NOUNS_PAR,
    RATE_NOUNS_ROMANCE,
    RATE_PREPS,
    STOP_DE,
    STOP_ES,
    STOP_NL,
    STOP_PL,
    TIME_UNITS_INTL,
    UNIT_SYMBOLS,
)
from .numbers import SPELLED

_STOP_BY_LANG = {"de": STOP_DE, "es": STOP_ES, "nl": STOP_NL, "pl": STOP_PL}
# Long periods and the other cases of a time unit: a number counting them is a duration too ("for four
# generations", "seit drei Generationen", "deux étés", "dos décadas", "al vier eeuwen", "przez trzy kadencje",
# "po czterech dniach"): h94, 17 suggested in the unseen tune sets, none marked (durations are no quantities).
# Plural forms only where the singular names a thing ("400 season passes").
_LONG_PERIODS = frozenset(
    """
    generations decades centuries seasons winters summers fortnights seconds millennia
    générations saisons étés hivers automnes secondes mandats quinzaines
    generaciones décadas siglos temporadas inviernos veranos segundos mandatos lustros legislaturas
    generationen jahrhunderte jahrhunderten jahrzehnten saisons sekunde amtszeiten legislaturperioden
    generaties eeuwen seizoenen winters zomers seconden decennia decennium termijnen
    pokolenia pokoleń dekady dekad wieki wieków stulecia sezony sezonów zimy kadencje kadencji kadencjach
    kadencjami sekund sekundy dniach dniami latach latami miesiącach miesiącami tygodnie tygodniach
    tygodniami godzinach godzinami minutach minutami
    """.split()
)
_TIME_UNITS = TIME_UNITS | TIME_UNITS_INTL | _LONG_PERIODS
_CURRENCY_WORDS = CURRENCY_WORDS | CURRENCY_WORDS_INTL
# "per night", "a month", "par jour", "pro Quadratmeter", "les 1 000 litres" after a quantity
_RATE_RE = re.compile(
    r"[ \u00a0]+(?P<prep>[^\W\d_]+)[ \u00a0]+(?:(?P<num>\d[\d \u00a0.,]*\d|\d)[ \u00a0]+)?(?P<w>[^\W\d_][\w\-]*)"
)
_AGO_RE = re.compile(r"[ \u00a0]+(?:earlier|ago|before|later|after|on(?![ \u00a0]+average)|from)\b")  # a date
_OF_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?P<w>[a-z][\w\-]*)(?:[ \u00a0]+(?P<w2>[a-z][\w\-]*))?")
_DE_ADJ = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em)")
_TOKEN_RE = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’\-]*\.?)")
_ELISION = re.compile(r"^(?:d|de)['’]", re.IGNORECASE)
_MONTHS = frozenset(m.lower() for m in MONTHS_EN + MONTHS_FR) | frozenset(
    w.lower() for w in WEEKDAYS_EN + WEEKDAYS_FR
)
_VERB_CONTEXT = re.compile(
    r" (?:[A-ZÀ-Þ][a-zà-ÿ]|(?:the|a|an|their|his|her|its|our|le|la|les|un|une|leur|leurs|son|sa|ses)\b)"
)
# "4 acres costs $100", "5 square metres sells for £48": a verb in -s before a price
_PRICE_VERB_CONTEXT = re.compile(r" (?:(?:for|about|around|nearly|almost|at|just|only) )?[£$€¥]")
_DEGREES = frozenset(
    "degree degrees grad grados grado degré degrés graad graden stopień stopnie stopni stopnia".split()
)
_A_RATE = re.compile(rf" an? (?:{'|'.join(sorted(RATE_NOUNS, key=len, reverse=True))})\b")
_VERBS = frozenset(
    """
    die died remain remained live lived work worked say make made take took need needs want face
    faced lost won left went came got saw gave became ran hit held paid sold told found fell rose
    were was are is have has had will would could can may might should must do did does been be
    came come go goes get gets remain remains stay stayed stand stood sit sat lie lay meet met
    keep kept run runs hold holds include includes join joined bought spent brought built grew
    worldwide nationwide globally overseas abroad domestically locally together home altogether
    apiece annually online
    """.split()
)

# after a measure, its dimension or a comparison ends it (the gold leaves them out in every set)
_EN_DIMENSIONS = frozenset(
    """
    long wide deep high tall thick across away faster slower higher lower shorter longer wider deeper
    taller thicker larger bigger smaller heavier lighter cheaper dearer further farther closer nearer
    """.split()
)


def _head_end_de(text: str, pos: int) -> tuple[int, str | None]:
    """German: what a number counts is a capitalised noun, maybe after adjectives ("41 neue
    Straßenbahnen"); a measure may name its substance ("120 Liter Regen")."""
    p = pos
    for _ in range(2):  # adjectives
        m = _TOKEN_RE.match(text, p)
        if not m or not _DE_ADJ.fullmatch(m.group(1)) or m.group(1) in STOP_DE:
            break
        p = m.end(1)
    m = _TOKEN_RE.match(text, p)
    if not m or not m.group(1)[:1].isupper():
        return pos, None
    w = m.group(1).rstrip(".")
    lw = w.lower()
    if lw in STOP_DE or lw in _MONTHS:
        return pos, None
    end = m.start(1) + len(w)
    if lw in MEASURE_WORDS and m.group(1) == w:
        m2 = _TOKEN_RE.match(text, end)
        if m2 and m2.group(1)[:1].isupper() and m2.group(1).rstrip(".").lower() not in STOP_DE:
            sub_end = m2.start(1) + len(m2.group(1).rstrip("."))
            # the substance belongs to the measure only before a rate ("400 Liter Diesel am Tag"); alone
            # the gold leaves it out ("420 Hektar Heide": 10 of 12 spans, five files)
            if m2.group(1) == m2.group(1).rstrip(".") and _DE_RATE_AFTER.match(text, sub_end):
                end = sub_end
    return end, lw


_DE_RATE_AFTER = re.compile(
    r"[ \u00a0]+(?:pro|je)[ \u00a0]|[ \u00a0]+(?:im|am)[ \u00a0]+(?:Jahr|Monat|Tag)\b"
)


def _head_end_short(text: str, pos: int, lang: str) -> tuple[int, str | None]:
    """Dutch and Polish: what a number counts is one noun, maybe after an adjective ("nieuwe woningen",
    "nowych mieszkań") or a measure ("miljoen ton"); the verb that often follows in these
    languages ("12.000 containers verwerkt", "1,4 mln Polaków wyjechało") stays out. A measure's
    substance belongs to it only before a rate ("kubieke meter water per seconde", not "ton goederen")."""
    stop = _STOP_BY_LANG[lang] | NOT_COUNTED_NL_PL  # not the French list: "ton" is a measure here
    p, first, end = pos, None, pos
    measure_end = None
    for i in range(3):
        m = _TOKEN_RE.match(text, p)
        if not m:
            break
        w = m.group(1).rstrip(".")
        lw = w.lower()
        if lw in stop or lw in _MONTHS or (i == 0 and not w[:1].islower() and lang == "nl"):
            break
        if i == 0 and lang == "nl" and lw.endswith(("d", "t", "f", "g")) and lw not in _NL_COUNTED_DTFG:
            break  # "vond er 1.100 terug", "ruim 900 gegraveerd": no plural noun, the number stands alone
        if i == 0 and lang == "pl" and lw.endswith("ło") and len(lw) > 4:
            break  # "z czego siedem dotyczyło": a verb in the neuter past, as after five and more (h100)
        if lw in _AREA_ADJ_AFTER and _AREA_MEASURE.search(text, max(0, m.start(1) - 12), m.start(1)):
            # "300 metrów kwadratowych", "50 m kw." (the abbreviation keeps its period)
            end = m.end(1) if lw in ("kw", "sześc") else m.start(1) + len(w)
            first = first or lw
            break
        if measure_end is not None and not _RATE_AFTER.match(text, m.start(1) + len(w)):
            end = measure_end  # "12 miljoen ton erts": the measure alone
            break
        end = m.start(1) + len(w)
        first = first or lw
        adjective = lw.endswith(_ADJ_ENDINGS[lang]) and i == 0
        nxt = _TOKEN_RE.match(text, end)
        area_next = nxt is not None and nxt.group(1).rstrip(".").lower() in _AREA_ADJ_AFTER
        if (
            not (adjective or lw in MEASURE_WORDS or area_next)
            or m.group(1) != w
            or text[end : end + 1] not in " \u00a0"
        ):
            break
        if lw in MEASURE_WORDS:
            measure_end = end
        p = end
    jobs = (
        _PL_JOBS.match(text, end) if lang == "pl" and text[pos:end].endswith(("miejsc", "miejsca")) else None
    )
    if jobs:
        end = jobs.end()  # "450 nowych miejsc pracy": "miejsca pracy" (jobs) is one noun
    noun = text[pos:end].split()[-1].lower() if first else ""
    if lang == "nl" and noun not in MEASURE_WORDS and noun.endswith(_NL_PLURAL):
        both = _NL_AND_NOUN.match(text, end)  # "41.000 fietsers en wandelaars": counted together
        if both and both.group(1) not in stop:
            end = both.end(1)
    return (end, first) if first else (pos, None)


_PL_JOBS = re.compile(r"[ \u00a0]+pracy\b")
# Dutch plural nouns never end in -d, -t, -f or -g; the words that do and still follow a number
_NL_COUNTED_DTFG = (
    MEASURE_WORDS
    | _TIME_UNITS
    | _CURRENCY_WORDS
    | frozenset(u.lower() for u in UNIT_SYMBOLS)
    | frozenset(w.lower() for w in PERCENT_WORDS + PERCENT_WORDS_INTL)
    | frozenset("procent cent pond punt kwart".split())
)
_NL_PLURAL = ("en", "ers", "s", "'s", "’s")
_NL_AND_NOUN = re.compile(r"[ \u00a0]+en[ \u00a0]+([a-z][a-z]*(?:en|s|'s|’s))(?![\w'’\-])")
_RATE_AFTER = re.compile(r"[ \u00a0]+(?:per|pro|je|za|na)[ \u00a0]")


# French adjectives that come before the noun they qualify: "37 anciens salariés", "12 nouveaux élus"
_FR_PRENOMINAL = frozenset(
    "anciens anciennes nouveaux nouvelles jeunes petits petites grands grandes autres premiers premières "
    "derniers dernières vieux vieilles".split()
)
_FR_PARTICIPLES = frozenset(
    "venu venus venue venues parti partis partie parties mort morts morte mortes pris prise prises mis mise "
    "mises inscrit inscrits inscrite inscrites atteint atteints atteinte atteintes détenu détenus détenue "
    "détenues retenu retenus ouvert ouverts offert offerts construit construits produit produits réuni réunis "
    "réunie réunies repris reprise reprises".split()
)
# relational and other adjectives after the counted noun that the gold leaves out in every tune set (h107: 8 of 8;
# "supplémentaires", "départementales", "vacants" it keeps)
_FR_RELATIONAL_ENDINGS = ("ique", "iques", "icole", "icoles", "aise", "aises", "ive", "ives", "elle", "elles")
_FR_PARTICIPLE_NOUNS = frozenset(
    "mort morts morte mortes inscrit inscrits inscrite inscrites détenu détenus détenue détenues produit produits "
    "parti partis partie parties".split()
)
# Spanish participles after a counted noun end the quantity ("tres personas acusadas", "dos agentes muertos";
# "metros cuadrados" is a unit, above), and so does a verb right after a bare number ("8.900 aguardan")
_ES_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_ES_PARTICIPLES_ADVERBS = frozenset(
    "muerto muerta muertos muertas abierto abierta abiertos abiertas puesto puestos hecho hechos cubierto "
    "cubiertos roto rotos vuelto vueltos escrito escritos "
    "antes después ahora ya también todavía aún".split()  # "14 secuestrados antes de Navidad"
)
_ES_VERB_ENDINGS = ("an", "en", "aron", "ieron", "rán", "ían", "aban")


def _after_multiplier_verb(lw: str, lang: str) -> bool:
    """A participle or a verb right after a multiplier written alone (no "de"): French "-é(e)(s)", Spanish
    participles and verbs in the plural."""
    if lang == "fr":
        return lw.endswith(("é", "ée", "és", "ées")) and len(lw) > 4
    if lang == "es":
        return lw.endswith(_ES_PARTICIPLE_ENDINGS) or (
            lw.endswith(_ES_VERB_ENDINGS) and not lw.endswith("es")
        )
    return False


# (pl nominative plural adjectives after 2-4: "trzy drewniane domy", "dwa nowe", "rosnące"; not the plain -e of
# soft-stem nouns: "ulice", "pokoje")
_ADJ_ENDINGS = {"nl": ("e",), "pl": ("ych", "ich", "ymi", "ie", "ne", "we", "re", "łe", "ące")}
# the adjective that makes a length a surface or a volume, after the measure ("mètres carrés",
# "metrów sześciennych", "m kw."): part of the unit, not a participle or a verb after the noun
_AREA_ADJ_AFTER = frozenset(
    "carré carrés carrée carrées cube cubes cuadrado cuadrados cúbico cúbicos kwadratowy kwadratowych "
    "kwadratowe kwadratowa kwadratowym sześcienny sześciennych sześcienne sześcienna sześciennym kw sześc".split()
)
_AREA_MEASURE = re.compile(r"(?<![\w])(?:m|km|metr\w*|mètres?|metros?|kilomètres?|kilómetros?)[ \u00a0]+$")
# ... and before it, after a rate's preposition ("per kubieke meter", "per cubic metre")
_AREA_ADJ_BEFORE = frozenset("cubic square kubieke vierkante cubique".split())


def _noun_after_de(text: str, at: int, stop: frozenset[str]) -> tuple[int, str] | None:
    """The noun after a multiplier's "de" ("5 millions de véhicules", "15 millones de turistas"):
    (its end, the noun), or None when no lowercase noun follows."""
    m = _TOKEN_RE.match(text, at)
    if not m:
        return None
    w = m.group(1).rstrip(".")
    if w.lower() in stop or not w[:1].islower():
        return None
    return m.start(1) + len(w), w


def _elided_word(w: str, i: int, lang: str, after_multiplier: bool, stop: frozenset[str]) -> str | None:
    """The word to read from a token with an apostrophe, or None when the apostrophe ends the phrase:
    only a multiplier's "d'" is read through ("3 millions d'euros"); a possessive or a French
    elision ends it."""
    if _ELISION.match(w):
        if not (lang == "fr" and i == 0 and after_multiplier):
            return None
        w = _ELISION.sub("", w)
        if not w or w.lower() in stop:
            return None
    elif "'" in w or "’" in w:
        if w.lower().endswith(("'s", "’s")):
            return None
        if lang == "fr":
            return None
    return w


def _ends_head(
    text: str,
    m: re.Match[str],
    i: int,
    w: str,
    wend: int,
    first: str | None,
    lang: str,
    stop: frozenset[str],
) -> bool:
    """Whether the `i`th word `w` after a number (token `m`, the word ending at `wend`) is no longer
    part of what it counts: a stop word, a second number, an adverb, a participle or a verb."""
    french = lang == "fr"
    english = lang == "en"
    lw = w.lower()
    tok_end = m.start(1) + len(m.group(1).rstrip("."))
    if lw in stop or lw in QTY_STOP_EXTRA or lw in _VERBS or lw in _MONTHS:
        return True
    if lw in SPELLED and (i > 0 or lw not in _SPELLED_MULTIPLIERS):
        # "450 tonnes ten years ago", "pressed 999 eleven times": a second number begins another phrase
        return True
    if english and i > 0 and lw in _EN_DIMENSIONS:
        return True  # "640 metres long", "12 feet deep", "30 knots faster": the measure, not its dimension
    if english and lw.endswith("ly") and lw not in ("family", "supply", "ally", "rally", "assembly"):
        return True
    if english and (lw.endswith("ing") or lw.endswith("ed")) and lw not in QTY_HEAD_OK_ED_ING:
        # a participle may qualify the noun that follows ("85 speeding tickets", "212 licensed vehicles",
        # "41 licensed gambling premises", "2,300 free sampling kits"), never end the phrase (h107: 6 gold
        # spans in the tune sets cut at the number or the modifier)
        modifier = i == 0 or (i == 1 and first is not None and _en_modifier(first))
        # (after an -ed word only a plural noun: "3,469 developed type 2 diabetes" is a verb and its object)
        plural = not (i == 0 and lw.endswith("ing"))
        return not (modifier and _noun_follows(text, m.end(1), stop, plural))
    if french and lw.endswith("ant") and len(lw) > 5:
        return True
    area = (
        lw in _AREA_ADJ_AFTER and _AREA_MEASURE.search(text, max(0, m.start(1) - 12), m.start(1)) is not None
    )
    if (
        french
        and i > 0
        and lw.endswith(("é", "ée", "és", "ées"))
        and not (i == 1 and first in _FR_PRENOMINAL)
        and not area
    ):
        return (
            True  # "140 postes supprimés": a past participle after the noun ("37 anciens salariés": a noun)
        )
    if lang == "es" and w[:1].islower():
        if i > 0 and not area and (lw.endswith(_ES_PARTICIPLE_ENDINGS) or lw in _ES_PARTICIPLES_ADVERBS):
            return True  # "31 cuentas bancarias abiertas", "14 líneas afectadas": a participle after the noun
        if i == 0 and len(lw) > 4 and lw.endswith(_ES_VERB_ENDINGS) and not lw.endswith("es"):
            return True  # "8.900 aguardan", "19 tienen": a verb after a bare number (plural nouns end in -s)
    if french and i > 0 and lw.endswith(_FR_RELATIONAL_ENDINGS) and not (i == 1 and first in _FR_PRENOMINAL):
        return True  # "38 entreprises conchylicoles", "1 350 lits touristiques": the gold leaves these out (h107)
    if french and lw in _FR_PARTICIPLES and (i > 0 or lw not in _FR_PARTICIPLE_NOUNS):
        return True  # "140 cyclistes venus de ...", "du neuf atteint": irregular participles too ("12 morts": a noun)
    if (
        i > 0
        and not area
        and w[:1].islower()
        and wend == tok_end
        and _VERB_CONTEXT.match(text, tok_end)
        and not _A_RATE.match(text, tok_end)  # "three music lessons a week": a noun before a rate
    ):
        return True  # "two children attend Lincoln": a verb before a name or a determiner
    return (
        english
        and i > 0
        and lw.endswith("s")
        and wend == tok_end
        and _PRICE_VERB_CONTEXT.match(text, tok_end) is not None
    )  # "4 acres costs $100", "two adults costs about £780": a verb before a price


# English adjectives that come before the noun a number counts ("2,300 free sampling kits")
_EN_PRENOMINAL = frozenset("free new extra additional former".split())


def _en_modifier(lw: str) -> bool:
    """Whether the word read first after a number may qualify a noun after it (a participle or a few adjectives)."""
    return lw in _EN_PRENOMINAL or (lw.endswith(("ing", "ed")) and lw not in QTY_HEAD_OK_ED_ING)


def _noun_follows(text: str, pos: int, stop: frozenset[str], plural: bool) -> bool:
    """Whether a lowercase noun follows at `pos`, maybe after one more participle ("licensed gambling premises"):
    not a stop word, a verb or an adverb."""
    for k in range(2):
        nxt = _TOKEN_RE.match(text, pos)
        if not nxt or text[pos] != " " or not nxt.group(1)[:1].islower():
            return False
        lw = nxt.group(1).lower().rstrip(".")
        if lw in stop or lw in _VERBS or lw in QTY_STOP_EXTRA or lw.endswith("ly"):
            return False
        if not lw.endswith(("ing", "ed")) or lw in QTY_HEAD_OK_ED_ING:
            return not plural or lw.endswith("s")
        if k == 1 or nxt.group(1).endswith("."):
            return False
        pos = nxt.end(1)
    return False


_SPELLED_MULTIPLIERS = frozenset("hundred hundreds thousand thousands cent cents mille".split())


def _head_end(text: str, pos: int, lang: str, after_multiplier: bool) -> tuple[int, str | None]:
    """Extend a quantity from `pos` over what it counts; returns (end, first head word)."""
    other = _TOKEN_RE.match(text, pos)
    if other and other.group(1).lower() in _OTHER_WORDS and not after_multiplier:
        # "two other candidates", "deux autres candidats", "neun weitere Tiere": "other" and the noun after it
        end, head = _head_end_inner(text, other.end(1), lang, after_multiplier)
        return (end, head) if head is not None else (pos, None)
    return _head_end_inner(text, pos, lang, after_multiplier)


_OTHER_WORDS = frozenset("other autres otros otras weitere andere inne innych".split())


def _head_end_inner(text: str, pos: int, lang: str, after_multiplier: bool) -> tuple[int, str | None]:
    if lang == "de":
        return _head_end_de(text, pos)
    if lang in ("nl", "pl"):
        return _head_end_short(text, pos, lang)
    french = lang == "fr"
    romance = lang in ("fr", "es")
    stop = STOP | _STOP_BY_LANG.get(lang, frozenset())
    ends: list[tuple[int, bool, str]] = []  # (end, is_lowercase, word)
    first: str | None = None
    plural_only = False
    p = pos
    for i in range(5):
        m = _TOKEN_RE.match(text, p)
        if not m:
            break
        w = m.group(1)
        # a trailing period ends the sentence unless it is an abbreviation like "a.m."
        wend = m.end(1) - 1 if w.endswith(".") else m.end(1)
        w = w.removesuffix(".")
        lw = w.lower()
        tok_end = m.start(1) + len(w)
        if romance and i == 0 and after_multiplier and lw in ("de", "d'", "d’"):
            noun = _noun_after_de(text, m.end(1), stop)
            if noun is None:
                break
            p, w2 = noun
            first = w2.lower()
            ends.append((p, True, w2))
            if first in _CURRENCY_WORDS:
                break
            plural_only = True
            continue
        if plural_only and not lw.endswith(("s", "x")):
            break  # "9 millions de personnes vivent": after a plural noun an adjective agrees, a verb does not
        if i == 0 and after_multiplier and _after_multiplier_verb(lw, lang):
            break  # "48 millions apportés par", "22 millones irán a": what happens to the money
        read = _elided_word(w, i, lang, after_multiplier, stop)
        if read is None or _ends_head(text, m, i, read, wend, first, lang, stop):
            break
        w, lw = read, read.lower()
        is_lower = w[:1].islower() or (w.endswith("s") and w[:-1] in DEMONYMS)
        if first is None:
            first = lw
            # "45 vaches produisent", "1.400 taxis bloquearon": after a plural noun an adjective agrees
            # (ends in -s or -x), a verb does not
            plural_only = plural_only or (romance and is_lower and lw.endswith(("s", "x")) and len(lw) > 3)
        ends.append((tok_end, is_lower, w))
        if lw in _CURRENCY_WORDS or (french and i == 1 and first in _FR_PRENOMINAL):
            break
        if m.group(1).endswith(".") or wend != tok_end:
            break
        p = tok_end
        # a following comma / punctuation ends the phrase
        if p < len(text) and text[p] not in " \t\u00a0":
            break
    # trim trailing capitalised words: "150 Chinese experts" keeps Chinese, "the 10 Downing" does not
    while ends and not ends[-1][1]:
        ends.pop()
    if not ends:
        return pos, None
    if len(ends) > 1 and first in _FIRST_LAST and ends[1][2].lower() in _TIME_UNITS:
        return ends[1][0], ends[1][2].lower()  # "les neuf premiers mois", "los seis primeros meses": a period
    return ends[-1][0], first


# an ordinal adjective before the noun: "les neuf premiers mois de l'année" counts months (a period)
_FIRST_LAST = frozenset(
    "premiers premières derniers dernières prochains prochaines primeros primeras últimos últimas próximos "
    "próximas first last next".split()
)


def _unit_complement_end(text: str, end: int, lang: str, stop: frozenset[str]) -> tuple[int, int, bool]:
    """What may follow the unit itself: a currency's nationality ("francs suisses"), a measure's
    substance ("40 tonnes of steel"), a temperature's scale ("39.5 degrees Celsius"). Returns (end,
    end before the substance, whether a substance was taken)."""
    substance = False
    before_of = end
    last = re.search(r"[^\W\d_][\w\-]*$", text[max(0, end - 30) : end])
    if last and last.group(0).lower() in _CURRENCY_WORDS:
        nat = _NATIONALITY_RE.match(text, end)  # "francs suisses", "dólares estadounidenses"
        if nat and nat.group(1).lower() in CURRENCY_NATIONALITY:
            end = nat.end()
    if last and last.group(0).lower() in MEASURE_WORDS and lang == "en":
        m = _OF_RE.match(text, end)

        def noun(w: str | None) -> bool:
            return (
                w is not None
                and w != ""
                and w not in stop
                and w not in _VERBS
                and not w.endswith(("ed", "ing", "ly"))
            )

        if m and noun(m.group("w")):
            before_of = end
            end = m.end() if noun(m.group("w2")) and m.group("w2") not in RATE_PREPS else m.end("w")
            substance = True  # "40 tonnes of steel": only "per ..." makes it a rate ("of water per day")
    if last and last.group(0).lower() in MEASURE_WORDS and lang in ("fr", "es"):
        sub = _DE_SUBSTANCE_RE.match(text, end)
        rate = _RATE_RE.match(text, sub.end()) if sub and sub.group("w").lower() not in stop else None
        if (
            rate
            and rate.group("prep").lower() in ("par", "por", "al")  # "... de cobre al año" (h100)
            and not rate.group("num")
            and rate.group("w").lower() in RATE_NOUNS_ROMANCE
        ):
            # "11 000 tonnes de moutarde par an": the substance stays before a rate, as in English
            end = sub.end()  # type: ignore[union-attr]
    if last and last.group(0).lower() in _DEGREES:
        scale = _SCALE_RE.match(text, end)  # "39.5 degrees Celsius"
        if scale:
            end = scale.end()
    return end, before_of, substance


def _is_rate(text: str, end: int, m: re.Match[str], n: int, lang: str, stop: frozenset[str]) -> bool:
    """Whether the `n`th preposition and noun matched by _RATE_RE after `end` make a rate in `lang`."""
    prep, w = m.group("prep").lower(), m.group("w")
    lw = w.lower()
    if prep in RATE_PREPS and lw != "cent":
        return lw in RATE_NOUNS or (
            lw not in stop and lw not in _VERBS and (w[:1].isupper() if lang == "de" else w[:1].islower())
        )
    if prep in ("par", "por") and lang in ("fr", "es"):
        return any(x in RATE_NOUNS_ROMANCE or x in RATE_NOUNS_PAR for x in (lw, lw.rstrip("s"))) or (
            n == 0 and _price_per_unit(text, end, m, stop)
        )
    if n == 0 and prep in ("a", "an") and lang == "en":
        return (
            lw in RATE_NOUNS
            and not m.group("num")
            and not (lw in _TIME_UNITS and _AGO_RE.match(text, m.end()))  # "a year ago" is a date
        ) or (
            # a price per any unit: "£1.90 a sheep.", "£4.20 a bundle for reed" (not "£500 a village hall")
            not m.group("num")
            and _PRICE_BEFORE.search(text, max(0, end - 30), end) is not None
            and w.isalpha()
            and w.islower()
            and lw not in stop
            and lw not in _VERBS
            and not lw.endswith(("ed", "ing", "ly", "s"))
            and _PRICE_UNIT_AFTER.match(text, m.end()) is not None
        )
    if n == 0 and prep in ("le", "les", "la", "el", "al") and lang in ("fr", "es"):
        return (
            lw in RATE_NOUNS_ROMANCE
            or (bool(m.group("num")) and lw in MEASURE_WORDS)
            or (prep in ("le", "la", "el") and _price_per_unit(text, end, m, stop))
        ) and not (
            _PAST_NEXT_RE.match(text, m.end())  # "la semana pasada", "la semaine dernière": a date
        )
    if prep in ("im", "am") and lang == "de":
        # "420 Euro im Monat", "3 Euro am Tag" (not "im Jahr 2020": a date)
        return lw in ("monat", "jahr", "tag") and not m.group("num") and not _NUM_NEXT.match(text, m.end())
    if prep == "na" and lang == "pl":
        # "95 mikrogramów na metr sześcienny", "na mieszkańca" (per inhabitant)
        return lw in RATE_NOUNS_PL or lw == "mieszkańca"
    if prep == "za" and lang == "pl":
        # "6,40 zł za litr", "0,80 zł za kWh", "60 zł za gram", "3 zł za skrzynkę" (a feminine noun in the
        # accusative; not "za granicą", "za pomocą")
        return (
            lw in RATE_NOUNS_PL
            or w in UNIT_SYMBOLS
            or lw in MEASURE_WORDS
            or (lw.endswith("ę") and len(lw) > 4 and lw not in _NOT_RATE_PL)
        ) or _price_per_unit(text, end, m, stop)
    return False


# A price per any unit, its noun ending the clause: "9 euros la bougie.", "400 euros le voyage,", "35 euros por
# vaca.", "150 zł za zwolnienie." (not "300 000 euros la semaine dernière", "600 euros por conducir sin carné",
# "za granicą"; Polish "na" is left to its nouns: "2 mld zł na odbudowę." is what the money is for)
_CLAUSE_END = re.compile(
    r"[ \u00a0]*(?:[.,;:!?)»”\"]|$)|[ \u00a0]+(?:a|al|à|aux|para|pour|en|dans|y|et|i|dla|w)[ \u00a0]"
)
_INFINITIVE_ES = re.compile(r"(?:ar|er|ir)$")


def _price_per_unit(text: str, end: int, m: re.Match[str], stop: frozenset[str]) -> bool:
    w = m.group("w")
    lw = w.lower()
    last = text[max(0, end - 12) : end].rsplit(None, 1)[-1:]
    return (
        not m.group("num")
        and bool(last)
        and last[0].lower() in _CURRENCY_WORDS
        and w.isalpha()
        and w.islower()
        and lw not in stop
        and lw not in _VERBS
        and lw not in ("ciento", "cent", "cento")
        and not lw.endswith("ą")  # "za granicą", "za pomocą"
        and not _INFINITIVE_ES.search(lw)
        and _CLAUSE_END.match(text, m.end()) is not None
    )


def _rate_end(text: str, end: int, lang: str) -> int:
    """Extend a quantity over the rate or substance that follows it: "€120 per night", "£1,650 a
    month", "€4 per guest per night", "430 euros les 1 000 litres", "3.2 centimetres of snow"."""
    stop = STOP | _STOP_BY_LANG.get(lang, frozenset())
    if lang in ("es", "fr") and (adj := _PERIODIC_ADJ.match(text, end)):
        return adj.end()  # "1,4 millones de euros anuales", "41,83 euros mensuales": a rate (h94: 3 of 3)
    if lang == "es" and (week := _ES_A_LA.match(text, end)):
        return week.end()  # "150 entradas a la semana", "40 euros a la hora": a rate (h100)
    end, before_of, substance = _unit_complement_end(text, end, lang, stop)
    if (gross := _GROSS_NET.match(text, end)) and (after := _rate_end(text, gross.end(), lang)) > gross.end():
        return after  # "1 900 euros brut par mois", "3.100 Euro brutto im Monat": the rate after it (h100)
    if lang == "pl" and (adv := _PL_RATE_AFTER_NOUN.match(text, end)):
        between = _WORDS_BEFORE.findall(text, end, adv.start("adv"))
        if not any(w in STOP_PL or w in _VERBS for w in between):
            # "900 zł miesięcznie", "cztery kursy dziennie", "1,5 kg pokarmu dziennie", "litrów wody na dobę"
            return adv.end()
    if (
        lang == "pl"
        and _PL_TIMES_END.search(text, max(0, end - 6), end)
        and (per := _PL_TIMES_PERIOD.match(text, end))
    ):
        return per.end()  # "dwa razy w tygodniu", "raz w roku": how often, with its period
    if lang == "fr" and (el := _FR_ELIDED_RATE.match(text, end)) and el.group(1).lower() in _FR_ELIDED_NOUNS:
        return (
            el.end()
        )  # "2 400 dollars l'once" (not "98 millions d'euros l'an": a yearly figure, not a price)
    substance_end = end
    for n in range(2):
        m = _RATE_RE.match(text, end)
        if not m:
            break
        prep, lw = m.group("prep").lower(), m.group("w").lower()
        if substance and prep not in RATE_PREPS and not (prep in ("a", "an") and lw in RATE_NOUNS):
            break  # "40 tonnes of steel in" stops; "per day" and "a day" go on
        if not _is_rate(text, end, m, n, lang, stop):
            break
        end = m.end()
        if (
            prep in RATE_PREPS
            and not m.group("num")
            and lw not in RATE_NOUNS
            and lw not in _AREA_ADJ_BEFORE
            and lw.endswith(_RATE_ADJ_ENDINGS.get(lang, ()))
            and (noun := _TOKEN_RE.match(text, end))
            and text[end] == " "
            and noun.group(1)[:1].islower()
            and noun.group(1).rstrip(".").lower() not in stop
            and noun.group(1).rstrip(".").lower() not in _VERBS
        ):
            end = noun.start(1) + len(
                noun.group(1).rstrip(".")
            )  # "per electric taxi", "per strekkende meter"
        if lw in _AREA_ADJ_BEFORE and not m.group("num") and (unit := _TOKEN_RE.match(text, end)):
            end = unit.start(1) + len(unit.group(1).rstrip("."))  # "per kubieke meter", "per cubic metre"
        adj = _RATE_ADJ_RE.match(text, end)  # "le mètre carré", "por metro cúbico", "per megawatt hour"
        if adj:
            end = adj.end()
        both = _AND_RATE_RE.match(text, end)
        if both and both.group("w").lower() in _RATE_NOUNS_ALL:
            return both.end()  # two rates joined: "par habitant et par jour", "por habitante y día"
    if substance and end == substance_end:
        # "310 millimetres of rain" is tagged "310 millimetres" (16 of 19 gold spans, eight files); the
        # substance stays only before a rate ("40 tonnes of steel a day")
        return before_of
    return end


# an adjective's endings after a rate's preposition, before the noun it qualifies: "£8,000 per electric taxi",
# "€ 2,10 per strekkende meter" (h107: 3 gold spans in the tune sets cut after the adjective)
_RATE_ADJ_ENDINGS = {"en": ("ed", "ic", "al", "ive", "ous"), "nl": ("e",)}
_GROSS_NET = re.compile(
    r"[ \u00a0]+(?:brut|bruts|brute|brutes|net|nets|nette|nettes|brutos|brutas|netos|netas|brutto|netto|gross)"
    r"(?![\w\-])"
)
_ES_A_LA = re.compile(r"[ \u00a0]+a[ \u00a0]+la[ \u00a0]+(?:semana|hora|jornada)(?![\w\-])")
_PERIODIC_ADJ = re.compile(
    r"[ \u00a0]+(?:anuales|mensuales|diarios|diarias|semanales|anual|mensual|diario|diaria|semanal|annuels|"
    r"annuelles|mensuels|mensuelles|quotidiens|quotidiennes|hebdomadaires)(?![\w\-])"
)
_PRICE_BEFORE = re.compile(r"[£$€¥][\d.,]*\d(?:[ \u00a0]?(?:million|billion|m|bn|k))?$")
_PRICE_UNIT_AFTER = re.compile(
    r"[.,;:!?)]|$|[ \u00a0]+(?:for|to|on|in|at|from|and|or|but|with|this|last|next)\b"
)
_NOT_RATE_PL = frozenset("chwilę siebie".split())
_AND_RATE_RE = re.compile(
    r"[ \u00a0]+(?:et|y|und|en|and|i)[ \u00a0]+(?:(?:par|por|pro|per|je|na|za)[ \u00a0]+)?(?P<w>[^\W\d_]+)(?![\w\-])"
)
_RATE_NOUNS_ALL = RATE_NOUNS | RATE_NOUNS_ROMANCE  # (RATE_NOUNS_PL below)
# a periodic adverb or "na dobę" after what a Polish number counts (up to two words in the genitive)
_PL_RATE_AFTER_NOUN = re.compile(
    r"(?:[ \u00a0]+[a-ząćęłńóśźż]+){0,2}?[ \u00a0]+(?P<adv>miesięcznie|rocznie|dziennie|tygodniowo|na[ \u00a0]+dobę|"
    r"z[ \u00a0]+hektara)(?!\w)"
)
_PL_TIMES_END = re.compile(r"(?<![\w\-])razy?$")
_PL_TIMES_PERIOD = re.compile(
    r"[ \u00a0]+w[ \u00a0]+(?:tygodniu|miesiącu|roku|kwartale)(?![\w\-])(?![ \u00a0]+\d)"
)
_FR_ELIDED_NOUNS = RATE_NOUNS_ROMANCE - {"an", "année"}
# "2 400 dollars l'once", "28 francs de l'heure", "5,1 tonnes à l'hectare"
_FR_ELIDED_RATE = re.compile(r"[ \u00a0]+(?:(?:de|à)[ \u00a0]+)?l['’]([^\W\d_]+)(?![\w'’])")
_DE_SUBSTANCE_RE = re.compile(r"[ \u00a0]+(?:de[ \u00a0]+|d['’])(?P<w>[a-zà-ÿñ][\w\-]*)(?![\w'’])")
_NUM_NEXT = re.compile(r"[ \u00a0]+\d")
_PAST_NEXT_RE = re.compile(
    r"[ \u00a0]+(?:pasad[oa]|próxim[oa]|anterior|que[ \u00a0]+viene|derni(?:er|ère)|prochaine?|précédente?)(?!\w)"
)
_NATIONALITY_RE = re.compile(r"[ \u00a0]+([^\W\d_][\w\-]*)(?![\w\-])")
_SCALE_RE = re.compile(
    r"[ \u00a0]+(?:Celsius|Fahrenheit|Celsjusza|centígrados|Kelvin|(?i:bajo|sous|below|unter|poniżej|onder)"
    r"[ \u00a0]+(?i:cero|zéro|zero|null|zera|nul))(?![\w])"
)
_RATE_ADJ_RE = re.compile(
    r"[ \u00a0]+(?:carrés?|cubes?|cuadrados?|cúbicos?|sześcienn[ya]|kwadratow[ya]|hour|hora|heure|uur|godzinę)(?![\w])"
)
RATE_NOUNS_PL = frozenset(
    "litr litra metr kilogram kilo kg tonę godzinę dzień dobę miesiąc rok noc osobę sztukę baryłkę pasażera "
    "bilet przejazd kilometr hektar akcję".split()
)
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")
