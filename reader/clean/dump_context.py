"""Context for the units a line-by-line score misjudges (tables and lists, short sentences and
section heads between paragraphs, consent placeholders, a lead cut off by a table of contents), the
region's header, and the lines inside the region that are dropped all the same."""

from __future__ import annotations

import re

from .boilerplate import (
    ALL_STOPWORDS,
    BOILERPLATE_LINE,
    END_MARKERS,
    consent_terms,
    has_boilerplate,
)
from .dump_lines import (
    _BIO_HEAD,
    _CAPTION_CREDIT,
    _COMMENT_HEADER,
    _COMMENTS,
    _PHOTO_LABEL,
    _PHOTO_LINE,
    _READ_MORE,
    _SENTENCE_END,
    _STAMP_LINE,
    _STOCK_CREDIT,
    _TEASER_HEAD,
    _WORD,
    Unit,
    _barrier,
    _densest_region,
    _is_junk,
    _sentence,
)
from .metadata import (
    is_date_line,
    parse_byline,
)
from .paragraphs import is_label_line

# what follows a teaser head on the same line: another story's headline ("Te puede interesar: ...")
_AFTER_HEAD = re.compile(r"\s*[:»›>|]\s*\S")


def _inline_teaser(t: str) -> bool:
    """A teaser head and another story's headline on one line: "Das könnte Sie auch interessieren: ..."."""
    m = _TEASER_HEAD.match(t)
    return m is not None and _AFTER_HEAD.match(t, m.end()) is not None


_NUMBERING = re.compile(r"^\d{1,3}[.)]\s")


def _drop_inside(u: Unit) -> bool:
    """A unit inside the article region that is boilerplate all the same."""
    t = u.text
    if _is_junk(t) or u.consent or u.chrome:
        return True
    if u.words <= 10 and (BOILERPLATE_LINE.match(t) or END_MARKERS.match(t)):
        return True
    if u.words <= 40:
        if u.boiler is None:
            u.boiler = has_boilerplate(t)
        if u.boiler:
            return True
    if u.words <= 30 and _READ_MORE.match(t):
        return True
    if u.words <= 30 and _inline_teaser(t):
        return True
    if u.words <= 50 and _CAPTION_CREDIT.search(t[-100:]):
        return True
    if u.words <= 16 and (_PHOTO_LINE.search(t) or _STAMP_LINE.match(t) or _STOCK_CREDIT.search(t)):
        return True
    if u.words <= 60 and _PHOTO_LABEL.match(t):
        return True
    if u.words <= 12 and (is_date_line(t) or parse_byline(t)):
        return True
    if u.links and u.links * 2 >= u.words - len(_NUMBERING.findall(t)):
        # (a numbered entry of a table of contents, "6. [15]Questions", is a link line too)
        return True
    return False


def _edge_sentence(u: Unit) -> bool:
    t = u.text
    return (
        3 <= u.words
        and not u.bullet
        and not u.links
        and _SENTENCE_END.search(t[-12:]) is not None
        and t[-1] != ":"
        and "|" not in t  # "March 18, 2024 | Source: ..." is page layout, not a sentence
        and sum(1 for w in _WORD.findall(t.lower()) if w in ALL_STOPWORDS) >= 2
        and not _drop_inside(u)
        and not BOILERPLATE_LINE.match(t)
    )


# runs of numbers, and runs of words, each with the spaces between them
_KEY_NUM = re.compile(r"\d+(?:[.,:/]\d+)*(?: \d+(?:[.,:/]\d+)*)*")
_KEY_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?(?: [^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?)*")
_KEY_SPECIAL = re.compile(r"[^\w\s]|\d")
RUN_MIN = 3  # units with the same shape in a row make a table or list
LIST_GAIN = 0.25  # what a list item introduced by "...:" earns a word


def _shape(text: str) -> str:
    """The layout of a line with its words as 'a' and numbers as '0': 'June 9 -- PNC Arena, Tampa, FL'
    -> 'a0--a,a,a'. Rows of a table or a list share it; the items of a menu are all just 'a'."""
    return _KEY_WORD.sub("a", _KEY_NUM.sub("0", text)).replace(" ", "")


def _bad_item(u: Unit) -> bool:
    t = u.text
    return (
        u.words == 0
        or u.words > 40
        or _is_junk(t)
        or END_MARKERS.match(t) is not None
        or (u.words <= 10 and BOILERPLATE_LINE.match(t) is not None)
        or has_boilerplate(t)
        or u.links * 2 >= u.words
    )


def _lift_lists(units: list[Unit], scores: list[float]) -> list[tuple[int, int]]:
    """Context for the units a line-by-line score misjudges: the rows of a table or list (several
    units in a row with the same shape holding numbers or punctuation) are neutral rather than
    boilerplate, and the items of a list that a sentence introduces ("The tour dates:") count as body."""
    n = len(units)
    shapes = [
        "+" if s >= 0 else (_shape(u.text) if 0 < u.words <= 30 and _KEY_SPECIAL.search(u.text) else "")
        for u, s in zip(units, scores, strict=True)
    ]
    runs = []
    i = 0
    while i < n:
        k = shapes[i]
        j = i + 1
        if k and k != "+" and k != "a" and k != "a.":
            # rows of one shape, with the odd different row between two (but not a bare label: "Business")
            while j < n and (shapes[j] == k or (j + 1 < n and shapes[j + 1] == k and shapes[j])):
                j += 1
            if j - i >= RUN_MIN:
                bad = 0
                for m in range(i, j):
                    if _bad_item(units[m]):
                        bad += 1
                    elif scores[m] < 0:
                        scores[m] = 0.0
                if not bad:
                    runs.append((i, j))
        i = max(j, i + 1)
    for i, u in enumerate(units):
        t = u.text
        if (
            t.endswith(":")
            and u.words >= 3
            and scores[i] > -8
            and not _bad_item(u)
            and BOILERPLATE_LINE.match(t) is None
            and _READ_MORE.match(t) is None
            and _TEASER_HEAD.match(t) is None
        ):
            j = i + 1
            bullet = units[j].bullet if j < n else False
            while (
                j < n
                and j - i <= 60
                and scores[j] <= 0
                and not _bad_item(units[j])
                and units[j].bullet == bullet
            ):
                scores[j] = max(scores[j], LIST_GAIN * units[j].words)
                j += 1
            if j > i + 1:
                scores[i] = max(scores[i], 0.0)
    return runs


EXTEND_RUNS = True


def _heading(u: Unit) -> bool:
    t = u.text
    return (
        1 <= u.words <= 10
        and not _bad_item(u)
        and BOILERPLATE_LINE.match(t) is None
        and _TEASER_HEAD.match(t) is None
        and _BIO_HEAD.match(t) is None
        and t[-1] not in ".!?"
    )


HEADER_RATIO = 0.4  # a region under a byline or date wins over a headless one up to 2.5 times its weight
HEADER_REACH = 3


STAMPED_LIST = 3  # date lines this close together head the entries of a list (comments, reviews)
STAMPED_REACH = 12


def _is_header_line(u: Unit) -> bool:
    return u.words <= 14 and bool(parse_byline(u.text) or is_date_line(u.text) or _STAMP_LINE.match(u.text))


def _has_header(units: list[Unit], start: int) -> bool:
    """A byline or date just above `start`, unless it is one of several stamps close together: the
    stamps of a comment thread or a list of reviews head entries, not an article."""
    for i in range(max(0, start - HEADER_REACH), start):
        if _is_header_line(units[i]):
            lo, hi = max(0, i - STAMPED_REACH), min(len(units), i + STAMPED_REACH)
            near = sum(1 for j in range(lo, hi) if units[j].words <= 14 and is_date_line(units[j].text))
            return near < STAMPED_LIST
    return False


def _prefer_headed(units: list[Unit], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """The article sits under its title, byline and date; teaser blocks and sidebars do not. If the
    densest region has no such header and another region with one weighs at least HEADER_RATIO of it,
    take that one."""
    if end <= start or _has_header(units, start):
        return start, end
    best = sum(scores[start:end])
    masked = scores[:start] + [-1e9] * (end - start) + scores[end:]
    s2, e2 = _densest_region(masked)
    if e2 > s2 and sum(scores[s2:e2]) >= HEADER_RATIO * best and _has_header(units, s2):
        return s2, e2
    return start, end


def _lift_between_prose(units: list[Unit], scores: list[float]) -> None:
    """Context, as jusText uses it: a short sentence between two body paragraphs ("They cried.")
    belongs to the body, so it must not cut the article in two. Its score becomes neutral unless it
    is boilerplate or a header where the article may end."""
    for i in range(1, len(units) - 1):
        if scores[i] >= 0 or scores[i - 1] <= 0 or scores[i + 1] <= 0:
            continue
        u = units[i]
        t = u.text
        if (
            u.words > 12
            or u.bullet
            or _SENTENCE_END.search(t[-12:]) is None
            or t[-1] == ":"
            or _bad_item(u)
            or _drop_inside(u)
            or is_label_line(t)
            or _TEASER_HEAD.match(t)
            or _BIO_HEAD.match(t)
            or _COMMENT_HEADER.search(t)
            or _COMMENTS.match(t)
            or _READ_MORE.match(t)
        ):
            continue
        scores[i] = 0.0


def _spread_consent(units: list[Unit], scores: list[float]) -> None:
    """A paragraph with one consent term ("our partners", "cookies") next to a consent text is part of
    that notice: one pass down and one up, so a whole run of such paragraphs joins it."""
    n = len(units)
    order = list(range(n)) + list(range(n - 1, -1, -1))
    for k, i in enumerate(order):
        u = units[i]
        j = i - 1 if k < n else i + 1
        if u.consent or not (0 <= j < n) or not units[j].consent:
            continue
        if u.words <= 120 and consent_terms(u.text) >= 1:
            u.consent = True
            scores[i] = -5.0 - u.words


BRIDGE_REACH = 3  # lines on each side of a consent placeholder to look for the article's prose


def _bridge_consent(units: list[Unit], scores: list[float]) -> None:
    """An embedded post or map waiting for consent ("We respect your privacy... [Load content]")
    between two paragraphs of the article: the lines of the placeholder become neutral so the article
    is not cut there (they are still dropped from the text as consent lines)."""
    n = len(units)
    i = 0
    while i < n:
        if not units[i].consent:
            i += 1
            continue
        j = i
        while j + 1 < n and (units[j + 1].consent or (scores[j + 1] < 0 and j + 1 - i < BRIDGE_REACH)):
            j += 1
        lo = next((k for k in range(i - 1, max(-1, i - 1 - BRIDGE_REACH), -1) if scores[k] > 0), None)
        hi = next((k for k in range(j + 1, min(n, j + 1 + BRIDGE_REACH)) if scores[k] > 0), None)
        if lo is not None and hi is not None:
            for k in range(lo + 1, hi):
                if scores[k] < 0:
                    scores[k] = 0.0
            # the embed's own label just above the placeholder ("Map", "Twitter post")
            if i - 1 > lo and units[i - 1].words <= 4 and not _sentence(units[i - 1]):
                units[i - 1].consent = True
        i = j + 1


ISLAND_MIN = 15.0  # a paragraph outside the region scoring this much is the article's, cut off by a block
ISLAND_REACH = 20  # units between the region's edge and such a paragraph
ISLAND_SHARE = 0.5  # at most this share of the region's weight


def _above_article(u: Unit) -> bool:
    """A byline, date or 'Updated ...' stamp: the article starts under it."""
    return _is_header_line(u) or (u.words <= 24 and _STAMP_LINE.match(u.text) is not None)


def _captioned(units: list[Unit], i: int) -> bool:
    """units[i] stands right above a picture's credit line ("Image: Jane Doe"): it is a caption."""
    if i + 1 >= len(units):
        return False
    t = units[i + 1].text
    return units[i + 1].words <= 16 and bool(
        _CAPTION_CREDIT.search(t) or _PHOTO_LINE.search(t) or _PHOTO_LABEL.match(t)
    )


def _islands(units: list[Unit], scores: list[float], start: int, end: int) -> list[int]:
    """The article's lead cut off from the region by a block of short lines (a table of contents, a
    picture and its caption): a lone paragraph (no prose right above or below it) scoring ISLAND_MIN
    or more, within ISLAND_REACH units above the region, with no byline or date (the article starts
    under them), comment, teaser or bio header in between. Only the paragraph is taken, not the lines
    between. Several paragraphs in a row are a text of their own and stop the search."""
    if end <= start:
        return []
    # a lone paragraph nearly as heavy as the region is a competing text, not its lead
    most = ISLAND_SHARE * sum(s for s in scores[start:end] if s > 0)
    out: list[int] = []
    for step, edge in ((-1, start - 1),):
        i = edge
        last = edge - step
        while 0 <= i < len(units) and abs(i - last) <= ISLAND_REACH:
            u = units[i]
            if _barrier(u) or u.consent or (step < 0 and _above_article(u)):
                # (the article starts under its byline or date: a paragraph above them is a standfirst)
                break
            if scores[i] > 0:
                lone = all(not (0 <= j < len(units)) or scores[j] <= 0 for j in (i - 1, i + 1))
                if not lone:
                    break  # a region of its own: another text, not a cut-off paragraph
                if ISLAND_MIN <= scores[i] <= most and not _captioned(units, i):
                    out.append(i)
                    last = i
            i += step
    return sorted(out)
