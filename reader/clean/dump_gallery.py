"""Galleries told in their pictures' captions (issue 11): each caption stands between the same few lines
of counters and buttons ("1 / 12", "[heart] 24", "Photo 3 / 6", "Share"), drawn once per picture. The
captions score low one by one (short, hashtags, no sentence around them), so the region may miss the
gallery; the repeated counter lines show its pictures' rhythm."""

from __future__ import annotations

import re

from .dump_lines import _TIME_STAMP, Unit, _barrier
from .metadata import date_line_rest, is_date_line

MARK_WORDS = 4  # a counter or button line is this short
MARK_CHARS = 40
CHAIN_MIN = 3  # counters of at least this many pictures in a row
GAP_MAX = 12  # lines between one picture's counter and the next one's
CAPTION_WORDS = 5  # a caption holds this many words or more
CAPTIONS_MAX = 3  # blocks between two pictures: a caption, maybe a heading and a line over it

_DIGITS = re.compile(r"\d+")
_IMAGE_MARK = re.compile(r"^\[[^\]]*\]$")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# "16 hours ago", "vor 2 Stunden", "il y a 3 jours", "hace 5 minutos": a teaser's or comment's age
_AGE = re.compile(
    r"\b\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti|minut|hours?|hrs?|stunden?|std|heures?|horas?|ore|"
    r"godz\w*|uur|days?|tagen?|jours?|d[ií]as|giorni|dni|dagen|weeks?|wochen?|semaines?|semanas?)\b",
    re.I,
)


def _form(u: Unit) -> str | None:
    """A counter line's shape, its numbers left out ("[heart] 24" -> "[heart] #"); None for other lines."""
    t = u.text
    if u.words > MARK_WORDS or len(t) > MARK_CHARS or not _DIGITS.search(t) or _dated(u):
        return None
    if _IMAGE_MARK.match(t):
        return None  # a picture's alt text or file name ("[IMG_0771]") is no counter
    form = _DIGITS.sub("#", t)
    # a bare number is a rank in a list of teasers as often as a picture's counter
    return form if form.strip("# ") else None


def _caption(u: Unit) -> bool:
    # (words, not a run of counts: "May (12) April (9) March (15)" is an archive's list)
    if len(_DIGITS.findall(u.text)) * 5 > u.words:
        return False
    return u.words >= CAPTION_WORDS and not u.links and not u.boiler and not u.consent and not _barrier(u)


def _gap_ok(units: list[Unit], a: int, b: int) -> bool:
    """Between two pictures' counters: a caption, and no date stamp or end marker (a list of dated
    teasers or comments under counters is no gallery)."""
    gap = units[a + 1 : b]
    # one picture, one caption (maybe under a heading or two): a product box or an archive list
    # holds more blocks between its repeated lines
    return 1 <= sum(1 for u in gap if _caption(u)) <= CAPTIONS_MAX and not any(
        _dated(u) or _stop(u) for u in gap
    )


def _dated(u: Unit) -> bool:
    """A date or time stamp ("2 days ago at 07:47 am"): comments and teasers carry one, pictures not."""
    return u.words <= 12 and (
        date_line_rest(u.text) is not None
        or bool(_TIME_STAMP.search(u.text) or _CLOCK.search(u.text))
        or (u.words <= 8 and _AGE.search(u.text) is not None)
    )


def _stop(u: Unit) -> bool:
    """An end marker, unless it is a counter itself ("[comments] 3")."""
    return _barrier(u) and _form(u) is None


def caption_gallery(units: list[Unit]) -> tuple[int, int, int] | None:
    """(start, end, caption words) of the page's gallery of captions between repeated counter lines,
    or None. The counters and the buttons repeated in it are not marked here (see mark_gallery)."""
    where: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        f = _form(u)
        if f is not None:
            where.setdefault(f, []).append(i)
    best: tuple[int, int, list[int]] | None = None  # (captions, -first, chain)
    for at in where.values():
        if len(at) < CHAIN_MIN:
            continue
        chain = [at[0]]
        for a, b in zip(at[:-1], at[1:], strict=True):
            if b - a <= GAP_MAX and _gap_ok(units, a, b):
                chain.append(b)
                continue
            best = _better(units, chain, best)
            chain = [b]
        best = _better(units, chain, best)
    if best is None:
        return None
    chain = best[2]
    period = min(b - a for a, b in zip(chain[:-1], chain[1:], strict=True))
    # the last picture's caption (after its counter) and the first one's (when captions come first)
    end = chain[-1] + 1
    while end < min(len(units), chain[-1] + period) and not _stop(units[end]) and not units[end].consent:
        end += 1
    # when captions come before their counters, the first one stands just above the first counter
    start = chain[0]
    for j in range(chain[0] - 1, max(-1, chain[0] - period), -1):
        u = units[j]
        if _stop(u) or u.links or is_date_line(u.text):
            break
        if _caption(u):
            start = j
            break
    words = sum(u.words for u in units[start:end] if _caption(u))
    return start, end, words


def _better(
    units: list[Unit], chain: list[int], best: tuple[int, int, list[int]] | None
) -> tuple[int, int, list[int]] | None:
    if len(chain) < CHAIN_MIN:
        return best
    captions = sum(
        1 for a, b in zip(chain[:-1], chain[1:], strict=True) for u in units[a + 1 : b] if _caption(u)
    )
    mine = (captions, -chain[0], chain)
    return mine if best is None or mine[:2] > best[:2] else best


def _keys(u: Unit) -> list[str]:
    """What a repeated short line is known by: its text, numbers left out, and its first word when that
    holds a sign ("fot.", "Foto:", "©", "[like]"): a credit names several photographers."""
    if u.words > MARK_WORDS or len(u.text) > MARK_CHARS:
        return []
    first = u.text.split()[0] if u.text.split() else ""
    keys = [_DIGITS.sub("#", u.text)]
    if first and not first.isalnum() and not _DIGITS.search(first):  # ("1)" numbers a heading)
        keys.append("^" + first)
    return keys


def mark_gallery(units: list[Unit], start: int, end: int) -> None:
    """Mark as Unit.chrome the gallery's counters and the short lines it repeats once per picture
    (buttons, a photographer's credit): three times or more, numbers left out."""
    seen: dict[str, int] = {}
    for u in units[start:end]:
        for k in _keys(u):
            seen[k] = seen.get(k, 0) + 1
    for u in units[start:end]:
        if any(seen[k] >= CHAIN_MIN for k in _keys(u)):
            u.chrome = True
