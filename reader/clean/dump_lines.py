"""A page dump cut into units (a line, or the lines of a hard-wrapped paragraph joined back) and each
unit scored as prose or boilerplate from cheap features; the line patterns the dump cleaner shares."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
from .metadata import (
    is_date_line,
    parse_byline,
    parse_dateline,
)
from .paragraphs import is_junk_line

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
# (a line that asks a question is a section's heading: "Comment faire ?", "Comments or questions?")
_COMMENTS = re.compile(
    r"^(?!.*\?\s*$)\W*(?:\d+ )?(?:comments?|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)"
    r"|(?:thoughts?|responses?|replies|reactions?|réponses?|respuestas?|antworten) (?:on|to|à|a|auf|zu)\b"
    r"|commentaires?|comentarios?|kommentare?|commenti|reacties|laisser un commentaire|réagir"
    r"|(?:deja|dejar|escribe) (?:un|tu) comentario|(?:schreiben sie |schreibe )?einen kommentar(?: schreiben)?"
    r"|kommentar schreiben|lascia un commento|deixe (?:um|seu) comentário)\b"
    # a thread's header that is only the word and its count: "Réactions (6)", "Komentarze (3)", "Kommentarer 4"
    # (the count is needed: a bare "Reactions" is a story's subheading as often as a thread's)
    r"|^\W*(?:réactions|reacciones|reazioni|reakcje|komentarze|komentáře|komentarji|kommentarer|kommentit"
    r"|comentários|hozzászólások|reacties|reactions)\s*(?:\(\d+\)|\d+)\W*$",
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
# The header of an author's bio: "About the author", "About Jane Doe", "Über Moritz Bachmann", or the
# bare label of an author box ("Author", "Autorin", "Autoreninfo", "O autorze") alone on its line.
_BIO_HEAD = re.compile(
    r"^\W*(?:(?i:about the authors?|author bio(?:graphy)?|à propos de l'auteur|(?:sur|de) l'auteur|sobre (?:el|la|o|a) autora?"
    r"|über (?:den|die) autor(?:in)?|l'autore|over de auteur"
    r"|(?:the )?authors?|author info(?:rmation)?|autor(?:in|en|ka|zy)?|autor(?:en|innen)info|auteure?s?|autore|autrice"
    r"|(?:informacje )?o autorze|zum autor|zur autorin|(?:el|la) autora?))\W*$"
    # "About Acme Ltd", or with an article: "Über die Stadtwerke Lindenau", "À propos de la Régie des eaux ...";
    # Dutch "Over" only with its article ("Over het Waterbedrijf"): "Over the Years", "Over Budget and Late"
    # are English subheadings inside a story
    r"|^(?:(?:About|ABOUT|Über|Sobre|À propos de|A propos de|Acerca de|Chi è|Om|Informazioni su) "
    r"(?:(?:the|die|der|das|den|la|le|les|l'|el|los|las|il|lo|os|as) ?)?|Over (?:het|de) )"
    r"(?:[A-ZÀ-Þ][\w'’.-]+ ?){1,3}(?:(?:de|des|du|der|van|of|del|della|di|do|da|och|und|et|and|&) (?:la |l'|le )?"
    r"(?:[A-ZÀ-Þa-zß-ÿ][\w'’.-]+ ?){1,3})?$"
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
    prob: float | None = None  # the learned scorer's chance that the unit is the article's (dump_model)
    learned: float | None = None  # the score the region was chosen by (dump_model.rescore)
    chrome: bool = False  # a forum post's header, user box or signature (dump_threads): never the text


# A link address alone on its line, or an entry of a text browser's list of links ("  12. https://...").
_URL_ONLY = re.compile(
    r"^\s*(?:\d{1,4}\.\s+(?:[a-z]+:|/|#|www\.)\S|(?:\d{1,4}\.\s*)?(?:\S*(?:://|www\.)\S*|#\S*)$)"
)


WRAP_COLS_MIN = 75  # text browsers wrap at 80 columns or more
WRAP_MAX = 110  # a line wider than this is no hard-wrapped one


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped page was wrapped at, or None if the page is not wrapped."""
    # a text browser's list of link addresses ("  12. https://...") is never wrapped
    lengths = [len(x) for x in lines if x.strip() and not (("/" in x or "#" in x) and _URL_ONLY.match(x))]
    if len(lengths) < 5:
        return None
    long_lines = sum(1 for n in lengths if n > WRAP_MAX)
    if long_lines > max(2, len(lengths) // 50):
        return None
    full = sorted(n for n in lengths if 40 <= n <= WRAP_MAX)
    if len(full) < 3:
        return None
    width = full[(len(full) * 9) // 10 - (1 if len(full) % 10 == 0 else 0)]
    # wrapped paragraphs fill their lines: most long lines end close to the width
    if width >= 50 and sum(1 for n in full if width - 12 <= n <= width) >= 3:
        return width
    # a page with little running text (a paywalled teaser) has few wrapped lines: the longest ones,
    # close together just under a text browser's usual width
    top = full[-1]
    if WRAP_COLS_MIN <= top and full[-2] >= top - 3:
        return top
    # a short page with a few wrapped paragraphs: every long line that a sentence goes on from is
    # one the next word would not have fitted on (a line of a menu or a list under one is not)
    if WRAP_COLS_MIN <= top:
        wrapped = 0
        for a, b in zip(lines[:-1], lines[1:], strict=True):
            if len(a) < WRAP_COLS_MIN or len(a) > top or not b.strip() or _BULLET.match(b.strip()):
                continue
            if _SENTENCE_END.search(a.rstrip()[-3:]):
                continue  # (a line ending a sentence may be a paragraph's whole)
            if len(a.rstrip()) + 1 + len(b.split()[0]) <= top - 2:
                return None
            wrapped += 1
        if wrapped >= 2:
            return top
    return None


def _text_wrap_width(lines: list[str]) -> int | None:
    """The width a page's text was wrapped at, measured from where each line's text starts, for a
    page whose lines are too wide for _wrap_width only by their indent (a text cell drawn right of an
    empty one: a layout table's spacer column). None for any other page."""
    lengths = [len(x) for x in lines if x.strip()]
    if sum(1 for n in lengths if n > WRAP_MAX) <= max(2, len(lengths) // 50):
        return None  # (_wrap_width read the page as it is)
    return _wrap_width([x.strip() for x in lines])


def split_units(text: str) -> list[Unit]:
    """Cut a normalised page into units: lines, with hard-wrapped paragraphs joined back."""
    raw_lines = text.split("\n")
    width = _wrap_width(raw_lines)
    # (a page wrapped inside an indented cell: its lines are measured from their text's start)
    from_text = False
    if width is None:
        width = _text_wrap_width(raw_lines)
        from_text = width is not None
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
            prev_raw_len = len(raw.strip()) if from_text else len(raw.rstrip())
            continue
        bullet = bullet_m is not None
        if bullet_m is not None:
            stripped = stripped[bullet_m.end() :]
        units.append(Unit(stripped, indent, bullet, blank, links))
        blank = False
        prev_raw_len = len(raw.strip()) if from_text else len(raw.rstrip())
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


def densest_run(scores: Sequence[float]) -> tuple[int, int, float]:
    """Maximum-sum contiguous subarray [start, end) of the scores, and its sum."""
    best, best_start, best_end = 0.0, 0, 0
    cur, cur_start = 0.0, 0
    for i, s in enumerate(scores):
        if cur <= 0:
            cur, cur_start = s, i
        else:
            cur += s
        if cur > best:
            best, best_start, best_end = cur, cur_start, i + 1
    return best_start, best_end, best


def other_run(scores: Sequence[float], start: int, end: int) -> tuple[int, int, float]:
    """The maximum-sum run of the scores outside [start, end), and its sum: the page's best other region."""
    return densest_run(list(scores[:start]) + [-1e9] * (end - start) + list(scores[end:]))


def _densest_region(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous subarray [start, end) of the scores."""
    start, end, _ = densest_run(scores)
    return start, end


def _is_meta(u: Unit) -> bool:
    return bool(
        parse_byline(u.text)
        or parse_dateline(u.text)
        or is_date_line(u.text)
        or u.words <= 1
        or _is_junk(u.text)
    )


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


def _sentence(u: Unit) -> bool:
    t = u.text
    return _SENTENCE_END.search(t[-12:]) is not None and t[-1] != ":"
