"""HTML body: promotion, related-link and newsletter lines go, by their shape, in several languages;
sentences of the story that merely share a word with them stay. A failed extraction says so."""

import pytest

from reader.clean import clean_html
from reader.clean.html_filter import drop_promo_lines, is_promo_line


@pytest.mark.parametrize(
    "line",
    [
        # a label and a headline
        "READ MORE: Mayor promises new bridge by spring",
        "Related: Storm closes schools across the county",
        "Lesen Sie auch: Bahn streicht Verbindungen im Winter",
        "À lire aussi : la mairie renonce au nouveau parking",
        "LEE TAMBIÉN: El alcalde anuncia un nuevo puente",
        "Czytaj też: Burmistrz obiecuje nowy most",
        "Lees ook: Gemeente schrapt nieuwe parkeergarage",
        "Leggi anche: Il sindaco promette un nuovo ponte",
        "Das könnte Sie auch interessieren:",
        "Weiterlesen …",
        # a call to action: an app, a newsletter, a channel
        "CLICK HERE TO GET THE EXAMPLE NEWS APP",
        "Subscribe to Example Daily's newsletters",
        "Sign up for our morning briefing",
        "Abonnieren Sie unseren Newsletter",
        "Abonnez-vous à notre lettre d'information",
        "Suscríbete a nuestro boletín",
        "Síguenos en Telegram y Twitter",
        "Zapisz się do naszego newslettera",
        "Download our app for iOS and Android to get the latest news first.",
        "Melde dich hier für unseren Newsletter an!",
        # lines about the page, not the story
        "Category: Press Releases",
        "Kategorie: Politik",
        "Getty Images",
        "Crédits photos : Exemple",
        "Keine Kommentare",
        "5 min read",
        "Lesezeit: 3 Minuten",
        "Mehr Informationen zum Programm finden Sie hier.",
        "Klicken Sie auf den Button, um den Inhalt von www.example.com zu laden.",
    ],
)
def test_promo_lines(line):
    assert is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "More than 100 people died in the flood, officials said.",
        "Download speeds rose 20% last year.",
        "The company said users could download the app from Monday.",
        "Users can follow the election on the app, the minister said.",
        "Related companies also reported losses in the third quarter.",
        "Photos show the damage to the bridge after the storm.",
        "Werbung ist überall in der Stadt zu sehen, sagte er.",
        "He said there was more to do here.",
        "Lire la suite du rapport prendra des semaines, selon le ministre.",
        "Subscribers to the service will pay more from January, the company said in a statement on Monday.",
        "Die Kategorie der Fahrzeuge wird neu festgelegt.",
    ],
)
def test_story_lines_are_not_promo(line):
    assert not is_promo_line(line)


def test_a_dangling_list_intro_at_the_end_goes_but_never_the_whole_body():
    body = [
        "The council approved the plan on Tuesday.",
        "It will cost 3 million euros.",
        "More on this topic:",
    ]
    assert drop_promo_lines(body) == (body[:2], 1)
    assert drop_promo_lines(["Related:"]) == (["Related:"], 0)


STORY_EN = [
    "The mayor said on Tuesday that the new bridge across the river would open in the spring, a year late.",
    "Work stopped twice last year when the builder ran out of steel and the council had to find more money.",
    "Residents on both banks have waited more than a decade for a crossing that does not need a ferry.",
]
STORY_DE = [
    "Der Bürgermeister sagte am Dienstag, die neue Brücke über den Fluss werde im Frühjahr eröffnet.",
    "Die Arbeiten standen im vergangenen Jahr zweimal still, weil dem Bauunternehmen der Stahl ausging.",
    "Die Anwohner auf beiden Seiten warten seit mehr als zehn Jahren auf eine Verbindung ohne Fähre.",
]


@pytest.mark.parametrize(
    ("story", "promos"),
    [
        (
            STORY_EN,
            [
                "READ MORE: Ferry fares to rise in June",
                "CLICK HERE TO GET THE EXAMPLE NEWS APP",
                "Subscribe to Example Daily's newsletters",
            ],
        ),
        (
            STORY_DE,
            [
                "Lesen Sie auch: Fährpreise steigen im Juni",
                "Jetzt abonnieren: der Newsletter am Morgen",
                "Mehr zum Thema: Brückenbau in der Region",
            ],
        ),
    ],
)
def test_tabloid_page_promos_interleaved_with_the_story_are_dropped(story, promos):
    parts = []
    for para, promo in zip(story, promos, strict=True):
        parts.append(f"<p>{para}</p><p><strong><a href='/x'>{promo}</a></strong></p>")
    html = (
        "<html><head><title>Bridge to open in spring</title></head><body><article><h1>Bridge to open in spring</h1>"
        + "".join(parts)
        + "</article></body></html>"
    )
    r = clean_html(html)
    assert r.text.split("\n\n") == story
    assert "promo lines" in r.flags


def test_failed_extraction_falls_back_and_flags_it():
    # trafilatura finds no article: the dump cleaner's result, marked as a fall-back for the confidence
    r = clean_html("<html><head><title>x</title></head><body><script>var x = 1;</script></body></html>")
    assert "fallback" in r.flags
    ok = clean_html(
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in STORY_EN) + "</article></body></html>"
    )
    assert "fallback" not in ok.flags


@pytest.mark.parametrize(
    ("story", "tail"),
    [
        (STORY_EN, "Jane Example is a freelance journalist based in Lisbon who writes about transport."),
        (STORY_DE, "Hans Beispiel ist freier Journalist in Leipzig und schreibt über Verkehr und Städtebau."),
        (STORY_EN, "© 2024 Example Media Ltd. All rights reserved."),
        (STORY_DE, "Lesen Sie auch die folgenden Beiträge:"),
    ],
)
def test_bio_copyright_or_dangling_intro_at_the_end_of_the_article_goes(story, tail):
    html = (
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in [*story, tail]) + "</article></body></html>"
    )
    assert clean_html(html).text.split("\n\n") == story


def test_a_sentence_about_a_person_inside_the_story_stays():
    middle = "Anna Example is a journalist who covered the bridge for ten years, and she was not surprised."
    paras = [STORY_EN[0], middle, STORY_EN[1]]
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>"
    assert clean_html(html).text.split("\n\n") == paras


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        (
            "The laws of physics apply to online business just like offline business.Click To Tweet",
            "The laws of physics apply to online business just like offline business.",
        ),
        (
            "The company logo is displayed outside an office in New York.Reuters",
            "The company logo is displayed outside an office in New York.",
        ),
        (
            "Er sagte am Abend: „Das ist ein guter Tag.“Getty Images",
            "Er sagte am Abend: „Das ist ein guter Tag.“",
        ),
        # two sentences of the story glued by the source itself stay as they are
        (
            "Der Mann starb am Mittwoch.Die Polizei kam am Abend.",
            "Der Mann starb am Mittwoch.Die Polizei kam am Abend.",
        ),
    ],
)
def test_button_or_credit_glued_to_a_sentence_is_cut(glued, kept):
    from reader.clean.html_filter import strip_glued_tail

    assert strip_glued_tail(glued) == kept


# h110: more promotion lines, in several languages
@pytest.mark.parametrize(
    "line",
    [
        # a call to follow the site on several channels, however long
        "Follow the Eastbridge Echo on Twitter, Instagram and Facebook for the latest news, and send your "
        "stories and pictures to our newsroom by email or on WhatsApp at any time of day.",
        "Folgen Sie der Hallstedter Rundschau auf Facebook, Instagram und WhatsApp und schreiben Sie uns Ihre "
        "Meinung an leserbriefe@example.org oder rufen Sie unsere Redaktion an, wir freuen uns.",
        "Suivez Le Courrier du Val sur Facebook, Instagram et X pour ne rien manquer de l'actualité de votre "
        "région, et envoyez vos photos à notre rédaction par courriel ou par WhatsApp.",
        # log in to comment
        "You must be logged in to post a comment.",
        "Du musst angemeldet sein, um einen Kommentar zu schreiben.",
        "Sie müssen eingeloggt sein, um Kommentare zu verfassen!",
        "Vous devez être connecté pour publier un commentaire.",
        "Debes iniciar sesión para publicar un comentario.",
        "Musisz być zalogowany, aby dodać komentarz.",
        "Devi essere connesso per inviare un commento.",
        # more information at an address
        "Weitere Infos unter www.kreis-hallstedt.example/faehre.",
        "More information at www.eastbridge.example/baths",
        "Plus d'informations sur www.valdesevre.example.",
        "Más información en www.ayuntamiento.example",
        "Meer informatie op www.noordveen.example.",
        # a newsletter offered to the reader (compounds too)
        "Sie möchten keine Termine verpassen? Schauen Sie in unseren Wochennewsletter!",
        "Wil je op de hoogte blijven? Neem een kijkje in onze nieuwsbrief.",
        # reading time, in more languages
        "Tempo de leitura: 4 minutos",
        "6 min de lecture",
        # a notice about comments being moderated
        "Kommentare werden vor der Veröffentlichung von der Redaktion geprüft und freigeschaltet.",
        "Attention : les commentaires injurieux ne seront pas approuvés par le modérateur.",
        "Comments are moderated and will appear once approved by our team.",
        # a sign-up form's messages
        "Thanks for signing up!",
        "Vielen Dank für Ihre Anmeldung!",
        "Merci pour votre inscription.",
        "There was an error processing your subscription.",
        # a call to share the article
        "Artikel gefallen? Dann teile ihn mit deinen Freunden!",
        "Vous avez aimé cet article ? Partagez-le !",
        "¿Te gustó este artículo? ¡Compártelo!",
    ],
)
def test_more_promo_lines(line):
    assert is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Follow the river north for two miles and the ruins stand on the left bank.",
        "The minister said she would follow the advice of the health agency on Twitter and in parliament.",
        "More information about the victims was released on Tuesday by the police.",
        "Weitere Informationen zu den Opfern gab die Polizei am Dienstag bekannt.",
        "Users had to be logged in to post a comment, the company said, but the rule was dropped.",
        "The newsletter, founded in 1998, has 40,000 readers.",
        "Der Verlag stellt seinen Newsletter im Mai ein, sagte eine Sprecherin.",
        "The article was shared 10,000 times in a day.",
        "Die Kommentare des Ministers wurden im Landtag scharf kritisiert.",
        "The comments were approved by the board on Monday.",
        "Thanks to the new bridge, the journey takes 6 minutes.",
    ],
)
def test_story_lines_stay_h110(line):
    assert not is_promo_line(line)


def test_short_boilerplate_paragraphs_go_from_the_html_body_as_from_a_dump():
    # (the dump cleaner drops a unit of up to 40 words holding such a phrase: copyright, an
    # affiliate notice, a contact line; h110 applies the same to the HTML body)
    story = STORY_EN + STORY_DE
    boiler = [
        "Esta página contiene enlaces de afiliados: si compras algo, el blog recibe una pequeña comisión.",
        "Cette page contient des liens affiliés vers des boutiques en ligne.",
        "Fotos: © Stadtarchiv Lindenau",
        "Copyright 2025 Example Media Group, all rights reserved.",
    ]
    kept, dropped = drop_promo_lines(story[:3] + boiler + story[3:])
    assert kept == story
    assert dropped == len(boiler)
    long = (
        "The newsletter, which the union sends to 40,000 members every week, carried the first report of the "
        "dispute, and its editor said the board had tried to stop it; the board denied this on Monday and said "
        "it had only asked for a correction."
    )
    assert drop_promo_lines([long, *STORY_EN]) == ([long, *STORY_EN], 0)


def test_a_sentence_with_a_glued_button_stays_without_it():
    line = "Every shop on the street keeps its own 'ledger of small mistakes.'Click To Tweet"
    kept, _ = drop_promo_lines([*STORY_EN, line])
    assert kept == [*STORY_EN, "Every shop on the street keeps its own 'ledger of small mistakes.'"]
