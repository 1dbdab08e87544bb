"""What the name rules know while they vote: the text as a whole (`NameDoc`) and one mention in it
(`Mention`). Kept apart so that the vote rules (name_shape_votes.py, name_cue_votes.py) read as plain
functions of a mention, not as one long loop."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .gazetteer import place_weight
from .lexicon import COMPANY_LAST_WORDS, MONTHS_EN, WEEKDAYS_EN
from .name_cues import _FIRST_NAMES, _before_cues, _is_acronym, _is_org_word, _is_title, _sentence_initial
from .name_split import _LEGAL_WORDS
from .place_shapes import _place_like

_TIMES_EN = frozenset(WEEKDAYS_EN) | frozenset(MONTHS_EN)

Votes = dict[str, dict[str, float]]
Span = tuple[int, int, str]

_OF_PERSON_GAP = re.compile(
    r"[ \u00a0]+(?:of|at|from|van|von|vom|von der|von dem|bei|de|del|de la|z|ze)[ \u00a0]+"
    r"(?:(?:the|der|het|la|el)[ \u00a0]+|l['’])?"
)


def _new_votes() -> Votes:
    return defaultdict(lambda: defaultdict(float))


@dataclass(slots=True)
class NameDoc:
    """The text, its mentions, and what the votes on earlier mentions have left for later ones."""

    text: str
    lang: str
    mentions: list[Span]
    dateline_places: set[str]
    legal_ends: set[int]  # ends of names that end in a legal form ("Inc.", "Sp. z o.o.")
    national: set[str]  # names after a country's initials: "U.S. Geological Survey"
    poss_joined: set[str]  # bodies joined over a plural possessive ("X Growers' Cooperative")
    votes: Votes = field(default_factory=_new_votes)
    gazetteer: dict[str, float] = field(default_factory=dict)  # PLACE votes from a gazetteer alone
    shape_voted: set[str] = field(default_factory=set)  # names given their person-shape vote once
    no_person: set[str] = field(default_factory=set)  # names whose shape says they are no person
    # the words of people's full names: a lone word that is none of them, said to say something, is an
    # organisation ("Waternet said"); a person alone by surname has been named in full before
    name_words: set[str] = field(default_factory=set)
    german: bool = False

    def __post_init__(self) -> None:
        self.german = self.lang == "de"
        self.name_words = {w for _, _, n in self.mentions if " " in n for w in n.split()}

    def lone_org(self, name: str) -> bool:
        """A lone word that names no one in the article, no place and no title: a body when it speaks."""
        lang = self.lang
        return (
            name not in self.name_words
            and name.lower() not in _FIRST_NAMES
            and not _is_acronym(name)
            and not _place_like(name, lang)
            and not _sentence_initial(name.lower(), lang)
            and not _is_title(name.lower(), lang)
            and name.rstrip(".") not in _LEGAL_WORDS
            and len(name) > 2
            and name.rstrip("s") not in _TIMES_EN  # "said Saturdays in June were booked out"
        )

    def of_person(self, i: int) -> bool:
        """The mention follows a person's full name and "of", "at", "von der", "van", "de"."""
        if i == 0:
            return False
        pa, pb, pname = self.mentions[i - 1]
        parts = pname.split()
        return (
            len(parts) >= 2
            and parts[0].lower() in _FIRST_NAMES
            and bool(_OF_PERSON_GAP.fullmatch(self.text, pb, self.mentions[i][0]))
        )


@dataclass(slots=True)
class Mention:
    """One mention and the facts about it that many rules read."""

    i: int  # its index in NameDoc.mentions
    a: int
    b: int
    name: str
    v: dict[str, float]  # the name's votes (shared by all its mentions)
    words: list[str]
    lwords: list[str]
    before: str  # up to 80 characters before, within the line
    after: str  # 60 characters after
    multi: bool
    first_name: bool
    place_first: bool
    has_org_word: bool
    acronym_first: bool
    cb: dict[str, bool]  # the cue words before (name_cues._before_cues)


def mention(doc: NameDoc, i: int, a: int, b: int, name: str) -> Mention:
    """The facts about the mention text[a:b]; opens its entry in doc.votes."""
    text, lang = doc.text, doc.lang
    v = doc.votes[name]
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
    acronym_first = multi and _is_acronym(words[0]) and not first_name
    cb = _before_cues(before, lang)
    return Mention(
        i, a, b, name, v, words, lwords, before, after, multi, first_name, place_first, has_org_word,
        acronym_first, cb,
    )  # fmt: skip
