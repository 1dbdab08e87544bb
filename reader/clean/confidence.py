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
from typing import Protocol, cast

from ..models import CleanResult
from .dump_lines import other_run

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
# the learned dump scorer's best other region against the body's (learned_second_ratio), and its own
# confidence in the body (learned_confidence), that together make the block doubtful (tune material:
# benchmarks/confidence_train.py --cross, see benchmarks/README.md)
UNSURE_SECOND = 0.7
UNSURE_CONFIDENCE = 0.5
HEADED_MIN_WORDS = 2  # content words of the title found in the body that make it a headed story

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


def assess(raw: str, fmt: str, result: CleanResult, *, model: bool = True) -> tuple[float, str | None]:
    """(confidence 0..1, reason or None) for `result`, cleaned from `raw` given as `fmt`.
    The reason is given only when the confidence is under LOW_CONFIDENCE. (`model=False`: the plain
    doubts only, as benchmarks/confidence_train.py fits the model to what they leave.)

    A dump's body chosen among regions (result.signals set) is weighed by the small logistic model of
    reader.clean.confidence_model over its measures and flags; the doubts that need no weighing (no
    text, a very short body, a body that reads as a consent notice, a list of teasers or of labels,
    one entry of a live blog, a paywall, a fall-back) stand on their own. Other results (HTML,
    Markdown, a bare article) go by the flags' rules below."""
    words = len(_WORD.findall(result.text or ""))
    if words == 0:
        return 0.0, "no article text was found"
    candidates: list[tuple[float, str]] = []
    if words < SHORT_BODY:
        candidates.append((0.3, f"very short body ({words} words)"))
    else:  # (a very short body's reason says enough)
        candidates += _body_doubts(result.text, words, fmt)
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
    flags = set(result.flags)
    if fmt == "text" and result.signals:
        value, reason = model_doubt(signals(raw, fmt, result, stamps)) if model else (1.0, "")
        if value < MODEL_SHOWN:
            candidates.append((value, reason))
        flags &= {FLAG_PAYWALL, FLAG_FALLBACK, FLAG_CONSENT}  # the model weighed the others
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


def region_signals(units: Sequence[_Unit], start: int, end: int, kept_words: int) -> dict[str, float]:
    """Measures of the region [start, end) a dump cleaner chose among `units` (scored), for assess:
    how heavy and how prose-like the page's best other region is beside it, where the body stands, what
    share of the page it holds, how much of the page repeats itself. Language-agnostic: words,
    scores, sentence ends and repeats only."""
    if end <= start or not units:
        return {}
    scores = [u.score for u in units]
    body = units[start:end]
    best = sum(scores[start:end])
    s2, e2, second = other_run(scores, start, end)
    other = units[s2:e2] if e2 > s2 else []
    page_words = sum(u.words for u in units) or 1
    total = sum(s for s in scores if s > 0) or 1.0
    lines = Counter(u.text for u in units if u.words >= 3)
    repeated = sum(u.words for u in units if u.words >= 3 and lines[u.text] > 1)
    body_units = max(1, end - start)  # (link marks per line of the region)
    out = {
        "second_ratio": second / best if best > 0 else 1.0,
        "second_sentences": _sentence_share(other),
        "body_sentences": _sentence_share(body),
        "second_words": float(sum(u.words for u in other)),
        "prose_share": sum(s for s in scores[start:end] if s > 0) / total,
        "word_share": kept_words / page_words,
        "start_share": start / len(units),
        "page_words": float(page_words),
        "repeated_share": repeated / page_words,
        "body_links": sum(u.links for u in body) / body_units,
    }
    out.update(learned_signals(units, start, end))
    return out


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

    if not units or any(u.prob is None for u in units):
        return {}
    full = cast("list[dump_model.Unit]", list(units))
    conf = dump_model.region_confidence(full, start, end)
    scores = dump_model.learned_scores(full)
    if conf is None or scores is None:
        return {}
    probs = [u.prob or 0.0 for u in units]
    best = sum(scores[start:end])
    _s2, _e2, second = other_run(scores, start, end)
    likely = sum(u.words * p for u, p in zip(units, probs, strict=True)) or 1.0
    inside = sum(u.words * p for u, p in zip(units[start:end], probs[start:end], strict=True))
    inside_words = sum(u.words for u in units[start:end]) or 1
    return {
        "learned_confidence": conf,
        "learned_mean": inside / inside_words,
        "learned_second_ratio": min(2.0, max(0.0, second) / best) if best > 0 else 2.0,
        "learned_outside": max(0.0, 1.0 - inside / likely),
        "learned_runs": float(_learned_runs(units, 0, len(units))),
        "learned_inner_runs": float(_learned_runs(units, start, end)),
    }


def signals(raw: str, fmt: str, result: CleanResult, stamps: int | None = None) -> dict[str, float]:
    """Every measure assess weighs for `result`: the region's (result.signals, from the cleaner), the
    cleaner's flags and the body's own shape (`stamps`: _live_entries, if already counted)."""
    from .dump_lines import _TIME_STAMP

    text = result.text or ""
    # (a live blog's time stamps head its entries: they are neither loose lines nor short paragraphs)
    paragraphs = [
        p.strip()
        for p in text.split("\n\n")
        if p.strip() and not (len(p) < 40 and _TIME_STAMP.match(p.strip()))
    ]
    counts = [len(_WORD.findall(p)) for p in paragraphs]
    words = len(_WORD.findall(text))
    in_sentences = sum(
        n
        for p, n in zip(paragraphs, counts, strict=True)
        if n >= SENTENCE_MIN_WORDS and _SENTENCE_END.search(p)
    )
    ends = sum(1 for p in paragraphs if _SENTENCE_END.search(p))
    cut_off = sum(1 for p in paragraphs if _CUT_OFF.search(p))
    out = {
        "log_words": math.log1p(words),
        "paragraphs": float(len(paragraphs)),
        "sentence_words": in_sentences / words if words else 0.0,
        "sentence_ends": ends / len(paragraphs) if paragraphs else 0.0,
        "cut_off": cut_off / len(paragraphs) if paragraphs else 0.0,
        "mean_paragraph": words / len(paragraphs) if paragraphs else 0.0,
        "live_entries": float(_live_entries(raw, text) if stamps is None else stamps)
        if fmt == "text"
        else 0.0,
        "headed": 1.0 if _headed(result) else 0.0,
        # paragraphs of a line or so: tool tips, teaser headlines, list rows
        "short_paragraphs": sum(1 for n in counts if n < SENTENCE_MIN_WORDS + 4) / len(paragraphs)
        if paragraphs
        else 0.0,
        # tokens that are numbers: result tables, dates under teasers, prices
        "digits": len(_DIGITS.findall(text)) / words if words else 0.0,
    }
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
