"""Tag every occurrence, reviewed first (issue 12): the whole-word occurrences of a tag's text, each
in its sentence, to tick before tagging. No Textual.

An occurrence inside a longer tag ("Trump" in a tagged "the Trump administration" or "Donald
Trump") is listed unticked, with the tag it is inside of; one already tagged with the label is not
listed. The ticked ones go to reader.suggestions.tag_every_occurrence (spans=...), which the caller
runs in one History group: one undo step."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.errors import InvalidInput
from reader.models import Annotation
from reader.segments import SentenceBounds
from reader.suggestions import SCOPES, _bounded, _store

REVIEW_LIMIT = 2000  # more occurrences than this are not listed (the dialog would take seconds)


@dataclass(frozen=True)
class Occurrence:
    article_id: int
    start: int
    end: int
    sentence: str  # the sentence holding it
    offset: int  # where the occurrence starts in `sentence`
    title: str  # the article's title (O lists several articles)
    inside: str | None = None  # the longer tag it is inside of (or overlaps): listed unticked
    # The article's text start and end count in, as it was read (tag_every_occurrence's seen_texts).
    text: str = field(default="", compare=False, repr=False)

    @property
    def ticked(self) -> bool:
        return self.inside is None

    @property
    def span(self) -> tuple[int, int, int]:
        return (self.article_id, self.start, self.end)


def occurrences_to_review(target: Any, annotation: Annotation, scope: str = "article") -> list[Occurrence]:
    """Every other whole-word occurrence of annotation's exact text, in its article (scope
    "article") or in every article ("all"), in article then text order: the ones that a tag with
    its label already covers exactly or overlaps without holding are left out; one inside a longer
    tag of any label has `inside` set. More than REVIEW_LIMIT is an InvalidInput."""
    store = _store(target)
    if scope not in SCOPES:
        raise InvalidInput(f"unknown scope {scope!r}; use article or all")
    if annotation.kind == "claim":
        raise InvalidInput("claims are tagged one by one: tag every occurrence is for entities")
    quote = annotation.text
    if not quote.strip():
        raise InvalidInput("the text to find is empty")
    ids = [annotation.article_id] if scope == "article" else store.articles_with_words(quote)
    found: list[Occurrence] = []
    for aid in ids:
        article = store.get_article(aid)
        starts = _bounded(article.text, quote)
        if not starts:
            continue
        tags = store.annotations(aid)
        bounds = SentenceBounds(article.text)
        taken_to = -1  # overlapping occurrences of the text itself ("aa" in "aaa"): the first one
        for s in starts:
            e = s + len(quote)
            if s < taken_to:
                continue
            over = [a for a in tags if a.start < e and s < a.end]
            if any(
                a.label == annotation.label and not (a.start <= s and e <= a.end and a.end - a.start > e - s)
                for a in over
            ):
                continue  # tagged with the label already (or overlapped by such a tag)
            # inside a longer tag (or across the edge of another one): listed, unticked
            holders = [a for a in over if a.start <= s and e <= a.end] or over
            inside = min(holders, key=lambda a: a.end - a.start).text if holders else None
            taken_to = e
            lo, hi = bounds.around(s, e)
            found.append(
                Occurrence(aid, s, e, article.text[lo:hi], s - lo, article.title or "", inside, article.text)
            )
            if len(found) > REVIEW_LIMIT:
                raise InvalidInput(
                    f"“{quote}” occurs more than {REVIEW_LIMIT} times: too many to review; tag a longer text"
                )
    return found
