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

__all__ = ["break_blocks", "is_promo_line", "drop_promo_lines", "headings", "strip_glued_tail"]

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
    r"click(?: here)?|tap here|subscribe|sign up|signup|register|download|get (?:the|our)\b|follow"
    r"|join (?:us|our)|like us|listen|watch(?: now| live| the)?|shop now|buy now|donate|support (?:us|our)"
    r"|become a (?:member|subscriber|supporter|patron)|if you (?:enjoyed|liked|like) (?:this|reading|our)"
    r"|hier klicken|klicken sie|jetzt (?:abonnieren|anmelden|herunterladen|lesen|spenden|kaufen|registrieren)"
    r"|abonnieren sie|melden sie sich|folgen sie|laden sie|registrieren sie|unterstützen sie|unterstütze"
    r"|werden sie (?:mitglied|abonnent)|wenn (?:dir|ihnen) (?:der|dieser|das) \w+ gefallen"
    r"|cliquez|abonnez-vous|inscrivez-vous|suivez-nous|téléchargez|rejoignez-nous|soutenez|devenez (?:membre|abonné)"
    r"|haz clic|pulsa|suscr[ií]bete|reg[ií]strate|s[ií]guenos|descarga|[uú]nete|hazte (?:miembro|socio)"
    r"|kliknij|subskrybuj|zapisz się|zarejestruj się|obserwuj nas|pobierz|dołącz"
    r"|klik hier|abonneer|meld je aan|volg ons|download"
    r"|clicca|iscriviti|abbonati|seguici|scarica"
)
# A label that introduces a link to another article: "READ MORE:", "Related:", "Lesen Sie auch:".
_LABEL = (
    r"read (?:more|also|next)|more|related(?: (?:articles?|stories|story|news|content|coverage|links?))?"
    r"|see (?:also|more)|also (?:read|see)|don'?t miss|must read|recommended|trending|latest|watch|video"
    r"|listen|photos?|gallery|opinion|(?:more )?on this topic|further reading|you (?:may|might) also like"
    r"|lesen sie (?:auch|mehr|hier)|(?:auch|mehr|weiter) lesen|mehr (?:zum thema|dazu)|auch interessant|weiterlesen"
    r"|siehe auch|lesetipp|(?:das|dies) könnte (?:sie|dich) (?:auch )?interessieren|vorschau auf den nächsten"
    r"|lire (?:aussi|la suite|également)|à lire (?:aussi|également)|voir aussi|sur le même sujet|à voir aussi"
    r"|(?:pour )?lire la suite|pour accéder|lee (?:también|más)|lea (?:también|más)|leer más|ver (?:también|más)"
    r"|(?:le|te|les) puede(?:n)? interesar|relacionad[oa]s?"
    r"|czytaj (?:też|także|więcej|również)|zobacz (?:też|także|również)|polecamy"
    r"|lees (?:ook|meer|verder)|zie ook|bekijk ook|leggi (?:anche|tutto)|vedi anche"
)
# the label then a headline ("READ MORE: ..."), the label alone ("Weiterlesen …"), or the label and a
# few words ending in a colon ("Lesen Sie auch die folgenden Beiträge:")
_LABEL_LINE = re.compile(
    rf"^\W{{0,3}}(?:{_LABEL})(?:\s*(?::|»|›|>>|\||[-–—]\s)|\W*$|(?:\s+\w+){{0,5}}\s*:$)", re.I
)
# Lines about the page, not the story: its category or tags, "no comments", "last modified", a picture's
# credit or stand-in ("Getty Images", "Beitragsbild"), an advertising notice ("*Werbung.", "Anzeige").
_PAGE_LINE = re.compile(
    r"^\W{0,3}(?:(?:categor(?:y|ies|ía|ias|ie|ia)|kategori[ea]n?|catégories?|tags?|schlagwörter|stichwörter"
    r"|themen|étiquettes|etiquetas|tagi|filed under|posted in)\s*:"
    r"|(?:no|keine|aucun|sin|brak|geen|nessun)\s+(?:comments?|kommentare|commentaires?|comentarios|komentarzy"
    r"|reacties|commenti)\W*(?:$|\()"
    r"|(?:last (?:modified|updated)|letzte änderung|zuletzt (?:aktualisiert|geändert)|dernière mise à jour)\W*$"
    r"|(?:(?:crédits? )?photos?|fotos?|bild(?:quelle)?|image|beitragsbild|titelbild|symbolbild|illustration"
    r"|zdjęcie|(?:photo|image|foto) ?credits?|crédit photo|bildnachweis)(?:\s*[:©].{0,80}|\s+illustrative.{0,80}|\W*)$"
    r"|(?:getty images|shutterstock|istock(?:photo)?|imago(?: images)?|picture[- ]alliance)\W*$"
    r"|(?:werbung|anzeige|advertisement|sponsored|publicité|publicidad|reklama|advertentie|pubblicità)\W*(?:$|[.:]\s))",
    re.I,
)
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
BOILER_MAX_WORDS = 40  # a paragraph holding a boilerplate phrase is dropped up to this length
# A call to action inside a line: a verb of subscribing or downloading, its object (a newsletter, an app,
# a channel) and the reader addressed or the site speaking ("our", "dich", "iOS") - a story about an app
# says none of these.
_CTA_VERB = re.compile(
    r"\b(?:download|subscribe|sign up|follow|abonnieren|abonniere|melde dich|melden sie sich|folge|folgen sie"
    r"|herunterladen|lade|abonnez|inscrivez|téléchargez|suivez|suscr[ií]bete|descarga|s[ií]guenos|zapisz|pobierz"
    r"|obserwuj|abonneer|download|volg|iscriviti|scarica|seguici)\b",
    re.I,
)
_ADDRESSED = re.compile(
    r"\b(?:our|your|you|unser\w*|dein\w*|dich|dir|ihr\w*|notre|nos|votre|vos|nuestr\w+|tu|nasz\w*|onze|je"
    r"|nostr\w+|ios|android|app store|google play)\b",
    re.I,
)
# The reader addressed: "findest Du hier", "finden Sie hier", "vous trouverez ici" ("Sie" capitalised only).
_YOU = re.compile(
    r"\b(?:[Yy]ou|[Dd]u|Sie|[Vv]ous|[Uu]sted(?:es)?|[Tt]ú|[Pp]an|[Pp]ani|[Pp]aństwo|[Jj]ij|[Jj]e|[Vv]oi|Lei)\b"
)
# Reading-time and embed placeholder lines: "5 min read", "Lesezeit: 3 Minuten", "Klicken Sie ..., um den
# Inhalt von ... zu laden".
_READING_TIME = re.compile(
    r"\b(?:\d+\s*min(?:ute)?s?\.? read|reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura"
    r"|czas czytania|przeczytasz w|leestijd|tempo di lettura|tempo de leitura"
    r"|\d+\s*min(?:utes?|uten|utos|uti)?\.?\s*(?:de |di )?(?:lecture|lectura|leitura|lettura))\b",
    re.I,
)
_EMBED = re.compile(
    r"\b(?:(?:den|die|das) inhalt\w* von .{1,60} zu laden|to load (?:the )?content from|pour charger le contenu"
    r"|para cargar el contenido|externe(?:n|r)? inhalte?)\b",
    re.I,
)
# A line pointing at a link that is not there: "Alles über X findest Du hier.", "More on this here."
_POINTER = re.compile(
    r"\b(?:find|finden|findest|findet|trouverez|trouvez|encontrar\w*|encuentra\w*|znajdziesz|vind\w*|trovi\w*"
    r"|read more|mehr|more|plus|más|więcej|meer)\b.{0,80}\b(?:here|hier|ici|aquí|tutaj|qui)\s*[.!]?$",
    re.I,
)


# A call to follow the site on its channels: a verb of following, then two channels or more named
# ("Follow X on Twitter, Instagram and Facebook ..."); such a line runs longer than other promotions.
_FOLLOW_START = re.compile(
    r"^\W{0,3}(?:follow|folgen sie|folge|folgt|suivez|s[ií]gue(?:nos)?|s[ií]ganos|seguici|seguite|siga(?:-nos)?"
    r"|volg|obserwuj)\b",
    re.I,
)
_CHANNEL = re.compile(
    r"\b(?:facebook|twitter|instagram|youtube|tiktok|telegram|whatsapp|linkedin|threads|mastodon|bluesky"
    r"|snapchat|pinterest|google news)\b",
    re.I,
)
FOLLOW_MAX_WORDS = 45
# "You must be logged in to post a comment": the reader told to log in, and a comment named.
_LOGIN_TO_COMMENT = re.compile(
    r"\b(?:must|musst|müssen|devez|debes|tienes que|necesitas|musisz|devi|moet|moeten|precisa[s]?)\b"
    r"[^.!?]{0,40}\b(?:logged in|signed in|log in|sign in|angemeldet|eingeloggt|registriert|anmelden|einloggen"
    r"|connecté(?:e|s)?|connectez|iniciar sesión|registrad[oa]|conectad[oa]|zalogowan[ya]|zalogować|connesso"
    r"|loggato|registrato|ingelogd|aangemeld|logad[oa]|login)\b"
    r"[^.!?]{0,40}\b(?:comment\w*|kommentar\w*|commentaire\w*|comentar\w*|comentário\w*|komentarz\w*|komentowa\w*"
    r"|comment[oi]|reactie\w*|reageren)",
    re.I,
)
# "Weitere Infos unter www.example.de": more information at an address (the link itself)
_MORE_INFO_AT = re.compile(
    r"^\W{0,3}(?:(?:more|further) (?:info(?:rmation)?|details)|(?:weitere|mehr) (?:infos?|informationen)"
    r"|plus d'info(?:rmation)?s?|(?:más|mas) informaci[oó]n|meer info(?:rmatie)?|(?:maggiori|ulteriori) informazioni"
    r"|więcej informacji|mais informaç(?:ões|ão))\b.{0,40}?(?:(?:https?://|www\.)\S+"
    r"|\b[\w-]+\.(?:com|org|net|de|fr|es|it|nl|pl|pt|at|ch|be|eu|info|example)\b)",
    re.I,
)
MORE_INFO_MAX_WORDS = 15
# A newsletter offered by the site ("unseren Wochennewsletter", "onze nieuwsbrief"), to the reader.
_NEWSLETTER = re.compile(r"(?:newsletter|nieuwsbrief|infolettre|boletín|biuletyn)", re.I)
_SITE_OWN = re.compile(
    r"\b(?:our|unser\w*|notre|nos|nuestr[oa]s?|onze|nostr[aoie]|nasz\w*|noss[oa]s?)\b", re.I
)


# A notice that comments are moderated: a comment word and a moderation word in one short line.
_COMMENT_WORD = re.compile(
    r"\b(?:comment\w*|kommentar\w*|commentaire\w*|comentar\w*|comentário\w*|komentarz\w*|commenti|reacties)\b",
    re.I,
)
_MODERATED = re.compile(
    r"\b(?:mod(?:erat|erad|erier|erowan|éré|érat|erazion|ereer)\w*|gemodereerd|freigeschaltet|freigegeben)",
    re.I,
)
# A sign-up form's own messages: thanks for signing up, an error with the subscription.
_SIGNUP_MESSAGE = re.compile(
    r"^\W{0,3}(?:thanks? (?:you )?for (?:signing up|subscribing|registering)|(?:vielen )?dank für (?:ihre|deine) anmeldung"
    r"|merci (?:pour|de) votre inscription|gracias por (?:suscribirte|registrarte|tu suscripción)"
    r"|grazie per (?:l'iscrizione|esserti iscritt[oa])|obrigad[oa] por (?:se inscrever|assinar|se cadastrar)"
    r"|bedankt voor (?:je|uw) inschrijving|dziękujemy za (?:zapisanie|zapis|rejestrację))\b"
    r"|\berror (?:processing|with) your (?:subscription|sign-?up)\b",
    re.I,
)
# A call to share the article: an article word and a verb of sharing, as a question or a cry
# ("Artikel gefallen? Teile ihn!", "Vous avez aimé cet article ? Partagez-le !").
_ARTICLE_WORD = re.compile(r"\b(?:article|artikel|beitrag|post|artículo|articolo|artigo|artykuł)\b", re.I)
_SHARE_VERB = re.compile(
    r"\b(?:share|teilen?|teilt|partage[rz]?|comp[aá]rt\w*|condividi\w*|compartilh\w*|udostępnij|deel|delen)\b",
    re.I,
)
SHARE_MAX_WORDS = 12


def is_promo_line(line: str) -> bool:
    """A promotion line: a label and a headline ("READ MORE: ..."), or a short call to action about a
    newsletter, an app, alerts, a channel ("Subscribe to ...'s newsletters"), or one written all in
    capitals ("CLICK HERE TO GET THE ... APP")."""
    words = line.split()
    if not words or len(words) > FOLLOW_MAX_WORDS:
        return False
    if _FOLLOW_START.match(line) and len({m.group(0).lower() for m in _CHANNEL.finditer(line)}) >= 2:
        return True
    if len(words) > PROMO_MAX_WORDS:
        return False
    if _LOGIN_TO_COMMENT.search(line) or (_COMMENT_WORD.search(line) and _MODERATED.search(line)):
        return True
    if len(words) <= 12 and _SIGNUP_MESSAGE.search(line):
        return True
    if (
        len(words) <= SHARE_MAX_WORDS
        and line.rstrip()[-1] in "!?"
        and _ARTICLE_WORD.search(line)
        and _SHARE_VERB.search(line)
    ):
        return True
    if len(words) <= MORE_INFO_MAX_WORDS and _MORE_INFO_AT.match(line):
        return True
    if (
        _NEWSLETTER.search(line)
        and _SITE_OWN.search(line)
        and (_YOU.search(line) or line.rstrip()[-1] in "!?")
    ):
        return True
    if _LABEL_LINE.match(line) or _PAGE_LINE.match(line):
        return True
    if len(words) <= 12 and (_READING_TIME.search(line) or (_POINTER.search(line) and _YOU.search(line))):
        return True
    if _EMBED.search(line):
        return True
    if _CTA_VERB.search(line) and _PROMO_OBJECT.search(line) and _ADDRESSED.search(line):
        return True
    if _CTA_START.match(line):
        letters = [c for c in line if c.isalpha()]
        shouting = len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        if shouting or _PROMO_OBJECT.search(line) or _HERE.search(line):
            return True
        if len(words) <= 8 and line.rstrip()[-1] not in ".;,":
            return True
    return False


# "Jane Doe is a freelance journalist based in Berlin.": an author's bio, at the end of the text.
_BIO = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’.-]+ ){1,4}(?:is|was|ist|war|est|était|es|era|jest|był|była|is een|è)\b",
)
_BIO_ROLE = re.compile(
    r"\b(?:journalist\w*|writer|reporter|correspondent|editor|author|autor\w*|auteur\w*|founder|gründer\w*"
    r"|fondat\w*|fundador\w*|consultant|professor\w*|researcher|blogger\w*|redakteur\w*|rédact\w*"
    r"|redactor\w*|dziennikar\w*|freelance\w*|freie?r?|columnist|kolumnist\w*|chroniqueu\w*)\b",
    re.I,
)


def _is_bio(p: str) -> bool:
    return len(p.split()) <= 90 and _BIO.match(p) is not None and _BIO_ROLE.search(p[:200]) is not None


# A button or a credit glued to the end of a sentence by the markup: "...offline business.Click To Tweet",
# "...in New York.Reuters" (no space after the full stop: it was another element).
_GLUED_TAIL = re.compile(r"[^\W\d_]{2}[.!?…][\"”»“'’]?(?P<tail>[A-Z][^\s.!?]*(?: [^\s.!?]+){0,3})$")
_CREDIT_WORDS = re.compile(
    r"^(?:getty images|shutterstock|istock(?:photo)?|imago(?: images)?|picture[- ]alliance|ap photo|afp photo"
    r"|photo|foto|bild|image|credit)\b",
    re.I,
)


def strip_glued_tail(p: str) -> str:
    """The paragraph without a call to action or a picture credit glued to its last sentence."""
    m = _GLUED_TAIL.search(p)
    if m is None or m.start("tail") < 20:
        return p
    tail = m["tail"]
    from .metadata import AGENCY_NAMES

    if _CTA_START.match(tail) or _CREDIT_WORDS.match(tail) or tail in AGENCY_NAMES:
        return p[: m.start("tail")]
    return p


def drop_promo_lines(paragraphs: list[str]) -> tuple[list[str], int]:
    """(the paragraphs without promotion lines and short paragraphs holding a boilerplate phrase
    (copyright, an affiliate notice: boilerplate.has_boilerplate), how many were dropped). Never empties the body. At the
    end of the text, a copyright notice, an author's bio and a short line ending in a colon (it
    introduces a list that is not there: its links were left out) go too; at its start, a line that is
    only a date or a time."""
    from .boilerplate import has_boilerplate
    from .metadata import is_copyright_line, is_date_line
    from .paragraphs import is_label_line

    kept = [strip_glued_tail(p) for p in paragraphs if not is_promo_line(p) and not is_label_line(p)]
    # a short paragraph with a copyright, affiliate or contact phrase, as a dump's unit (_drop_inside);
    # read after a glued button is cut off ("...offline business.Click To Tweet")
    kept = [p for p in kept if not (len(p.split()) <= BOILER_MAX_WORDS and has_boilerplate(p))]
    while len(kept) > 1 and (
        (kept[-1].endswith(":") and len(kept[-1].split()) <= 8)
        or (is_copyright_line(kept[-1]) and len(kept[-1].split()) <= 30)
        or _is_bio(kept[-1])
    ):
        kept.pop()
    while len(kept) > 1 and is_date_line(kept[0]):
        kept.pop(0)
    if not kept:
        return paragraphs, 0
    return kept, len(paragraphs) - len(kept)
