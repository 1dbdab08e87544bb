"""Metadata found in the text of a page: byline, dateline, agency, published date, language, site.

Pure functions over strings; each returns None when it finds nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .boilerplate import AGENCIES, LANGUAGE_WORDS

__all__ = [
    "AGENCY_NAMES",
    "clean_byline",
    "drop_title_echo",
    "is_copyright_line",
    "read_date",
    "usable_byline",
    "usable_site",
    "usable_title",
    "parse_byline",
    "parse_dateline",
    "parse_date",
    "guess_language",
    "declared_language",
    "page_language",
    "READ_LANGUAGES",
    "find_site",
    "is_date_line",
    "date_line_rest",
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
    "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "gen feb mar apr mag giu lug ago set ott nov dic",
    "jan fev mar abr mai jun jul ago set out nov dez",
    # Polish: the genitive ("3 marca 2024") and the nominative
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "sty lut mar kwi maj cze lip sie wrz paź lis gru",
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
    rest = date_line_rest(line)
    return rest is not None and len(rest) <= 2


def date_line_rest(line: str) -> list[str] | None:
    """The words of a short line holding a date besides the date, its time and words like 'on',
    'Published' ("Jane Doe on May 2, 2019" -> ["Jane", "Doe"]); None for a line with no date."""
    if len(line) > 80 or not _DATE_ANY.search(line):
        return None
    rest = _DATE_ANY.sub(" ", line)
    rest = _TIME.sub(" ", rest)
    rest = _DATE_WORDS.sub(" ", rest)
    rest = re.sub(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", " ", rest)
    return re.findall(r"\w+", rest)


# News agencies whose names stand in datelines ("WARSZAWA (PAP) -", "Bonn (epd) -") and end bylines.
AGENCY_NAMES: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            *AGENCIES,
            *"AA ANP APA ATS AGI ANA ANA-MPA ANI APP BTA CP CTK ČTK dapd dpa-AFX dts epd EPA HINA IAR idea IRNA "
            "Jiji KAI KNA KUNA MENA MTI NTB NZPA PAP QNA RIA sid SPA STA STT TT WAFA WAM".split(),
            "Adnkronos",
            "Agence France-Presse",
            "Agerpres",
            "Antara",
            "Associated Press",
            "Interfax",
            "Keystone-SDA",
            "LaPresse",
            "Notimex",
            "Press Association",
            "RIA Novosti",
            "Ritzau",
            "Tanjug",
            "Télam",
            "The Associated Press",
            "The Canadian Press",
            "Ukrinform",
            "Yonhap",
        )
    )
)
_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in AGENCY_NAMES), key=len, reverse=True))
_AGENCY_ONE = rf"(?:{_AGENCY_ALT}|[A-Z]{{2,5}})"
# one agency or several ("dpa/AFP", "AFP, Reuters")
_AGENCY = rf"(?:{_AGENCY_ONE}(?: ?[/,] ?{_AGENCY_ONE}){{0,3}})"
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


# The languages the cleaner reads: those whose function words it knows.
READ_LANGUAGES: frozenset[str] = frozenset(LANGUAGE_WORDS)


def guess_language(text: str) -> str | None:
    """A cheap stopword-based guess among READ_LANGUAGES; None if undecided."""
    words = _LETTERS.findall(text[:3000].lower())
    if len(words) < 3:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in sw) for lang, sw in LANGUAGE_WORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    if best < 2 or best < 0.05 * len(words):
        return None
    return lang


_HEAD_CHARS = 200_000  # a page declares its language in its head
# (a tag's attributes read in two linear passes: a hostile page's endless tag costs no quadratic time)
_LANG_TAG = re.compile(r"<(html|meta)\b([^<>]{0,1000})", re.I)
_ATTR = re.compile(r"([\w:-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))")
_LANG_CODE = re.compile(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")


def declared_language(raw_html: str) -> str | None:
    """The language a page of HTML declares for itself (<html lang>, xml:lang, a content-language meta,
    og:locale), as a lower-case ISO 639 code ("pl-PL" -> "pl"); None if it declares none."""
    found: str | None = None
    for tag in _LANG_TAG.finditer(raw_html[:_HEAD_CHARS]):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag[2])
        }
        if tag[1].lower() == "html":
            value = attrs.get("lang") or attrs.get("xml:lang")
            if value and (code := _LANG_CODE.match(value)):
                return code.group(1).lower()  # (the page's own word for itself wins)
        elif found is None and (
            attrs.get("http-equiv", "").lower() == "content-language"
            or attrs.get("property", "").lower() == "og:locale"
        ):
            code = _LANG_CODE.match(attrs.get("content", ""))
            found = code.group(1).lower() if code else None
    return found


def page_language(declared: str | None, text: str) -> str | None:
    """The language to store: the page's own declaration when it is one the cleaner reads (a guess
    from function words confuses close languages and short texts), else the text's guess, else the
    declaration."""
    if declared in READ_LANGUAGES:
        return declared
    return guess_language(text) or declared


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


# --- hygiene of the fields the cleaners return --------------------------------------------------------

_COPYRIGHT = re.compile(
    r"©|&copy;|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|\ball rights reserved\b|\btous droits réservés\b"
    r"|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|\bwszelkie prawa zastrzeżone\b"
    r"|\balle rechten voorbehouden\b|\btutti i diritti riservati\b|\btodos os direitos reservados\b",
    re.I,
)


def is_copyright_line(text: str) -> bool:
    """A copyright notice ("© 2024 Example", "Copyright 2014", "Alle Rechte vorbehalten"): its year is
    not the article's date, and it is never a title or a site name."""
    return _COPYRIGHT.search(text) is not None


# Words that are a page's generic label, never an article's title nor a site's name.
_GENERIC_TITLES = frozenset(
    "home homepage startseite accueil inicio portada index untitled".split()
    + ["home page", "strona główna", "page d'accueil", "página principal", "pagina principale"]
)


def _key(text: str) -> str:
    """Letters and digits only, lower case: 'Example-News.com' and 'EXAMPLE NEWS' compare equal."""
    t = text.lower().strip()
    t = re.sub(r"^(?:https?://)?(?:www\.)?", "", t)
    t = re.sub(rf"\.(?:{_TLDS})(?:/.*)?$", "", t)
    return "".join(ch for ch in t if ch.isalnum())


def usable_site(site: str | None) -> str | None:
    """The site name, or None when it is a copyright notice or a generic label ('Startseite')."""
    if not site or not site.strip():
        return None
    site = site.strip()
    if is_copyright_line(site) or site.lower() in _GENERIC_TITLES or not re.search(r"[^\W\d_]", site):
        return None
    # a URL, an e-mail address or a numbered label ("6. Jahrgang") is not a site's name
    if "://" in site or "@" in site or site[0].isdigit() or len(site) > 100:
        return None
    return site


def usable_byline(byline: str | None, site: str | None) -> str | None:
    """clean_byline, and None when what is left is the site's own name (a page signed by its site)."""
    name = clean_byline(byline)
    if name and site and _key(name) == _key(site):
        return None
    return name


def usable_title(title: str | None, site: str | None) -> str | None:
    """The title, or None when it is the site's name, a copyright notice or a generic label."""
    if not title or not title.strip():
        return None
    title = title.strip()
    if is_copyright_line(title) or title.lower() in _GENERIC_TITLES or not re.search(r"[^\W\d_]", title):
        return None
    if site and _key(title) == _key(site):
        return None
    return title


def drop_title_echo(title: str | None, paragraphs: list[str]) -> list[str]:
    """The paragraphs without the headline repeated as one of the first two (equal, or nearly: case,
    punctuation, a word or two), so the body does not open with its own title."""
    if not title or not paragraphs:
        return paragraphs
    from difflib import SequenceMatcher

    tkey = _key(title)
    if len(tkey) < 4:
        return paragraphs
    for i, p in enumerate(paragraphs[:2]):
        pkey = _key(p)
        if not pkey or len(pkey) > 1.25 * len(tkey) + 6 or len(tkey) > 1.25 * len(pkey) + 6:
            continue
        if pkey == tkey or SequenceMatcher(None, pkey, tkey, autojunk=False).ratio() >= 0.88:
            if len(paragraphs) > 1:
                return paragraphs[:i] + paragraphs[i + 1 :]
    return paragraphs


# A byline ends where a job title, an agency or a date begins ("Tom Krisher; Ap Auto Writer").
_ROLE_NOUNS = frozenset(
    """writer writers reporter reporters correspondent correspondents editor editors columnist columnists
    contributor contributors journalist journalists photographer photographers photojournalist producer
    producers analyst critic staff intern bureau desk team newsroom anchor host presenter
    redakteur redakteurin redakteure korrespondent korrespondentin autor autorin journalistin redaktion
    chefredakteur chefredakteurin volontär volontärin mitarbeiter mitarbeiterin fotograf fotografin reporterin
    journaliste rédacteur rédactrice correspondant correspondante envoyé envoyée rédaction chroniqueur
    chroniqueuse éditorialiste photographe pigiste
    redactor redactora redacción periodista corresponsal enviado enviada columnista fotógrafo fotógrafa editora
    dziennikarz dziennikarka redaktor redaktorka redakcja korespondent korespondentka reporterka autorka
    verslaggever verslaggeefster redacteur redactie fotograaf
    giornalista redattore redattrice corrispondente inviato inviata redazione cronista
    repórter jornalista redação correspondente colunista""".split()
)
# Words that qualify a job title ("Senior Political Correspondent", "Ap Auto Writer").
_ROLE_WORDS = frozenset(
    """senior chief staff special associate assistant deputy managing executive contributing freelance
    investigative political politics auto business sports science health tech technology economics economy
    environment environmental foreign national local international regional metro courts crime legal medical
    data digital video photo news entertainment culture food travel education climate energy markets finance
    world white house state city capitol washington europe paris london berlin ap afp""".split()
)
_DATE_WORDS_BYLINE = frozenset(
    """published updated posted modified last on at le el am um op il em w dnia publié publiée mis publicado
    actualizado veröffentlicht aktualisiert aktualisiert: stand gepubliceerd bijgewerkt pubblicato aggiornato
    opublikowano zaktualizowano monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat
    sun""".split()
)
# Words that stand before a date ("le 3 mars", "am 3. März", "on Nov 12") and may also be in a name.
_DATE_PREPS = frozenset("le el am um op il em w on at".split())
_NAME_PARTICLES = frozenset(
    "de da di du dos das del della van von der den ten ter la le y and und et i e bin ibn al el zu af av".split()
)
_BYLINE_LEAD = re.compile(
    r"^\s*(?:(?:an? |the )?(?:article|story|post|text|beitrag|artikel|texte|nota|un article) )?"
    r"(?:by|par|por|von|di|door|od|texto|text|auteur|autor|autorin|author|written by|reporting by|"
    r"words by|un article de|ein beitrag von)\s*:?(?:\s+|$)",
    re.I,
)
_BYLINE_SPLIT = re.compile(r"\s*(?:;|\||•|·|/|\(|\)|\[|\]|,|\s[-–—]\s|^[-–—]\s|\n)\s*")
_AGENCY_SET = frozenset(a.lower() for a in AGENCY_NAMES)


def _is_date_word(word: str, following: str | None) -> bool:
    w = word.lower().strip(".:,")
    if any(ch.isdigit() for ch in w):
        return True
    if w in _DATE_WORDS_BYLINE and w not in _DATE_PREPS:
        return True
    nxt = (following or "").strip(".:,")
    if w in _MONTHS and len(w) >= 3 and (nxt[:1].isdigit() or word.isupper() and len(w) > 3):
        return True
    # "le 3 mars", "am 3. März", "on Nov 12"
    return w in _DATE_PREPS and bool(
        nxt[:1].isdigit() or nxt.lower() in _MONTHS or nxt.lower() in _DATE_WORDS_BYLINE
    )


_TLD_SET = frozenset(_TLDS.split("|")) | {"pa", "gov", "edu"}
# "Art Edwards says": the verb of a comment header is not part of the name
_SAYS = frozenset(
    "says said writes wrote sagt schreibt schrieb dit écrit dice escribe pisze zegt scrive".split()
)
_NOT_NAMES = frozenset(
    "unknown admin administrator wordpressadmin webmaster guest anonymous anonym anonyme anónimo gast redaktion "
    "redacción rédaction redakcja redactie redazione editor editors staff author autor auteur".split()
)
# "Quelle: Statista", "Source: Reuters": a source credit, not a byline
_SOURCE_LEAD = re.compile(r"^\s*(?:source|quelle|źródło|fuente|fonte|bron|crédit|credit)s?\b\s*:?", re.I)


def _name_part(segment: str) -> tuple[str, bool]:
    """(the name at the start of a byline segment, whether a job title, agency or date ended it)."""
    words = segment.split()
    kept: list[str] = []
    ended = False
    for i, word in enumerate(words):
        w = word.lower().strip(".:,;")
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in _ROLE_NOUNS or _is_date_word(word, nxt) or "@" in word or w in _SAYS:
            ended = True
            break
        if word[:1].islower() and w not in _NAME_PARTICLES and kept:
            # what is left of an address once '@' and '.' are gone: "maria lopez com pa", "ExampleLocal com"
            if w in _TLD_SET:
                kept.pop()
            ended = True
            break
        kept.append(word)
    if ended:
        # "Tom Krisher Ap Auto" once "Writer" ended it: the qualifiers of the job title go too
        while kept and (kept[-1].lower() in _ROLE_WORDS or kept[-1].lower() in _AGENCY_SET):
            kept.pop()
    return " ".join(kept).strip(" -–—:"), ended


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 12 or "@" in name or not re.search(r"[^\W\d_]", name):
        return False
    if name.lower() in _AGENCY_SET or name.lower().removeprefix("the ") in _AGENCY_SET:
        return False
    content = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if not content:
        return False
    caps = sum(1 for w in content if w[:1].isupper())
    return caps * 2 >= len(content)


def clean_byline(raw: str | None) -> str | None:
    """The names in a byline, without a leading 'By', job titles, agencies, dates or e-mail addresses:
    'Tom Krisher; Ap Auto Writer' -> 'Tom Krisher', 'Von Hans Müller (dpa)' -> 'Hans Müller'. None if no
    name is left."""
    if not raw:
        return None
    text = " ".join(raw.split())
    if len(text) > 300 or _SOURCE_LEAD.match(text):
        return None
    text = _BYLINE_LEAD.sub("", text)
    names: list[str] = []
    for segment in _BYLINE_SPLIT.split(text):
        segment = _BYLINE_LEAD.sub("", segment.strip())
        if not segment:
            continue
        if segment.lower() in _AGENCY_SET or segment.lower().removeprefix("the ") in _AGENCY_SET:
            break
        name, ended = _name_part(segment)
        if name and _looks_like_name(name):
            names.append(name)
        elif names or name:
            break
        if ended:
            break
    result = ", ".join(names).strip(" ,.-–—")
    if result.lower() in _NOT_NAMES:
        return None
    return result or None


# Dates a regex cannot read (other languages, odd forms) go to dateparser: only short candidate
# strings that hold a year and a day number, and cached, as dateparser is slow.
DATE_LANGUAGES = (
    "en",
    "de",
    "fr",
    "es",
    "pl",
    "nl",
    "it",
    "pt",
    "cs",
    "sk",
    "sv",
    "da",
    "nb",
    "fi",
    "hu",
    "ro",
)
_DATE_CANDIDATE = re.compile(r"\b(?:19|20)\d\d\b")
_DAY_NUMBER = re.compile(r"(?<![\d:])[0-3]?\d(?![\d:])")


def _dateparser_date(text: str, language: str | None) -> str | None:
    if language and language not in DATE_LANGUAGES:
        language = None
    if len(text) > 60 or not _DATE_CANDIDATE.search(text) or not re.search(r"[^\W\d_]{3}", text):
        return None
    if len(_DAY_NUMBER.findall(_DATE_CANDIDATE.sub(" ", text))) < 1:
        return None
    return _dateparser_cached(text, language)


@lru_cache(maxsize=4096)
def _dateparser_cached(text: str, language: str | None) -> str | None:
    try:
        import dateparser  # lazy: slow to import, needed only for dates the regexes miss
    except ImportError:
        return None
    try:
        found = dateparser.parse(
            text,
            # never None: detecting among all of dateparser's languages takes seconds a string
            languages=[language] if language else list(DATE_LANGUAGES),
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
        )
    except Exception:  # dateparser raises on odd input; a date is optional
        return None
    if found is None or not 1900 <= found.year <= 2099:
        return None
    return found.strftime("%Y-%m-%d")


def read_date(text: str, language: str | None = None) -> str | None:
    """The date a metadata line states, as ISO: the fast patterns first, then dateparser in the page's
    language for what they miss. None for a copyright line ('© 2024' is not a publication date)."""
    if not text or is_copyright_line(text):
        return None
    return parse_date(text) or _dateparser_date(text.strip(), language)
