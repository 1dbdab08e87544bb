"""French place passes: "pays" in -ois / -ais, regions and rivers after "du" / "de la", towns named
with a hyphen and a word for their part."""

from __future__ import annotations

import re

from .lexicon import DEMONYMS, STOP, TITLES
from .name_cues import _FIRST_NAMES, _is_org_word
from .place_shapes import _with_places

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


def add_french_pays(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each French "pays" in -ois / -ais that no entity covers added as a place."""
    found = [
        (m.start("w"), m.end("w"))
        for m in _FR_PAYS.finditer(text)
        if m.group("w").lower() not in _FR_NOT_PAYS
    ]
    return _with_places(ents, found, relabel=False, text=text)


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
) | frozenset(
    # a team's coach or shirt, a person's kin, a person's or a firm's works ("le fils du X", "le livre de la X")
    """
    entraîneur entraîneuse capitaine maillot famille fils fille frère sœur père mère veuve épouse mari
    livre roman album chanson concert film tournée marque
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


def add_french_regions(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each French region or river named after "du" / "de la" / "de l'" and a lower-case
    noun (not a title or a body) added as a place where no entity is."""
    found = [
        (m.start("w"), m.end("w"))
        for m in _FR_OF_NAME.finditer(text)
        if _fr_region_name(m.group("w"))
        and not _is_org_word(m.group("pre"), "fr")
        and m.group("pre") not in STOP
        and m.group("pre") not in _FR_MEMBERS
        and not any(w in TITLES for w in text[max(0, m.start() - 30) : m.end("pre")].lower().split()[-2:])
    ]
    return _with_places(ents, found, relabel=False, text=text)


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


def add_french_part_towns(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with each French town named with a hyphen and a word for its part added as a place where
    no entity is."""
    found = [
        (m.start("w"), m.end("w")) for m in _FR_PART_TOWN.finditer(text) if m.group("pre") not in _FR_LINKS
    ]
    return _with_places(ents, found, relabel=False, text=text)
