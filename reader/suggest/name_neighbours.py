"""Votes and labels passed between names that stand together: an acronym that spells a name's initials,
a town after a person's or a company's name ("Adam Kowal z Jeżowa"), names listed together ("in Headingley,
Armley and Seacroft")."""

from __future__ import annotations

import re

from .coord_guards import not_a_listed_place, person_words
from .gazetteer import place_weight
from .name_context import NameDoc, Votes
from .name_cue_votes import _PL_INSTRUMENTAL, _pl_head
from .name_cues import _FIRST_NAMES, _is_acronym, _is_org_word
from .place_shapes import _place_like


def acronym_votes(doc: NameDoc, pairs: dict[str, float]) -> None:
    """ORG votes for names whose acronym the article uses, in brackets (`pairs`) or elsewhere."""
    votes, mentions, lang = doc.votes, doc.mentions, doc.lang
    for name, extra in pairs.items():
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


def origin_votes(text: str, mentions: list[tuple[int, int, str]], votes: Votes, lang: str) -> None:
    """A town after a person's or a company's name and "z", "aus", "uit", ", de": PLACE votes."""
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


_COORD_GAP = re.compile(
    r",\s+|\s+(?:and|or|und|oder|et|ou|y|e|en|of|i|lub|oraz)\s+|,\s+(?:and|und|et|y|en|i)\s+|"
    r"\s+(?:et|y)\s+de\s+"  # "de Roubaix et de Tourcoing"
)


def coordinate(
    text: str,
    mentions: list[tuple[int, int, str]],
    labels: dict[str, str],
    votes: dict[str, dict[str, float]],
    lang: str = "en",
) -> None:
    """Names listed together share a kind: "in Headingley, Armley and Seacroft", "BHP and Rio Tinto".
    A name with no label, or a person only by its shape, takes the label of a listed neighbour whose
    label rests on a cue (lists of people are left alone: their shape already says it). A surname, a common
    word or noun is not made a place so (coord_guards)."""
    # people by a cue, not by their shape alone ("Kątach Mszańskich" is a place in the locative)
    persons = person_words({n: lab for n, lab in labels.items() if votes[n].get("PERSON", 0) > 1.5})
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
                if lab == "PLACE" and not_a_listed_place(dst, text, lang, persons):
                    continue
                if (
                    lab == "PLACE"
                    and " " not in dst
                    and labels.get(dst) == "PERSON"
                    and not place_weight(dst)
                ):
                    continue  # "Le maire X ... de Rennes et X": one word is a person by a cue, not its shape
                cur = labels.get(dst)
                if cur == "PERSON" and ends_no_list and dst == n2:
                    continue
                if cur is None or (cur == "PERSON" and votes[dst].get("PERSON", 0) <= 1.5):
                    if not any(votes[dst].get(k, 0) >= 3 for k in ("PERSON", "ORG", "PLACE")):
                        labels[dst] = lab
                        votes[dst][lab] = max(votes[dst].get(lab, 0), votes[src][lab])
