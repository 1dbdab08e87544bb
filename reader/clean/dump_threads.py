"""Entries of a page that are not the article however well written: comment threads (with a header,
"Reply" links, or each signed with a name and a date), dated teasers; and live blogs, whose
time-stamped entries are the article. The passes adjust the units' scores in place or cut the region
where such entries begin; each is linear."""

from __future__ import annotations

import re

from .boilerplate import (
    END_MARKERS,
)
from .dump_lines import (
    _BIO_HEAD,
    _COMMENT_HEADER,
    _COMMENTS,
    _COMMENTS_ON,
    _TIME_STAMP,
    Unit,
    _barrier,
    _sentence,
)
from .metadata import (
    date_line_rest,
    is_date_line,
)
from .paragraphs import is_label_line

CUT_RATIO = (
    0.5  # past a "Related"/"About the author" header, this much less text than before it is not the article
)


def _split_at_end_markers(units: list[Unit], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """Cut the region where the comments begin ("12 Comments", "Jane on May 2, 2019 said:"), and where
    teasers or an author's bio begin ("More from...", "About the author") unless much of the article
    follows them."""
    i = start
    while i < end:
        u = units[i]
        if (
            (u.words <= 12 and _COMMENT_HEADER.search(u.text))
            or (u.words <= 6 and _COMMENTS.match(u.text))
            or (u.words <= 30 and _COMMENTS_ON.match(u.text))
        ):
            if any(s > 0 for s in scores[start:i]) and not _count_link_over_post(units, scores, i):
                return start, i
        elif bio_head(u) or (u.words <= 8 and END_MARKERS.match(u.text)):
            before = sum(s for s in scores[start:i] if s > 0)
            after = sum(s for s in scores[i + 1 : end] if s > 0)
            if before > 0 and after < CUT_RATIO * before:
                return start, i
        i += 1
    return start, end


BIO_HEAD_WORDS = 12  # an "About X" head is at most this long ("À propos de la Régie des eaux du ...")


def bio_head(u: Unit) -> bool:
    """An author's bio or a press release's "About X" starts at `u`."""
    return u.words <= BIO_HEAD_WORDS and _BIO_HEAD.match(u.text) is not None


COUNT_REACH = 4  # units under a comment-count link where the post's first paragraph is looked for
POST_WORDS = 20  # the post's first paragraph is at least this long


def _entry_mark(t: str) -> bool:
    """A comment entry's own line: "Jane says:", a date stamp, "3 hours ago"."""
    return _COMMENT_HEADER.search(t) is not None or _AGO.search(t) is not None or is_date_line(t)


def _count_link_over_post(units: list[Unit], scores: list[float], i: int) -> bool:
    """A link to the comments that stands in a post's header ("[3] Comments" under the byline), not
    at the top of the thread: the post's first paragraph follows it within a few units (a picture and
    its caption may stand between), with no commenter's name or date stamp on the way."""
    u = units[i]
    if not u.links or u.words > 4 or _COMMENTS_ON.match(u.text) or _COMMENT_HEADER.search(u.text):
        return False
    for j in range(i + 1, min(len(units), i + 1 + COUNT_REACH)):
        v = units[j]
        if v.words <= 14 and _entry_mark(v.text):
            return False
        if v.words >= POST_WORDS:
            return scores[j] > 0 and (v.prob is None or v.prob >= 0.5) and not _entry_mark(v.text)
    return False


# "3 hours ago", "il y a 2 jours", "hace 5 horas", "vor 2 Stunden" (after a name, maybe)
_AGO = re.compile(
    r"\b(?:(?:\d+|an?|one) (?:second|sec|minute|min|hour|hr|day|week|month|year)s? ago"
    r"|il y a \d+ (?:secondes?|minutes?|heures?|h|jours?|semaines?|mois|ans?)"
    r"|hace \d+ (?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)"
    r"|vor \d+ (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monaten?|jahren?))\W*$",
    re.I,
)
STAMP_SHARE = 0.35  # share of the article's weight that must come before the first stamp
STAMP_RUN = 3  # this many date stamps in the region's second part: a list of comments or teasers


def _split_at_stamps(units: list[Unit], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """Cut the region where entries with a date stamp of their own begin (a comment thread without
    a header, "Name / November 19, 2019 at 5:10 pm / text", or a list of dated teasers)."""
    stamps = [
        i
        for i in range(start, end)
        if units[i].words <= 14
        and scores[i] < 0
        and (is_date_line(units[i].text) or _AGO.search(units[i].text) is not None)
    ]
    if len(stamps) < STAMP_RUN:
        return start, end
    # entries stamped from the top (a live blog) are the article; a thread after the text is not
    i = stamps[0]
    total = sum(s for s in scores[start:end] if s > 0)
    before = sum(s for s in scores[start:i] if s > 0)
    if before < max(30.0, STAMP_SHARE * total):
        return start, end
    cut = i
    while cut > start and i - cut < 2 and scores[cut - 1] < 0 and units[cut - 1].words <= 12:
        cut -= 1
    return start, cut


# The link under each comment of a thread.
_REPLY = re.compile(
    r"^\W*(?:reply|répondre|responder|antworten|beantworten|rispondi|odpowiedz|odpowiedź|beantwoorden|reageer"
    r"|svara|svar|vastaa|odpovědět|odpovedať|válasz|cevapla|ответить|responder)\W*(?:\(?\d+\)?)?\W*$",
    re.I,
)
REPLY_MIN = 2  # "Reply" links that make a comment thread
COMMENT_REACH = 6  # how far above its "Reply" link a comment's stamp may stand


def _sink_comment_entries(units: list[Unit], scores: list[float]) -> None:
    """A comment thread without a header: entries of a name, a date stamp, the comment and a "Reply"
    link. Each comment's text there counts as boilerplate however well written it is, so that a
    long comment never outweighs the article."""
    replies = [i for i, u in enumerate(units) if u.words <= 3 and _REPLY.match(u.text)]
    if len(replies) < REPLY_MIN:
        return
    prev = -1
    for r in replies:
        lo = max(prev + 1, r - COMMENT_REACH)
        stamp = next(
            (
                j
                for j in range(lo, r)
                if units[j].words <= 14 and (is_date_line(units[j].text) or _AGO.search(units[j].text))
            ),
            None,
        )
        if stamp is not None:
            for j in range(max(lo, stamp - 1), r + 1):
                if scores[j] > -5.0:
                    scores[j] = -5.0 - units[j].words
        prev = r


SIGNED_MIN = 3  # entries signed with a name and a date that make a thread of comments or reviews
SIGNED_GAP = 6  # at most this many lines of text (not counting short lines) from one signature to the next
THREAD_ABOVE = 40.0  # less prose than this above a thread: the first entry is the page's text
BOX_WORDS = 5  # a line of a forum post's user box ("Posts: 389", "Location: Hexham") is this short
# little words beside a date that are not a name ("am 15.7.2010", "le 3 mars")
_DATE_PARTICLES = frozenset("am um on at le la el de du à a by von par por the und and et y".split())
_TIME_OF_DAY = re.compile(r"\b\d{1,2}(?::|h)\d{2}\b")
# a signature's rule: a line of underscores or dashes ("________", "-- ")
_SIGNATURE_RULE = re.compile(r"^\s*(?:[_\-‐–—=]\s*){2,}$")


def _signed(u: Unit) -> bool:
    """A comment's or review's signature: a name and a date, "Herbert am 15.7.2010", "Jane Doe on
    May 2, 2019"."""
    if u.words > 10:
        return False
    rest = date_line_rest(u.text)
    return (
        rest is not None
        and 1 <= len(rest) <= 4
        and any(w.lower() not in _DATE_PARTICLES and not w.isdigit() for w in rest)
    )


def _shape(u: Unit) -> tuple[str, bool]:
    """How a signature is headed: its leading particle ("by", "da", "par", or none) and whether it
    gives a time of day. The posts of a forum are all headed alike; an article's byline ("by Anna on
    March 3, 2024") is not headed as the comments under it ("Tom Baker on March 4, 2024 at 8:12 am")."""
    first = u.text.split(None, 1)[0].lower() if u.text.strip() else ""
    return (first if first in _DATE_PARTICLES else "", _TIME_OF_DAY.search(u.text) is not None)


def _forum_chrome(units: list[Unit], scores: list[float], signs: list[int], stop: int) -> None:
    """A forum thread's entries between its first signature and `stop`: each post's header, the lines
    of its user box (short, no sentence) and its signature (under a rule line, up to the next header
    or user box) are the page's chrome: neutral, so that the posts stay one region, and left out of
    the text (Unit.chrome). The posts themselves, the first and the replies, keep their scores."""
    heads = set(signs)
    sig = False
    for m in range(signs[0], stop):
        u = units[m]
        if m in heads:
            sig = False
        elif _SIGNATURE_RULE.match(u.text):
            sig = True
        elif not sig and (u.words > BOX_WORDS or _sentence(u)):
            continue
        u.chrome = True
        if scores[m] < 0:
            scores[m] = 0.0


def _sink_signed_entries(units: list[Unit], scores: list[float]) -> list[tuple[int, int]]:
    """A thread of comments or reviews, each signed with a name and a date: its entries count as
    boilerplate however well written, so that a long comment never outweighs the article. When
    there is next to no prose above the thread, its first entry is the page's text: the article
    under its byline (headed otherwise than the entries after it), whose comments are sunk as
    above, or the first post of a forum, whose replies are the text too (_forum_chrome). The forum
    threads' runs [first post, last post's end) are returned: a region that ends inside one runs to
    its end."""
    forums: list[tuple[int, int]] = []
    n = len(units)
    signs = [i for i in range(n) if _signed(units[i])]
    # units from the start counted without the short lines of no sentence (a name, "Posts: 389",
    # "Reply"): the gap from one signature to the next is in lines of text
    pos = [0] * (n + 1)
    for i, u in enumerate(units):
        pos[i + 1] = pos[i] + (u.words > BOX_WORDS or _sentence(u))
    k = 0
    while k < len(signs):
        j = k
        while j + 1 < len(signs) and pos[signs[j + 1]] - pos[signs[j]] <= SIGNED_GAP:
            j += 1
        if j - k + 1 >= SIGNED_MIN:
            first, last = signs[k], signs[j]
            stop = min(n, last + SIGNED_GAP)
            nxt = next((m for m in range(last + 1, stop) if scores[m] < -5.0 or _barrier(units[m])), stop)
            above = sum(s for s in scores[:first] if s > 0)
            lo = first
            if above < THREAD_ABOVE:
                head = _shape(units[first])
                if 2 * sum(1 for m in signs[k + 1 : j + 1] if _shape(units[m]) == head) >= j - k:
                    _forum_chrome(units, scores, signs[k : j + 1], nxt)
                    posts = [m for m in range(first, nxt) if not units[m].chrome and scores[m] > 0]
                    if posts:
                        forums.append((posts[0], posts[-1] + 1))
                    lo = nxt
                else:
                    lo = signs[k + 1]
            for m in range(lo, nxt):
                if scores[m] > -5.0:
                    scores[m] = -5.0 - units[m].words
        k = j + 1
    return forums


LIVE_MIN = 3  # time-stamped entries that make a live blog


def _is_stamp(u: Unit) -> bool:
    t = u.text
    return u.words <= 6 and (
        _TIME_STAMP.match(t) is not None or _AGO.search(t) is not None or (u.words <= 4 and is_date_line(t))
    )


def _lift_live_entries(units: list[Unit], scores: list[float]) -> None:
    """A live blog: entries each headed by a time stamp ("16:45", "21:30 Uhr") and followed by prose.
    Its stamps and the buttons between entries ("Share") are neutral rather than boilerplate, so the
    entries stay one region (the buttons are still dropped from the text). A comment thread's stamps
    stand with names and "Reply" links: they stay negative and _split_at_stamps cuts there."""
    n = len(units)
    stamps = [i for i in range(n) if scores[i] < 0 and _is_stamp(units[i])]
    if len(stamps) < LIVE_MIN:
        return
    entries = [i for i in stamps if any(scores[j] > 0 for j in range(i + 1, min(n, i + 3)))]
    if len(entries) < LIVE_MIN or len(entries) * 3 < len(stamps) * 2:
        return
    # a comment's stamp stands under its author's name ("Sophie L.") or near a "Reply" link
    named = 0
    for i in entries:
        if i > 0:
            prev = units[i - 1]
            if 1 <= prev.words <= 4 and not is_label_line(prev.text) and not _sentence(prev):
                named += 1
        if any(
            _COMMENT_HEADER.search(units[j].text)
            for j in range(max(0, i - 2), min(n, i + 4))
            if units[j].words <= 12
        ):
            return
    if named * 2 >= len(entries):
        return
    for i in entries:
        scores[i] = 0.0
        # the buttons and labels of the previous entry ("Share", "Copy link"), up to two lines above
        for j in range(i - 1, max(-1, i - 3), -1):
            if scores[j] < 0 and units[j].words <= 4 and is_label_line(units[j].text):
                scores[j] = 0.0
            else:
                break


# A forum post's number in its header ("#661"), as vBulletin-style boards draw it.
_POST_NUMBER = re.compile(r"^#\s?(\d{1,7})$")
POST_CHAIN = 3  # numbered posts in a row (each number one more than the last) that make a thread
BOX_REPEATS = 3  # a short line met this often between the posts is the board's (a user box's "Profile")


def numbered_thread(units: list[Unit]) -> tuple[int, int, list[int]] | None:
    """[start, end) of a forum thread whose posts carry their running number, from the first post's
    number to the end of the last post, and the indexes of the numbers, date stamps and the user boxes'
    repeated lines in it, for the caller to mark Unit.chrome if it takes the thread (mark_chrome).
    None when the page holds no such thread."""
    marks = [(i, int(m.group(1))) for i, u in enumerate(units) if (m := _POST_NUMBER.match(u.text))]
    # the longest chain as (first mark, length): copying the chain at each step was quadratic
    best_at, best_len, run_at = 0, 0, 0
    for k, (_, no) in enumerate(marks):
        if not (k and no == marks[k - 1][1] + 1):
            run_at = k
        if k + 1 - run_at > best_len:
            best_at, best_len = run_at, k + 1 - run_at
    if best_len < POST_CHAIN:
        return None
    best = [i for i, _ in marks[best_at : best_at + best_len]]
    first, last = best[0], best[-1]
    seen: dict[str, int] = {}
    for u in units[first:last]:
        if u.words <= 4:
            seen[u.text] = seen.get(u.text, 0) + 1
    box = {t for t, c in seen.items() if c >= BOX_REPEATS}
    # the last post ends where the next user box (or the board's chrome) begins, within the longest
    # span two numbered posts take
    reach = max(b - a for a, b in zip(best[:-1], best[1:], strict=True))
    end = last + 1
    while end < min(len(units), last + reach) and units[end].text not in box and not _barrier(units[end]):
        end += 1
    chrome = {
        j
        for j in range(first, end)
        if (u := units[j]).text in box
        or _POST_NUMBER.match(u.text)
        or (u.words <= 6 and is_date_line(u.text))
    }
    # the header of every post after the first, above its number (the first one's lies before the thread):
    # a short line under one of the box's lines (the poster's name, "... is offline") is the box's too;
    # a short reply under the last post's number is not
    for before, at in zip(best, best[1:], strict=False):
        j = at - 1
        while j > before:
            if not (units[j].chrome or j in chrome):
                if units[j].words > 12 or units[j - 1].text not in box:
                    break
                chrome.add(j)
            j -= 1
    return first, end, sorted(chrome)


def mark_chrome(units: list[Unit], chrome: list[int]) -> None:
    """Mark the units at `chrome` (numbered_thread's third item) Unit.chrome."""
    for j in chrome:
        units[j].chrome = True
