"""The capitalised mentions the name rules vote on: sequences of capitalised words cut into names, with
a legal form or a country's initials taken in, and the dateline's places."""

from __future__ import annotations

import re

from .institutions import DOMAIN_TAIL
from .name_context import Span
from .name_cues import _FIRST_NAMES, _is_acronym, _is_org_word
from .name_split import SEQ_RE, _acronym_pairs, _legal_form, _plural_possessive_joins, _split_sequence
from .place_shapes import _place_like

_ROMAN = re.compile(r"(?=\w\w)X{0,3}(?:IX|IV|V?I{0,3})")  # two letters or more, of I, V and X only
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}[ \u00a0]$")
_POSS_IN = re.compile(r"\w['’]")


_AND_WORDS = frozenset(["and", "en", "y", "et", "und", "i"])
_LINKS = frozenset(["of", "for", "de", "del", "du", "des", "für", "voor", "van", "dla"])


def _comma_list_joins(text: str, mentions: list[Span], lang: str) -> list[Span]:
    """A body's name with a list of its fields, the comma inside it ("Department for Farming, Rivers and
    Coasts", "Steel, Glass and Ceramics Union", "Ministerio de Cultura, Juventud y Deporte"): the name
    before the comma is one word or a body's word with its field, the one after is a word, "and" and
    words, and an organisation word heads or ends the whole (not "Barclays, Lloyds and Standard
    Chartered", "Labour, Plaid Cymru and the Green Party")."""
    out: list[Span] = []
    for i, (a, b, name) in enumerate(mentions):
        if out and out[-1][1] > a:
            continue  # the field after "und", joined below with the one before it
        if (
            out
            and text[out[-1][1] : a] == ", "
            and (three := _split_fields(text, out[-1], mentions, i, lang))
        ):
            out[-1] = three
            continue
        if out and text[out[-1][1] : a] == ", ":
            a1, _b1, name1 = out[-1]
            w1, w2 = name1.split(), name.split()
            lw1, lw2 = [w.lower() for w in w1], [w.lower() for w in w2]
            head_led = len(w1) >= 3 and _is_org_word(lw1[0], lang) and lw1[1] in _LINKS
            if (
                len(w2) >= 3
                and lw2[1] in _AND_WORDS
                and all(w[:1].isupper() for w in w2[2:])
                and (len(w1) == 1 or head_led)
                and not _is_org_word(lw1[-1], lang)
                and (head_led or _is_org_word(lw2[-1], lang))
                and not any(_is_acronym(w) for w in w1 + w2)
                and not any(_place_like(w, lang) for w in (w1[-1], w2[0], w2[2]))
            ):
                out[-1] = (a1, b, text[a1:b])
                continue
        out.append((a, b, name))
    return out


def _split_fields(text: str, head: Span, mentions: list[Span], i: int, lang: str) -> Span | None:
    """ "Landesamt für Umwelt, Naturschutz und Geologie": a body's word with its field, then two fields that
    are mentions of their own (one word each), joined by "und"/"and"/"en"...: the whole body (None if not)."""
    if i + 1 >= len(mentions):
        return None
    a1, _b1, name1 = head
    _a2, b2, name2 = mentions[i]
    a3, b3, name3 = mentions[i + 1]
    w1 = name1.split()
    lw1 = [w.lower() for w in w1]
    if not (
        len(w1) == 3
        and _is_org_word(lw1[0], lang)
        and lw1[1] in _LINKS
        and " " not in name2
        and " " not in name3
        and text[b2:a3].strip().lower() in _AND_WORDS
        and text[b2:a3].startswith(" ")
        and text[b2:a3].endswith(" ")
        and not any(_is_acronym(w) or _is_org_word(w.lower(), lang) for w in (w1[2], name2, name3))
        and not any(_place_like(w, lang) for w in (w1[2], name2, name3))
    ):
        return None
    return (a1, b3, text[a1:b3])


def dateline_places(dateline: str | None) -> set[str]:
    """The capitalised parts of a dateline ("LEEDS, England"): places wherever they recur."""
    places = set()
    if dateline:
        for part in re.split(r"[,(]", dateline):
            part = part.strip(" )")
            if part and part[:1].isupper():
                places.add(part)
    return places


def collect_mentions(
    text: str, lang: str
) -> tuple[list[Span], set[int], set[str], set[str], dict[str, float]]:
    """The mentions in order; the ends of those that end in a legal form; those led by a country's
    initials; those joined over a plural possessive; the ORG votes of acronyms spelled out in brackets."""
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
            a, b, legal = _legal_form(text, a, b, lang)
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
    mentions = _comma_list_joins(text, mentions, lang)
    acronym_votes = _acronym_pairs(text, mentions, lang)
    return mentions, legal_ends, national, poss_joined, acronym_votes
