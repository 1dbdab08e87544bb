"""How sure the cleaner is that a CleanResult's text is the page's article: a pure function.

`assess(raw, fmt, result)` looks at the page as stored, its format and what the cleaner returned: its
text and the `flags` the cleaner appended while choosing the body (FLAG_* below). It gives a
confidence in 0..1 and, when that is under LOW_CONFIDENCE, a short reason a journalist can act on.
The cleaners decide a flag with the thresholds here, so every figure that bears on the mark is in
this one file (tuned on the benchmarks' tune half only).
"""

from __future__ import annotations

import html as html_lib
import re

from ..models import CleanResult

__all__ = [
    "LOW_CONFIDENCE",
    "assess",
    "FLAG_FALLBACK",
    "FLAG_COMPETING",
    "FLAG_SMALL_SHARE",
    "FLAG_CONSENT",
    "FLAG_PAYWALL",
    "FLAG_SHORT_ON_PAGE",
]

# Under this, an article is "low confidence": the library marks it and can filter it.
LOW_CONFIDENCE = 0.5

# What a cleaner may append to CleanResult.flags.
FLAG_FALLBACK = "fallback"  # the main extractor failed and a simpler one was used
FLAG_COMPETING = "competing regions"  # another block of the page weighs nearly as much as the body
FLAG_SMALL_SHARE = "small share"  # the body holds a small part of the page's prose
FLAG_CONSENT = "consent nearby"  # a cookie/consent/newsletter form stands right next to the body
FLAG_PAYWALL = "paywall nearby"  # a paywall teaser stands in or right after the body
FLAG_SHORT_ON_PAGE = "short for the page"  # a short body on a page with much more text

# Thresholds the cleaners use to set the flags.
COMPETING_RATIO = 0.4  # second-best region's weight over the chosen one's
SMALL_SHARE = 0.3  # the body's share of the page's prose weight
SMALL_WORD_SHARE = 0.085  # the body's share of all the words on the page
NEAR_UNITS = 3  # how many lines outside the body count as "next to" it
SHORT_ON_PAGE_WORDS = 100  # a body under this many words...
SHORT_ON_PAGE_SHARE = 0.25  # ...holding under this share of the page's words is likely a teaser or a caption

SHORT_BODY = 40  # words: under this the body is likely a teaser, a caption or a notice
SHORT_WITH_CONSENT = 150  # words: a body this short beside consent text may be the wrong block
# words: a body this long is rarely the wrong block, so competing regions or a small share of the page
# are no longer doubts enough to mark it (on the tune half, such pages were kept right)
LONG_BODY = 450
HEADED_MIN_WORDS = 2  # content words of the title found in the body that make it a headed story

_WORD = re.compile(r"\w+")
# <meta name="description" content="..."> / <meta property="og:description" content="...">, either order
_DESCRIPTION = re.compile(
    r"<meta\b[^>]*?(?:name|property)\s*=\s*[\"'](?:og:|twitter:)?description[\"'][^>]*?content\s*=\s*[\"']([^\"']{20,})"
    r"|<meta\b[^>]*?content\s*=\s*[\"']([^\"']{20,})[\"'][^>]*?(?:name|property)\s*=\s*[\"'](?:og:|twitter:)?description[\"']",
    re.I,
)
DESCRIPTION_MIN_WORDS = 4  # content words a page's description needs to be compared with the body
DESCRIPTION_OVERLAP = 0.2  # under this share of its words in the body, the body is likely another text
_HEAD_BYTES = 200_000  # the description stands in the page's head

# What the body itself looks like (tuned on the tune half, with its pages' articles cut out to see what
# the cleaner takes instead: teaser lists, consent notices, link labels).
CONSENT_BODY_SHARE = 0.5  # this share of the body's words in paragraphs with 2+ consent terms: a notice
TEASER_MIN = 2  # paragraphs cut off with "..." that make a body a teaser list...
TEASER_SHARE = 0.2  # ...when they are at least this share of its paragraphs
FEW_SENTENCES_WORDS = 300  # a body under this many words...
FEW_SENTENCES_SHARE = 0.2  # ...with under this share of its words in sentences is a list of labels or links
SENTENCE_MIN_WORDS = 8  # a paragraph this long ending in sentence punctuation is a sentence
LIVE_MIN_STAMPS = 4  # entries under a time stamp alone on its line that make a page a live blog
LIVE_ENTRY_WORDS = 12  # an entry is a paragraph of sentences: a news ticker's headline is shorter
_CUT_OFF = re.compile(r"(?:\.\.\.|…)[\"'”’»)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…:;。！？．][\"'”’»)\]」』）]*$")

# (confidence, reason) for each flag, strongest doubt first.
_FLAG_RULES: list[tuple[str, float, str]] = [
    (FLAG_PAYWALL, 0.35, "paywall text next to the body: the article may be cut short"),
    (FLAG_FALLBACK, 0.4, "the page could not be parsed as usual: a simpler fall-back cleaner was used"),
    (FLAG_COMPETING, 0.4, "competing regions: another block of the page is nearly as large as the body"),
    (FLAG_SMALL_SHARE, 0.45, "the body is a small share of the page's text"),
    (FLAG_SHORT_ON_PAGE, 0.4, "a short body on a page with much more text: it may be a teaser or a caption"),
]
LONG_BODY_DOUBT = 0.6  # what competing regions or a small share leave of a long body's confidence


def _headed(result: CleanResult) -> bool:
    """The body's paragraphs take up the words of the title read above them: a headed story."""
    from .metadata import parse_date

    # (a line with a date is a comment's or a byline's header, not a headline)
    if not result.title or parse_date(result.title):
        return False
    title = _content_words(result.title)
    return len(title) >= HEADED_MIN_WORDS + 1 and len(title & _content_words(result.text)) >= HEADED_MIN_WORDS


def assess(raw: str, fmt: str, result: CleanResult) -> tuple[float, str | None]:
    """(confidence 0..1, reason or None) for `result`, cleaned from `raw` given as `fmt`.
    The reason is given only when the confidence is under LOW_CONFIDENCE."""
    words = len(_WORD.findall(result.text or ""))
    if words == 0:
        return 0.0, "no article text was found"
    candidates: list[tuple[float, str]] = []
    if words < SHORT_BODY:
        candidates.append((0.3, f"very short body ({words} words)"))
    else:  # (a very short body's reason says enough)
        candidates += _body_doubts(result.text, words, fmt)
    if fmt == "text" and words < LONG_BODY:  # (an entry is short)
        stamps = _live_entries(raw, result.text)
        if stamps:
            candidates.append(
                (
                    0.4,
                    f"the page has {stamps} time-stamped entries but the body holds at most one: it may be one entry of a live blog",
                )
            )
    flags = set(result.flags)
    if flags == {FLAG_SHORT_ON_PAGE} and words >= SHORT_BODY and _headed(result):
        # a short story under its own headline on a busy page (a police report, a brief)
        flags = set()
    for flag, value, reason in _FLAG_RULES:
        if flag in flags:
            if words >= LONG_BODY and flag in (FLAG_COMPETING, FLAG_SMALL_SHARE):
                value = LONG_BODY_DOUBT
            candidates.append((value, reason))
    if FLAG_CONSENT in flags:
        if words < SHORT_WITH_CONSENT:
            candidates.append((0.4, "consent or newsletter text next to a short body"))
        else:
            candidates.append((0.7, "consent or newsletter text next to the body"))
    if fmt == "html" and words >= SHORT_BODY:
        overlap = _description_overlap(raw, result.text)
        if overlap is not None and overlap < DESCRIPTION_OVERLAP:
            candidates.append((0.45, "the page's own summary (its description) is not in the body"))
    if not candidates:
        return 0.9, None
    value, reason = min(candidates)
    # several doubts at once make each more likely
    value = max(0.0, value - 0.05 * (len(candidates) - 1))
    return round(value, 2), (reason if value < LOW_CONFIDENCE else None)


def _live_entries(raw: str, body: str) -> int:
    """How many time-stamped entries the page has ("16:45", "21:30 Uhr" alone on a line, then a
    paragraph of sentences) when the body holds at most one of them (0 otherwise): a single entry of a
    live blog taken as the article. (A news ticker beside the article has time stamps over one-line
    headlines: those are no entries.)"""
    from .dump_lines import _TIME_STAMP

    def stamp(line: str) -> bool:
        return len(line) < 40 and _TIME_STAMP.match(line.strip()) is not None

    if sum(1 for line in body.split("\n") if stamp(line)) > 1:
        return 0
    lines = raw.split("\n")
    entries = 0
    for i, line in enumerate(lines):
        if not stamp(line):
            continue
        entry: list[str] = []
        for nxt in lines[i + 1 : i + 12]:
            if entry and not nxt.strip() or stamp(nxt):
                break
            entry.append(nxt.strip())
        text = " ".join(entry)
        if len(_WORD.findall(text)) >= LIVE_ENTRY_WORDS and _SENTENCE_END.search(text):
            entries += 1
    return entries if entries >= LIVE_MIN_STAMPS else 0


def _body_doubts(text: str, words: int, fmt: str) -> list[tuple[float, str]]:
    """Doubts read from the body alone: a consent notice, and in a dump a list of cut-off teasers or of
    labels and links. (An HTML body's paragraphs are the page's own blocks, where list items and table
    cells need no sentences; on the tune half these two caught no lost HTML page.)"""
    from .boilerplate import consent_terms

    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    counts = [len(_WORD.findall(p)) for p in paragraphs]
    doubts: list[tuple[float, str]] = []
    consent = sum(n for p, n in zip(paragraphs, counts, strict=True) if consent_terms(p) >= 2)
    if consent >= CONSENT_BODY_SHARE * words:
        doubts.append((0.3, "the body reads like a cookie or consent notice, not an article"))
    if fmt != "text":
        return doubts
    cut_off = sum(1 for p in paragraphs if _CUT_OFF.search(p))
    if cut_off >= TEASER_MIN and cut_off >= TEASER_SHARE * len(paragraphs):
        doubts.append(
            (0.4, f"the body looks like a list of teasers: {cut_off} paragraphs are cut off with '…'")
        )
    if words < FEW_SENTENCES_WORDS:
        in_sentences = sum(
            n
            for p, n in zip(paragraphs, counts, strict=True)
            if n >= SENTENCE_MIN_WORDS and _SENTENCE_END.search(p)
        )
        if in_sentences < FEW_SENTENCES_SHARE * words:
            doubts.append((0.45, "few full sentences in a short body: it may be a list of links or labels"))
    return doubts


def _content_words(text: str) -> set[str]:
    from .boilerplate import ALL_STOPWORDS  # the stopword lists of the cleaner

    return {
        t for t in _WORD.findall(text.lower()) if len(t) > 2 and not t.isdigit() and t not in ALL_STOPWORDS
    }


def _description_overlap(raw: str, body: str) -> float | None:
    """Share of the content words of the page's meta description found in the body (None: no usable
    description). A page describes its own article; a body that shares none of it is likely a
    sidebar, a teaser or another article."""
    m = _DESCRIPTION.search(raw[:_HEAD_BYTES])
    if m is None:
        return None
    desc = _content_words(html_lib.unescape(m.group(1) or m.group(2)))
    if len(desc) < DESCRIPTION_MIN_WORDS:
        return None
    return len(desc & _content_words(body)) / len(desc)
