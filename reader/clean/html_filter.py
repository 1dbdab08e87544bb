"""Work on an HTML page around trafilatura: before it, break the text where block elements meet (so
'Wednesday.<div></div>The' gives two paragraphs); after it, drop the promotion lines it keeps
("CLICK HERE TO GET THE ... APP", "READ MORE: ...", "Subscribe to our newsletters", "Related: ...").

The promotion rules are about shape, in several languages: a short line that is a call to action (an
imperative to click, subscribe, download, follow, read, watch, listen) or a label followed by a
headline ("READ MORE: ...", "Lesen Sie auch: ..."). Never phrases of particular pages.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["break_blocks", "is_promo_line", "drop_promo_lines", "headings"]

_BLOCKS = frozenset(
    "address article aside blockquote dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section summary table tr ul".split()
)


def break_blocks(tree: Any) -> None:
    """Where text runs on after a block element ('Wednesday.<div></div>The stabbing'), put a line break
    between them: trafilatura would join the two into one paragraph."""
    from lxml import etree

    for el in list(tree.iter(*_BLOCKS)):
        tail = el.tail
        if tail and tail.strip() and el.getparent() is not None:
            br = etree.Element("br")
            br.tail = tail
            el.tail = None
            el.addnext(br)


def headings(tree: Any, limit: int = 3) -> list[str]:
    """The texts of the page's first <h1> elements, then <h2> (headline candidates)."""
    out: list[str] = []
    for tag in ("h1", "h2"):
        for el in tree.iter(tag):
            text = " ".join("".join(el.itertext()).split())
            if text:
                out.append(text)
            if len(out) >= limit:
                return out
    return out


# A call to action: an imperative to click, subscribe, download, follow, sign up, listen, watch.
_CTA = (
    r"click(?: here)?|tap here|subscribe|sign up|signup|register|download|get (?:the|our)\b|follow (?:us|@)"
    r"|join (?:us|our)|like us|listen|watch(?: now| live| the)?|shop now|buy now|donate|support (?:us|our)"
    r"|hier klicken|klicken sie|jetzt (?:abonnieren|anmelden|herunterladen|lesen|spenden|kaufen|registrieren)"
    r"|abonnieren sie|melden sie sich|folgen sie|laden sie|registrieren sie|unterstützen sie"
    r"|cliquez|abonnez-vous|inscrivez-vous|suivez-nous|téléchargez|rejoignez-nous|soutenez"
    r"|haz clic|pulsa|suscríbete|regístrate|síguenos|descarga|únete"
    r"|kliknij|subskrybuj|zapisz się|zarejestruj się|obserwuj nas|pobierz|dołącz"
    r"|klik hier|abonneer|meld je aan|volg ons|download"
    r"|clicca|iscriviti|abbonati|seguici|scarica"
)
# A label that introduces a link to another article: "READ MORE:", "Related:", "Lesen Sie auch:".
_LABEL = (
    r"read (?:more|also|next)|more|related(?: (?:articles?|stories|story|news|content|coverage|links?))?"
    r"|see (?:also|more)|also (?:read|see)|don'?t miss|must read|recommended|trending|latest|watch|video"
    r"|listen|photos?|gallery|opinion|(?:more )?on this topic|further reading|you (?:may|might) also like"
    r"|lesen sie (?:auch|mehr|hier)|mehr (?:zum thema|dazu|lesen)|auch interessant|weiterlesen|siehe auch|lesetipp"
    r"|lire (?:aussi|la suite|également)|à lire (?:aussi|également)|voir aussi|sur le même sujet|à voir aussi"
    r"|lee (?:también|más)|lea (?:también|más)|leer más|ver (?:también|más)|te puede interesar|relacionad[oa]s?"
    r"|czytaj (?:też|także|więcej|również)|zobacz (?:też|także|również)|polecamy"
    r"|lees (?:ook|meer|verder)|zie ook|bekijk ook|leggi (?:anche|tutto)|vedi anche"
)
_LABEL_LINE = re.compile(rf"^\W{{0,3}}(?:{_LABEL})\s*(?::|»|›|>>|\||[-–—]\s)", re.I)
_CTA_START = re.compile(rf"^\W{{0,3}}(?:{_CTA})\b", re.I)
# "Subscribe to Example's newsletters", "Sign up for our daily briefing": the object is a newsletter,
# an app, alerts, a podcast or a channel
_PROMO_OBJECT = re.compile(
    r"\b(?:newsletters?|app|apps|alerts?|podcasts?|channel|briefing|updates|notifications|e-?mails?|feed"
    r"|abo|abonnement|suscripción|subskrypcj\w*|nieuwsbrief|boletín|lettre d'information|ausgabe|edition|edición"
    r"|facebook|twitter|instagram|youtube|tiktok|telegram|whatsapp|linkedin|google news|rss)\b",
    re.I,
)
_HERE = re.compile(r"\b(?:here|hier|ici|aquí|aqui|tutaj|tu|qui)\b", re.I)
PROMO_MAX_WORDS = 25


def is_promo_line(line: str) -> bool:
    """A promotion line: a label and a headline ("READ MORE: ..."), or a short call to action about a
    newsletter, an app, alerts, a channel ("Subscribe to ...'s newsletters"), or one written all in
    capitals ("CLICK HERE TO GET THE ... APP")."""
    words = line.split()
    if not words or len(words) > PROMO_MAX_WORDS:
        return False
    if _LABEL_LINE.match(line):
        return True
    if _CTA_START.match(line):
        letters = [c for c in line if c.isalpha()]
        shouting = len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        if shouting or _PROMO_OBJECT.search(line) or _HERE.search(line):
            return True
        if len(words) <= 8 and line.rstrip()[-1] not in ".;,":
            return True
    return False


def drop_promo_lines(paragraphs: list[str]) -> tuple[list[str], int]:
    """(the paragraphs without promotion lines, how many were dropped). Never empties the body."""
    kept = [p for p in paragraphs if not is_promo_line(p)]
    if not kept:
        return paragraphs, 0
    return kept, len(paragraphs) - len(kept)
