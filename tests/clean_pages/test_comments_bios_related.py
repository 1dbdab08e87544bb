"""Comment threads, author bios and "About X" blocks, related links in the middle of the story."""

import pytest

from ._load import cleaned, paragraphs


def test_comment_thread_is_dropped_de():
    r = cleaned("comments_de.txt")
    paras = paragraphs(r)
    assert len(paras) == 4
    assert paras[-1].startswith("Die Erschließungsarbeiten sollen im Frühjahr beginnen")
    for junk in ("Kommentare", "schrieb am", "Endlich tut sich was", "Antworten", "Gutachten hin oder her"):
        assert junk not in r.text


def test_press_release_drops_about_block_disclaimer_and_media_contact_en():
    r = cleaned("press_release_about_en.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("HOUSTON, March 18, 2024 -- Northwind Energy Inc. today announced")
    assert paras[-1].startswith("The company said the facility would use lithium iron phosphate batteries")
    assert len(paras) == 4
    for junk in ("About Northwind", "is a leading developer", "forward-looking", "Media Contact", "press@"):
        assert junk not in r.text


def test_author_bio_after_a_blog_post_is_dropped_fr():
    r = cleaned("author_bio_fr.txt")
    paras = paragraphs(r)
    assert len(paras) == 4
    assert paras[-1].startswith("La région prévoit d'évaluer la fréquentation")
    for junk in ("À propos de l'auteur", "journaliste indépendante", "Articles similaires"):
        assert junk not in r.text


def test_related_links_in_the_middle_are_dropped_and_both_halves_kept_nl():
    r = cleaned("related_middle_nl.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("De provincie trekt de komende vier jaar 45 miljoen euro extra uit")
    assert paras[1].startswith("Het geld is vooral bedoeld voor de dijkvakken")
    assert paras[2].startswith("Volgens gedeputeerde Jan Bosma")
    assert paras[-1] == "Provinciale Staten praten volgende maand over het voorstel."
    assert len(paras) == 5
    for junk in ("Lees ook", "Waterschap waarschuwt", "Boeren boos", "Vissers vrezen", "Meest gelezen"):
        assert junk not in r.text


def test_embed_placeholder_teasers_and_stock_credit_inside_a_blog_post_are_dropped_de():
    r = cleaned("embed_placeholder_de.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Die Strecke von Husum nach Tönning ist rund 35 Kilometer lang")
    assert paras[1].startswith("Hinter dem Hafen von Husum geht es zunächst")
    assert paras[2].startswith("In Tönning lohnt sich ein Besuch im Multimar Wattforum")
    assert paras[-1].startswith("Die ganze Tour ist auch für ungeübte Fahrer gut zu schaffen")
    assert len(paras) == 4
    for junk in ("Unsplash", "könnte dich", "Schlei", "zehn Tipps", "Privatsphäre", "Inhalt laden", "Teilen"):
        assert junk not in r.text


def test_reviews_signed_with_a_name_and_a_date_are_dropped_under_a_product_de():
    r = cleaned("reviews_under_product_de.txt")
    paras = paragraphs(r)
    assert r.title == "Holzstall Wiesenhof mit Auslauf"
    assert paras[0].startswith("Der Holzstall Wiesenhof bietet zwei bis drei Kaninchen")
    assert paras[-1].endswith("sollte aber im Winter an einem geschützten Ort stehen.")
    for junk in (
        "Marlene K.",
        "Zwergkaninchen",
        "Gutes Preis-Leistungs-Verhältnis",
        "Kundendienst",
        "Bewertung",
    ):
        assert junk not in r.text


def test_comments_signed_with_a_name_and_a_date_are_dropped_without_a_header_en():
    r = cleaned("signed_comments_en.txt")
    paras = paragraphs(r)
    assert len(paras) == 3
    assert paras[0].startswith("Most sourdough recipes assume you are at home all day")
    assert paras[-1].endswith("the first twenty with the lid on.")
    for junk in ("Tom Baker", "humid place", "Priya", "second night in the fridge", "Leave a Reply"):
        assert junk not in r.text


def test_forum_thread_keeps_its_first_post_and_its_replies_pl():
    # nothing but menus above posts each headed alike (name, date): a forum, whose replies are the
    # page's text as much as its first post (unlike comments under an article)
    r = cleaned("forum_thread_pl.txt")
    paras = paragraphs(r)
    assert r.title == "Pomidory pękają po deszczu"
    assert paras[0].startswith("Od kilku dni po każdym większym deszczu owoce moich pomidorów pękają")
    assert paras[-1].endswith("i zostawić je do dojrzenia w domu.")
    for post in ("To typowe przy nierównym podlewaniu", "Dziękuję, spróbuję ze ściółką", "koktajlowe"):
        assert post in r.text
    for junk in ("marek_z_działki 14.07.2023", "Odpowiedz", "Regulamin"):
        assert junk not in r.text


def test_forum_thread_keeps_its_replies_in_order_without_user_boxes_fr():
    r = cleaned("forum_thread_fr.txt")
    text = " ".join(r.text.split())
    posts = [
        "en soupesant mes trois ruches ce week-end",
        "oubliez le sirop : les abeilles ne peuvent plus l'évaporer",
        "Si le candi a disparu en janvier, remettez-en un deuxième.",
        "Un kilo tient en général trois à quatre semaines",
        "Le candi est posé depuis samedi et les abeilles sont déjà montées dessus.",
    ]
    assert all(p in text for p in posts)
    assert [text.index(p) for p in posts] == sorted(text.index(p) for p in posts)
    for junk in (
        "Quarante ans de ruches",
        "Messages : 2 318",
        "Inscription : mars 2011",
        "Localisation : Millau",
        "Utilisateurs parcourant ce forum",
        "Retourner vers",
        "Développé par phpBB",
    ):
        assert junk not in text


def test_author_box_under_a_bare_author_label_is_dropped_de():
    r = cleaned("author_box_de.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Ab Anfang April wird die Uferstraße")
    assert paras[-1].startswith("Der Ortschaftsrat hatte sich im Herbst")
    assert len(paras) == 4
    for junk in ("Autor", "freier Journalist", "Jonas Riedel", "Ähnliche Beiträge"):
        assert junk not in r.text


def test_author_box_under_a_bare_author_label_is_dropped_en():
    r = cleaned("author_box_en.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("For decades the boats of the smaller harbours")
    assert paras[-1] == "A fourth harbour is expected to decide in the autumn whether to join the scheme."
    assert len(paras) == 4
    for junk in ("Author", "freelance writer", "Martha Quinn", "You may also like"):
        assert junk not in r.text


def test_author_box_between_lead_and_body_is_dropped_and_both_kept_pl():
    r = cleaned("author_box_inside_pl.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Od 1 kwietnia mieszkańcy pięciu wsi")
    assert paras[1].startswith("Autobusy będą kursować od poniedziałku do soboty")
    assert paras[-1].startswith("Koszt przewozów gmina pokryje")
    assert len(paras) == 4
    for junk in ("O autorze", "Katarzyna Wolska", "Dziennikarka", "Kontakt"):
        assert junk not in r.text


def test_author_box_between_lead_and_body_is_dropped_and_both_kept_en():
    r = cleaned("author_box_inside_en.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("The central library will open on Sundays from June")
    assert paras[1].startswith("More than 4,000 people used the library")
    assert (
        paras[-1]
        == "Councillors also agreed to review the opening hours of the three branch libraries next year."
    )
    assert len(paras) == 4
    for junk in ("About the author", "Daniel Osei", "covers local government", "Follow Daniel"):
        assert junk not in r.text


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        (
            "comment_count_header_en.txt",
            ["After two empty springs the avocets have returned", "louder than it has been in years."],
            ["Heron Watcher", "Lovely news", "fingers crossed", "Where have all the lapwings gone?"],
        ),
        (
            "comment_count_header_de.txt",
            ["Nach drei verregneten Wochenenden stehen die Bohnenstangen", "einfach in den Schuppen."],
            ["Rosenkohl", "Welche Sorte hast du genommen?", "Tomaten ausgeizen, aber richtig"],
        ),
        (
            "comment_count_header_fr.txt",
            ["Samedi, l'atelier a remis aux élèves internes", "une fois par jour depuis la rentrée."],
            ["Paul du quartier", "quel beau projet", "Notre bourse aux vélos de printemps"],
        ),
    ],
    ids=["en", "de", "fr"],
)
def test_comment_count_link_under_the_headline_does_not_end_the_post(name, kept, dropped):
    """A blog post's header links to its comments ("[3] Comments" under the byline): with prose above
    the header (the blog's own introduction), that link is no thread's start, and the post under it is
    kept; the thread under the post is still left out."""
    text = " ".join(cleaned(name).text.split())
    assert [p for p in kept if p not in text] == []
    assert [p for p in dropped if p in text] == []


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        (
            "numbered_posts_en.txt",
            [
                "I am building up a touring bike for a long trip",
                "I have ridden a dynamo hub for six years",
                "pay for sealed bearings",
                "I use a small buffer battery in the frame bag and it works well.",
            ],
            [
                "View posts",
                "is offline",
                "#23",
                "12.04.2023",
                "Winter tyres for gravel",
                "Powered by vBulletin",
            ],
        ),
        (
            "numbered_posts_de.txt",
            [
                "Unser alter Apfelbaum trägt seit zwei Jahren kaum noch Früchte",
                "Bei alten Bäumen schneide ich immer im Spätwinter",
                "Zuerst die Äste heraus, die nach innen wachsen",
                "dass wir die Äste abstützen mussten.",
            ],
            [
                "Beiträge anzeigen",
                "ist offline",
                "#43",
                "03.02.2024",
                "Hochbeet aus Paletten",
                "Powered by vBulletin",
            ],
        ),
    ],
    ids=["en", "de"],
)
def test_a_thread_of_numbered_posts_is_kept_from_its_first_post_to_its_last(name, kept, dropped):
    """A forum thread whose posts carry their running number ("#41") under a user box: the posts are the
    text, the first and every reply; the user boxes, numbers and dates and the board's chrome are not."""
    text = " ".join(cleaned(name).text.split())
    assert [p for p in kept if p not in text] == []
    assert [p for p in dropped if p in text] == []


def test_numbered_thread_leaves_the_units_unmarked_and_finds_a_long_chain_in_one_pass():
    """numbered_thread only reports the thread and its chrome lines; the cleaner marks them (mark_chrome) only
    when it takes the thread, as later steps read the marks. The chain is tracked by its first mark and length
    (copying it per step was quadratic: 50,000 "#N" lines)."""
    from reader.clean.dump_lines import Unit
    from reader.clean.dump_threads import mark_chrome, numbered_thread

    units = [Unit("#7", words=1)] + [Unit(f"#{n}", words=1) for n in range(1, 50_001)]
    found = numbered_thread(units)
    assert found is not None
    first, end, chrome = found
    assert (first, end) == (1, len(units))
    assert not any(u.chrome for u in units)
    mark_chrome(units, chrome)
    assert [i for i, u in enumerate(units) if u.chrome] == list(range(1, len(units)))
