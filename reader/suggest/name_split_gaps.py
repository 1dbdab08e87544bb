"""Where a run of capitalised words splits: whether the connector between two words ("of", "and", "van",
"de", "aan") joins them into one organisation, person or place, and the run's groups that follow. Called
by _split_sequence (name_split.py)."""

from __future__ import annotations

import re

from .lexicon import (
    COMPANY_LAST_WORDS,
    KNOWN_ORGS,
    MONTHS_EN,
    MONTHS_FR,
    PLACE_FIRST_OF,
    STOP,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
)
from .lexicon_intl import RIVERS
from .name_cues import _FIRST_NAMES, _is_acronym, _is_org_word, _is_sentence_start, _is_title
from .place_shapes import _body_or_given_name, _place_like, _romance_place_head

_ORG_GAPS = frozenset(
    ["of", "for", "of the", "de", "du", "des", "de la", "del", "de los", "de las", "voor", "voor de",
     "van", "van de", "van het", "für", "der", "for the", "para", "para la", "para el"]
)  # fmt: skip
_AND = frozenset(["and", "en", "y", "et", "und", "i"])  # "Autoriteit Consument en Markt"
_DE_OWNER_KINDS = frozenset("stadt gemeinde stadtverwaltung region landes kreises bundes".split())
_PERSON_PARTICLES = frozenset("de du da di van von der den del della bin ibn al el le la ap ter ten".split())
# particles of two words: "Kees van der Lugt", "María de la Vega"
_PERSON_PARTICLES_2 = frozenset(["van der", "van den", "van de", "de la", "von der", "de los", "van het"])
_DATE_WORDS = frozenset(MONTHS_EN + WEEKDAYS_EN) | frozenset(w.capitalize() for w in MONTHS_FR + WEEKDAYS_FR)

# "City of York Council", "County of Durham Council": a kind of place, "of", a name ending in an
# organisation word
_PLACE_KIND_NOUNS = frozenset("city county borough town district state province municipality".split())


def _run_ends_in_org_word(text: str, toks: list[tuple[int, int]], a: int, lang: str) -> bool:
    """Whether the words from `a` up to the next connector (or the end) end in an organisation word."""
    last = None
    for t in toks:
        if t[0] < a:
            continue
        if last is not None and text[last[1] : t[0]].strip():
            break
        last = t
    return last is not None and _is_org_word(text[last[0] : last[1]].lower(), lang)


_PLACE_ON = frozenset(["aan", "aan de", "aan den", "am", "an der", "upon", "op"])
_SEA_WORDS = frozenset("Zee See Sea Meer Mer".split())
_VENUE_FIRST = frozenset("stade estadio estádio stadio stadion palais parc".split())
_ROMANCE_PLACE_GAPS = frozenset(["de", "del", "de la", "de los", "de las", "du", "des"])


_WORD_BEFORE = re.compile(r"([\w\-]+)[ \u00a0]+$")


def _title_right_before(text: str, a: int, lang: str) -> bool:
    """The word right before `a` is a role word ("zegt directeur X", "Molenaar X")."""
    m = _WORD_BEFORE.search(text, max(0, a - 40), a)
    return m is not None and _is_title(m.group(1).lower(), lang)


def _org_after_particle(text: str, toks: list[tuple[int, int]], a: int, lang: str) -> bool:
    """The capitalised words from `a` to the next connector name an organisation: one of them is an
    organisation word, or a known place comes first and more words follow ("Utrecht University")."""
    run = [t for t in toks if t[0] >= a]
    for k in range(1, len(run)):
        if text[run[k - 1][1] : run[k][0]].strip():
            run = run[:k]
            break
    words = [text[x:y] for x, y in run]
    if any(_is_org_word(w.lower(), lang) for w in words):
        return True
    return len(words) >= 2 and _place_like(words[0], lang)


Span = tuple[int, int]


def _and_the_joins(text: str, cur: list[Span], a: int, b: int, gap: str, prev_org: bool, lang: str) -> bool:
    """ "Comisión Nacional de los Mercados y la Competencia": "and the" goes on a name whose complement
    has begun ("de los ..."), with a plain word after it (not "el Ayuntamiento de Sevilla y la Junta": a
    second organisation)."""
    nxt = text[a:b]
    begun = any(text[x[1] : y[0]].strip().lower() in _ORG_GAPS for x, y in zip(cur, cur[1:], strict=False))
    # "Comisión Nacional Bancaria y de Valores": "and of" goes on a name led by its head word
    and_of = gap in ("y de", "y del", "et de", "et du") and _is_org_word(
        text[cur[0][0] : cur[0][1]].lower(), lang
    )
    return (
        (begun or and_of)
        and prev_org
        and not _is_org_word(nxt.lower(), lang)
        and nxt not in KNOWN_ORGS
        and not _place_like(nxt, lang)
        and not _is_acronym(nxt)
        and nxt.lower() not in _FIRST_NAMES
    )


# Polish adjective endings in the cases a body's first word takes ("Narodowe", "Krajowego", "Wojewódzki")
_PL_ADJ_ENDS = (
    "owe",
    "owy",
    "owa",
    "owego",
    "owej",
    "owym",
    "ski",
    "ska",
    "skie",
    "skiego",
    "skiej",
    "cki",
    "cka",
)


def _and_joins(
    text: str, toks: list[Span], cur: list[Span], a: int, b: int, prev_org: bool, lang: str
) -> bool:
    """ "Department for Work and Pensions", "Maritime and Coastguard Agency", not "Barclays and Lloyds
    Bank" nor "Department for Transport and Network Rail"."""
    run = [(a, b)]  # the words after "and" up to the next connector
    for t in toks:
        if t[0] > run[-1][0]:
            if text[run[-1][1] : t[0]].strip():
                break
            run.append(t)
    head = text[cur[0][0] : cur[-1][1]]
    run_org = _is_org_word(text[run[-1][0] : run[-1][1]].lower(), lang)
    # "... Agency and": a complete name; "University and College Union": not yet
    complete = len(cur) > 1 and _is_org_word(text[cur[-1][0] : cur[-1][1]].lower(), lang)
    run_text = text[run[0][0] : run[-1][1]]
    run_words = run_text.split()
    # "Department for Energy Security and Net Zero", "Ministerstwo Kultury i Dziedzictwa
    # Narodowego": the name's head word comes first and its complement goes on after "and"
    # (not "Department for Transport and Network Rail", a second name)
    # (Polish: or an adjective before the head word, "Narodowe Centrum X i Y", "Krajowego Funduszu X i Y")
    head_led = (
        len(cur) >= 2
        and (
            _is_org_word(text[cur[0][0] : cur[0][1]].lower(), lang)
            or (
                lang == "pl"
                and len(cur) >= 3
                and text[cur[0][0] : cur[0][1]].lower().endswith(_PL_ADJ_ENDS)
                and _is_org_word(text[cur[1][0] : cur[1][1]].lower(), lang)
            )
        )
        and not any(_is_org_word(w.lower(), lang) for w in run_words)
        and run_words[-1].lower() not in COMPANY_LAST_WORDS
        and run_text not in KNOWN_ORGS
        and run_words[0].lower() not in _FIRST_NAMES
        and not _place_like(run_text, lang)
    )
    return not complete and (
        (run_org and head not in KNOWN_ORGS and not _is_acronym(head))
        or (prev_org and (len(run) == 1 or run_org))
        or head_led
    )


def _org_joins(
    text: str, toks: list[Span], cur: list[Span], a: int, b: int, gap: str, legal_tail: bool, lang: str
) -> bool:
    """The connector `gap` before the word at a..b goes on an organisation's name begun in `cur`."""
    prev_words = {text[x:y].lower() for x, y in cur}
    # (a German genitive "der"/"des" is no part of a firm's name for its legal form alone:
    # "nach Angaben der X GmbH", "die Kühlhäuser der X GmbH")
    tail_ok = legal_tail and not (lang == "de" and gap in ("der", "des"))
    # "der Gutachterausschuss für X der Stadt hat": the town's kind noun alone ends the run, whose body it is
    # (the body's name ends before it; "der Stadt Kassel" is left as it was)
    if lang == "de" and gap in ("der", "des") and text[a:b].lower() in _DE_OWNER_KINDS:
        nxt = next((t for t in toks if t[0] >= b), None)
        if nxt is None or text[b : nxt[0]].strip():
            return False
    prev_org = tail_ok or any(_is_org_word(w, lang) for w in prev_words)
    if gap.split()[0] in _AND and " " in gap:
        return _and_the_joins(text, cur, a, b, gap, prev_org, lang)
    if gap in _AND:
        return _and_joins(text, toks, cur, a, b, prev_org, lang)
    # "City of York Council": the words after "of" end in an organisation word
    return gap in _ORG_GAPS and (
        prev_org
        or (
            len(cur) == 1
            and text[cur[0][0] : cur[0][1]].lower() in _PLACE_KIND_NOUNS
            and _run_ends_in_org_word(text, toks, a, lang)
        )
    )


def _person_joins(text: str, toks: list[Span], cur: list[Span], a: int, gap: str, lang: str) -> bool:
    """The particle `gap` goes on a person's name: one particle per name, "Pieter van Dam" but not
    "Pieter van Dam van Maersk"."""
    return (
        (gap in _PERSON_PARTICLES or gap in _PERSON_PARTICLES_2)
        and (
            # one particle after a given name and nothing between ("Pieter van Dam", "Álvaro
            # Sáenz de Ugarte"), two right after a given name ("Kees van der Lugt"; not "Uwe
            # Lange von der Diakonie")
            (gap in _PERSON_PARTICLES and text[cur[0][0] : cur[0][1]].lower() in _FIRST_NAMES)
            or text[cur[-1][0] : cur[-1][1]].lower() in _FIRST_NAMES
            # "directeur Arie van der Toorn", "Uitbater Saskia ter Welle": a given name the lists
            # lack, right after a role word
            or (len(cur) == 1 and _title_right_before(text, cur[0][0], lang))
        )
        and not any(text[x[1] : y[0]].strip() for x, y in zip(cur, cur[1:], strict=False))
        # "Anneke Verhoef van Utrecht University", "Marie Dubois de Lyon Métropole": what follows
        # the particle is an organisation (an organisation word, or a place then more words),
        # not the rest of a surname
        and not _org_after_particle(text, toks, a, lang)
    )


class _LaterWords:
    """What the words of a run from a given word on hold: a second Romance "de" gap, a body's word or a
    given name. Asked at every "de" gap of the run; worked out once per run, backwards, on first use
    (scanning the rest of the run at each gap was quadratic on a long hostile run)."""

    def __init__(self, text: str, toks: list[Span], lang: str) -> None:
        self.text, self.toks, self.lang = text, toks, lang
        self._at: dict[int, int] | None = None
        self._again: list[bool] = []
        self._bad: list[bool] = []

    def _build(self) -> None:
        text, toks = self.text, self.toks
        n = len(toks)
        self._again, self._bad = [False] * (n + 1), [False] * (n + 1)
        for i in range(n - 1, -1, -1):
            gap = text[toks[i][1] : toks[i + 1][0]].strip().lower() if i + 1 < n else ""
            self._again[i] = self._again[i + 1] or gap in _ROMANCE_PLACE_GAPS
            self._bad[i] = self._bad[i + 1] or _body_or_given_name(text[toks[i][0] : toks[i][1]], self.lang)
        self._at = {a: i for i, (a, _) in enumerate(toks)}

    def from_word(self, a: int) -> tuple[bool, bool]:
        """(a second "de" gap from the word at `a` on, a body's word or given name from it on)."""
        if self._at is None:
            self._build()
        assert self._at is not None
        i = self._at[a]
        return self._again[i], self._bad[i]


def _place_joins(
    text: str, toks: list[Span], cur: list[Span], a: int, b: int, gap: str, lang: str, later: _LaterWords
) -> bool:
    """The connector `gap` goes on a place's name: "Stade de France", "Villahermosa de los Pinares",
    "Zagórze nad Sołtówką", "Frankfurt am Main"."""
    first_lw = text[cur[0][0] : cur[0][1]].lower()
    place_ok = (gap in ("of", "of the") and first_lw in PLACE_FIRST_OF) or (
        len(cur) == 1 and first_lw in _VENUE_FIRST and gap in ("de", "du", "des", "de la", "del")
    )  # "Stade de France"
    if not place_ok and gap in _ROMANCE_PLACE_GAPS and len(cur) == 1:
        # "la Sierra de Morvedal", "Villahermosa de los Pinares": one place; "Cofradía de Pescadores de
        # Cangas": a second "de" makes it a body of a place
        again, bad = later.from_word(a)
        place_ok = (
            not again
            and _romance_place_head(text[cur[0][0] : cur[0][1]], lang)
            and not bad
            and not (_is_sentence_start(text, cur[0][0]) and text[cur[0][0] : cur[0][1]].lower() in STOP)
        )
    if not place_ok and gap == "nad" and lang == "pl":
        # "Zagórze nad Sołtówką": a town named with its river in the instrumental singular
        last = text[a:b].lower()
        place_ok = (
            len(cur) == 1
            and not _is_sentence_start(text, cur[0][0])  # "Rybacy nad Sołtówką": a common noun
            and last.endswith(("ą", "em", "iem"))
            and not _is_org_word(text[cur[0][0] : cur[0][1]].lower(), lang)
            and text[cur[0][0] : cur[0][1]].lower() not in _FIRST_NAMES
        )
    if not place_ok and gap in _PLACE_ON:
        # "Wijk aan Zee", "Frankfurt am Main", "Newcastle upon Tyne", "Bergen op Zoom"
        last = text[a:b]
        whole = text[cur[0][0] : b]
        place_ok = (
            _place_like(whole, lang)
            or last in _SEA_WORDS
            or (_place_like(text[cur[0][0] : cur[-1][1]], lang) and last in RIVERS)
        )
    return place_ok


def group_at_gaps(text: str, toks: list[Span], legal_tail: bool, lang: str) -> list[list[Span]]:
    """Split the words of a run into groups at date words and at gaps that hold a connector no
    organisation, person or place justifies. `legal_tail`: a legal form ends the run, or a kind of
    body precedes it, so connectors go on as in an organisation's name."""
    groups: list[list[Span]] = []
    cur: list[Span] = []
    later = _LaterWords(text, toks, lang)
    for a, b in toks:
        w = text[a:b]
        if w in _DATE_WORDS and (not cur or len(toks) == 1) and not (len(w) <= 4 and len(toks) > 1):
            # (an abbreviated month before a name is a first name: "Jan de Groot")
            if cur:
                groups.append(cur)
            cur = []
            continue
        if cur:
            gap = text[cur[-1][1] : a].strip().lower()
            # "Wildbach- und Lawinenverbauung", "Midden- en West-Brabant": a word cut at its hyphen goes on
            # after "and" (the two share the word's end), so the gap never splits the name
            elliptic = gap in _AND and text[cur[-1][1] - 1] == "-"
            if gap and gap != "&" and not elliptic:
                # all three are asked, as before the split (pure functions: the order changes nothing)
                org_ok = _org_joins(text, toks, cur, a, b, gap, legal_tail, lang)
                person_ok = _person_joins(text, toks, cur, a, gap, lang)
                place_ok = _place_joins(text, toks, cur, a, b, gap, lang, later)
                if not (org_ok or person_ok or place_ok):
                    groups.append(cur)
                    cur = []
        cur.append((a, b))
    if cur:
        groups.append(cur)
    return groups
