"""From votes to labels: the label with the most votes per name, names that take an organisation's label
from a part or a fuller form, later mentions of a person by surname (with the Polish cases), and the
labelled spans (a Polish organisation's seat, a French or Spanish place's adjective joined in)."""

from __future__ import annotations

import re

from .lexicon import STOP
from .name_context import NameDoc, Span
from .name_cues import _FIRST_NAMES, _is_acronym, _is_org_word
from .name_mentions import _POSS_IN
from .name_shape_votes import _PL_ADJ_ENDINGS
from .name_split import _CAMEL
from .place_shapes import _place_like

_ROMANCE_ARTICLES = frozenset("El La Le Les Los Las".split())
_FR_LOCAL_KINDS = frozenset("Ville Région Département Commune Métropole".split())
# a lower-case adjective of a region or a compass point after a place's name, which French and Spanish
# write as part of the name ("Jura bernois", "Ardèche méridionale"; not "-ine": "la France voisine")
_ROMANCE_PLACE_ADJ = re.compile(
    r" [a-zà-ÿ]{3,}(?:ale|ales|ois|oise|ais|aise|ien|ienne|ense|enses|ano|ana|eño|eña)\b(?![\-'’])"
)
_PL_SEAT = re.compile(r"[ \u00a0]+we?[ \u00a0]+")
# Polish case endings of surnames (adjectival "-ski"/"-cka", nominal "-ak", "-ka"), longest first: what is
# left is the stem shared by every case of the name ("Kowalski", "Kowalskiego", "Kowalskiemu")
_PL_SURNAME_ENDINGS = tuple("iego iemu ego emu iej owi ej em im ym ą ę a y i u e".split())
_PL_ADJ_SURNAME = ("ski", "cki", "zki", "ska", "cka", "zka")


def _pl_surname_stem(name: str) -> str:
    """The stem of a Polish surname, and the first letters of each later part of a hyphenated one; "" when
    the first part is too short to tell."""
    parts = []
    for i, part in enumerate(name.split("-")):
        if i:
            # a later part by its first letters, with the vowels that alternate between cases made one:
            # "Wierzbicka-Sowa" / "Wierzbickiej-Sowy", "Gąsienica-Wróbel" / "Gąsienicy-Wróbla", "Dąb" / "Dębu"
            parts.append(part[:3].replace("ó", "o").replace("ą", "ę"))
            continue
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


def _org_with_seat(words: list[str], lang: str) -> bool:
    """An organisation that may name its seat after "w": one with an organisation word ("Sąd Okręgowy"),
    or a Polish body of three words or more led by an adjective ("Regionalna Dyrekcja Lasów"). Not a body
    whose kind word is followed by a name of its own in two joined parts ("Kopalnia X-Wschód"): the name
    tells it apart, so the town after "w" is its seat, a place."""
    if len(words) == 2 and _is_org_word(words[0].lower(), lang) and "-" in words[1].strip("-"):
        return False
    if any(_is_org_word(w.lower(), lang) for w in words):
        return True
    return len(words) >= 3 and words[0].lower().endswith(_PL_ADJ_ENDINGS)


def _pick_labels(doc: NameDoc) -> dict[str, str]:
    """The label with the most votes (1.5 at least) per name; no PERSON for a name no person's has."""
    votes, lang, no_person = doc.votes, doc.lang, doc.no_person
    labels: dict[str, str] = {}
    for name, v in votes.items():
        if (
            _is_acronym(name)
            or (" " in name and any(_CAMEL.match(w) for w in name.split()))
            or name.startswith("The ")
            # "la cooperativa Los Robles": a name that starts with an article is no person's (a surname
            # such as "Le Guen", named in full before, is given back below)
            or (lang in ("fr", "es") and " " in name and name.split()[0] in _ROMANCE_ARTICLES)
            # "la Ville de X", "la Région X": a French local body by its kind word ("Ville" is a given name too)
            or (lang == "fr" and " " in name and name.split()[0] in _FR_LOCAL_KINDS)
            or name in no_person
        ):
            v.pop("PERSON", None)  # "PIB", "FairFuel Cymru", "The Lancet": no person's name has that shape
        if not v:
            continue
        label, score = max(v.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))
        if score >= 1.5:
            labels[name] = label
    return labels


def _org_from_parts(doc: NameDoc, labels: dict[str, str]) -> None:
    """A weak person that is made of an organisation, or a name that starts a fuller organisation's."""
    votes, lang = doc.votes, doc.lang
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


def _surname_labels(doc: NameDoc, labels: dict[str, str]) -> None:
    """Later single-surname (or other partial) mentions of a person found in full."""
    votes, lang, gazetteer = doc.votes, doc.lang, doc.gazetteer
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
    for name, label in list(labels.items()):
        parts = name.split()
        if label == "PERSON" and len(parts) >= 3 and len(parts[-1]) > 2:
            # a person named later by a compound surname ("Francisco Javier Luque Carmona ... Luque Carmona",
            # "Anne-Sophie Le Gall ... Le Gall"), h100
            for k in range(1, len(parts) - 1):
                surnames.setdefault(" ".join(parts[k:]), name)
    if lang == "de" and surnames:
        # a German genitive of the surname ("Weidenhammers Anwalt"), h100
        for name in list(votes):
            if name.endswith("s") and name[:-1] in surnames and " " not in name and name not in surnames:
                surnames[name] = surnames[name[:-1]]
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


def decide_labels(doc: NameDoc) -> dict[str, str]:
    """The label per name from its votes, before the lists (name_neighbours.coordinate) pass labels on."""
    labels = _pick_labels(doc)
    _org_from_parts(doc, labels)
    _surname_labels(doc, labels)
    return labels


def labelled_spans(doc: NameDoc, labels: dict[str, str]) -> list[Span]:
    """The labelled mentions in order: a Polish organisation takes in its seat ("Sąd Okręgowy w
    Krakowie"), a French or Spanish place its adjective ("la Drôme provençale")."""
    text, lang, votes, mentions = doc.text, doc.lang, doc.votes, doc.mentions
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
    return out
