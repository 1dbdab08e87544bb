"""Word lists used by the cleaner: stopwords for a few languages and multilingual boilerplate phrases.

Nothing here is keyed to a particular site: these are the phrases any news page may carry around an
article (navigation, sharing, newsletters, cookie consent, copyright, "read more" links...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Short stopword lists: enough for a language guess and for a "does this read like prose" signal.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the a an and or but of to in on at for with by from as is are was were be been being it its this "
        "that these those he she they we you i his her their our your not no has have had will would "
        "can could should may might said says who which what when where than then there also into over "
        "about after before more most up out if so do does did just one all some any new".split()
    ),
    "fr": frozenset(
        "le la les un une des du de et ou mais en au aux dans sur pour par avec sans est sont était "
        "été être a ont avait ce cette ces il elle ils elles nous vous je son sa ses leur leurs qui que "
        "quoi dont où ne pas plus ne se sa lui y été comme aussi après avant selon entre tout tous".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas de del y o pero en a al por para con sin es son era fue ser "
        "ha han había este esta estos estas ese esa él ella ellos ellas nosotros su sus que quien cual "
        "donde no se lo le les más como también según entre muy ya hay sobre".split()
    ),
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer und oder aber in im an am auf für mit von "
        "vom zu zum zur ist sind war waren sein hat haben hatte wird werden nicht kein keine er sie es "
        "wir ihr ich sich auch nach bei aus wie als noch nur dass so über durch".split()
    ),
    "it": frozenset(
        "il lo la i gli le un uno una di del della dei delle e o ma in nel nella a al alla per con su "
        "da dal è sono era stato essere ha hanno aveva questo questa che chi cui non si più come anche "
        "dopo secondo tra fra molto".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas de do da dos das e ou mas em no na nos nas por para com sem é são "
        "era foi ser ter tem têm este esta isso esse essa ele ela eles elas que quem não se mais como "
        "também segundo entre muito já pelo pela".split()
    ),
    "nl": frozenset(
        "de het een en of maar in op aan voor met van te tot is zijn was waren heeft hebben had wordt "
        "worden niet geen hij zij ze het wij jij ik zich ook na bij uit als nog maar dat die dit deze "
        "over door om er".split()
    ),
    "ru": frozenset(
        "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне "
        "было вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас "
        "это этот эта эти для при они мы их чем была сам без будет где есть также может после".split()
    ),
}
ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())
# Function words that only name a text's language (metadata.guess_language), kept out of ALL_STOPWORDS:
# the dump cleaner's line scores and learned features count ALL_STOPWORDS as they were trained.
LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    **STOPWORDS,
    "pl": frozenset(
        "i w we z ze na do nie się jest są był była było być że to od po jak ale oraz przez dla przy "
        "pod nad za który która które których ich jego jej tak już tylko czy także gdy może tym tego "
        "także jako bardzo również więc".split()
    ),
}

# Lines that are boilerplate whatever their neighbours say (matched case-insensitively on a whole
# short line, or at the start of a line).
_BOILERPLATE_PHRASES = [
    # English
    r"read more",
    r"read also",
    r"see also",
    r"related (?:links|articles|stories|content|posts|coverage)",
    r"more (?:from|on|stories|news|articles)\b",
    r"you (?:may|might) (?:also )?like",
    r"recommended(?: for you)?",
    r"most (?:read|popular|viewed|shared)",
    r"trending(?: now)?",
    r"top stories",
    r"latest news",
    r"sign up",
    r"subscribe",
    r"newsletter",
    r"follow us",
    r"share (?:this|on)",
    r"share",
    r"tweet",
    r"print",
    r"email",
    r"advertisement",
    r"advertising",
    r"sponsored",
    r"cookies?",
    r"we use cookies",
    r"accept",
    r"privacy policy",
    r"terms of (?:use|service)",
    r"all rights reserved",
    r"copyright",
    r"skip to",
    r"log ?in",
    r"sign in",
    r"register",
    r"comments?(?!.*\?\s*$)",  # (not a question: a heading, "Comments or questions?")
    r"leave a (?:reply|comment)",
    r"back to top",
    r"contact us",
    r"about us",
    r"home",
    r"menu",
    r"search",
    r"next article",
    r"previous article",
    r"click here",
    r"watch:?",
    r"listen",
    r"photo:",
    r"image:",
    r"getty images",
    r"tags?:",
    r"topics?:",
    r"filed under",
    r"loading",
    r"close",
    r"advert",
    r"continue reading",
    r"download the app",
    r"references",
    r"visible links",
    r"hidden links",
    # French
    r"lire aussi",
    r"lire la suite",
    r"à lire aussi",
    r"voir aussi",
    r"abonnez-vous",
    r"s'abonner",
    r"inscrivez-vous",
    r"lettre d'information",
    r"partager",
    r"publicité",
    r"tous droits réservés",
    r"mentions légales",
    r"politique de confidentialité",
    r"nous utilisons des cookies",
    r"accepter",
    r"se connecter",
    r"commentaires?",
    r"sur le même sujet",
    r"à la une",
    r"les plus lus",
    # Spanish
    r"leer más",
    r"lee también",
    r"lea también",
    r"ver también",
    r"suscríbete",
    r"suscribirse",
    r"compartir",
    r"publicidad",
    r"todos los derechos reservados",
    r"aviso legal",
    r"política de privacidad",
    r"utilizamos cookies",
    r"aceptar",
    r"iniciar sesión",
    r"comentarios?",
    r"noticias relacionadas",
    r"lo más leído",
    r"boletín",
    # German
    r"mehr zum thema",
    r"lesen sie auch",
    r"auch interessant",
    r"weiterlesen",
    r"abonnieren",
    r"jetzt abonnieren",
    r"teilen",
    r"anzeige",
    r"werbung",
    r"alle rechte vorbehalten",
    r"impressum",
    r"datenschutz(?:erklärung)?",
    r"wir verwenden cookies",
    r"akzeptieren",
    r"anmelden",
    r"kommentare?",
    r"meistgelesen",
    r"das könnte sie auch interessieren",
    # Italian / Portuguese / Dutch
    r"leggi anche",
    r"iscriviti",
    r"condividi",
    r"pubblicità",
    r"tutti i diritti riservati",
    r"leia também",
    r"leia mais",
    r"assine",
    r"compartilhe",
    r"todos os direitos reservados",
    r"lees ook",
    r"lees meer",
    r"abonneer",
    r"delen",
    r"alle rechten voorbehouden",
]
BOILERPLATE_LINE = re.compile(r"^\W*(?:" + "|".join(_BOILERPLATE_PHRASES) + r")(?:\b|(?<=\W))", re.IGNORECASE)

# Phrases that mark a line as boilerplate wherever they stand in it.
BOILERPLATE_ANYWHERE = re.compile(
    r"©|\(c\) ?\d{4}|all rights reserved|copyright \d{4}|copyright ©|tous droits réservés"
    r"|todos los derechos reservados|alle rechte vorbehalten|tutti i diritti riservati"
    r"|todos os direitos reservados|alle rechten voorbehouden"
    r"|(?:we|this (?:web)?site) uses? cookies|utilis(?:e|ons|ent) des cookies|utilizamos cookies"
    r"|verwenden? cookies|cookie (?:policy|settings|consent|preferences)"
    r"|subscribe (?:free )?to (?:our|the)|sign up for (?:our|the)|newsletter|abonnez-vous|suscríbete"
    r"|enable javascript|javascript is disabled|your browser|click here|terms of (?:use|service)"
    r"|subject to copyright|(?:may|can) be reached at|follow (?:him|her|them|us|me) on (?:twitter|facebook|instagram)"
    r"|opens? in (?:a )?new (?:window|tab)|click to (?:share|email|print|tweet)|share (?:on|via) (?:facebook|twitter|email)"
    r"|privacy policy|politique de confidentialité|política de privacidad|datenschutzerklärung"
    # legal notices and disclaimers
    r"|registered trademarks?|trademarks? of|marques? déposées?|marcas? registradas?|eingetragene (?:marken?|warenzeichen)"
    r"|not (?:been )?evaluated by|not intended to (?:diagnose|treat|cure|prevent|replace)"
    r"|consult (?:your|a) (?:physician|doctor|healthcare)|for (?:general )?information(?:al)? purposes only"
    r"|does not constitute (?:\w+ )?advice|may (?:not )?be reproduced|without (?:the )?(?:prior )?written permission"
    r"|à titre (?:informatif|indicatif)|ne constitue pas un conseil|no constituye (?:\w+ )?asesoramiento"
    r"|sin (?:el )?permiso (?:previo|expreso)|ohne (?:vorherige )?schriftliche genehmigung"
    r"|forward-looking statements?|déclarations prospectives|zukunftsgerichtete aussagen|declaraciones prospectivas",
    re.IGNORECASE,
)

# Phrases after which the article is over (comments, related stories, footers).
END_MARKERS = re.compile(
    r"^\W*(?:related (?:links|articles|stories|content|posts|coverage)|more (?:from|stories|news|on this)\b"
    r"|you (?:may|might) (?:also )?like|recommended (?:for you|stories|articles)|most (?:read|popular)"
    r"|\d* ?comments?\b(?!.*\?\s*$)|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)"
    r"|sur le même sujet|les plus lus|noticias relacionadas|lo más leído"
    r"|das könnte sie auch interessieren|meistgelesen|references$|visible links$)",
    re.IGNORECASE,
)

# Wire-service agencies recognised in datelines.
AGENCIES = (
    "AFP",
    "AP",
    "Reuters",
    "dpa",
    "DPA",
    "ANSA",
    "EFE",
    "Xinhua",
    "UPI",
    "Bloomberg",
    "AAP",
    "PA",
    "Kyodo",
    "Yonhap",
    "TASS",
    "Belga",
    "ANP",
    "APA",
    "SDA",
    "Lusa",
    "Europa Press",
    "IANS",
    "PTI",
    "CNA",
    "Bernama",
    "Anadolu",
    "SPX",
)

# Words one of which every BOILERPLATE_ANYWHERE phrase contains: a cheap gate before the regex.
_ANYWHERE_TRIGGERS = frozenset(
    "c copyright reserved réservés reservados vorbehalten riservati voorbehouden cookies cookie utilise "
    "utilisons utilisent utilizamos verwenden verwende subscribe sign newsletter abonnez suscríbete enable "
    "javascript browser click terms privacy politique política datenschutzerklärung opens window facebook twitter email instagram reached trademark trademarks marque marques marca marcas "
    "eingetragene evaluated intended consult purposes constitute reproduced permission titre constitue "
    "constituye permiso genehmigung forward prospectives zukunftsgerichtete prospectivas".split()
)


# The vocabulary of consent notices, data-protection clauses and newsletter forms, in several languages.
# One term may stand in an article; several distinct ones in one paragraph make it a consent text.
CONSENT_TERMS = re.compile(
    r"(?i)\bcookies?\b|\bconsent(?:ement|imiento)?\b|\beinwilligung|\bzustimmung\b|\bzgod[aęyą]\b|\btoestemming"
    r"|\bconsenso\b|personal (?:data|information)|données (?:personnelles|à caractère personnel)"
    r"|personenbezogene(?:n)? daten|\bdan(?:e|ych) osobow|datos (?:personales|de carácter personal)|persoonsgegevens"
    r"|dati personali|dados pessoais|privacy (?:policy|settings|statement)|politique de confidentialité"
    r"|datenschutz(?:erklärung|-?einstellungen|hinweise)?\b|polityk[aięy] prywatności|política de privacidad"
    r"|privacybeleid|informativa (?:sulla )?privacy|legitimate interest|intérêt légitime|berechtigte(?:n|s)? interesse"
    r"|interés legítimo|gerechtvaardigd belang|\bpartners?\b.{0,40}\b(?:vendors?|advertis|ads)\b|\bpartenaires\b"
    r"|\bunsubscribe|se désabonner|vous désabonner|abbestellen|\babmelden\b|wypisać|darse de baja|afmelden"
    r"|\b(?:gdpr|rgpd|dsgvo|rodo|avg)\b|opt[ -]out|widerruf|withdraw (?:your )?consent|retirer votre consentement"
    r"|newsletter|\b(?:accept|accepter|akzeptieren|aceptar|accetta|akceptuj[eę]|accepteren)\b"
    r"|privatsphäre|vie privée|\bprivacidad\b|prywatnoś|\beinverständnis|drittanbieter|third[- ]party (?:content|provider)"
    r"|externe(?:n|r)? (?:inhalt|medien)|inhalt(?:e)? (?:\w+ )?laden|load (?:external )?content|contenu externe|contenido externo"
)
CONSENT_MIN = 2  # distinct consent terms that make a unit a consent text


def consent_terms(text: str) -> int:
    """How many distinct consent/data-protection terms `text` holds (lower-cased matches)."""
    if len(text) < 12:
        return 0
    return len({m.group(0).lower() for m in CONSENT_TERMS.finditer(text)})


# Paywall teasers: the rest of the story is for subscribers.
# Only ever searched (is there such a phrase), so no part may scan back over a word: "(?:\w+)?abo"
# rescanned a long word from each of its letters (20,000 letters: 5.8 s).
PAYWALL = re.compile(
    r"(?i)(?:for|to) (?:paying )?subscribers(?: only)?\b|subscribers? only|already (?:a )?subscriber|subscribe to (?:continue|read)"
    r"|to (?:continue|keep) reading|réservée? aux abonnés|déjà abonné|abonnez-vous pour (?:lire|continuer)"
    r"|la suite (?:est )?réservée|exclusivo para (?:suscriptores|abonados)|ya eres (?:suscriptor|abonado)"
    r"|suscríbete para (?:seguir|continuar|leer)|nur für abonnenten|bereits abonnent|jetzt weiterlesen mit"
    r"|\+?-?abo(?:nnement)? (?:abschließen|testen)|artikel ist (?:nur )?für abonnenten|dostęp(?:ny)? (?:tylko )?dla (?:prenumerator|subskrybent)"
    r"|masz już (?:subskrypcję|prenumeratę|konto)|alleen voor abonnees|al abonnee|riservato agli abbonati|già abbonato"
    r"|exclusivo para assinantes|já é assinante|paywall"
)


# Links that earn the site a commission ("affiliate links", "Partnerlinks", "liens d'affiliation",
# "enlaces de afiliado", "link di affiliazione", "linki afiliacyjne"), in several languages.
_AFFILIATE_LINKS = (
    r"(?:affiliate|partner|sponsored|werbe|provisions|empfehlungs)[- ]?links?"
    r"|liens? (?:affiliés?|d['’]affiliation|sponsorisés?|commerciaux|partenaires)"
    r"|(?:enlaces?|links?) (?:de afiliad[oa]s?|de afiliaci[óo]n|afiliad[oa]s?|patrocinad[oa]s?)"
    r"|link (?:di affiliazione|affiliati|sponsorizzati)|gesponsorde links?|affiliatelinks?"
    r"|link(?:i|ów|ami)? (?:afiliacyjn|partnersk|sponsorowan|reklamow)\w*"
)
# The notice that a page holds such links: a verb of containing before them, the links named at the
# start of the line ("Werbung/Affiliate-Links:", "*Partnerlinks"), or the commission a purchase earns.
AFFILIATE_NOTICE = re.compile(
    r"(?:\b(?:contains?|may contain|includes?|uses?|enthält|enthalten|beinhaltet|contient|peut contenir"
    r"|contiene|puede contener|può contenere|bevat|bevatten|zawiera|może zawierać|contém|pode conter)\b"
    r"[^.!?]{0,40}?(?:" + _AFFILIATE_LINKS + r"))"
    r"|^\W*(?:(?:werbung|anzeige|pub(?:licité)?|publicidad|pubblicità|reklama|advertentie|ad|disclosure)\W+)?"
    r"(?:" + _AFFILIATE_LINKS + r")\b"
    r"|\b(?:we|i)\b[^.!?]{0,30}\b(?:earn|receive|get|make)s? (?:a |an )?(?:small |affiliate )?commission"
    r"|\b(?:erhalten|bekommen) wir[^.!?]{0,25}\bprovision|\b(?:touchons|percevons|recevons) une (?:petite )?commission"
    r"|\b(?:recibimos|obtenemos|ganamos) una (?:pequeña )?comisión|\b(?:riceviamo|percepiamo) una (?:piccola )?commissione"
    r"|\b(?:ontvangen|krijgen) (?:wij|we)[^.!?]{0,25}\b(?:commissie|provisie)|\b(?:otrzymujemy|dostajemy)[^.!?]{0,25}\bprowizj"
    r"|\b(?:recebemos|ganhamos) uma (?:pequena )?comissão",
    re.IGNORECASE,
)
# Word beginnings one of which every AFFILIATE_NOTICE phrase holds: a cheap gate before the regex.
_AFFILIATE_STEMS = (
    "affil",
    "afil",
    "partner",
    "sponsor",
    "patrocin",
    "gesponsor",
    "werbe",
    "provision",
    "empfehlungs",
    "commission",
    "comisi",
    "commissi",
    "provisie",
    "prowizj",
    "comiss",
    "reklamow",
)


def has_boilerplate(text: str, lower_tokens: Iterable[str] | None = None) -> bool:
    """True if `text` holds a phrase that marks boilerplate wherever it stands (copyright, cookies,
    a notice that the page's links earn it a commission...)."""
    if "©" in text:
        return True
    if lower_tokens is None:
        lower_tokens = set(re.findall(r"\w+", text.lower()))
    if any(t.startswith(_AFFILIATE_STEMS) for t in lower_tokens) and AFFILIATE_NOTICE.search(text):
        return True
    if _ANYWHERE_TRIGGERS.isdisjoint(lower_tokens):
        return False
    return BOILERPLATE_ANYWHERE.search(text) is not None
