"""PERSON / ORG / PLACE rules: capitalised sequences classified by the cues around them.

Each mention collects weighted votes from its context (reporting verbs, titles, ages, organisation
and place cue words, gazetteers); votes are summed per name over the whole text so that a name gets
one label everywhere ("the Douai factory" stays a PLACE once "the city of Douai" has been seen), and
later single-surname mentions of a person inherit PERSON.

The work is split by step: name_mentions.py finds the mentions, name_context.py holds what the rules know
about the text and about one mention, name_shape_votes.py and name_cue_votes.py vote from a name's shape
and from the words around it, name_neighbours.py from the names beside it, and name_labels.py turns the
votes into labels and spans.
"""

from __future__ import annotations

from .lexicon import DEMONYMS
from .name_context import NameDoc, Span, Votes, mention
from .name_cue_votes import cue_votes
from .name_labels import _pl_surname_stem as _pl_surname_stem  # learned.py reads the Polish stems
from .name_labels import decide_labels, labelled_spans
from .name_mentions import collect_mentions, dateline_places
from .name_neighbours import acronym_votes, coordinate, origin_votes
from .name_shape_votes import shape_votes
from .place_shapes import _plural_demonym

__all__ = ["Votes", "find_names", "name_votes", "person_full_names"]


def find_names(text: str, dateline: str | None = None, lang: str = "en") -> list[tuple[int, int, str]]:
    return name_votes(text, dateline, lang)[0]


def name_votes(
    text: str, dateline: str | None = None, lang: str = "en"
) -> tuple[list[Span], list[Span], Votes]:
    """The labelled mentions (as find_names), every capitalised mention the rules looked at (labelled or
    not) and the votes per name: what the learned step (learned.py) reads besides the text."""
    mentions, legal_ends, national, poss_joined, pairs = collect_mentions(text, lang)
    doc = NameDoc(text, lang, mentions, dateline_places(dateline), legal_ends, national, poss_joined)
    # the order of the votes matters: a label wins a tie by being voted for first
    for i, (a, b, name) in enumerate(mentions):
        if (name in DEMONYMS and lang != "pl") or _plural_demonym(name.split()[-1]):  # "z Czech": Czechy
            continue  # "Republicans", "House Democrats"
        m = mention(doc, i, a, b, name)
        shape_votes(doc, m)
        cue_votes(doc, m)
    acronym_votes(doc, pairs)
    origin_votes(text, mentions, doc.votes, lang)
    labels = decide_labels(doc)
    coordinate(text, mentions, labels, doc.votes, lang)
    return labelled_spans(doc, labels), mentions, doc.votes


def person_full_names(text: str, spans: list[tuple[int, int, str]]) -> dict[str, str]:
    """Map each PERSON mention text to the fullest name seen for it ("Kurose" -> "Ayumi Kurose")."""
    full: dict[str, str] = {}
    names = [text[a:b] for a, b, lab in spans if lab == "PERSON"]
    longs = sorted({n for n in names if len(n.split()) >= 2}, key=len, reverse=True)
    # the two longest full names per last word (one of them may be the mention itself): a look-up,
    # not a scan of every name for every mention (quadratic with thousands of names)
    by_last: dict[str, list[str]] = {}
    for cand in longs:
        firsts = by_last.setdefault(cand.split()[-1], [])
        if len(firsts) < 2:
            firsts.append(cand)
    for n in names:
        cands = [c for c in by_last.get(n.split()[-1], ()) if c != n]
        full[n] = cands[0] if cands else n
    return full
