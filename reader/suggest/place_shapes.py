"""Whether a word or name has the shape of a place: gazetteer places, German landscapes and landforms,
German and Polish places in another case, French and Romance place names, demonyms."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .gazetteer import place_weight
from .lexicon import CITIES, COUNTRIES, DEMONYMS, REGIONS, STOP, TITLES
from .lexicon_intl import (
    MONTHS_DE,
    NOT_PLACES_DE,
    PLACE_DESCRIPTORS,
    PLACE_SUFFIXES_DE,
    RIVERS,
    STOP_ES,
    TITLES_INTL,
    WEEKDAYS_DE,
)
from .name_cues import _FIRST_NAMES, _is_org_word
from .spans import Overlaps

FR_PLACE_RE = re.compile(r"^(?:Saint|Sainte|St)-|-(?:sur|en|lès|lez|la|le|les|de|du|aux)-")


def _known_place(name: str) -> bool:
    return name in COUNTRIES or name in CITIES or name in REGIONS or place_weight(name) >= 3


# Spanish and French kinds of land that name a place with "de" ("Sierra de X", "Ciudad de X", "Val de X")
_ROMANCE_LAND_FIRST = frozenset("sierra tierra campo valle ribera costa val pays plaine ciudad paso".split())


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


_DE_AREA_ENDINGS = ("land", "gau", "gäu", "tal", "wald", "viertel", "kreis")
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


_DE_LANDFORMS = frozenset(
    "wald gebirge heide bucht becken alb alpen schweiz bergland seenplatte marsch gletscher see tal".split()
)
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


# the last part of a compound landform ("Grenzwald", "Hügelland", "Kammhöhe"), and a river's "Ache"
_DE_LANDFORM_ENDS = ("wald", "gebirge", "heide", "land", "moor", "meer", "höhe", "niederung", "aue")


def _de_landform(lw: str) -> bool:
    """A German landform noun, plain or in the genitive ("Moores", "Waldes"), or a compound ending in one."""
    return any(
        form and (form in _DE_LANDFORMS or form == "ache" or form.endswith(_DE_LANDFORM_ENDS))
        for form in _de_genitive_forms(lw)
    )


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


def _german_place_shape(name: str) -> bool:
    """A German capitalised word that may be a place after "in": "in Zwickau", not "in Zukunft"."""
    lw = name.lower()
    return lw.endswith(PLACE_SUFFIXES_DE) and lw not in NOT_PLACES_DE


def _place_like(name: str, lang: str) -> bool:
    """Whether a gazetteer or a case ending says the name may be a place ("Kevin Tran of Chicago")."""
    if name in COUNTRIES or name in CITIES or name in REGIONS or place_weight(name) > 0:
        return True
    return (lang == "de" and _german_place_case(name)) or (lang == "pl" and _polish_place(name))


# A Spanish town named with "de" and a second name ("Fuentespina del Jiloca", "Jaraíz de la Vera",
# "Alcázar de San Juan"): a place found on one side is one place with the other (9 gold places cut at "de"
# in h10..h13, none in the tune sets followed by a "de" name the gold leaves out).
_ES_DE_TAIL = re.compile(
    r" (?:de|del|de la|de los|de las) ((?:[A-ZÁÉÍÓÚÑ][\w\-]+)(?: (?!de\b|del\b)[A-ZÁÉÍÓÚÑ][\w\-]+){0,2})(?![\w\-])"
)
_ES_DE_HEAD = re.compile(r"(?<![\w\-])([A-ZÁÉÍÓÚÑ][\w\-]+) (?:de|del|de la|de los|de las) $")


def _plain_name_word(w: str, lang: str) -> bool:
    lw = w.lower()
    return not _is_org_word(lw, lang) and lw not in _FIRST_NAMES and lw not in STOP and lw not in STOP_ES


def join_spanish_de_places(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each Spanish place extended over a "de" name next to it (entities sorted, not
    overlapping)."""
    if lang != "es" or not any(lab == "PLACE" for _, _, lab in ents):
        return ents
    out = list(ents)
    i = 0
    while i < len(out):
        s, e, lab = out[i]
        if lab != "PLACE":
            i += 1
            continue
        # the entities the join would swallow must be places (or nothing): never a body or a person
        m = _ES_DE_TAIL.match(text, e)
        if m and all(_plain_name_word(w, lang) for w in m.group(1).split()):
            inner = [k for k in range(i + 1, len(out)) if out[k][0] < m.end()]
            if all(out[k][2] == "PLACE" and out[k][1] <= m.end() for k in inner):
                out[i] = (s, m.end(), "PLACE")
                del out[i + 1 : i + 1 + len(inner)]
                continue
        h = _ES_DE_HEAD.search(text, max(0, s - 40), s)
        if (
            h
            and _plain_name_word(h.group(1), lang)
            and not (i and out[i - 1][1] > h.start())
            and text[max(0, h.start() - 2) : h.start()].strip(" ") not in (".", "")
        ):
            out[i] = (h.start(), e, "PLACE")  # "Alcázar de San Juan" (not at a sentence's start)
        i += 1
    return out


# A French "pays" named in -ois / -ais after "dans le", "du", "de l'" ("dans le Libournais", "du
# Châtillonnais", "de l'Auxois"; 3 of 3 such gold places in h10, h11, h13 were missed): not a common noun
# ("palais", "marais") nor a nationality ("du Français"), nor a word before a name ("du Lyonnais Paul X").
_FR_PAYS = re.compile(
    r"(?:\b(?i:dans|vers|sur)\s+(?:le\s+|l['’])|\b(?i:du|au)\s+|\b(?i:de|à)\s+l['’])"
    r"(?P<w>[A-ZÂÉÈ][a-zàâçéèêëîïôûü\-]{2,}(?:ois|ais))(?![\w\-])(?!\s+[A-ZÀ-Þ])"
)
_FR_NOT_PAYS = frozenset(
    """
    palais marais relais biais rabais délais jamais mais bois mois fois pois chamois patois minois harnais
    français anglais irlandais écossais gallois japonais chinois portugais néerlandais hollandais danois
    suédois finlandais polonais hongrois libanais sénégalais congolais québécois luxembourgeois taïwanais
    islandais maltais togolais gabonais malais birman albanais
    """.split()
)


def add_french_pays(text: str, lang: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each French "pays" in -ois / -ais that no entity covers added as a place."""
    if lang != "fr":
        return ents
    found = [
        (m.start("w"), m.end("w"))
        for m in _FR_PAYS.finditer(text)
        if m.group("w").lower() not in _FR_NOT_PAYS
    ]
    return _with_places(ents, found, relabel=False)


# A Spanish river named after a lower-case "río" ("recorren el río Pitarque", "junto al río Pigüeña") is a
# place, without "río": the gold's convention (4 of 5 in h11, h13, h14; all four were missed).
_ES_RIVER = re.compile(
    r"\b(?:río|arroyo)\s+(?P<w>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:-[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)?)(?![\w\-])"
)


def add_spanish_rivers(text: str, lang: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each river named after a lower-case "río" made a place (added, or relabelled
    when an entity has exactly its span)."""
    if lang != "es":
        return ents
    return _with_places(ents, [(m.start("w"), m.end("w")) for m in _ES_RIVER.finditer(text)], relabel=True)


def _with_places(
    ents: list[tuple[int, int, str]], found: list[tuple[int, int]], relabel: bool
) -> list[tuple[int, int, str]]:
    """`ents` with the `found` spans that no entity overlaps added as places (and, with `relabel`, an
    entity of exactly a found span made a place)."""
    if not found:
        return ents
    exact = {(s, e): i for i, (s, e, _) in enumerate(ents)} if relabel else {}
    out = list(ents)
    taken = Overlaps((s, e) for s, e, _ in ents)
    new = []
    for s, e in found:
        if (s, e) in exact:
            out[exact[(s, e)]] = (s, e, "PLACE")
        elif not taken(s, e):
            new.append((s, e, "PLACE"))
    return sorted(out + new) if new or relabel else ents


# A German town named with its river, hill or region after "am", "an der" or "im" ("Frankfurt am Main",
# "Sankt X im Lungau") is one place: the gold's convention in h11, h14 (2), h15 (3), where the town was cut
# at the preposition or missed. The name after it is one word with no capitalised word after it (not "im
# Kanton Uri"), and no day, time, point of the compass or kind of place ("am Sonntag", "im Vergleich").
_DE_SEAT_TAIL = re.compile(
    r" (?:am|an der|im) (?P<w>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w\-])(?!\s*[A-ZÄÖÜ„\"])"
)
_DE_NOT_SEAT = frozenset(
    """
    wochenende morgen abend vormittag nachmittag mittag ende anfang beginn rand rande jahr jahresende
    jahresanfang vorjahr vortag vormonat sommer winter herbst frühjahr frühling vergleich norden süden osten
    westen zentrum hafen bahnhof markt marktplatz rathaus ufer fuß hang nordhang südhang ortsrand stadtrand
    ortseingang ortsausgang waldrand wald see fluss berg tal schluss stück telefon mikrofon ziel start
    """.split()
)
_DE_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "nis", "tag", "abend", "morgen", "nacht")
_DE_MONTHS = frozenset(m.lower() for m in MONTHS_DE)
# a word just before the preposition, after a preposition of place ("von X am Y"; not "im Tierheim am Y")
_DE_HEAD_BEFORE = re.compile(r"(?<![\w\-])(?:in|von|aus|nach|bei|über|zwischen|um) ([A-ZÄÖÜ][a-zäöüß]+)$")


def _de_seat_name(w: str) -> bool:
    lw = w.lower()
    return not (
        lw in _DE_NOT_SEAT
        or lw.endswith(_DE_NOUN_ENDINGS)
        or lw in NOT_PLACES_DE
        or lw in PLACE_DESCRIPTORS
        or lw in _DE_MONTHS
        or any(lw.startswith(d.lower()) for d in WEEKDAYS_DE)
    )


def join_german_seats(text: str, lang: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each German town named with "am", "an der" or "im" and a name made one place: a
    place found before the preposition is extended, or a word shaped like a town after "in", "von", "aus"
    ... is taken; the name after it must be free or a place ("Sankt X" + "Lungau"). Entities do not
    overlap, so sorted by start their ends are sorted too (bisect, no scan)."""
    if lang != "de":
        return ents
    out = sorted(ents)
    starts, ends = [x[0] for x in out], [x[1] for x in out]
    for m in _DE_SEAT_TAIL.finditer(text):
        if not _de_seat_name(m.group("w")):
            continue
        k = bisect_left(ends, m.start())
        if k < len(out) and out[k][1] == m.start():
            if out[k][2] != "PLACE":
                continue
            s = out[k][0]
        else:
            h = _DE_HEAD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if not h or not _german_place_shape(h.group(1)):
                continue
            s = h.start(1)
        # the entities the joined span overlaps: places inside it, or nothing
        a, b = bisect_right(ends, s), bisect_left(starts, m.end())
        if any(x[2] != "PLACE" or x[0] < s or x[1] > m.end() for x in out[a:b]):
            continue
        out[a:b] = [(s, m.end(), "PLACE")]
        starts[a:b], ends[a:b] = [s], [m.end()]
    return out


# A German hill, mountain or river named after a slope, foot or bank ("am Fuß des X", "an den Hängen des X",
# "am Ufer der X", "am Nordhang der X") is a place in the case the text has, whatever its shape: missed in
# h8, h10, h12 (3), h13 (4), none of the tune files has a common noun of one word there but "Berges" kinds.
# The slope itself ("am Hang", "am Nordhang") is no place (h11, h12, h14).
_DE_LAND_PART_NAME = re.compile(
    r"(?<![\w\-])(?:Fuß|Füßen|Gipfel|Flanke|Flanken|Hang|Hänge|Hängen|Ufer|Ufern"
    r"|[A-ZÄÖÜ][a-zäöüß]*(?:hang|hänge|hängen|ufer|ufern))"
    r" (?:des|der) (?P<w>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w\-])(?!\s*[A-ZÄÖÜ])"
)
# kinds of landform, water and settlement that follow those words as common nouns ("am Fuß des Berges")
_DE_LAND_KINDS = frozenset(
    """
    berg hügel fluss bach see teich weiher wald tal gebirge kanal strom vulkan gletscher massiv kamm pass
    deich damm weinberg hausberg felsen burg schloss turm dorf ort stadt gemeinde kirche kloster meer
    strand insel hof haus gebäude grundstück gelände platz weg straße
    """.split()
)


def _de_land_name(w: str) -> bool:
    lw = w.lower()
    return not any(
        f and (f in _DE_LAND_KINDS or f in _DE_LANDFORMS or f in _DE_NOT_SEAT or f.endswith(_DE_NOUN_ENDINGS))
        for f in _de_genitive_forms(lw)
    )


def german_land_parts(text: str, lang: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each name after a German slope, foot or bank made a place (added, or relabelled
    when an entity has exactly its span), and each slope alone ("Hang", "Nordhang") dropped."""
    if lang != "de":
        return ents
    kept = [
        x for x in ents if not (x[2] == "PLACE" and text[x[0] : x[1]].lower().endswith(("hang", "hänge")))
    ]
    found = [
        (m.start("w"), m.end("w")) for m in _DE_LAND_PART_NAME.finditer(text) if _de_land_name(m.group("w"))
    ]
    return _with_places(kept, found, relabel=True)


# A Spanish town named with "de" and a second name, neither of which any list knows ("un restaurante de
# Navia de X", "aldeas como Bustiello de Y", "hacia Vilanova de la Z"), is one place after a preposition of
# place: missed whole in h11 (2), h13 (2), h14 (4), h15 (2). The span must be free (no entity of the rules
# in it), its words no first name, organisation word or abstract noun ("de Sanidad de X"), and after "de"
# the word before is lower case ("la Asociación de Vecinos de X" is a body's name).
_ES_W = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:-[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)?"
_ES_DE_TOWN = re.compile(
    r"(?<![\w\-])(?P<pre>de|del|en|desde|hacia|hasta|a|al|con|como|o|e|por|entre|para) "
    rf"(?P<n>(?P<a>{_ES_W}) (?:de|del|de la|de los|de las) (?P<b>{_ES_W})"
    r"(?: (?:Alto|Alta|Bajo|Baja|Norte|Sur|Este|Oeste|Arriba|Abajo))?)(?![\w\-])"
)
_ES_ABSTRACT_ENDINGS = ("ción", "sión", "dad", "miento", "ismo", "encia", "ancia")
_WORD_BEFORE = re.compile(r"(\S+) $")


def add_spanish_de_towns(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each free Spanish "X de Y" after a preposition of place added as one place."""
    if lang != "es":
        return ents
    found = []
    for m in _ES_DE_TOWN.finditer(text):
        words = (m.group("a"), m.group("b"))
        if not all(_plain_name_word(w, lang) and not w.lower().endswith(_ES_ABSTRACT_ENDINGS) for w in words):
            continue
        if m.group("pre") in ("de", "del"):
            wb = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if not wb or not wb.group(1)[:1].islower():
                continue
        found.append((m.start("n"), m.end("n")))
    return _with_places(ents, found, relabel=False)


# A Polish town or lake named with an adjective of position ("Krynicy Wschodniej", "w X Dolnych",
# "mieszkanka X Górnego", "z Macedonii Północnej") is a place in every case: read as PERSON or missed in h11,
# h12, h13, h14 (2), h15 (4); no tune file has a person so named. A regional adjective in -ski / -cki
# ("z X Kaszubskiego", "gminy X Gorlickie") ends surnames too, so it counts only on a span no rule took, after
# a preposition of place or a word for a commune or its people (missed in h9, h11 (2), h15). Both after a
# lower-case word (not at a sentence's start, not inside a longer name), and not after a kind of body.
_PL_U, _PL_L = "A-ZĄĆĘŁŃÓŚŹŻ", "a-ząćęłńóśźż"
_PL_CASE_ENDS = "y|i|a|e|ego|iego|ej|iej|ym|im|ych|ich|ą|emu|iemu"
_PL_POSITION = rf"(?:Doln|Górn|Wielk|Mał|Star|Now|Wschodn|Zachodn|Północn|Południow|Leśn|Kościeln|Średn|Wyżn|Niżn)(?:{_PL_CASE_ENDS})"
_PL_REGIONAL = rf"[{_PL_U}][{_PL_L}]+(?:sk|ck|dzk)(?:i|a|ie|iego|iej|im|ich|ą|iemu)"
_PL_ADJ_PLACE = re.compile(
    rf"(?<![\w\-])(?P<n>[{_PL_U}][{_PL_L}]+(?:-[{_PL_U}][{_PL_L}]+)?) "
    rf"(?:(?P<pos>{_PL_POSITION})|{_PL_REGIONAL})(?![\w\-])"
)
# before a regional adjective: a preposition that takes the genitive of a place (not "z" with the
# instrumental: "z Janem Kowalskim"), or a word for a commune or its people
_PL_FROM = frozenset("z ze spod znad koło".split())
_PL_COMMUNE_WORDS = frozenset(
    """
    gminy gmina gminie wsi miasta mieście miejscowości mieszkańcy mieszkańców mieszkanka mieszkaniec mieszkańcom
    okolic okolicach osiedla osiedlu
    """.split()
)
_PL_GENITIVE_ADJ = ("iego", "iej", "ich")
# a first name in another case ("Piotra", "Anną", "Janem"): a person's name, not a town's
_PL_NAME_CASES = (
    ("a", ""),
    ("y", "a"),
    ("ą", "a"),
    ("ę", "a"),
    ("em", ""),
    ("owi", ""),
    ("u", ""),
    ("ej", "a"),
    ("i", "a"),
)


def _pl_first_name(lw: str) -> bool:
    return lw in _FIRST_NAMES or any(
        lw.endswith(end) and lw[: -len(end)] + nom in _FIRST_NAMES for end, nom in _PL_NAME_CASES
    )


# kinds of body the organisation words leave out ("Komenda Wojewódzka", "Straż Leśna")
_PL_BODY_KINDS = frozenset("komenda komendy straż straży stadnina gospodarstwo koło izba rada zarząd".split())


def add_polish_adjective_places(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each Polish town named with an adjective of position made a place (added, or a
    PERSON of exactly its span relabelled), and each one with a regional adjective added where free."""
    if lang != "pl":
        return ents
    persons = {(s, e): i for i, (s, e, lab) in enumerate(ents) if lab == "PERSON"}
    out = list(ents)
    taken = Overlaps((s, e) for s, e, _ in ents)
    new = []
    for m in _PL_ADJ_PLACE.finditer(text):
        wb = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        lw = m.group("n").lower()
        if not wb or not wb.group(1)[:1].islower() or _pl_first_name(lw) or lw in _PL_BODY_KINDS:
            continue
        if _is_org_word(lw, lang):
            continue
        span, before = (m.start(), m.end()), wb.group(1)
        regional = before in _PL_COMMUNE_WORDS or (
            before in _PL_FROM and m.group().endswith(_PL_GENITIVE_ADJ)
        )
        if m.group("pos") and span in persons:
            out[persons[span]] = (*span, "PLACE")
        elif not taken(*span) and (m.group("pos") or regional):
            new.append((*span, "PLACE"))
    return sorted(out + new)


# A French region, massif or river named after "du" or "de la" and a lower-case noun ("les noix du X", "au
# pied du X", "au bord de la X", "les éleveurs de la X") is a place: 16 such free names in h7, h9, h11 (3),
# h12 (6), h13 (4), h14 are all gold places; the others are after a title ("ministre (wallonne) de la
# Défense"), abstract nouns ("Sécurité", "Mobilité"), kinds of place ("Vallée", "Moulin"), an adjective
# ("du Grand projet") or plurals after "des" (left out). Not after "de l'": there the tune files have only
# bodies and abstract nouns ("l'État", "l'Unesco", "l'Économie"). The name is one word (or a hyphenated
# compound) with no capitalised word after it, on a span no rule took.
_FR_W = r"[A-ZÀÂÉÈÊÎÔÛ][a-zàâçéèêëîïôûü]+"
_FR_OF_NAME = re.compile(
    rf"(?<![\w\-])(?P<pre>[a-zàâçéèêëîïôûü\-]+) (?:du|de la) (?P<w>{_FR_W}(?:-{_FR_W})*)"
    r"(?![\w\-'’])(?!\s+[A-ZÀ-Þ])"
)
_FR_ABSTRACT_ENDINGS = ("té", "tion", "sion", "isme", "ment", "ique")
# people who belong to a body, not to a land ("les salariés du X", "les joueurs du X", "les adhérents du X")
_FR_MEMBERS = frozenset(
    """
    salariés salariées employés employées agents adhérents adhérentes membres joueurs joueuses supporters
    dirigeants dirigeantes actionnaires clients clientes militants militantes fidèles abonnés lecteurs
    journalistes élèves étudiants patients
    """.split()
)
_FR_NOT_REGION = frozenset(
    """
    grand grande petit petite haut haute bas basse vieux vieille nouveau nouvelle saint sainte
    vallée val moulin plaine plateau massif pays mont côte île port lac étang rivière fleuve canal région
    département commune ville village quartier hameau bourg château domaine parc gare place rue
    """.split()
)


def _fr_region_name(w: str) -> bool:
    parts = w.lower().split("-")
    return not (
        parts[-1] in _FR_NOT_REGION
        or (len(parts) == 1 and parts[0] in _FR_NOT_REGION)
        or parts[-1].endswith(_FR_ABSTRACT_ENDINGS)
        or parts[0] in STOP
        or parts[0] in _FIRST_NAMES
        or w in DEMONYMS
        or parts[-1].endswith(("ais", "ois", "aise", "oise", "ain", "aine"))  # a nationality: the pays rule's
    )


def add_french_regions(text: str, lang: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each French region or river named after "du" / "de la" / "de l'" and a lower-case
    noun (not a title or a body) added as a place where no entity is."""
    if lang != "fr":
        return ents
    found = [
        (m.start("w"), m.end("w"))
        for m in _FR_OF_NAME.finditer(text)
        if _fr_region_name(m.group("w"))
        and not _is_org_word(m.group("pre"), lang)
        and m.group("pre") not in STOP
        and m.group("pre") not in _FR_MEMBERS
        and not any(w in TITLES for w in text[max(0, m.start() - 30) : m.end("pre")].lower().split()[-2:])
    ]
    return _with_places(ents, found, relabel=False)


# An English name of two words ending in a word for a headland, common, halt, range, chase, cross, mill,
# tower or triangle ("off X Head", "the edge of X Common", "at X Halt", "the X Range") is a place: read as
# PERSON or missed in h9, h10, h11, h12, h13 (2), h14, h15 (2); none is a person or a body in the tune files
# (those have a first name, "Emma Cross", or a word after, "X Mill Ltd"). After a lower-case word, on a free
# span or a PERSON of exactly that span.
_EN_LANDMARK = re.compile(
    r"(?<=[a-z] )(?P<a>[A-Z][a-z]+) (?:Head|Common|Halt|Range|Chase|Cross|Mill|Tower|Triangle)"
    r"(?![\w\-'’])(?!\s+[A-Z])"
)


def add_english_landmarks(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each English name ending in a landmark word made a place (added where free, or a
    PERSON of exactly its span relabelled)."""
    if lang != "en":
        return ents
    persons = {(s, e): i for i, (s, e, lab) in enumerate(ents) if lab == "PERSON"}
    out = list(ents)
    taken = Overlaps((s, e) for s, e, _ in ents)
    new = []
    for m in _EN_LANDMARK.finditer(text):
        lw = m.group("a").lower()
        if lw in _FIRST_NAMES or lw in STOP or _is_org_word(lw, lang):
            continue
        span = (m.start(), m.end())
        if span in persons:
            out[persons[span]] = (*span, "PLACE")
        elif not taken(*span):
            new.append((*span, "PLACE"))
    return sorted(out + new)


# A Spanish place of one word named after a lower-case noun and "de" / "del" / "de la" ("en la lonja de X",
# "el puente de X", "los alcaldes de X", "los bares de la X", "el mar de X", "llega de X") is a place: 15
# such free names in h7, h10, h11 (2), h12 (3), h13 (5), h14 (2) are gold places. The others in the tune
# files: a portfolio after a title ("la consejera de Salud", "el conseller de Turismo"), a competition or a
# season ("campeón de Copa", "la temporada de Navidad"), a body ("frente a la Xunta"), a surname the text
# gives a person ("la defensa de X"), or a longer name ("Alcalá la Real"). On a span no rule took, with no
# capitalised word or "de"/"la" and a name after it.
_ES_OF_NAME = re.compile(
    rf"(?<![\w\-])(?P<pre>[a-záéíóúñü]+) (?:de|del|de la) (?P<w>{_ES_W})(?![\w\-])"
    r"(?!\s+(?:de\s+|del\s+|la\s+|el\s+|de\s+la\s+)?[A-ZÁÉÍÓÚÑ])"
    r"(?!\s+[a-záéíóúñ]+(?:ense|enses|eño|eña)\b)"  # "la Mancha conquense": the region is named with it
)
# people who hold a portfolio, a person's kin, people or figures of a team or a firm ("los jugadores de X",
# "las ventas de X"), and words for a time, a season or a competition
_ES_NOT_PLACE_BEFORE = frozenset(
    """
    conseller consellera delegado delegada gerente director directora secretario secretaria portavoz
    abogado abogada defensa hijo hija familia casa equipo jugadores jugadoras plantilla afición aficionados
    socios empleados accionistas acciones ventas clientes entrenador técnico informe antes después durante
    temporada época campaña fiestas campeón campeona final partido copa liga
    """.split()
)
_ES_NOT_PLACE = frozenset("copa liga mundial cofradía xunta junta".split())


def add_spanish_places_of(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each one-word Spanish place after a lower-case noun and "de" added as a place where
    no entity is (not a portfolio after a title, a season, a competition, a body or a person's surname)."""
    if lang != "es":
        return ents
    # a word of a person's or a body's name elsewhere in the text ("Manuel X" ... "la defensa de X")
    named = {w for s, e, lab in ents if lab in ("PERSON", "ORG") for w in text[s:e].split()}
    found = []
    for m in _ES_OF_NAME.finditer(text):
        w, pre = m.group("w"), m.group("pre")
        lw = w.lower()
        before = text[max(0, m.start() - 30) : m.end("pre")].lower().split()[-2:]
        if (
            lw in _ES_NOT_PLACE
            or w in named
            or lw.endswith("ez")  # a patronymic surname ("Pérez", "Sánchez")
            or not _plain_name_word(w, lang)
            or pre in STOP_ES
            or pre in _ES_NOT_PLACE_BEFORE
            or any(b in TITLES or b in TITLES_INTL for b in before)
            or _is_org_word(pre, lang)
        ):
            continue
        found.append((m.start("w"), m.end("w")))
    return _with_places(ents, found, relabel=False)


# A Dutch water or tunnel named in one word after "de" / "het" ("aan het Xdiep", "aan het Xkanaal", "aan de
# Xvaart", "de Xtunnel"): Dutch capitalises no common noun, so such a word is a name, a place in h6, h10,
# h12, h13, h14 (all five missed; "Vervoerder Xvaart", a firm, has no article).
_NL_WATER = re.compile(
    r"(?<![\w\-])(?:de|het) (?P<w>[A-Z][a-zâêéèëïöü]{2,}(?:kanaal|vaart|diep|gracht|sloot|sleat|tunnel))(?![\w\-])"
)


def add_dutch_waters(text: str, lang: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each Dutch water or tunnel named in one word after an article added as a place
    where no entity is."""
    if lang != "nl":
        return ents
    return _with_places(ents, [(m.start("w"), m.end("w")) for m in _NL_WATER.finditer(text)], relabel=False)


# A Dutch region named with an adjective of a place ("-se", "-sche", "-er") and a name after "de" / "het"
# ("in de Antwerpse X", "over de Drentse X", "in de Dokkumer X") is a place: missed in h11, h12, h13. Not a
# body ("de Vlaamse Regering": an organisation word) nor an abstract noun ("de Nederlandse Xcultuur", a
# body's complement); on a span no rule took, with no capitalised word after it.
_NL_ADJ_REGION = re.compile(
    r"(?<![\w\-])(?:de|het) (?P<n>[A-Z][a-zâêéèëïöü]+(?:se|sche|er) (?P<w>[A-Z][a-zâêéèëïöü]+))"
    r"(?![\w\-])(?!\s+[A-Z])"
)
_NL_ABSTRACT_ENDINGS = ("ing", "heid", "schap", "teit", "atie", "tuur", "ij", "isme", "ie", "ei")


def add_dutch_adjective_regions(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each Dutch region named with a place adjective and a name added as a place where
    no entity is."""
    if lang != "nl":
        return ents
    found = [
        (m.start("n"), m.end("n"))
        for m in _NL_ADJ_REGION.finditer(text)
        if not _is_org_word(m.group("w").lower(), lang)
        and not m.group("w").lower().endswith(_NL_ABSTRACT_ENDINGS)
    ]
    return _with_places(ents, found, relabel=False)


# A German landscape or hill named with an adjective of position ("im Oberen X", "auf dem Hohen X", "aus
# dem Unteren X"): German writes such an adjective in capitals only inside a name, and the gold's place in
# h12, h14, h15 (all missed). After a lower-case article or preposition, one name with no capitalised word
# after it, not an organisation word or an abstract noun ("der Großen Koalition"); "Innere"/"Äußere" are
# left out ("der Inneren Medizin").
_DE_POSITION_PLACE = re.compile(
    r"(?<=[a-zäöüß] )(?P<n>(?:Ober|Unter|Hoh|Groß|Klein|Hinter|Vorder|Nieder)(?:en|e|er|es) "
    r"(?P<w>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?))(?![\w\-])(?!\s+[A-ZÄÖÜ])"
)


def add_german_position_places(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each German landscape or hill named with an adjective of position added as a place
    where no entity is."""
    if lang != "de":
        return ents
    found = [
        (m.start("n"), m.end("n"))
        for m in _DE_POSITION_PLACE.finditer(text)
        if not _is_org_word(m.group("w").lower(), lang) and _de_seat_name(m.group("w"))
    ]
    return _with_places(ents, found, relabel=False)


# A German river named after "an der", "entlang der" or "das Wasser der" ("das Sägewerk an der X", "entlang
# der X und der Y", "das Wasser der X stand hoch") is a place: missed in h9, h10, h11 (3), h12 (2), h14; the
# tune files' other free words there are common nouns ("an der Strecke", "an der Glasindustrie"). One name
# with no capitalised word after it, not a common noun of the list, nor one with a noun's ending (a
# landform compound is one: "Leda-Niederung").
_DE_RIVER_AFTER = re.compile(
    r"(?<![\w\-])(?:an der|entlang der|entlang des|Wasser der|Wasser des) "
    r"(?P<w>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w\-])(?!\s+[A-ZÄÖÜ])"
    r"(?: und der (?P<w2>[A-ZÄÖÜ][a-zäöüß]+)(?![\w\-])(?!\s+[A-ZÄÖÜ]))?"
)
# feminine common nouns that follow "an der" in the news
_DE_AN_DER_NOUNS = frozenset(
    """
    spitze grenze stadtgrenze landesgrenze universität uni hochschule schule kita börse macht seite stelle
    küste reihe front kasse tür wand straße bundesstraße autobahn strecke bahnstrecke bahn ecke haltestelle
    oberfläche basis hand decke theke klinik sache debatte wahl abstimmung feier messe tagung studie umfrage
    zahl lage kritik arbeit pflege leitung ampel kette rezeption kirche stadt gemeinde spitzenposition
    mauer brücke quelle mündung küste front ostsee nordsee
    """.split()
)
_DE_RIVER_NOUN_ENDINGS = _DE_NOUN_ENDINGS + ("ik", "ie", "ei", "enz", "anz", "ur", "ität", "ion")


def _de_river_name(w: str) -> bool:
    lw = w.lower()
    last = lw.rsplit("-", 1)[-1]
    if "-" in lw and _de_landform(last):
        return True  # "Leda-Niederung"
    return not (
        lw in _DE_AN_DER_NOUNS
        or last.endswith(_DE_RIVER_NOUN_ENDINGS)
        or lw in _DE_NOT_SEAT
        or lw in NOT_PLACES_DE
        or lw in PLACE_DESCRIPTORS
        or lw in _DE_MONTHS
    )


def add_german_rivers(text: str, lang: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each German river named after "an der", "entlang der" or "das Wasser der" (and
    one after "und der" next to it) added as a place where no entity is."""
    if lang != "de":
        return ents
    found = []
    for m in _DE_RIVER_AFTER.finditer(text):
        if not _de_river_name(m.group("w")):
            continue
        found.append((m.start("w"), m.end("w")))
        if m.group("w2") and _de_river_name(m.group("w2")):
            found.append((m.start("w2"), m.end("w2")))
    return _with_places(ents, found, relabel=False)


# A German town named with a hyphen ("über Xbach-Weiler", "bei Xbrück-Lohrhof", "im Nachbarort Xhausen-Ried",
# "im Schloss X-Hain") is a place when one of its parts has a town's shape or is a known place: missed in
# h12, h14, h15 (2); every such free name after these words in the tune files is a gold place.
_DE_HYPHEN_TOWN = re.compile(
    r"(?<![\w\-])(?P<pre>in|bei|über|aus|nach|von|nahe|Nachbarort|Nachbarorten|Ortsteil|Stadtteil|Schloss)\s+"
    r"(?P<w>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+)(?![\w\-])(?!\s+[A-ZÄÖÜ])"
)


def add_german_hyphen_towns(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each German hyphenated town after a preposition of place or a word for a part of a
    town added as a place where no entity is."""
    if lang != "de":
        return ents
    found = [
        (m.start("w"), m.end("w"))
        for m in _DE_HYPHEN_TOWN.finditer(text)
        if any(_german_place_shape(p) or _place_like(p, lang) for p in m.group("w").split("-"))
        and not any(_is_org_word(p.lower(), lang) for p in m.group("w").split("-"))
    ]
    return _with_places(ents, found, relabel=False)


# A French town named with a hyphen and a word for its part or site ("vers X-Haut", "les voisins de
# X-Plage", "la frontière de X-Douane") is a place: missed in h10, h13, h15. After a lower-case word (and its
# "de" / "de la"), so not inside a longer name ("la Dent de X-Dessus", "le Moulin de la X-Basse"); on a span
# no rule took.
_FR_PART_TOWN = re.compile(
    r"(?<![\w\-'’])(?P<pre>[a-zàâçéèêëîïôûü]+) (?:(?:de|du|de la|des|la|le|les) )?"
    r"(?P<w>[A-ZÀÂÉÈÎÔ][a-zàâçéèêëîïôûü]+(?:-[a-zàâçéèêëîïôûü]+)*"
    r"-(?:Haut|Bas|Haute|Basse|Plage|Douane|Dessus|Dessous|Gare|Port|Village|Centre|Plaine|Bains))(?![\w\-])"
)
_FR_LINKS = frozenset("de du des la le les".split())


def add_french_part_towns(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each French town named with a hyphen and a word for its part added as a place where
    no entity is."""
    if lang != "fr":
        return ents
    found = [
        (m.start("w"), m.end("w")) for m in _FR_PART_TOWN.finditer(text) if m.group("pre") not in _FR_LINKS
    ]
    return _with_places(ents, found, relabel=False)


# The same with a place of two words ("la costa de Puerto X", "el instituto de Cala X", "los productores de
# la Plana X", "el plátano de La X", "el exalcalde de Dos X"): read as PERSON or missed in h5, h9, h11,
# h13 (2), h15; the tune files' others are longer names ("la finca de El X de Y", "La X Alta") that the
# look-ahead leaves out. Added where free, or relabelled from a PERSON of exactly the span when its first
# word is no first name.
_ES_OF_TWO = re.compile(
    rf"(?<![\w\-])(?P<pre>[a-záéíóúñü]+) (?:de|del|de la) (?P<w>{_ES_W} {_ES_W})(?![\w\-])"
    r"(?!\s+(?:de\s+|del\s+|la\s+|el\s+|de\s+la\s+)?[A-ZÁÉÍÓÚÑ])"
)
_ES_ARTICLES_CAP = frozenset("El La Los Las".split())


def add_spanish_two_word_places_of(
    text: str, lang: str, ents: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The entities with each two-word Spanish place after a lower-case noun and "de" made a place (added
    where free, or a PERSON of exactly its span relabelled), with the guards of the one-word rule."""
    if lang != "es":
        return ents
    named = {w for s, e, lab in ents if lab in ("PERSON", "ORG") for w in text[s:e].split()}
    persons = {(s, e): i for i, (s, e, lab) in enumerate(ents) if lab == "PERSON"}
    out = list(ents)
    taken = Overlaps((s, e) for s, e, _ in ents)
    new = []
    for m in _ES_OF_TWO.finditer(text):
        words, pre = m.group("w").split(), m.group("pre")
        core = words[1:] if words[0] in _ES_ARTICLES_CAP else words
        before = text[max(0, m.start() - 30) : m.end("pre")].lower().split()[-2:]
        if (
            pre in STOP_ES
            or pre in _ES_NOT_PLACE_BEFORE
            or _is_org_word(pre, lang)
            or any(b in TITLES or b in TITLES_INTL for b in before)
            or core[0].lower() in _FIRST_NAMES
            or any(
                w.lower().endswith("ez") or w.lower() in _ES_NOT_PLACE or _is_org_word(w.lower(), lang)
                for w in core
            )
            or (
                words[0] not in _ES_ARTICLES_CAP
                and any(w in named for w in words)
                and (m.start("w"), m.end("w")) not in persons
            )
        ):
            continue
        span = (m.start("w"), m.end("w"))
        if span in persons:
            out[persons[span]] = (*span, "PLACE")
        elif not taken(*span):
            new.append((*span, "PLACE"))
    return sorted(out + new)


# A Gaelic or Welsh kind of place before a name ("Loch X", "Eilean X" an island, "Ard X" a height, "Abhainn
# X" a river, "Llyn X" a lake) is a place in English text: read as PERSON or missed in h10, h12 (2), h13.
# Added where free or relabelled from a PERSON of exactly the span; not with a capitalised word after it
# ("Loch X Salmon Ltd", a firm).
_GAELIC_PLACE = re.compile(
    r"(?<![\w\-])(?:Loch|Lough|Eilean|Ard|Abhainn|Beinn|Sgurr|Allt|Cnoc|Llyn|Afon|Mynydd|Cwm) "
    r"[A-ZÀ-Þ][\w'’]+(?![\w\-])(?!\s+[A-Z])"
)


def add_gaelic_places(text: str, lang: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each Gaelic or Welsh landform name made a place (added where free, or a PERSON of
    exactly its span relabelled)."""
    if lang != "en":
        return ents
    persons = {(s, e): i for i, (s, e, lab) in enumerate(ents) if lab == "PERSON"}
    out = list(ents)
    taken = Overlaps((s, e) for s, e, _ in ents)
    new = []
    for m in _GAELIC_PLACE.finditer(text):
        span = (m.start(), m.end())
        if span in persons:
            out[persons[span]] = (*span, "PLACE")
        elif not taken(*span):
            new.append((*span, "PLACE"))
    return sorted(out + new)
