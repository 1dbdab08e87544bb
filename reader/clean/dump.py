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
from dataclasses import dataclass

from ..models import CleanResult
from ..normalize import normalize_field, normalize_text
from .boilerplate import (
    ALL_STOPWORDS,
    BOILERPLATE_ANYWHERE,
    BOILERPLATE_LINE,
    CONSENT_MIN,
    END_MARKERS,
    PAYWALL,
    consent_terms,
    has_boilerplate,
)
from .confidence import (
    COMPETING_RATIO,
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
)
from .metadata import (
    clean_byline,
    date_line_rest,
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
from .paragraphs import is_junk_line, is_label_line, paragraphs_from_lines

__all__ = ["clean_dump", "extract_body", "Unit", "split_units"]

_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^(?:[*•·+▪◦‣○●■□▸▹►▶➤✓✔◆◇]|[-–—](?!.*\s[-–—]$))\s+(?=\S)")
# a text browser's link number ("[12]") and its marks for images, frames and buttons
_LINK_MARKER = re.compile(r"\[\d{1,4}\]|\[(?:IMG|INLINE|ICON|LINK|BUTTON|EMBED|IFRAME)\]|\(BUTTON\)")
_SENTENCE_END = re.compile(r"[.!?…:;。！？．][\"'”’»)\]」』）]*$")
# Scripts written without spaces between words: a \w+ run there is a phrase, not a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_COMMENT_HEADER = re.compile(
    r"\b(?:said|says|wrote|writes|a écrit|escribió|schrieb):$|^(?:reply|répondre|responder|antworten|rispondi|responder)$",
    re.I,
)
_COMMENTS = re.compile(
    r"^\W*(?:\d+ )?(?:comments?|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)"
    r"|(?:thoughts?|responses?|replies|reactions?|réponses?|respuestas?|antworten) (?:on|to|à|a|auf|zu)\b"
    r"|commentaires?|comentarios?|kommentare?|commenti|reacties|laisser un commentaire|réagir"
    r"|(?:deja|dejar|escribe) (?:un|tu) comentario|(?:schreiben sie |schreibe )?einen kommentar(?: schreiben)?"
    r"|kommentar schreiben|lascia un commento|deixe (?:um|seu) comentário)\b",
    re.I,
)
# "12 thoughts on “The title of the post”", "3 réponses à « ... »"
_COMMENTS_ON = re.compile(
    r"^\W*\d+ (?:thoughts?|responses?|replies|comments?|reactions?|réponses?|commentaires?|comentarios?|respuestas?"
    r"|kommentare?|antworten|commenti|risposte) (?:on|to|sur|à|a|en|auf|zu|zum|zur|su)\b",
    re.I,
)
_READ_MORE = re.compile(
    r"^\W*(?:read (?:more|also)|see also|related|lire (?:aussi|la suite)|à lire aussi|voir aussi|leer más"
    r"|lee también|lea también|ver también|mehr zum thema|lesen sie auch|auch interessant|leggi anche"
    r"|leia (?:também|mais)|lees ook|lees meer)\b\s*[:»›>|-]",
    re.I,
)
_TEASER_HEAD = re.compile(
    r"^\W*(?:more\s*:?$|explore (?:further|more)|don'?t miss|must read|editor'?s picks?|also read|more (?:from|on|in|stories|news|articles)\b"
    r"|related\b|most (?:read|popular|viewed|shared)|trending|top stories|latest news|recommended"
    r"|à ne pas manquer|à lire (?:aussi|également)|sur le même (?:sujet|thème)|les plus lus|te puede interesar"
    r"|no te lo pierdas|también te puede|más noticias|lo más (?:leído|visto)|auch lesenswert|mehr (?:zum thema|aus|von)"
    r"|meistgelesen|weitere artikel|leggi anche|potrebbe interessarti|lees (?:ook|meer)|zie ook|meest gelezen"
    r"|czytaj (?:także|też|również|więcej)|zobacz (?:też|także|również)|najczęściej czytane|polecamy"
    r"|ähnliche (?:beiträge|artikel)|das könnte (?:sie|dich) auch interessieren|weitere (?:meldungen|beiträge|nachrichten)"
    r"|articles? (?:similaires|liés|connexes)|dans la même rubrique|artículos relacionados|noticias relacionadas"
    r"|similar (?:posts|articles|stories)|you (?:may|might) also (?:like|enjoy)"
    r"|(?:das |dieses? )?(?:thema |themen )?könnte (?:sie|dich|euch) (?:auch )?interessieren|(?:le|te) puede interesar"
    r"|(?:weitere|alle) (?:meldungen|artikel|beiträge|news)\b|vorschau auf|pour approfondir|(?:next|previous) (?:article|post)"
    r"|(?:nächster|vorheriger) (?:artikel|beitrag)|article (?:suivant|précédent)|redaktionstipp)",
    re.I,
)
# A picture's credit or caption line: "Image copyright Getty Images", "Jane Doe | Bloomberg | Getty Images".
_PHOTO_LINE = re.compile(
    r"^(?:image|media|photo|video) (?:copyright|caption|credit)\b"
    r"|(?:^|[|/,] ?)(?:getty images|afp|ap|reuters|epa|shutterstock|istock(?:photo)?|alamy|dpa|bloomberg|ap photo)"
    r"(?: via getty images)?\W*$",
    re.I,
)
_PHOTO_LABEL = re.compile(r"^(?:image|media|photo|video) (?:copyright|caption|credit)\b", re.I)
# "Photo by Jane Doe on Unsplash", "Foto von ... auf Pixabay": a stock picture's credit
_STOCK_CREDIT = re.compile(
    r"\b(?:on|auf|sur|en|via) (?:unsplash|pexels|pixabay|shutterstock|istock|adobe stock|flickr)\W*$", re.I
)
# "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM"
_STAMP_LINE = re.compile(
    r"^\W*(?:updated|posted|published|last (?:updated|modified)|mis à jour|publié|actualizado|publicado"
    r"|aktualisiert|veröffentlicht|aggiornato|pubblicato)\b.{0,80}\d",
    re.I,
)
# The header of an author's bio: "About the author", "About Jane Doe", "Über Moritz Bachmann".
_BIO_HEAD = re.compile(
    r"^\W*(?:(?i:about the authors?|author bio(?:graphy)?|à propos de l'auteur|(?:sur|de) l'auteur|sobre (?:el|la|o|a) autora?"
    r"|über (?:den|die) autor(?:in)?|l'autore|over de auteur))\W*$"
    r"|^(?:About|ABOUT|Über|Sobre|À propos de|A propos de|Acerca de|Chi è) (?:[A-ZÀ-Þ][\w'’.-]+ ?){1,3}$"
)
# A picture caption's credit at the end of a line: "... (Image: GETTY)", "... Credit: EPA", "Foto: dpa".
_CAPTION_CREDIT = re.compile(
    r"(?:\b(?:credits?|image|images|photo|photos|picture|pictures|foto|fotos|bild|crédits?|photographie)\s*:"
    r"\s*(?:[^.!?:]|\b[A-Z]\.){1,60}\)?|\((?:[A-Z]{2,6} )?(?:photo|image|foto|bild)[^()]{0,60}\))$",
    re.I,
)
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
# A form control as a text browser draws it: a check box "[ ]" "[*]" "[X]", a radio button "( )" "(*)",
# a text field "[____]": newsletter sign-ups, consent dialogs, search boxes.
_FORM = re.compile(r"\[[ *xX]?\]|\(\*?\)|\( \)|\[_{3,}[_ ]*\]")
# A time stamp alone on its line, as live blogs head their entries: "16:45", "21:30 Uhr", "4.32pm",
# "14h05", maybe with a day: "3 Feb 16:45", "Sat 09:12".
_TIME_STAMP = re.compile(
    r"^\W*(?:(?:[A-Za-zÀ-ÿ]{2,10}\.?,? )?(?:\d{1,2}\.? [A-Za-zÀ-ÿ]{3,10}\.?,? )?)?"
    r"\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}))?\W*$"
    r"|^\W*\d{1,2}\s*(?:am|pm|uhr)\W*$",
    re.I,
)


@dataclass
class Unit:
    text: str
    indent: int = 0
    bullet: bool = False
    blank_before: bool = False
    links: int = 0
    words: int = 0
    score: float = 0.0
    boiler: bool | None = None  # holds a boilerplate phrase (None: not looked at yet)
    consent: bool = False  # consent, data-protection, newsletter-form or paywall text


# A link address alone on its line, or an entry of a text browser's list of links ("  12. https://...").
_URL_ONLY = re.compile(
    r"^\s*(?:\d{1,4}\.\s+(?:[a-z]+:|/|#|www\.)\S|(?:\d{1,4}\.\s*)?(?:\S*(?:://|www\.)\S*|#\S*)$)"
)


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped page was wrapped at, or None if the page is not wrapped."""
    # a text browser's list of link addresses ("  12. https://...") is never wrapped
    lengths = [len(x) for x in lines if x.strip() and not (("/" in x or "#" in x) and _URL_ONLY.match(x))]
    if len(lengths) < 5:
        return None
    long_lines = sum(1 for n in lengths if n > 110)
    if long_lines > max(2, len(lengths) // 50):
        return None
    full = sorted(n for n in lengths if 40 <= n <= 110)
    if len(full) < 3:
        return None
    width = full[(len(full) * 9) // 10 - (1 if len(full) % 10 == 0 else 0)]
    if width < 50:
        return None
    # wrapped paragraphs fill their lines: most long lines end close to the width
    near = sum(1 for n in full if width - 12 <= n <= width)
    if near < 3:
        return None
    return width


def split_units(text: str) -> list[Unit]:
    """Cut a normalised page into units: lines, with hard-wrapped paragraphs joined back."""
    raw_lines = text.split("\n")
    width = _wrap_width(raw_lines)
    units: list[Unit] = []
    blank = False
    prev_raw_len = 0
    for raw in raw_lines:
        stripped = raw.strip()
        if not stripped:
            blank = True
            prev_raw_len = 0
            continue
        indent = len(raw) - len(raw.lstrip())
        bullet_m = _BULLET.match(stripped)
        links = 0
        if "[" in stripped or "(BUTTON)" in stripped:
            links = len(_LINK_MARKER.findall(stripped))
            if links:
                stripped = " ".join(_LINK_MARKER.sub(" ", stripped).split())
                if not stripped:
                    blank = True
                    continue
        if width is not None and _URL_ONLY.match(stripped):
            # a link address of a text browser's reference list: a unit of its own, never joined
            units.append(Unit(stripped, indent, False, blank, links))
            blank = True
            prev_raw_len = 0
            continue
        if (
            width is not None
            and units
            and not blank
            and bullet_m is None
            and (
                prev_raw_len + 1 + len(stripped.split(" ", 1)[0]) > width - 2
                or (
                    prev_raw_len >= width - 12
                    and not _SENTENCE_END.search(units[-1].text[-12:])
                    and not stripped[0].isupper()  # a capital after a short line: a new row or paragraph
                )
            )
        ):
            prev = units[-1]
            if _HYPHEN_END.search(prev.text):
                prev.text += stripped
            else:
                prev.text += " " + stripped
            prev.links += links
            prev_raw_len = len(raw.rstrip())
            continue
        bullet = bullet_m is not None
        if bullet_m is not None:
            stripped = stripped[bullet_m.end() :]
        units.append(Unit(stripped, indent, bullet, blank, links))
        blank = False
        prev_raw_len = len(raw.rstrip())
    return units


_is_junk = is_junk_line


# Scoring weights (see _score).
LINE_COST = 8.0  # what a unit must earn in words to count as body
NO_SENTENCE_FACTOR = 0.5  # a unit that does not end like a sentence counts half
FEW_STOPWORDS_FACTOR = 0.5  # prose has stopwords; lists of names and titles have few
BULLET_FACTOR = 0.7


def _score(u: Unit) -> float:
    """Positive for prose-like units (long, punctuated, with stopwords), negative for boilerplate."""
    text = u.text
    lower = _WORD.findall(text.lower())
    w = len(lower)
    cjk = 0
    if w and not text.isascii() and _CJK.search(text) is not None:
        cjk = len(_CJK.findall(text))
        if cjk:
            # about one word for every two characters of an unspaced script
            w += round(cjk / 2) - sum(1 for t in lower if _CJK.search(t))
            w = max(w, 1)
    u.words = w
    if w == 0 or _is_junk(text):
        return -2.0
    if w <= 12 and END_MARKERS.match(text):
        return -25.0
    if w <= 10 and BOILERPLATE_LINE.match(text):
        return -8.0 - w
    if ("[" in text or "(" in text) and _FORM.search(text):
        u.consent = True
        return -5.0 - w
    if consent_terms(text) >= CONSENT_MIN or (w <= 80 and PAYWALL.search(text)):
        # a consent dialog or a paywall teaser, however long and well written
        u.consent = True
        return -5.0 - w
    value = float(w)
    u.boiler = has_boilerplate(text, lower)
    if u.boiler:
        if w <= 40 or len(BOILERPLATE_ANYWHERE.findall(text)) > 1:
            return -5.0 - w
        # one stray phrase ("... streamed to your browser") in a long paragraph
        value *= 0.5
    stop = len([t for t in lower if t in ALL_STOPWORDS])
    if _SENTENCE_END.search(text[-12:]) is None or (w <= 20 and " | " in text):
        # (a short line cut by "|" is page layout: "March 18, 2024 | Source: Acme Inc.")
        value *= NO_SENTENCE_FACTOR
    if w >= 6 and stop / w < 0.08 and cjk * 2 < len(text):
        value *= FEW_STOPWORDS_FACTOR
    if u.links:
        value *= max(0.0, 1.0 - 2.0 * u.links / w)
    if u.bullet:
        value *= BULLET_FACTOR
    return value - LINE_COST


def _densest_region(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous subarray [start, end) of the scores."""
    best, best_start, best_end = 0.0, 0, 0
    cur, cur_start = 0.0, 0
    for i, s in enumerate(scores):
        if cur <= 0:
            cur, cur_start = s, i
        else:
            cur += s
        if cur > best:
            best, best_start, best_end = cur, cur_start, i + 1
    return best_start, best_end


def _is_meta(u: Unit) -> bool:
    return bool(
        parse_byline(u.text)
        or parse_dateline(u.text)
        or is_date_line(u.text)
        or u.words <= 1
        or _is_junk(u.text)
    )


def _drop_inside(u: Unit) -> bool:
    """A unit inside the article region that is boilerplate all the same."""
    t = u.text
    if _is_junk(t) or u.consent:
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
    if u.words <= 50 and _CAPTION_CREDIT.search(t[-100:]):
        return True
    if u.words <= 16 and (_PHOTO_LINE.search(t) or _STAMP_LINE.match(t) or _STOCK_CREDIT.search(t)):
        return True
    if u.words <= 60 and _PHOTO_LABEL.match(t):
        return True
    if u.words <= 12 and (is_date_line(t) or parse_byline(t)):
        return True
    if u.links and u.links * 2 >= u.words:
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
            if any(s > 0 for s in scores[start:i]):
                return start, i
        elif u.words <= 8 and (_BIO_HEAD.match(u.text) or END_MARKERS.match(u.text)):
            before = sum(s for s in scores[start:i] if s > 0)
            after = sum(s for s in scores[i + 1 : end] if s > 0)
            if before > 0 and after < CUT_RATIO * before:
                return start, i
        i += 1
    return start, end


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


DEDUP = 4


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
SIGNED_GAP = 6  # at most this many units from one signature to the next
THREAD_ABOVE = 40.0  # less prose than this above a thread: it is a forum, its first post the page's text
# little words beside a date that are not a name ("am 15.7.2010", "le 3 mars")
_DATE_PARTICLES = frozenset("am um on at le la el de du à a by von par por the und and et y".split())


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


def _sink_signed_entries(units: list[Unit], scores: list[float]) -> None:
    """A thread of comments or reviews, each signed with a name and a date: its entries count as
    boilerplate however well written, so that a long comment never outweighs the article. When
    there is next to no prose above the thread (a forum: the first post is the page's text), the
    first entry is left as it is."""
    n = len(units)
    signs = [i for i in range(n) if _signed(units[i])]
    k = 0
    while k < len(signs):
        j = k
        while j + 1 < len(signs) and signs[j + 1] - signs[j] <= SIGNED_GAP:
            j += 1
        if j - k + 1 >= SIGNED_MIN:
            first, last = signs[k], signs[j]
            stop = min(n, last + SIGNED_GAP)
            nxt = next((m for m in range(last + 1, stop) if scores[m] < -5.0 or _barrier(units[m])), stop)
            above = sum(s for s in scores[:first] if s > 0)
            lo = first if above >= THREAD_ABOVE else signs[k + 1]
            for m in range(lo, nxt):
                if scores[m] > -5.0:
                    scores[m] = -5.0 - units[m].words
        k = j + 1


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


def extract_body(units: list[Unit], scores: list[float] | None = None) -> tuple[int, int, list[Unit]]:
    """(start, end, kept units) of the article in `units` (scores: their _score, if already known)."""
    scores = [_score(u) for u in units] if scores is None else list(scores)
    _spread_consent(units, scores)
    _bridge_consent(units, scores)
    _sink_comment_entries(units, scores)
    _sink_signed_entries(units, scores)
    runs = _lift_lists(units, scores)
    _lift_live_entries(units, scores)
    _lift_between_prose(units, scores)
    for u, s in zip(units, scores, strict=True):
        u.score = s
    start, end = _densest_region(scores)
    if HEADER_RATIO:
        start, end = _prefer_headed(units, scores, start, end)
    start, end = _split_at_end_markers(units, scores, start, end)
    start, end = _split_at_stamps(units, scores, start, end)
    # a table or list right after the article, maybe under a heading of its own ("Tour dates")
    if end > start and EXTEND_RUNS:
        for i, j in runs:
            # (or one the region ends inside of: its rows past the last positive one are neutral)
            if i == end or (i == end + 1 and _heading(units[end])) or start <= i < end < j:
                end = j
                break
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


ISLAND_MIN = 15.0  # a paragraph outside the region scoring this much is the article's, cut off by a block
ISLAND_REACH = 20  # units between the region's edge and such a paragraph
ISLAND_SHARE = 0.5  # at most this share of the region's weight


def _barrier(u: Unit) -> bool:
    """A line past which the article does not go on: comments, teasers, an author's bio."""
    t = u.text
    return u.words <= 30 and bool(
        END_MARKERS.match(t)
        or _TEASER_HEAD.match(t)
        or _BIO_HEAD.match(t)
        or _COMMENTS.match(t)
        or _COMMENTS_ON.match(t)
        or _COMMENT_HEADER.search(t)
        or _READ_MORE.match(t)
    )


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


def _sentence(u: Unit) -> bool:
    t = u.text
    return _SENTENCE_END.search(t[-12:]) is not None and t[-1] != ":"


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


def region_flags(units: list[Unit], start: int, end: int, kept_words: int) -> list[str]:
    """What bears on the confidence in the chosen region [start, end) (see reader.clean.confidence):
    another region nearly as heavy, a body holding a small share of the page's prose, consent or
    paywall text next to it. Linear: one more maximum-subarray pass."""
    flags: list[str] = []
    if end <= start:
        return flags
    scores = [u.score for u in units]
    best = sum(scores[start:end])
    total = sum(s for s in scores if s > 0)
    inside = sum(s for s in scores[start:end] if s > 0)
    masked = scores[:start] + [-1e9] * (end - start) + scores[end:]
    s2, e2 = _densest_region(masked)
    if best > 0 and e2 > s2 and sum(scores[s2:e2]) >= COMPETING_RATIO * best:
        flags.append(FLAG_COMPETING)
    page_words = sum(u.words for u in units)
    if (total > 0 and inside < SMALL_SHARE * total) or (
        page_words and kept_words < SMALL_WORD_SHARE * page_words
    ):
        flags.append(FLAG_SMALL_SHARE)
    if kept_words < SHORT_ON_PAGE_WORDS and kept_words < SHORT_ON_PAGE_SHARE * page_words:
        flags.append(FLAG_SHORT_ON_PAGE)
    near = units[max(0, start - NEAR_UNITS) : start] + units[end : end + NEAR_UNITS]
    if any(u.consent and not PAYWALL.search(u.text) for u in near):
        flags.append(FLAG_CONSENT)
    if any(u.words <= 80 and PAYWALL.search(u.text) for u in units[start : end + NEAR_UNITS]):
        flags.append(FLAG_PAYWALL)
    return flags


def clean_dump(raw: str) -> CleanResult:
    """Whole-page plain-text dump -> CleanResult (article body and metadata)."""
    url, raw = take_url_header(raw)  # "URL: https://..." at the top of some saved dumps
    text = normalize_text(raw)
    units = split_units(text)
    if not units:
        return CleanResult(text="", url=url)
    scores = [_score(u) for u in units]  # once: both paths below use them (and u.words, u.boiler)
    plain = _plain_article(units, scores)
    if plain is not None:
        start, kept, meta = plain
        end = len(units)
    else:
        start, end, kept = extract_body(units, scores)
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
    flags = [] if plain is not None else region_flags(units, start, end, sum(u.words for u in kept))
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
    )
