"""Whole-page plain-text dump -> the article in it.

The page is cut into units (a line, or the lines of a hard-wrapped paragraph joined back), each unit
is scored as prose or boilerplate from cheap features (length in words, sentence punctuation,
stopword density, link markers, bullets, boilerplate phrases), and the densest contiguous region of
prose is found with a maximum-subarray pass over the scores (a text-density / BTE-style approach).
The region's boilerplate edges are trimmed and boilerplate lines inside it dropped. Title, byline,
dateline, agency and date are read from the units just above the region. A short sentence between
two body paragraphs counts as body (context), so it never cuts the article in two.

A text with no page chrome (a note, an article already cleaned: few lines, no link marks, mostly
sentences, no run of short lines) is the article as it is: every line is kept but label lines
("Share this:", "Read more") and junk; a headline first line is the title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..models import CleanResult
from ..normalize import normalize_field, normalize_text
from . import dump_compete, dump_hedge, dump_model, dump_regions
from .boilerplate import (
    ALL_STOPWORDS,
    BOILERPLATE_LINE,
    END_MARKERS,
    PAYWALL,
    has_boilerplate,
)
from .confidence import (
    COMPETING_RATIO,
    FLAG_BOTH_KEPT,
    FLAG_COMPETING,
    FLAG_CONSENT,
    FLAG_PAYWALL,
    FLAG_SHORT_ON_PAGE,
    FLAG_SMALL_SHARE,
    NEAR_UNITS,
    SHORT_ON_PAGE_SHARE,
    SHORT_ON_PAGE_WORDS,
    SMALL_SHARE,
    SMALL_WORD_SHARE,
    RegionView,
    region_signals,
    region_view,
)
from .dump_columns import split_columns
from .dump_context import (
    _NUMBERING,
    EXTEND_RUNS,
    HEADER_RATIO,
    ISLAND_MIN,
    RUN_MIN,
    _bridge_consent,
    _drop_inside,
    _edge_sentence,
    _heading,
    _islands,
    _lift_between_prose,
    _lift_lists,
    _prefer_headed,
    _spread_consent,
)
from .dump_gallery import caption_gallery, mark_gallery
from .dump_lines import (
    _PHOTO_LABEL,
    _PHOTO_LINE,
    _READ_MORE,
    _STAMP_LINE,
    _TEASER_HEAD,
    _TIME_STAMP,
    _WORD,
    Unit,
    _barrier,
    _densest_region,
    _is_junk,
    _is_meta,
    _score,
    _sentence,
    other_run,
    split_units,
)
from .dump_teasers import prose_teasers
from .dump_threads import (
    _lift_live_entries,
    _sink_comment_entries,
    _sink_signed_entries,
    _split_at_end_markers,
    _split_at_stamps,
    bio_head,
    mark_chrome,
    numbered_thread,
)
from .inside_story import left_out
from .metadata import (
    clean_byline,
    drop_title_echo,
    find_site,
    guess_language,
    is_date_line,
    parse_byline,
    parse_dateline,
    read_date,
    usable_title,
)
from .page_url import take_url_header
from .paragraphs import is_label_line, paragraphs_from_lines

__all__ = ["clean_dump", "extract_body", "Unit", "split_units"]


DEDUP = 4
BIO_LINES = 5  # an author box: its label and at most this many lines under it
BIO_WORDS = 80  # the one paragraph of an author's bio is at most this long


def _author_box_end(units: list[Unit], head: int, end: int) -> int:
    """Where an author box that starts at its label ("About the author", "Autor") ends: the name and
    contact lines (short, no sentence) and one paragraph of bio; the next paragraph is the article's."""
    j = head + 1
    bio = False
    while j < end and j - head <= BIO_LINES:
        v = units[j]
        if v.words > 12 or (v.words >= 6 and _sentence(v)):
            if bio or v.words > BIO_WORDS:
                break
            bio = True
        j += 1
    return j


def context_passes(
    units: list[Unit], scores: list[float]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Adjust the units' scores in place for their context (consent notices, comment threads, lists
    and tables, live-blog entries, short sentences between paragraphs); the list and table runs, and
    the forum threads' runs of posts."""
    _spread_consent(units, scores)
    _bridge_consent(units, scores)
    _sink_comment_entries(units, scores)
    forums = _sink_signed_entries(units, scores)
    runs = _lift_lists(units, scores)
    _lift_live_entries(units, scores)
    _lift_between_prose(units, scores)
    return runs, forums


def _trim_head(units: list[Unit], scores: list[float], start: int, end: int) -> int:
    """The region's first units while they are its header (a headline, a byline or date, a label such
    as "Share") scored as boilerplate by hand: the article starts under them."""
    while start < end - 1 and scores[start] <= 0:
        u = units[start]
        if not (_title_like(u) or _is_meta(u) or is_label_line(u.text) or _STAMP_LINE.match(u.text)):
            break
        start += 1
    return start


CONTENTS_MIN = 3  # numbered or bulleted link lines in a row that make a table of contents


def _skip_contents(units: list[Unit], scores: list[float], start: int, end: int) -> int:
    """A table of contents (numbered or bulleted link lines) under the lead: the region starts below it, and the
    lead comes back as an island, as with the hand scores."""
    i = start
    seen_prose = 0
    while i < end and seen_prose <= 1:
        if scores[i] > 0:
            seen_prose += 1
        j = i
        while (
            j < end
            and units[j].links
            and (units[j].bullet or _NUMBERING.match(units[j].text))
            and units[j].words <= 12
        ):
            j += 1
        if j - i >= CONTENTS_MIN:
            # (and from its first paragraph, as a region chosen by hand scores starts)
            while j < end - 1 and scores[j] <= 0:
                j += 1
            return j
        i = j + 1 if j == i else j
    return start


def _trim_tail(units: list[Unit], scores: list[float], start: int, end: int) -> int:
    """The region's last units while they are short lines scored as boilerplate by hand, not
    sentences ("Share", "Tags: ...", a teaser's headline): the article ends above them."""
    while end > start + 1 and scores[end - 1] < 0:
        u = units[end - 1]
        if u.words > 12 or _sentence(u):
            break
        end -= 1
    return end


def _edge_unit(u: Unit, m: dict) -> bool:
    """A short line next to the region that the learned scorer gives a fair chance of being the
    article's (a heading, a list item, a signature) and no rule marks as the page's."""
    return (
        u.prob is not None
        and u.prob >= m["edge_prob"]
        and 1 <= u.words <= m.get("edge_words", 12)
        and not u.boiler
        and not u.consent
        and not _barrier(u)
        and not _drop_inside(u)
        and not _is_junk(u.text)
        and not is_label_line(u.text)
    )


def _extend_edges(units: list[Unit], start: int, end: int, m: dict) -> tuple[int, int]:
    """The region grown over at most m["edge_reach"] such short lines on each side (edge recall: the
    maximum-sum pass leaves out short edge lines scored under the threshold)."""
    reach = int(m.get("edge_reach", 2))
    k = 0
    while k < reach and start > 0 and _edge_unit(units[start - 1], m):
        start -= 1
        k += 1
    k = 0
    while k < reach and end < len(units) and _edge_unit(units[end], m):
        end += 1
        k += 1
    return start, end


BRIDGE_LISTS = True
NUMBERED_THREADS = True  # a thread of numbered posts is the text (dump_threads.numbered_thread)
GALLERIES = True  # a gallery of captions between counters (dump_gallery.caption_gallery)
LIST_ARTICLES = True  # an article made of lists: the whole run of list lines (see _list_article)
LIST_BRIDGE = 40  # list lines and headings a region is grown over to the paragraph they lead to


def _item(u: Unit) -> bool:
    return u.bullet or _NUMBERING.match(u.text) is not None


def _list_piece(u: Unit) -> bool:
    """A list line (bulleted or numbered) or a short heading over one, with no page-chrome mark."""
    return (
        1 <= u.words <= 12
        and not u.links
        and not u.boiler
        and not u.consent
        and not _barrier(u)
        and not _is_junk(u.text)
        and not is_label_line(u.text)
        and BOILERPLATE_LINE.match(u.text) is None
        and (_item(u) or (u.words <= 4 and not _sentence(u)))
    )


CLOSING_MIN = -3.0  # hand score: a plain sentence closing a list is no worse than this


def _closing(u: Unit, score: float) -> bool:
    """A paragraph a list leads to: the learned scorer's, or a plain sentence no rule marks."""
    if u.links or u.boiler or u.consent or _drop_inside(u) or BOILERPLATE_LINE.match(u.text):
        return False
    return (u.learned or 0.0) > 0 or (u.words >= 5 and _sentence(u) and score > CLOSING_MIN)


def _bridge_lists(units: list[Unit], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """The region grown over list lines and their headings (ingredients, steps, a packing list) to
    the paragraph they lead to: short lines the line scores count as a menu's are the article's
    when prose closes them on the far side."""
    n = len(units)
    j, items = end, 0
    while j < n and j - end < LIST_BRIDGE and _list_piece(units[j]):
        items += _item(units[j])
        j += 1
    if j < n and (items >= RUN_MIN or (j == end and end > start and _item(units[end - 1]))):
        if _closing(units[j], scores[j]):
            end = j + 1
    k, items = start - 1, 0
    while k >= 0 and start - k <= LIST_BRIDGE and _list_piece(units[k]):
        items += _item(units[k])
        k -= 1
    if k >= 0 and items >= RUN_MIN and (units[k].learned or 0.0) > 0 and _sentence(units[k]):
        start = k
    return start, end


LIST_ITEM_WORDS = 5  # a list item this long, with a stopword, is a step or a point, not a menu entry
LIST_ARTICLE_ITEMS = 8  # such items a run of list lines holds when it is the article (a how-to)
LIST_SENTENCE_WORDS = 30  # a plain sentence between the lists is at most this long


def _long_item(u: Unit) -> bool:
    words = u.text.lower().split()
    return _item(u) and u.words >= LIST_ITEM_WORDS and any(len(w) > 1 and w in ALL_STOPWORDS for w in words)


def _list_article_piece(u: Unit) -> bool:
    """A line of an article made of lists: an item, a short heading over one, a short plain sentence;
    no page-chrome mark."""
    if (
        u.links
        or u.boiler
        or u.consent
        or u.chrome
        or _barrier(u)
        or _is_junk(u.text)
        or is_label_line(u.text)
        or BOILERPLATE_LINE.match(u.text) is not None
    ):
        return False
    if _item(u):
        return u.words <= 2 * LIST_SENTENCE_WORDS
    return 1 <= u.words <= 5 and not _sentence(u) or (u.words <= LIST_SENTENCE_WORDS and _sentence(u))


def _list_article(units: list[Unit], start: int, end: int) -> tuple[int, int]:
    """An article made of lists under short headings (a how-to, a wiki's steps), none of whose lines a
    line score takes for prose: when the region is empty or lies inside such a run of list lines, the
    run is the region, from its first long item (and the headings just over it) to its last."""
    n = len(units)
    i = 0
    while i < n:
        if not _list_article_piece(units[i]):
            i += 1
            continue
        j = i
        while j < n and _list_article_piece(units[j]):
            j += 1
        longs = [k for k in range(i, j) if _long_item(units[k])]
        items = sum(1 for k in range(i, j) if _item(units[k]))
        if (
            len(longs) >= LIST_ARTICLE_ITEMS
            and 2 * len(longs) >= items
            and (end <= start or (i <= start and end <= j))
        ):
            a = longs[0]
            if a > i and not _item(units[a - 1]) and not _sentence(units[a - 1]):
                a -= 1  # (its heading)
            return a, longs[-1] + 1
        i = j
    return start, end


@dataclass
class Scored:
    """A page's units scored for the choice of its region (score_regions)."""

    scores: list[float]  # the hand scores after the context passes (the rules read these)
    chosen: list[float]  # the scores the region is chosen by (the learned ones when the model is there)
    runs: list[tuple[int, int]]  # list and table runs (context_passes)
    forums: list[tuple[int, int]]  # forum threads' runs of posts
    learned: dict | None  # the learned dump model, if any


def page_units(raw: str) -> tuple[str | None, list[Unit], list[float]]:
    """(URL header, units, their hand scores) of a whole-page dump."""
    url, raw = take_url_header(raw)  # "URL: https://..." at the top of some saved dumps
    text = normalize_text(split_columns(raw))
    units = split_units(text)
    return url, units, [_score(u) for u in units]  # (sets u.words, u.boiler: both paths read them)


def score_regions(units: list[Unit], scores: list[float]) -> Scored:
    """The units' scores after the context passes and the learned scorer (which set the units' score,
    prob and learned)."""
    scores = list(scores)
    hand = list(scores)
    runs, forums = context_passes(units, scores)
    # u.score keeps the hand score after context (region_flags reads it: its ratios are in words);
    # the region is chosen by the learned scores when the model is there
    for u, s in zip(units, scores, strict=True):
        u.score = s
    learned = dump_model.model()
    # the learned scores choose the region; the rules below read the hand scores
    chosen = scores if learned is None else dump_model.rescore(units, hand, scores, learned)
    return Scored(scores, chosen, runs, forums, learned)


def pick_region(units: list[Unit], sc: Scored) -> tuple[int, int]:
    """The region [start, end) the cleaner chooses, before its edges are adjusted (finish_body)."""
    learned, chosen = sc.learned, sc.chosen
    if learned is not None and learned.get("regions"):
        # a second stage re-ranks the best few runs of the learned scores (it reads the header too)
        start, end, _margin = dump_regions.choose(units, chosen, sc.scores, learned["regions"])
    else:
        start, end = _densest_region(chosen)
        if HEADER_RATIO:
            start, end = _prefer_headed(units, chosen, start, end)
    return start, end


def ranked_regions(units: list[Unit], sc: Scored) -> list[tuple[int, int]]:
    """The candidate regions best first, as the choice model ranks them; without it (the shipped
    model has none), the best runs by weight, then the joins of two near ones."""
    if sc.learned is not None and sc.learned.get("regions"):
        return [(s, e) for s, e, _ in dump_regions.ranked(units, sc.chosen, sc.scores, sc.learned["regions"])]
    return [(s, e) for s, e, _ in dump_regions.candidates(sc.chosen)]


def extract_body(units: list[Unit], scores: list[float] | None = None) -> tuple[int, int, list[Unit]]:
    """(start, end, kept units) of the article in `units` (scores: their _score, if already known)."""
    scores = [_score(u) for u in units] if scores is None else list(scores)
    sc = score_regions(units, scores)
    start, end = pick_region(units, sc)
    return finish_body(units, sc, start, end)


def finish_body(units: list[Unit], sc: Scored, start: int, end: int) -> tuple[int, int, list[Unit]]:
    """(start, end, kept units) of the article whose region [start, end) was picked: its edges
    adjusted (contents, headers, lists, threads, galleries, short sentences) and what does not belong
    inside left out. Changes the units' marks (threads, galleries)."""
    scores, runs, forums, learned = list(sc.scores), sc.runs, sc.forums, sc.learned
    if learned is not None:
        start = _skip_contents(units, scores, start, end)
        if learned.get("trim_head", False):
            start = _trim_head(units, scores, start, end)
        if learned.get("trim_tail", False):
            end = _trim_tail(units, scores, start, end)
        if learned.get("edge_prob"):
            start, end = _extend_edges(units, start, end, learned)
    start, end = _split_at_end_markers(units, scores, start, end)
    start, end = _split_at_stamps(units, scores, start, end)
    start, end = prose_teasers(units, scores, start, end)
    # a forum thread the region ends inside of runs to its last post (the user boxes between posts
    # may outweigh a short reply); what follows the thread is the board's footer, no table of its
    for i, j in forums:
        if start <= i < end < j:
            end = j
    # a thread of numbered posts the region stands in is the text, its first post to its last
    thread = numbered_thread(units) if NUMBERED_THREADS else None
    if thread is not None and start < thread[1] and end > thread[0]:
        start, end = min(start, thread[0]), max(end, thread[1])
        mark_chrome(units, thread[2])  # only a thread the text takes: later steps read the marks
    # a gallery told in captions between counters: the region it overlaps runs over it; a region
    # elsewhere with fewer words than its captions gives way to it
    gallery = caption_gallery(units) if GALLERIES else None
    if gallery is not None:
        g0, g1, words = gallery
        if start < g1 and end > g0:
            start, end = min(start, g0), max(end, g1)
            mark_gallery(units, g0, g1)
        elif sum(u.words for u in units[start:end]) < words:
            start, end = g0, g1
            mark_gallery(units, g0, g1)
    # a table or list right after the article, maybe under a heading of its own ("Tour dates")
    if end > start and EXTEND_RUNS and all(end != j for _, j in forums):
        for i, j in runs:
            # (or one the region ends inside of: its rows past the last positive one are neutral)
            if i == end or (i == end + 1 and _heading(units[end])) or start <= i < end < j:
                end = j
                break
    if end > start and BRIDGE_LISTS:
        start, end = _bridge_lists(units, scores, start, end)
    if LIST_ARTICLES:
        start, end = _list_article(units, start, end)
    # take back short sentences at the edges ("He declined to comment.")
    while start > 0 and _edge_sentence(units[start - 1]):
        start -= 1
    while end < len(units) and _edge_sentence(units[end]):
        end += 1
    islands = _islands(units, scores, start, end) if ISLAND_MIN else []
    dropped: set[int] = set()
    # a teaser block inside the article ("Related articles", "Most read" and the headlines under it)
    m = start
    while m < end:
        u = units[m]
        if u.words <= 12 and (
            END_MARKERS.match(u.text)
            or _TEASER_HEAD.match(u.text)
            or (_READ_MORE.match(u.text) and (u.text.rstrip()[-1] in ":»›>|-" or is_label_line(u.text)))
        ):
            j = m + 1
            while j < end and scores[j] < 0:
                j += 1
            dropped.update(range(m, j))
            m = j
        elif bio_head(u):
            j = _author_box_end(units, m, end)
            dropped.update(range(m, j))
            m = j
        else:
            m += 1
    # a picture's caption stands just above its credit line ("Jane Doe | Getty Images")
    for m in range(start + 1, end):
        u = units[m]
        if (
            u.words <= 16
            and units[m - 1].words <= 60
            and _PHOTO_LINE.search(u.text)
            and not _PHOTO_LABEL.match(u.text)
        ):
            dropped.add(m - 1)
    dropped |= left_out(units, start, end)  # promotion lines, credits and captions (h110)
    kept = [u for m, u in enumerate(units[start:end], start) if m not in dropped and not _drop_inside(u)]
    if islands:
        before = [units[i] for i in islands if i < start]
        after = [units[i] for i in islands if i >= end]
        kept = before + kept + after
        if before:
            start = islands[0]  # the title and byline are looked for above the first paragraph
    if DEDUP:
        # a line met again (a picture caption shown twice, a repeated headline) adds nothing
        seen: set[str] = set()
        unique = []
        for u in kept:
            if u.words >= DEDUP:
                if u.text in seen:
                    continue
                seen.add(u.text)
            unique.append(u)
        kept = unique
    return start, end, kept


META_REACH = 15  # how far above the article its title, byline and date are looked for
_BREADCRUMB = re.compile(r"[>»›/|]")


def _title_like(u: Unit) -> bool:
    t = u.text
    return (
        3 <= u.words <= 30
        and not t[0].islower()
        and t[-1] != ":"
        and "@" not in t
        and "://" not in t
        and len(_BREADCRUMB.findall(t)) < 2
        and not u.links
        and not _is_junk(t)
        and BOILERPLATE_LINE.match(t) is None
        and END_MARKERS.match(t) is None
        and _TEASER_HEAD.match(t) is None
        and _PHOTO_LABEL.match(t) is None
        and _STAMP_LINE.match(t) is None
        and _TIME_STAMP.match(t) is None
        and _PHOTO_LINE.search(t) is None
        and not has_boilerplate(t)
        and not _is_meta(u)
    )


def _title_and_meta(units: list[Unit], start: int, kept: list[Unit]) -> dict[str, str | None]:
    """Byline, dateline, agency and date from the lines just above the article (nearest first), and
    the title: the line up there whose words the article's opening shares most (a headline repeated
    elsewhere on the page counts for more), else the nearest headline-like line."""
    meta: dict[str, str | None] = {}
    lo = max(0, start - META_REACH)
    for i in range(start - 1, lo - 1, -1):
        u = units[i]
        text = u.text
        if u.words > 30:
            continue
        if "byline" not in meta:
            b = parse_byline(text)
            if b:
                meta["byline"] = b
                d = read_date(text)
                if d and "published" not in meta:
                    meta["published"] = d
                continue
        if "dateline" not in meta:
            dl = parse_dateline(text)
            if dl:
                meta["dateline"], meta["agency"] = dl[0], dl[1]
                if dl[2] and "published" not in meta:
                    meta["published"] = dl[2]
                continue
        if "published" not in meta and u.words <= 14 and (is_date_line(text) or _STAMP_LINE.match(text)):
            d = read_date(text)
            if d:
                meta["published"] = d
    body: set[str] = set()
    for u in kept[:6]:
        body.update(t for t in _WORD.findall(u.text.lower()) if len(t) > 2 and t not in ALL_STOPWORDS)
    seen = Counter(u.text for u in units)
    best: tuple[float, str] | None = None
    nearest = None
    for i in range(start - 1, lo - 1, -1):
        u = units[i]
        if not _title_like(u):
            continue
        if nearest is None and start - i <= 6:
            nearest = u.text
        toks = [t for t in _WORD.findall(u.text.lower()) if len(t) > 2 and t not in ALL_STOPWORDS]
        if not toks or not body:
            continue
        hits = sum(1 for t in toks if t in body)
        score = hits / (len(toks) + 1) + 0.05 * min(hits, 4) - 0.03 * (start - 1 - i)
        if seen[u.text] > 1:
            score += 0.15
        if best is None or score > best[0]:
            best = (score, u.text)
    meta["title"] = best[1] if best is not None and best[0] >= TITLE_MIN else nearest
    return meta


TITLE_MIN = 0.25


PLAIN_MAX_UNITS = 60  # a text with more lines than this is not read as a bare article


def _headline(u: Unit) -> bool:
    """A headline line: short, no sentence end, not a byline, date or label."""
    t = u.text
    return (
        1 <= u.words <= 20
        and not u.bullet
        and not u.links
        and t[-1] not in ".!?…;:,"
        and not _is_junk(t)
        and not is_label_line(t)
        and not parse_byline(t)
        and not is_date_line(t)
        and _STAMP_LINE.match(t) is None
    )


def _head_meta(u: Unit, meta: dict[str, str | None]) -> bool:
    """Read a byline or date line at the top of a bare article into `meta`; False if it is neither."""
    if u.words > 14:
        return False
    b = parse_byline(u.text)
    if b and "byline" not in meta:
        meta["byline"] = b
        d = read_date(u.text)
        if d and "published" not in meta:
            meta["published"] = d
        return True
    if is_date_line(u.text) or _STAMP_LINE.match(u.text):
        d = read_date(u.text)
        if d and "published" not in meta:
            meta["published"] = d
            return True
    return False


def _plain_article(
    units: list[Unit], scores: list[float]
) -> tuple[int, list[Unit], dict[str, str | None]] | None:
    """A text with no page chrome (a note, an article already cleaned): few lines, no link marks,
    mostly sentences, no run of short lines (menus, link lists). Such a text is the article as it
    is: (index of its first body unit, every body unit, metadata) with only label lines ("Share
    this:", "Read more") and junk lines left out, and a headline first line (short, no final
    period) taken as the title, a byline or date line under it as metadata. None for a page."""
    if not units or len(units) > PLAIN_MAX_UNITS or any(u.links for u in units):
        return None
    for u, score in zip(units, scores, strict=True):
        u.score = score
    rest = [(i, u) for i, u in enumerate(units) if not (is_label_line(u.text) or _is_junk(u.text))]
    if not rest:
        return None
    meta: dict[str, str | None] = {}
    k = 0
    while k < len(rest) - 1 and _head_meta(rest[k][1], meta):
        k += 1
    if k < len(rest) - 1 and _headline(rest[k][1]):
        meta["title"] = rest[k][1].text
        k += 1
        while k < len(rest) - 1 and _head_meta(rest[k][1], meta):
            k += 1
    body = rest[k:]
    if len(body) > 2:
        # page chrome: two short non-sentence lines in a row, or too few sentences
        loose = [not _sentence(u) for _, u in body]
        if sum(loose) * 3 > len(body) or any(a and b for a, b in zip(loose[:-1], loose[1:], strict=True)):
            return None
        if any(u.bullet and not _sentence(u) for _, u in body):
            return None
    # a repeated headline is the title's echo, not body text
    if meta.get("title"):
        body = [(i, u) for i, u in body if u.text != meta["title"]] or body
    return body[0][0], [u for _, u in body], meta


def region_flags(units: list[Unit], view: RegionView) -> list[str]:
    """What bears on the confidence in the chosen region (see reader.clean.confidence): another region
    nearly as heavy, a body holding a small share of the page's prose, consent or paywall text next to
    it. `view`: the region's measures (confidence.region_view), shared with region_signals."""
    flags: list[str] = []
    start, end, kept_words, page_words = view.start, view.end, view.kept_words, view.page_words
    scores, best, total, inside = view.scores, view.best, view.total, view.inside
    s2, e2, second = view.other
    if best > 0 and e2 > s2 and second >= COMPETING_RATIO * best:
        flags.append(FLAG_COMPETING)
    if (total > 0 and inside < SMALL_SHARE * total) or (
        page_words and kept_words < SMALL_WORD_SHARE * page_words
    ):
        flags.append(FLAG_SMALL_SHARE)
    if kept_words < SHORT_ON_PAGE_WORDS and kept_words < SHORT_ON_PAGE_SHARE * page_words:
        flags.append(FLAG_SHORT_ON_PAGE)
    hs, he = _densest_region(scores)
    if FLAG_COMPETING not in flags and start <= hs < he <= end and (hs, he) != (start, end):
        # the learned scores joined the heaviest hand block with more text: what would be doubted of
        # that block alone (a competing block, a small share of the page) is doubted of the body
        alone = sum(scores[hs:he])
        s2, e2, second = other_run(scores, hs, he)
        if alone > 0 and e2 > s2 and second >= COMPETING_RATIO * alone:
            flags.append(FLAG_COMPETING)
        if (
            FLAG_SMALL_SHARE not in flags
            and total > 0
            and sum(s for s in scores[hs:he] if s > 0) < SMALL_SHARE * total
        ):
            flags.append(FLAG_SMALL_SHARE)
    near = units[max(0, start - NEAR_UNITS) : start] + units[end : end + NEAR_UNITS]
    if any(u.consent and not PAYWALL.search(u.text) for u in near):
        flags.append(FLAG_CONSENT)
    if any(u.words <= 80 and PAYWALL.search(u.text) for u in units[start : end + NEAR_UNITS]):
        flags.append(FLAG_PAYWALL)
    return flags


def hedged(
    units: list[Unit],
    fresh: list[Unit],
    sc: Scored,
    own: tuple[int, int],
    start: int,
    end: int,
    kept: list[Unit],
) -> tuple[int, list[Unit]] | None:
    """The hedged body (reader.clean.dump_hedge) of the region `own`, finished as [start, end) and
    `kept`: the body and the cleaner's next candidate region together, when the body's flags doubt it
    and that region is much larger; None otherwise. `fresh`: the units before `own` was finished."""
    if dump_hedge.HEDGE_TIMES is None or not kept:
        return None
    view = region_view(units, start, end, sum(u.words for u in kept))
    flags = region_flags(units, view) if view else []
    if not any(f in flags for f in dump_hedge.DOUBTS):
        return None
    after = next((r for r in ranked_regions(units, sc) if r != own), None)
    return dump_hedge.hedged_body(units, fresh, kept, flags, after, lambda w, s, e: finish_body(w, sc, s, e))


def clean_dump(raw: str) -> CleanResult:
    """Whole-page plain-text dump -> CleanResult (article body and metadata)."""
    url, units, scores = page_units(raw)  # (scored once: both paths below use them)
    if not units:
        return CleanResult(text="", url=url)
    plain = _plain_article(units, scores)
    both = False
    region_start = 0
    view_words: int | None = None
    if plain is not None:
        start, kept, meta = plain
        end = len(units)
    else:
        sc = score_regions(units, scores)
        own = pick_region(units, sc)
        # (the units before the region's finish marks them: a hedge finishes the next region from these)
        fresh = [replace(u) for u in units] if dump_hedge.HEDGE_TIMES else units
        start, end, kept = finish_body(units, sc, *own)
        region_start = start
        two = dump_compete.with_runner_up(units, start, end, kept)
        if two is not None:
            # two blocks of prose compete and the body is the lower one: both are kept, in page
            # order, what lies between left out; the title is looked for above the first
            start, kept = two
            both = True
        else:
            hedge = hedged(units, fresh, sc, own, start, end, kept)
            if hedge is not None:
                # the body may be a side block of the page and the next region is much larger: both
                # kept (the body's own measures stay those of its region: the doubt is about it)
                view_words = sum(u.words for u in kept)
                start, kept = hedge
                both = True
        meta = _title_and_meta(units, start, kept)
    if kept and "dateline" not in meta:
        dl = parse_dateline(kept[0].text)
        if dl:
            meta["dateline"], meta["agency"] = dl[0], dl[1]
            if dl[2] and "published" not in meta:
                meta["published"] = dl[2]
    outside = [u.text for u in units[:start]] + [u.text for u in units[end:]]
    site = normalize_field(find_site(outside))
    title = usable_title(normalize_field(meta.get("title")), site)
    paragraphs = drop_title_echo(title, paragraphs_from_lines([u.text for u in kept]))
    body = "\n\n".join(paragraphs)
    # (a bare article has no region chosen among others: nothing to doubt of one)
    if view_words is None:
        view_words = sum(u.words for u in kept)
    view = None if plain is not None else region_view(units, region_start, end, view_words)
    flags = region_flags(units, view) if view else []
    if both:
        flags.append(FLAG_BOTH_KEPT)
    return CleanResult(
        text=body,
        title=title,
        byline=normalize_field(clean_byline(meta.get("byline"))),
        dateline=normalize_field(meta.get("dateline")),
        agency=normalize_field(meta.get("agency")),
        published=meta.get("published"),
        language=guess_language(body),
        site=site,
        url=url,
        flags=flags,
        signals=region_signals(units, view) if view else {},
    )
