"""The cleaner's other candidates for an article's body, ready to apply as a hand fix.

When the cleaner loses the article (it took a consent notice, a list of teasers, one entry of a live
blog, another story), the article is often a region it ranked just below its choice. Candidate 1 is
the cleaner's own text; the others are the regions its choice model ranked next
(reader.clean.dump_candidates), each placed on the page's paragraphs as the page view places an
article's text (reader.body_marks.text_marks), turned into a BodySpec (spec_from_marks) and taken
from the page by reader.body.choose_body. So applying candidate K is a hand fix like any other
(fix_body: tags re-anchored or set aside, one undo step, kept by reclean); applying candidate 1 is
going back to the cleaner's text (automatic_body, as `reader body --auto`).

A dump is ranked as the cleaner cleans it. An HTML page (or a JSON record) is cleaned by other means,
so its candidates are those of the dump cleaner run on the page as text (reader.body.page_text, the
very text the page view shows): the HTML cleaner's text first, the dump cleaner's regions after it.
Two regions that give the same text are offered once; regions too short to be an article, saying
one paragraph again and again (a list of links), or scattered over the page are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.body import BodySpec, Paragraph, choose_body, page_text, paragraphs
from reader.body_marks import PageMarks, initial_marks, spec_from_marks, text_marks
from reader.errors import InvalidInput

MAX_CANDIDATES = 4  # the cleaner's choice and at most three others
MIN_WORDS = 30  # a shorter region (a label, a notice's line) is no article to offer
REPEATS = 0.25  # a region whose paragraphs are repeats beyond this share is a list of links
MAX_GAP = 12  # paragraphs between two of a region's: further apart, they are two stretches of the page
ORDINALS = ("choice", "second choice", "third choice", "fourth choice", "fifth choice", "sixth choice")


@dataclass
class Candidate:
    number: int  # 1: the cleaner's own choice, then the others best first
    text: str  # the body it gives (candidate 1: the cleaner's text)
    marks: PageMarks  # where it stands on the page's paragraphs (reader.body.paragraphs)
    spec: BodySpec | None  # what fix_body applies; None for candidate 1 (the cleaner's text: --auto)

    @property
    def words(self) -> int:
        from reader.store.rows import word_count  # as the library and `reader show` count them

        return word_count(self.text)

    @property
    def label(self) -> str:
        """ "the cleaner's second choice"."""
        n = self.number - 1
        return "the cleaner's " + (ORDINALS[n] if n < len(ORDINALS) else f"choice number {self.number}")


def body_candidates(
    raw: str, fmt: str, cleaned: str | None = None, limit: int = MAX_CANDIDATES
) -> list[Candidate]:
    """The cleaner's candidates for the body of the page `raw` stored as `fmt`, its own choice first
    (at most `limit`). `cleaned`: the cleaner's text for the page when the caller has it (an article
    not chosen by hand), else it is worked out here. Empty for a page with no paragraphs."""
    from reader.clean.dump_candidates import region_texts

    page = page_text(raw, fmt)
    paras = paragraphs(page)
    if not paras:
        return []
    # a dump is ranked as the cleaner cleans it; any other page as the page view shows it
    texts = region_texts(raw if fmt == "text" else page)
    if cleaned is None:
        cleaned = next(texts, None) if fmt == "text" else None
        if cleaned is None:
            from reader.importing.formats import clean_raw

            cleaned = clean_raw(raw, fmt).clean.text
    elif fmt == "text":
        next(texts, None)  # (the cleaner's own region, given)
    first = Candidate(1, cleaned, initial_marks(page, paras, cleaned, None), None)
    out = [first]
    seen_text = {cleaned}  # the bodies offered
    seen_region = {cleaned}  # the regions' texts looked at
    seen_marks = {_marks_key(first.marks)}
    for text in texts:
        if len(out) >= limit:
            break
        if text in seen_region or len(text.split()) < MIN_WORDS or _repetitive(text):
            continue
        seen_region.add(text)
        marks = _together(paras, text_marks(paras, text))
        if marks is None or _marks_key(marks) in seen_marks or _scattered(paras, marks):
            continue
        try:
            spec = spec_from_marks(page, paras, marks)
            choice = choose_body(page, spec)
        except InvalidInput:
            continue  # (the page repeats the block the region starts or ends with: no phrase names it)
        if choice.text in seen_text or len(choice.text.split()) < MIN_WORDS:
            continue
        seen_text.add(choice.text)
        seen_marks.add(_marks_key(marks))
        out.append(Candidate(len(out) + 1, choice.text, marks, spec))
    return out


def _repetitive(text: str) -> bool:
    """A region that says the same paragraph again and again ("Read more" under each teaser, a
    section's name over each) is a list of links, not an article."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return len(paragraphs) - len(set(paragraphs)) > REPEATS * len(paragraphs)


def _scattered(paras: list[Paragraph], marks: PageMarks) -> bool:
    """More words left out between the marks than kept: the region's words are scattered over the
    page. (Counted in words: a story cut up by short labels, a tabloid's layout, is not.)"""
    kept = dropped = 0
    for i in range(marks.start, marks.end + 1):
        words = len(paras[i].text.split())
        if i in marks.dropped:
            dropped += words
        else:
            kept += words
    return dropped > kept


def _together(paras: list[Paragraph], marks: PageMarks | None) -> PageMarks | None:
    """The marks of a region's text kept to the one stretch of the page that holds most of its words:
    a paragraph the page repeats far away (an "Advertisement" label, a headline shown again in a
    teaser list) would otherwise stretch the marks over everything between, dropped."""
    if marks is None:
        return None
    found = [i for i in range(marks.start, marks.end + 1) if i not in marks.dropped]
    groups: list[list[int]] = [[found[0]]]
    for i in found[1:]:
        if i - groups[-1][-1] > MAX_GAP:
            groups.append([])
        groups[-1].append(i)
    best = max(groups, key=lambda g: sum(len(paras[i].text.split()) for i in g))
    return PageMarks(best[0], best[-1], set(range(best[0], best[-1] + 1)) - set(best))


def _marks_key(marks: PageMarks) -> tuple[int, int, frozenset[int]]:
    return marks.start, marks.end, frozenset(i for i in marks.dropped if marks.start <= i <= marks.end)


def current_number(candidates: list[Candidate], text: str, body_choice: str | None) -> int | None:
    """Which candidate the article has now: 1 while its text is the cleaner's (no body chosen by
    hand), else the one whose spec or text it has; None for a body chosen otherwise."""
    if not candidates:
        return None
    if not body_choice:
        return 1
    for c in candidates:
        if (c.spec is not None and c.spec.to_json() == body_choice) or c.text == text:
            return c.number
    return None


def article_candidates(store, article_id: int, limit: int = MAX_CANDIDATES) -> list[Candidate]:  # noqa: ANN001
    """The candidates for a stored article's body (InvalidInput when it has no stored page)."""
    article = store.get_article(article_id, with_raw=True)
    if not article.raw:
        raise InvalidInput(f"article {article_id} has no stored page to find candidates in")
    fmt = store.article_format(article_id) or "text"
    return body_candidates(article.raw, fmt, None if article.body_choice else article.text, limit)


def apply_candidate(store, candidates: list[Candidate], article_id: int, number: int, history=None, by=None):  # noqa: ANN001, ANN201
    """Give the article candidate `number`'s body (a reader.body.BodyReport): the cleaner's text
    again for 1, else a hand fix (fix_body). InvalidInput, in one line, for a number out of range."""
    from reader.body import automatic_body, fix_body

    if not candidates:
        raise InvalidInput(f"article {article_id} has no candidates: its stored page has no paragraphs")
    if not 1 <= number <= len(candidates):
        n = len(candidates)
        raise InvalidInput(
            f"article {article_id} has {n} candidate{'s' if n != 1 else ''}: "
            + ("the only one is 1" if n == 1 else f"give a number from 1 to {n}")
        )
    spec = candidates[number - 1].spec
    if spec is None:
        return automatic_body(store, article_id, history, by)
    return fix_body(store, article_id, spec, history, by)
