"""German place passes: towns named with their river or hill ("am", "an der", "im"), names after a
slope, foot or bank, landscapes with an adjective of position, rivers after "an der", hyphenated towns;
and the common nouns the gazetteer lists as small towns, dropped after an article."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .gazetteer import city_only, place_weight
from .lexicon import CITIES, COUNTRIES, REGIONS
from .lexicon_intl import MONTHS_DE, NOT_PLACES_DE, PLACE_DESCRIPTORS, RIVERS, WEEKDAYS_DE
from .name_cues import _is_org_word
from .place_shapes import (
    _DE_LANDFORMS,
    _de_genitive_forms,
    _de_landform,
    _german_place_shape,
    _place_like,
    _with_places,
)

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


def join_german_seats(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each German town named with "am", "an der" or "im" and a name made one place: a
    place found before the preposition is extended, or a word shaped like a town after "in", "von", "aus"
    ... is taken; the name after it must be free or a place ("Sankt X" + "Lungau"). Entities do not
    overlap, so sorted by start their ends are sorted too (bisect, no scan)."""
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


def german_land_parts(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each name after a German slope, foot or bank made a place (added, or relabelled
    when an entity has exactly its span), and each slope alone ("Hang", "Nordhang") dropped."""
    kept = [
        x for x in ents if not (x[2] == "PLACE" and text[x[0] : x[1]].lower().endswith(("hang", "hänge")))
    ]
    found = [
        (m.start("w"), m.end("w")) for m in _DE_LAND_PART_NAME.finditer(text) if _de_land_name(m.group("w"))
    ]
    return _with_places(kept, found, relabel=True, text=text)


# A German landscape or hill named with an adjective of position ("im Oberen X", "auf dem Hohen X", "aus
# dem Unteren X"): German writes such an adjective in capitals only inside a name, and the gold's place in
# h12, h14, h15 (all missed). After a lower-case article or preposition, one name with no capitalised word
# after it, not an organisation word or an abstract noun ("der Großen Koalition"); "Innere"/"Äußere" are
# left out ("der Inneren Medizin").
_DE_POSITION_PLACE = re.compile(
    r"(?<=[a-zäöüß] )(?P<n>(?:Ober|Unter|Hoh|Groß|Klein|Hinter|Vorder|Nieder)(?:en|e|er|es) "
    r"(?P<w>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?))(?![\w\-])(?!\s+[A-ZÄÖÜ])"
)


# prizes, contests and councils German names with such an adjective ("im Großen Preis von X", "der Hohe Rat")
_DE_NOT_POSITION_PLACE = frozenset(
    "preis pokal turnier finale rat senat ausschuss gericht kreuz orden".split()
)


def add_german_position_places(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each German landscape or hill named with an adjective of position added as a place
    where no entity is."""
    found = [
        (m.start("n"), m.end("n"))
        for m in _DE_POSITION_PLACE.finditer(text)
        if not _is_org_word(m.group("w").lower(), "de")
        and _de_seat_name(m.group("w"))
        and m.group("w").lower() not in _DE_NOT_POSITION_PLACE
    ]
    return _with_places(ents, found, relabel=False, text=text)


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


def add_german_rivers(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each German river named after "an der", "entlang der" or "das Wasser der" (and
    one after "und der" next to it) added as a place where no entity is."""
    found = []
    for m in _DE_RIVER_AFTER.finditer(text):
        if not _de_river_name(m.group("w")):
            continue
        found.append((m.start("w"), m.end("w")))
        if m.group("w2") and _de_river_name(m.group("w2")):
            found.append((m.start("w2"), m.end("w2")))
    return _with_places(ents, found, relabel=False, text=text)


# A German town named with a hyphen ("über Xbach-Weiler", "bei Xbrück-Lohrhof", "im Nachbarort Xhausen-Ried",
# "im Schloss X-Hain") is a place when one of its parts has a town's shape or is a known place: missed in
# h12, h14, h15 (2); every such free name after these words in the tune files is a gold place.
_DE_HYPHEN_TOWN = re.compile(
    r"(?<![\w\-])(?P<pre>in|bei|über|aus|nach|von|nahe|Nachbarort|Nachbarorten|Ortsteil|Stadtteil|Schloss)\s+"
    r"(?P<w>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+)(?![\w\-])(?!\s+[A-ZÄÖÜ])"
)


def add_german_hyphen_towns(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each German hyphenated town after a preposition of place or a word for a part of a
    town added as a place where no entity is."""
    found = [
        (m.start("w"), m.end("w"))
        for m in _DE_HYPHEN_TOWN.finditer(text)
        if any(_german_place_shape(p) or _place_like(p, "de") for p in m.group("w").split("-"))
        and not any(_is_org_word(p.lower(), "de") for p in m.group("w").split("-"))
    ]
    return _with_places(ents, found, relabel=False, text=text)


# An article, an article joined to a preposition, a possessive or a demonstrative right before a word: a
# German town takes none ("nach Hof", not "um seinen Hof"; "in Halle", not "Die Halle am Markt").
_DE_DETERMINER_BEFORE = re.compile(
    r"(?<![\w\-])(?:[iI]m|[aA]m|[vV]om|[zZ]um|[zZ]ur|[bB]eim|[iI]ns|[aA]ns|[dD](?:er|ie|as|em|en|es)"
    r"|(?:[eE]in|[kK]ein|[mM]ein|[dD]ein|[sS]ein|[iI]hr|[uU]nser|[eE]uer|[dD]ies|[jJ]ed)(?:e[mnrs]?)?) $"
)


def drop_german_common_nouns(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities without a one-word place that the gazetteer lists only as a town ("Hof", "Keller",
    "Lama", "Norden", "Halle", "Kita", "Essen") or a name in another language when an article or possessive
    comes right before it: every German noun is capitalised, and there the word is the noun ("um seinen
    Hof", "im Keller", "in der Kita", "Das Essen"). Rivers, countries and regions take an article ("an der
    Mosel", "aus der Slowakei", "im Aargau") and stay."""
    out = []
    for s, e, lab in ents:
        name = text[s:e]
        if (
            lab == "PLACE"
            and name.isalpha()
            and (place_weight(name) == 1 or city_only(name))
            and name not in RIVERS
            and not (name in CITIES or name in COUNTRIES or name in REGIONS)
            and _DE_DETERMINER_BEFORE.search(text, max(0, s - 12), s)
        ):
            continue
        out.append((s, e, lab))
    return out


# A German hill named after "am" by its hill word ("die Großschanze am X-bühl", "die Rodelbahn am X-sattel",
# "der Hochbehälter am X-buck"): the gold's place in heldout10, heldout11, heldout16, missed when no town
# comes before "am" (a town's seat, "Neustadt am X", is join_german_seats'). One compound word with no
# capitalised word or genitive after it (not "am X-berg Partner", "am Schuldenberg der Stadt"), not a common
# noun of the kind ("am Weinberg"); "-kopf", "-kamm" and "-joch" are left out ("am Hinterkopf verletzt").
_DE_HILL_AFTER_AM = re.compile(
    r"(?<![\w\-])am (?P<w>[A-ZÄÖÜ][a-zäöüß]{2,}(?:bühl|bühel|buck|berg|horn|sattel|kogel))"
    r"(?![\w\-])(?!\s*[A-ZÄÖÜ„\"])(?!\s+(?:der|des)\b)"
)


def add_german_hills(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each hill named after "am" by its hill word added as a place on a free span."""
    found = [
        (m.start("w"), m.end("w"))
        for m in _DE_HILL_AFTER_AM.finditer(text)
        if m.group("w").lower() not in _DE_LAND_KINDS
    ]
    return _with_places(ents, found, relabel=False, text=text)
