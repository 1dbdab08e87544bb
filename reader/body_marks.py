"""Marks on a page's paragraphs (reader.body.paragraphs): where an article's text stands in its stored
page, and the BodySpec such marks stand for. The page view (P) shows and moves them; the cleaner's
candidates (reader.body_candidates) are expressed in them."""

from __future__ import annotations

from dataclasses import dataclass

from reader.body import BodySpec, Paragraph
from reader.errors import ReaderError


@dataclass
class PageMarks:
    """The journalist's choice on the page: paragraph indexes of the start and the end (inclusive)
    and of the paragraphs dropped inside."""

    start: int
    end: int
    dropped: set[int]

    def state(self, i: int) -> str:
        if not self.start <= i <= self.end:
            return "outside"
        return "dropped" if i in self.dropped else "body"


def initial_marks(page: str, paras: list[Paragraph], article_text: str, body_choice: str | None) -> PageMarks:
    """Where the article stands in the page now: the stored hand choice when there is one, else the
    paragraphs whose text is in the article (the first to the last; the ones between that are not
    in it count as dropped)."""
    if body_choice:
        from reader.body import choose_body

        try:
            choice = choose_body(page, BodySpec.from_json(body_choice))
        except (ReaderError, ValueError, KeyError):
            choice = None
        if choice is not None:
            rs, re_ = choice.region
            inside = [i for i, p in enumerate(paras) if p.end > rs and p.start < re_]
            dropped_starts = {(p.start, p.end) for p in choice.dropped}
            if inside:
                return PageMarks(
                    inside[0],
                    inside[-1],
                    {
                        i
                        for i in inside
                        if (max(paras[i].start, rs), min(paras[i].end, re_)) in dropped_starts
                    },
                )
    return text_marks(paras, article_text) or PageMarks(0, len(paras) - 1, set())


def text_marks(paras: list[Paragraph], text: str) -> PageMarks | None:
    """The paragraphs whose text is in `text` (the first to the last; the ones between that are not in
    it count as dropped), or None when none is."""
    whole = " ".join(text.lower().split())
    own = {_key(p) for p in text.split("\n\n")}
    found = [i for i, p in enumerate(paras) if in_article(p.text, whole, own)]
    if not found:
        return None
    return PageMarks(found[0], found[-1], set(range(found[0], found[-1] + 1)) - set(found))


def in_article(paragraph: str, article: str, article_paragraphs: set[str]) -> bool:
    """Whether a page paragraph is in the article (its text and its paragraphs folded to lower case
    and single spaces; a list bullet, which the cleaner takes off, aside): a short one (a label, a
    heading) only as a paragraph of its own, a longer one anywhere (the cleaner may join two)."""
    key = _key(paragraph)
    if not key:
        return False
    if len(key.split()) < 5:
        return key in article_paragraphs
    return key in article


def _key(paragraph: str) -> str:
    """A paragraph folded to lower case and single spaces, without a list bullet or a dash around
    it ("- Skills transfer -": the page's paragraph text loses the first, the cleaner keeps both)."""
    return " ".join(paragraph.lower().strip("*•·-–—+▪◦‣○●■□▸▹►▶➤✓✔◆◇ ").split())


def spec_from_marks(page: str, paras: list[Paragraph], marks: PageMarks) -> BodySpec:
    """The BodySpec the marks stand for: phrases of the page that hold only once (so `reader body`
    would do the same), and each dropped paragraph's text."""
    from reader.body import unique_phrase

    first, last = paras[marks.start], paras[marks.end]
    start = unique_phrase(page, first.start, first.end)
    end = unique_phrase(page, last.start, last.end, backwards=True, after=first.start)
    drops = [paras[i].text for i in sorted(marks.dropped) if marks.start <= i <= marks.end]
    return BodySpec(start, end, drops)
