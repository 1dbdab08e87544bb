"""Metadata found in the text of a page: byline, dateline, agency, published date, language, site.

Pure functions over strings; each returns None when it finds nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from .boilerplate import AGENCIES, STOPWORDS

__all__ = [
    "parse_byline",
    "parse_dateline",
    "parse_date",
    "guess_language",
    "find_site",
    "is_date_line",
]

_MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "janv févr mars avr mai juin juil août sept oct nov déc",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ene feb mar abr may jun jul ago sep oct nov dic",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "jan feb mär apr mai jun jul aug sep okt nov dez",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
):
    for _i, _n in enumerate(_names.split(), start=1):
        _MONTHS.setdefault(_n, _i)
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))

_DATE_PATTERNS = [
    # 2025-12-10, 2025/12/10
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)\b"), "ymd"),
    # Dec 10, 2025 / December 10 2025
    (
        re.compile(
            rf"\b(?P<mon>{_MONTH_RE})\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d\d)\b", re.I
        ),
        "mdy",
    ),
    # 10 December 2025 / 10. Dezember 2025 / 10 de diciembre de 2025 / 1er janvier 2025
    (
        re.compile(
            rf"\b(?P<d>[0-3]?\d)(?:er|º|°|\.)? (?:de )?(?P<mon>{_MONTH_RE})\.?,? (?:de |del )?(?P<y>(?:19|20)\d\d)\b",
            re.I,
        ),
        "dmy",
    ),
    # 10.12.2025 / 10/12/2025 (day first unless impossible)
    (re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)\b"), "dmy_num"),
]


def _iso(y: int, m: int, d: int) -> str | None:
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2099):
        return None
    if d > (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_date(text: str) -> str | None:
    """The first date written in `text`, as ISO YYYY-MM-DD, or None."""
    if not text:
        return None
    best: tuple[int, str] | None = None
    for pattern, kind in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            y, d = int(m["y"]), int(m["d"])
            if kind in ("mdy", "dmy"):
                mon = _MONTHS.get(m["mon"].lower())
                if mon is None:
                    continue
                iso = _iso(y, mon, d)
            elif kind == "dmy_num":
                iso = _iso(y, int(m["m"]), d) or _iso(y, d, int(m["m"]))
            else:
                iso = _iso(y, int(m["m"]), d)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
            if iso:
                break
    return best[1] if best else None


_DATE_ANY = re.compile("|".join(re.sub(r"\?P<\w+>", "", p.pattern) for p, _ in _DATE_PATTERNS), re.I)
_TIME = re.compile(r"\b\d{1,2}[:h]\d\d(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?\b", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:published|updated|posted|modified|publié|mis à jour|publicado|actualizado|veröffentlicht"
    r"|aktualisiert|pubblicato|aggiornato|on|at|le|el|am|um)\b",
    re.I,
)


def is_date_line(line: str) -> bool:
    """True for a short line that is only a date/time stamp (maybe with 'Published'...)."""
    if len(line) > 80 or not _DATE_ANY.search(line):
        return False
    rest = _DATE_ANY.sub(" ", line)
    rest = _TIME.sub(" ", rest)
    rest = _DATE_WORDS.sub(" ", rest)
    rest = re.sub(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", " ", rest)
    return len(re.findall(r"\w+", rest)) <= 2


_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_AGENCY = rf"(?:{_AGENCY_ALT}|[A-Z]{{2,5}})"
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.\- ]{0,40}?(?:, ?[A-ZÀ-ÖØ-Þ][\w'’.\- ]{0,30}?)?"
# "Lambres-Lez-Douai, France (AFP) Dec 10, 2025" (a dateline line of its own)
_DATELINE_LINE = re.compile(rf"^(?P<place>{_PLACE}) ?\((?P<agency>{_AGENCY})\)(?P<rest>[^()]{{0,40}})$")
# "PARIS (Reuters) - ..." / "WASHINGTON (AP) — ..." / "Paris, 10 déc 2025 (AFP) - ..." / "MADRID, 12 feb (EFE).- ..."
_DATELINE_LEAD = re.compile(
    rf"^(?P<head>[A-ZÀ-ÖØ-Þ][^()\n]{{0,80}}?) ?\((?P<agency>{_AGENCY})\)\.? ?[-–—:]+ ?(?=\S)"
)
# "Nov 19", "19 nov.", "12 de febrero": a day and a month without the year
_DAY_MONTH = re.compile(
    rf"(?i:(?:{_MONTH_RE})\.? [0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:er|º|°|\.)? (?:de )?(?:{_MONTH_RE})\.?)"
)
# "BERLIN -- The agency said..." / "BUFFALO, N.Y. — About three years ago...": a place in capitals, no agency
_DATELINE_CAPS = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{2,30}?(?:, [A-ZÀ-ÖØ-Þ][\w'’.\- ]{0,25}?)?) ?(?:--|—|–) ?(?=[\"“«A-ZÀ-ÖØ-Þ])"
)
_NOT_PLACES = frozenset(
    "BREAKING UPDATE UPDATED EXCLUSIVE WATCH VIDEO PHOTOS PHOTO LIVE OPINION ANALYSIS EDITORIAL REVIEW NOTE "
    "CORRECTION FACT CHECK PODCAST INTERVIEW ADVERTISEMENT SPONSORED".split()
)


def parse_dateline(line: str) -> tuple[str, str | None, str | None] | None:
    """(place, agency or None, ISO date or None) for a dateline, either a line of its own
    ("Lambres-Lez-Douai, France (AFP) Dec 10, 2025") or the start of a paragraph ("PARIS (Reuters) - ...",
    "WASHINGTON (AP) — ...", "NEW YORK, Nov 19 (Reuters) - ...", "BERLIN -- ..."), else None."""
    line = line.strip()
    m = _DATELINE_LINE.match(line)
    if m:
        rest = m["rest"].strip(" -–—,")
        if not rest:
            return m["place"].strip(" ,"), m["agency"], None
        date = parse_date(rest)
        if date is not None:
            return m["place"].strip(" ,"), m["agency"], date
    m = _DATELINE_LEAD.match(line)
    if m:
        place, _, rest = m["head"].partition(",")
        place = place.strip()
        words = place.split()
        if not words or len(words) > 5 or 2 * sum(1 for w in words if w[0].isupper()) <= len(words):
            return None
        date = parse_date(rest) if rest else None
        # what is left once dates and times are taken out must be more of the place ("GENEVA, Switzerland")
        rest = _TIME.sub(" ", _DAY_MONTH.sub(" ", _DATE_ANY.sub(" ", rest)))
        more = [p.strip() for p in rest.split(",") if p.strip()]
        for p in more:
            if not re.fullmatch(r"[A-ZÀ-Þ][\w .'’-]{0,30}", p) or len(p.split()) > 4:
                return None
        return ", ".join([place, *more]), m["agency"], date
    m = _DATELINE_CAPS.match(line)
    if m:
        place = m["place"].strip(" ,")
        head = place.split(",")[0].strip()
        if (
            len(re.findall(r"[^\W\d_]", head)) >= 3
            and head.upper() == head
            and not set(head.split()) & _NOT_PLACES
        ):
            return place, None, None
    return None


_BYLINE = re.compile(
    r"^(?:By|BY|by|Par|PAR|par|Por|POR|por|Von|VON|von|Di|Door|Texto|Text|Auteur|Autor|Author|Written by)"
    r"\s*:?\s+(?P<name>[^\W\d_][\w.'’\- ]{1,80}?(?:(?: and | et | y | und |, )[^\W\d_][\w.'’\- ]{1,60}?)*)"
    r"\s*(?:$|[|•·—–,/]| - | \(|\b(?:on|le|el|am)\b)",
)


# "By Jane Doe, Reuters": the agency is not part of the name
_BYLINE_AGENCY = re.compile(rf"\s*(?:,|\||/|\bfor\b|\bof\b)\s*(?:{_AGENCY_ALT}|the {_AGENCY_ALT})\s*$")


def parse_byline(line: str) -> str | None:
    """'By Etienne BALMER' -> 'Etienne BALMER'; None if the line is not a byline."""
    line = line.strip()
    if len(line) > 120:
        return None
    m = _BYLINE.match(line)
    if not m:
        return None
    name = _BYLINE_AGENCY.sub("", m["name"]).strip(" ,.-")
    words = name.split()
    if not words or len(words) > 10:
        return None
    # a name is mostly capitalised words
    caps = sum(1 for w in words if w[:1].isupper())
    if caps < max(1, (len(words) + 1) // 2):
        return None
    return name


_LETTERS = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str | None:
    """A cheap stopword-based guess among en/fr/es/de/it/pt/nl; None if undecided."""
    words = _LETTERS.findall(text[:3000].lower())
    if len(words) < 3:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in sw) for lang, sw in STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    if best < 2 or best < 0.05 * len(words):
        return None
    return lang


_TLDS = (
    "com|org|net|info|biz|news|io|co|tv|fm|media|online|site|press|eu|uk|fr|de|es|it|pt|nl|be|ch|at|ca|"
    "au|nz|ie|in|jp|cn|ru|br|mx|ar|se|no|dk|fi|pl|cz|gr|tr|za|us|lu"
)
_DOMAIN = re.compile(
    rf"(?<![\w@.-])(?:https?://)?(?:www\.)?(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.)+"
    rf"(?:{_TLDS}))(?![\w@-]|\.\w)",
    re.I,
)


def find_site(lines: list[str]) -> str | None:
    """A domain-like name the page states (most frequent; first seen wins ties), e.g. 'Energy-Daily.com'."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for line in lines:
        if "." not in line:
            continue
        for m in _DOMAIN.finditer(line):
            host = m["host"]
            key = host.lower()
            label = key.split(".")[-2] if key.count(".") >= 1 else ""
            if len(label) < 2 or key.endswith((".jpg", ".png")):
                continue
            counts[key] += 1
            shown.setdefault(key, host)
    if not counts:
        return None
    key = max(counts, key=lambda k: counts[k])
    return shown[key]
