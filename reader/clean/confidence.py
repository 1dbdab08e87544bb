"""How sure the cleaner is that a CleanResult's text is the page's article: a pure function.

`assess(raw, fmt, result)` looks at the page as stored, its format and what the cleaner returned: its
text and the `flags` the cleaner appended while choosing the body (FLAG_* below). It gives a
confidence in 0..1 and, when that is under LOW_CONFIDENCE, a short reason a journalist can act on.
The cleaners decide a flag with the thresholds here, so every figure that bears on the mark is in
this one file (tuned on the benchmarks' tune half only).
"""

from __future__ import annotations

import html as html_lib
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, cast

from ..models import CleanResult
from .dump_lines import other_run

__all__ = [
    "LOW_CONFIDENCE",
    "NO_OTHER_BLOCK",
    "SMALL_HEADLESS_SHARE",
    "assess",
    "FLAG_FALLBACK",
    "FLAG_COMPETING",
    "FLAG_SMALL_SHARE",
    "FLAG_CONSENT",
    "FLAG_PAYWALL",
    "FLAG_SHORT_ON_PAGE",
    "FLAG_BOTH_KEPT",
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
FLAG_BOTH_KEPT = "both kept"  # two blocks of prose competed and the body holds both (dump_compete)

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
# the learned dump scorer's best other region against the body's (learned_second_ratio), and its own
# confidence in the body (learned_confidence), that together make the block doubtful (tune material:
# benchmarks/confidence_train.py --cross, see benchmarks/README.md)
UNSURE_SECOND = 0.7
UNSURE_CONFIDENCE = 0.5
HEADED_MIN_WORDS = 2  # content words of the title found in the body that make it a headed story
# a dump's body under this share of the page's words, under no headline of its own, is likely another
# block than the story (benchmarks/confidence.py, synthetic lost pages of the tune material: 8 more
# of 1,206 marked, no good page more; 0.1 marks 2 good pages, 0.15 four)
SMALL_HEADLESS_SHARE = 0.08
SMALL_HEADLESS = (
    0.45,
    "the body is a small share of the page's text, under no headline of its own: it may not be the story",
)

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\b\d+\b")
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
# a body whose last paragraph, running sentences, ends in a bare lower-case word: cut in mid-sentence
# (or mid-word) by a region ended too soon, or by a page saved before it had loaded. (A last line of
# one sentence with no stop is a headline, a caption, a teaser or a list item: on the tune pages those
# end good bodies.)
CUT_SHORT_SENTENCES = 2  # full sentences the last paragraph holds before its unfinished one
_INNER_END = re.compile(r"(?<=[^\W\d_]{2})[.!?][\"'”’»)\]]*\s+(?=[^\W\d_])")
CUT_SHORT = (0.45, "the body stops in mid-sentence, with no full stop: the article may be cut short")
_SENTENCE_END = re.compile(r"[.!?…:;。！？．][\"'”’»)\]」』）]*$")

# (confidence, reason) for each flag, strongest doubt first.
_FLAG_RULES: list[tuple[str, float, str]] = [
    (FLAG_PAYWALL, 0.35, "paywall text next to the body: the article may be cut short"),
    (FLAG_BOTH_KEPT, 0.3, "two parts of the page compete: both kept (drop the one that is not the article)"),
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


def assess(raw: str, fmt: str, result: CleanResult, *, model: bool = True) -> tuple[float, str | None]:
    """(confidence 0..1, reason or None) for `result`, cleaned from `raw` given as `fmt`.
    The reason is given only when the confidence is under LOW_CONFIDENCE. (`model=False`: the plain
    doubts only, as benchmarks/confidence_train.py fits the model to what they leave.)

    A dump's body chosen among regions (result.signals set) is weighed by the small logistic model of
    reader.clean.confidence_model over its measures and flags; the doubts that need no weighing (no
    text, a very short body, a body that reads as a consent notice, a list of teasers or of labels,
    one entry of a live blog, a paywall, a fall-back) stand on their own. Other results (HTML,
    Markdown, a bare article) go by the flags' rules below."""
    body = _body(result.text or "")
    words = body.words
    if words == 0:
        return 0.0, "no article text was found"
    candidates: list[tuple[float, str]] = []
    if words < SHORT_BODY:
        candidates.append((0.3, f"very short body ({words} words)"))
    else:  # (a very short body's reason says enough)
        candidates += _body_doubts(body, fmt)
    stamps = (
        _live_entries(raw, result.text) if fmt == "text" and words < LONG_BODY else 0
    )  # (an entry is short)
    if stamps:
        candidates.append(
            (
                0.4,
                f"the page has {stamps} time-stamped entries but the body holds at most one: it may be one entry of a live blog",
            )
        )
    if fmt == "text" and _unsure_block(result.signals):
        candidates.append((0.4, _REASONS["unsure"]))
    if fmt == "text" and result.signals.get("word_share", 1.0) < SMALL_HEADLESS_SHARE and not _headed(result):
        candidates.append(SMALL_HEADLESS)
    flags = set(result.flags)
    if fmt == "text" and result.signals:
        value, reason = model_doubt(signals(raw, fmt, result, stamps, body)) if model else (1.0, "")
        if value < MODEL_SHOWN:
            candidates.append((value, reason))
        flags &= {FLAG_PAYWALL, FLAG_FALLBACK, FLAG_CONSENT, FLAG_BOTH_KEPT}  # the model weighed the others
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


def _unsure_block(sig: dict[str, float]) -> bool:
    """The learned dump scorer sees another region of the page nearly as heavy as the body
    (UNSURE_SECOND) and is not sure of the body itself (UNSURE_CONFIDENCE): two blocks, either of
    which could be the article. (An other region heavier than the body is one the cleaner passed over
    for a block under the page's headline: that choice held on the tune pages.)"""
    second = sig.get("learned_second_ratio")
    conf = sig.get("learned_confidence")
    if second is None or conf is None:
        return False
    return UNSURE_SECOND <= second <= 1.0 and conf < UNSURE_CONFIDENCE


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


@dataclass(frozen=True)
class _Body:
    """A body's paragraphs and their word counts, read once for the doubts and the model's measures."""

    text: str
    words: int
    paragraphs: list[str]
    counts: list[int]  # words of each paragraph
    stamps: list[bool]  # the paragraph is a live blog's time stamp alone


def _body(text: str) -> _Body:
    from .dump_lines import _TIME_STAMP

    raw = [p for p in text.split("\n\n") if p.strip()]
    paragraphs = [p.strip() for p in raw]
    return _Body(
        text=text,
        words=len(_WORD.findall(text)),
        paragraphs=paragraphs,
        counts=[len(_WORD.findall(p)) for p in paragraphs],
        stamps=[
            len(r) < 40 and _TIME_STAMP.match(p) is not None for r, p in zip(raw, paragraphs, strict=True)
        ],
    )


def _in_sentences(paragraphs: Sequence[str], counts: Sequence[int]) -> int:
    """Words in paragraphs long enough to be a sentence that end like one."""
    return sum(
        n
        for p, n in zip(paragraphs, counts, strict=True)
        if n >= SENTENCE_MIN_WORDS and _SENTENCE_END.search(p)
    )


LABEL_WORDS = 6  # a paragraph this short that does not end like a sentence is a label or a heading


def _label(p: str, n: int) -> bool:
    return n <= LABEL_WORDS and _SENTENCE_END.search(p) is None


def _label_pairs(paragraphs: Sequence[str], counts: Sequence[int]) -> float:
    """The share of the body's paragraphs that are a label over a longer block: an article has a
    heading every few paragraphs, a list of teasers, quotes or comments one over each entry."""
    if len(paragraphs) < 2:
        return 0.0
    pairs = sum(
        1
        for (p, n), m in zip(zip(paragraphs, counts, strict=True), counts[1:], strict=False)
        if _label(p, n) and m > LABEL_WORDS
    )
    return pairs / len(paragraphs)


def _prose_run(paragraphs: Sequence[str], counts: Sequence[int], words: int) -> float:
    """The share of the body's words in its longest run of sentences (a heading does not end the run;
    any other paragraph does): an article reads on, a list of entries keeps breaking off."""
    best = run = 0
    for p, n in zip(paragraphs, counts, strict=True):
        if n >= SENTENCE_MIN_WORDS and _SENTENCE_END.search(p):
            run += n
            best = max(best, run)
        elif not _label(p, n):
            run = 0
    return best / words if words else 0.0


def _body_doubts(body: _Body, fmt: str) -> list[tuple[float, str]]:
    """Doubts read from the body alone: a consent notice, and in a dump a list of cut-off teasers or of
    labels and links. (An HTML body's paragraphs are the page's own blocks, where list items and table
    cells need no sentences; on the tune half these two caught no lost HTML page.)"""
    from .boilerplate import consent_terms

    paragraphs, counts, words = body.paragraphs, body.counts, body.words
    doubts: list[tuple[float, str]] = []
    consent = sum(n for p, n in zip(paragraphs, counts, strict=True) if consent_terms(p) >= 2)
    if consent >= CONSENT_BODY_SHARE * words:
        doubts.append((0.3, "the body reads like a cookie or consent notice, not an article"))
    if paragraphs and counts[-1] >= SENTENCE_MIN_WORDS and _mid_sentence(paragraphs[-1]):
        doubts.append(CUT_SHORT)
    if fmt != "text":
        return doubts
    cut_off = sum(1 for p in paragraphs if _CUT_OFF.search(p))
    if cut_off >= TEASER_MIN and cut_off >= TEASER_SHARE * len(paragraphs):
        doubts.append(
            (0.4, f"the body looks like a list of teasers: {cut_off} paragraphs are cut off with '…'")
        )
    if words < FEW_SENTENCES_WORDS and _in_sentences(paragraphs, counts) < FEW_SENTENCES_SHARE * words:
        doubts.append((0.45, "few full sentences in a short body: it may be a list of links or labels"))
    return doubts


def _mid_sentence(paragraph: str) -> bool:
    """The paragraph is running sentences (CUT_SHORT_SENTENCES of them, not cut off with '…') and ends
    in a bare word that starts lower-case (no stop, no closing quote, no figure, no name): it stops in
    mid-sentence."""
    last = paragraph.split()[-1]
    if not (last.isalpha() and last[0].islower()) or "…" in paragraph or "..." in paragraph:
        return False
    ends = sum(1 for m in _INNER_END.finditer(paragraph) if paragraph[m.end()].isupper())
    return ends >= CUT_SHORT_SENTENCES


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


class _Unit(Protocol):
    """What region_signals reads of a dump's unit (reader.clean.dump_lines.Unit)."""

    text: str
    words: int
    score: float
    links: int
    prob: float | None


def _sentence_share(units: Sequence[_Unit]) -> float:
    """Share of the words of `units` in lines that end a sentence and are long enough to be one."""
    words = sum(u.words for u in units)
    if not words:
        return 0.0
    inside = sum(
        u.words
        for u in units
        if u.words >= SENTENCE_MIN_WORDS and _SENTENCE_END.search(u.text.rstrip()[-12:])
    )
    return inside / words


@dataclass(frozen=True)
class RegionView:
    """The region [start, end) a dump cleaner chose among its scored units, measured once for both
    the cleaner's flags (reader.clean.dump.region_flags) and region_signals: the hand scores after
    context (u.score), the region's and the page's score mass and the page's best other run."""

    start: int
    end: int
    kept_words: int  # words the body kept
    scores: list[float]
    best: float  # the region's score sum
    total: float  # the page's positive score mass
    inside: float  # the region's positive score mass
    other: tuple[int, int, float]  # the page's best other run: (start, end, score sum)
    page_words: int


def region_view(units: Sequence[_Unit], start: int, end: int, kept_words: int) -> RegionView | None:
    """The measures of the region [start, end) of `units` (None for an empty region). One more
    maximum-subarray pass: the best other run."""
    if end <= start or not units:
        return None
    scores = [u.score for u in units]
    return RegionView(
        start=start,
        end=end,
        kept_words=kept_words,
        scores=scores,
        best=sum(scores[start:end]),
        total=sum(s for s in scores if s > 0),
        inside=sum(s for s in scores[start:end] if s > 0),
        other=other_run(scores, start, end),
        page_words=sum(u.words for u in units),
    )


# Run time measures only what the mark reads: the confidence model's weighted measures, those the
# plain doubts read and the cleaner's flags. The training scripts measure everything (see
# measure_everything), so that a refit can weigh a measure the shipped model leaves at 0.
_every_measure = False
_PLAIN_DOUBT_MEASURES = (
    "learned_second_ratio",
    "learned_confidence",
    "word_share",
)  # _unsure_block, SMALL_HEADLESS
_DERIVED = {  # model_inputs' combined measures and what they are made of
    "late_small": ("start_share", "word_share"),
    "late_short": ("start_share", "log_words"),
    "second_over_body": ("second_words",),
}


def measure_everything(on: bool = True) -> None:
    """Compute every measure, weighted or not (benchmarks/confidence.py --features, for the training
    script), instead of only those the shipped model and the plain doubts read."""
    global _every_measure
    _every_measure = on


@lru_cache(maxsize=1)
def _measures_in_use() -> frozenset[str]:
    from .confidence_model import WEIGHTS

    used = {k for k, w in WEIGHTS.items() if w} | set(_PLAIN_DOUBT_MEASURES)
    for k, parts in _DERIVED.items():
        if k in used:
            used |= set(parts)
    return frozenset(used)


def _wanted(measure: str) -> bool:
    return _every_measure or measure in _measures_in_use()


def region_signals(units: Sequence[_Unit], view: RegionView) -> dict[str, float]:
    """Measures of the region a dump cleaner chose among `units` (scored), for assess: how heavy and
    how prose-like the page's best other region is beside it, where the body stands, what share of
    the page it holds, how much of the page repeats itself. Language-agnostic: words, scores,
    sentence ends and repeats only. (Only those in use: see measure_everything.)"""
    start, end, best = view.start, view.end, view.best
    s2, e2, second = view.other
    other = units[s2:e2] if e2 > s2 else []
    page_words = view.page_words or 1
    measures = {
        "second_ratio": lambda: second / best if best > 0 else 1.0,
        "second_sentences": lambda: _sentence_share(other),
        "body_sentences": lambda: _sentence_share(units[start:end]),
        "second_words": lambda: float(sum(u.words for u in other)),
        "prose_share": lambda: view.inside / (view.total or 1.0),
        "word_share": lambda: view.kept_words / page_words,
        "start_share": lambda: start / len(units),
        "page_words": lambda: float(page_words),
        "repeated_share": lambda: _repeated_share(units, page_words),
        # (link marks per line of the region)
        "body_links": lambda: sum(u.links for u in units[start:end]) / max(1, end - start),
    }
    out = {k: f() for k, f in measures.items() if _wanted(k)}
    out.update(learned_signals(units, start, end))
    return out


def _repeated_share(units: Sequence[_Unit], page_words: int) -> float:
    """Share of the page's words in lines of 3+ words met more than once."""
    lines = Counter(u.text for u in units if u.words >= 3)
    return sum(u.words for u in units if u.words >= 3 and lines[u.text] > 1) / page_words


LEARNED_RUN_WORDS = 30  # words: a run of likely-article lines this long could be an article on its own
LEARNED_LINE_WORDS = 8  # words: a line this long the scorer does not take ends a run
LEARNED_GAP = 4  # shorter lines the scorer does not take, in a row, that end a run (a menu, a link list)


def _learned_runs(units: Sequence[_Unit], lo: int, hi: int) -> int:
    """How many separate runs of lines the learned scorer takes (chance >= 0.5) among units[lo:hi],
    each at least LEARNED_RUN_WORDS long: a run ends at a long line it does not take, or at
    LEARNED_GAP short ones in a row (a subheading or a picture's label inside an article is no gap)."""
    runs, words, gap = 0, 0, 0
    for u in units[lo:hi]:
        if (u.prob or 0.0) >= 0.5:
            words += u.words
            gap = 0
            continue
        gap += 1
        if u.words >= LEARNED_LINE_WORDS or gap >= LEARNED_GAP:
            runs += words >= LEARNED_RUN_WORDS
            words = 0
    return runs + (words >= LEARNED_RUN_WORDS)


def learned_signals(units: Sequence[_Unit], start: int, end: int) -> dict[str, float]:
    """The learned dump scorer's own view of the region [start, end) (reader.clean.dump_model; empty
    when it did not run): how sure it is of the region, how close the page's best other region comes
    under its scores, how much of the likely article text lies outside, and in how many separate runs
    the likely article text stands, on the page and inside the region (two texts joined)."""
    from . import dump_model

    if end <= start or not units or any(u.prob is None for u in units):
        return {}
    full = cast("list[dump_model.Unit]", list(units))
    scores = dump_model.learned_scores(full)
    if scores is None:
        return {}
    inside_words, inside, likely = dump_model.region_sums(full, start, end)
    best = sum(scores[start:end])
    _s2, _e2, second = other_run(scores, start, end)
    measures = {
        "learned_confidence": lambda: dump_model.confidence_from_sums(inside_words, inside, likely),
        "learned_mean": lambda: inside / inside_words,
        "learned_second_ratio": lambda: min(2.0, max(0.0, second) / best) if best > 0 else 2.0,
        "learned_outside": lambda: max(0.0, 1.0 - inside / likely),
        "learned_runs": lambda: float(_learned_runs(units, 0, len(units))),
        "learned_inner_runs": lambda: float(_learned_runs(units, start, end)),
    }
    return {k: f() for k, f in measures.items() if _wanted(k)}


def signals(
    raw: str, fmt: str, result: CleanResult, stamps: int | None = None, body: _Body | None = None
) -> dict[str, float]:
    """The measures assess weighs for `result`: the region's (result.signals, from the cleaner), the
    cleaner's flags and the body's own shape (`stamps`: _live_entries, if already counted; `body`: the
    body's paragraphs, if already read). Only those in use, unless measure_everything."""
    text = result.text or ""
    body = _body(text) if body is None else body
    words = body.words
    # (a live blog's time stamps head its entries: they are neither loose lines nor short paragraphs)
    kept = [
        (p, n) for p, n, stamp in zip(body.paragraphs, body.counts, body.stamps, strict=True) if not stamp
    ]
    paragraphs = [p for p, _ in kept]
    counts = [n for _, n in kept]
    measures = {
        "log_words": lambda: math.log1p(words),
        "paragraphs": lambda: float(len(paragraphs)),
        "sentence_words": lambda: _in_sentences(paragraphs, counts) / words if words else 0.0,
        "sentence_ends": lambda: (
            sum(1 for p in paragraphs if _SENTENCE_END.search(p)) / len(paragraphs) if paragraphs else 0.0
        ),
        "cut_off": lambda: (
            sum(1 for p in paragraphs if _CUT_OFF.search(p)) / len(paragraphs) if paragraphs else 0.0
        ),
        "mean_paragraph": lambda: words / len(paragraphs) if paragraphs else 0.0,
        "live_entries": lambda: (
            float(_live_entries(raw, text) if stamps is None else stamps) if fmt == "text" else 0.0
        ),
        "headed": lambda: 1.0 if _headed(result) else 0.0,
        # paragraphs of a line or so: tool tips, teaser headlines, list rows
        "short_paragraphs": lambda: (
            sum(1 for n in counts if n < SENTENCE_MIN_WORDS + 4) / len(paragraphs) if paragraphs else 0.0
        ),
        # tokens that are numbers: result tables, dates under teasers, prices
        "digits": lambda: len(_DIGITS.findall(text)) / words if words else 0.0,
        # a label over each block (a teaser's section, a quote's speaker, a comment's author)
        "label_pairs": lambda: _label_pairs(paragraphs, counts),
        # the longest stretch of sentences the body reads on without a break, as its share
        "prose_run": lambda: _prose_run(paragraphs, counts, words),
    }
    out = {k: f() for k, f in measures.items() if _wanted(k)}
    # (the flags always: a flag the cleaner raised is the reason model_doubt gives, weighted or not)
    for flag in (FLAG_COMPETING, FLAG_SMALL_SHARE, FLAG_CONSENT, FLAG_PAYWALL, FLAG_SHORT_ON_PAGE):
        out["flag " + flag] = 1.0 if flag in result.flags else 0.0
    out.update(result.signals)
    if "second_words" in out:  # the best other block against the body, in words (log ratio)
        out["second_over_body"] = math.log1p(out["second_words"]) - math.log1p(words)
    return out


# ---------------------------------------------------------------- the model over a dump's measures

MODEL_SHOWN = 0.6  # a model's doubt weaker than this (a confidence above it) is no doubt at all
MODEL_FLOOR = 0.35  # the lowest confidence the model gives on its own

# Which reason a measure's weight speaks for, when it pushes a page towards "lost" the most.
_REASONS = {
    "competing": "competing regions: another block of the page is nearly as large as the body",
    "share": "the body is a small share of the page's text",
    "short": "a short body on a page with much more text: it may be a teaser or a caption",
    "sentences": "few full sentences in the body: it may be a list of links or labels",
    "late": "the body stands late on the page, where comments and teasers usually are",
    "repeats": "much of the page repeats itself: the body may be one of many similar blocks",
    "teasers": "paragraphs of the body are cut off with '…': it may be a list of teasers",
    "consent": "consent or paywall text next to the body",
    "headless": "no headline above the body shares its words: it may not be the page's story",
    "unsure": "several blocks of the page look as likely to be the article",
    "blocks": "the body is a run of short blocks, each under a label: it may be a list of teasers, quotes or comments",
}
# Reasons that speak of another block of the page send the journalist to the cleaner's other candidates
# (`n` in the page view): on a page where none is offered, the doubt is said without that block.
NO_OTHER_BLOCK = {
    _REASONS[
        "unsure"
    ]: "little of the body reads like the page's article, and no other block of the page reads better",
    _REASONS["competing"]: (
        "text elsewhere on the page weighs nearly as much as the body, but none of it reads as an article"
    ),
}
# Each measure the model weighs: the reason it speaks for, and which way it goes on a doubtful page
# (+1: higher is more doubtful, -1: lower is). A measure gives its reason only when it stands on that
# side of the average page and the model's weight agrees.
MODEL_MEASURES: dict[str, tuple[str, int]] = {
    "second_ratio": ("competing", 1),
    "second_words": ("competing", 1),
    "second_sentences": ("competing", 1),
    "second_over_body": ("competing", 1),
    "flag competing regions": ("competing", 1),
    "word_share": ("share", -1),
    "prose_share": ("share", -1),
    "flag small share": ("share", 1),
    "log_words": ("short", -1),
    "mean_paragraph": ("short", -1),
    "flag short for the page": ("short", 1),
    "sentence_words": ("sentences", -1),
    "sentence_ends": ("sentences", -1),
    "body_sentences": ("sentences", -1),
    "body_links": ("sentences", 1),
    "short_paragraphs": ("sentences", 1),
    "digits": ("sentences", 1),
    "label_pairs": ("blocks", 1),
    "prose_run": ("blocks", -1),
    "start_share": ("late", 1),
    "late_small": ("late", 1),
    "late_short": ("late", 1),
    "repeated_share": ("repeats", 1),
    "cut_off": ("teasers", 1),
    "flag consent nearby": ("consent", 1),
    "flag paywall nearby": ("consent", 1),
    "headed": ("headless", -1),
    "learned_confidence": ("unsure", -1),
    "learned_mean": ("unsure", -1),
    "learned_second_ratio": ("unsure", 1),
    "learned_outside": ("unsure", 1),
    "learned_runs": ("unsure", 1),
    "learned_inner_runs": ("unsure", 1),
}
# counts: their logarithm goes into the model
_LOG_INPUTS = ("second_words", "learned_runs", "learned_inner_runs")
LATE_SHORT_LOG = 6.0  # log(1 + words): a body under about 400 words counts as short in "late_short"


def model_inputs(sig: dict[str, float]) -> dict[str, float]:
    """The model's inputs from `signals`: the measures it weighs, counts on a log scale. (A measure
    the page lacks, such as the learned scorer's when it did not run, is left out: model_doubt reads
    it as the average page's.)"""
    x = {
        k: (math.log1p(max(0.0, sig.get(k, 0.0))) if k in _LOG_INPUTS else sig.get(k, 0.0))
        for k in MODEL_MEASURES
        if k in sig or not k.startswith("learned_")
    }
    # late on the page AND a small share of it, or late AND short: each alone is common on good pages
    # (a story under a long menu; a brief), together they are a comment, a teaser or a footer
    late = sig.get("start_share", 0.0)
    x["late_small"] = late * (1.0 - sig.get("word_share", 0.0))
    x["late_short"] = late * max(0.0, LATE_SHORT_LOG - sig.get("log_words", 0.0))
    return x


def model_doubt(sig: dict[str, float]) -> tuple[float, str]:
    """(confidence, reason) the model gives a dump's body from its `signals`: the chance that the body
    is not the article, turned into a confidence that is LOW_CONFIDENCE at the model's threshold; the
    reason is that of the measures that push towards "lost" the most."""
    from .confidence_model import BIAS, MEAN, SCALE, THRESHOLD, WEIGHTS

    x = model_inputs(sig)
    push: dict[str, float] = {"short": 0.0}
    z = BIAS
    for k, w in WEIGHTS.items():
        d = (x.get(k, MEAN[k]) - MEAN[k]) / SCALE[k]
        z += w * d
        group, way = MODEL_MEASURES[k]
        if w * d > 0 and d * way > 0:
            push[group] = push.get(group, 0.0) + w * d
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    if p >= THRESHOLD:  # (not under MODEL_FLOOR: a plainer doubt's reason, "very short body", says more)
        value = max(MODEL_FLOOR, LOW_CONFIDENCE * (1.0 - p) / (1.0 - THRESHOLD))
    else:
        value = LOW_CONFIDENCE + 0.4 * (THRESHOLD - p) / THRESHOLD
    # a doubt the cleaner itself raised (competing regions, ...) is the plainest reason to give, even one
    # the model gives no weight of its own (it may speak through the measures behind it)
    raised = [MODEL_MEASURES[k][0] for k in MODEL_MEASURES if k.startswith("flag ") and x.get(k)]
    groups = raised or list(push)
    return value, _REASONS[max(groups, key=lambda g: push.get(g, 0.0))]
