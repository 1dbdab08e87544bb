"""Hand-written page dumps (tests/data/pages/): hard-wrapped text, a lynx dump, French, Spanish and
German pages with their boilerplate, and wire datelines."""

from dataclasses import replace
from pathlib import Path

import pytest

from reader.clean import clean, clean_dump, clean_markdown

PAGES = Path(__file__).parent / "data" / "pages"


def _page(name: str):
    return clean_dump((PAGES / name).read_text("utf-8"))


def _paragraphs(result):
    return result.text.split("\n\n")


def test_hard_wrapped_page_with_reuters_dateline():
    r = _page("wrapped_reuters_en.txt")
    paras = _paragraphs(r)
    assert len(paras) == 7
    assert paras[0].startswith("LONDON (Reuters) - Britain's harbour authorities said on Tuesday")
    assert paras[0].endswith("the highest levels recorded in half a century.")
    # a hyphenated line-wrap keeps its hyphen: no new word is made
    assert "nineteen-seventies mix." in paras[1]
    assert paras[4] == "- Funding questions -"
    assert paras[-1] == "Work on the first three sites is due to begin in the spring, the board said."
    assert "\n" not in paras[2]
    assert (r.title, r.byline) == (
        "Thames estuary to get new flood barriers after record surges",
        "Daniel Okafor and Priya Natarajan",
    )
    assert (r.dateline, r.agency, r.published) == ("LONDON", "Reuters", "2025-03-04")
    assert r.language == "en"
    assert r.site == "dailytidings.co.uk"
    for junk in ("Home", "Sign in", "Related coverage", "Storm surge warnings", "newsletter", "Copyright"):
        assert junk not in r.text


def test_lynx_dump_with_link_markers_and_references():
    r = _page("lynx_ap_en.txt")
    paras = _paragraphs(r)
    assert len(paras) == 4
    assert paras[0].startswith("WASHINGTON (AP) — The city council voted 9-4 on Tuesday")
    assert paras[-1] == (
        "The agency will publish ridership figures every quarter, and the council will decide next autumn "
        "whether to keep the service."
    )
    assert "[" not in r.text and "http" not in r.text
    for junk in ("Share on", "Read more", "Transit agency names", "Privacy", "References", "Skip to"):
        assert junk not in r.text
    assert (r.title, r.byline) == ("City council approves late-night bus pilot", "Rosa Delgado")
    assert (r.dateline, r.agency, r.published) == ("WASHINGTON", "AP", "2024-10-02")
    assert r.site == "valleycourier.example.com"


def test_french_page_afp_dateline_line():
    r = _page("afp_fr.txt")
    paras = _paragraphs(r)
    assert len(paras) == 5
    assert paras[0].startswith("Après deux années de quotas réduits")
    assert paras[2].startswith("« On respire enfin")
    assert paras[-1].endswith("pendant toute la saison.")
    for junk in (
        "Lire aussi",
        "Abonnez-vous",
        "cookies",
        "jd/cb/ml",
        "Sur le même sujet",
        "Tous droits",
        "Mentions",
    ):
        assert junk not in r.text
    assert r.title == "La pêche à la sardine relancée dans le golfe de Gascogne"
    assert r.byline == "Jeanne DUPONT"
    assert (r.dateline, r.agency, r.published) == ("Saint-Jean-de-Luz, France", "AFP", "2025-03-03")
    assert r.language == "fr"


def test_spanish_page_bullets_and_efe_dateline():
    r = _page("efe_es.txt")
    paras = _paragraphs(r)
    assert len(paras) == 4
    assert paras[0].startswith("MADRID, 12 de febrero de 2025 (EFE) - El servicio ferroviario nocturno")
    assert paras[-1].endswith("según la operadora.")
    for junk in (
        "Inicio",
        "Suscríbete",
        "cookies",
        "Leer más",
        "Noticias relacionadas",
        "AVE a Lisboa",
        "derechos",
    ):
        assert junk not in r.text
    assert r.title == "Un tren nocturno volverá a unir Madrid y Lisboa a partir de junio"
    assert r.byline == "María López Serrano"
    assert (r.dateline, r.agency, r.published) == ("MADRID", "EFE", "2025-02-12")
    assert r.language == "es"


def test_german_page_dash_bullets_and_dpa():
    r = _page("dpa_de.txt")
    paras = _paragraphs(r)
    assert len(paras) == 5
    assert paras[0].startswith("Die Bahn will ihr Angebot an Nachtzügen")
    assert (
        paras[-1]
        == "Die schwedische Bahngesellschaft soll einen Teil der Strecke übernehmen und ab Malmö eigenes Personal einsetzen."
    )
    for junk in (
        "Startseite",
        "Cookies",
        "Mehr zum Thema",
        "könnte Sie",
        "ICE-Strecke",
        "Newsletter",
        "Rechte",
        "Impressum",
    ):
        assert junk not in r.text
    assert (r.title, r.byline) == ("Bahn will Nachtzüge nach Skandinavien ausbauen", "Hans Müller")
    assert (r.dateline, r.agency, r.published) == ("Hamburg, Deutschland", "dpa", "2025-05-05")
    assert r.language == "de"


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.txt")))
def test_pages_clean_same_through_clean(name):
    raw = (PAGES / name).read_text("utf-8")
    assert replace(clean(raw, "text"), confidence=None, reason=None) == clean_dump(raw)


def test_escape_sequences_and_controls_never_reach_the_output():
    raw = (PAGES / "afp_fr.txt").read_text("utf-8")
    raw = (
        raw.replace("Après", "\x1b[1mAprès\x1b[0m")
        .replace("golfe", "golfe\u202e\u200b")
        .replace("\n", "\r\n")
    )
    r = clean_dump(raw)
    assert "\x1b" not in r.text and "\u202e" not in r.text and "\r" not in r.text
    assert r.text.startswith("Après deux années")


def test_markdown():
    md = (
        "# Big storm hits the coast\n\nBy Jane Doe\n\n<!-- editor note -->\n"
        "PARIS (Reuters) - The **storm** reached the [coast](https://example.com/coast) on Monday,\n"
        "cutting power to snake_case_town. ![photo](storm.jpg)\n\n## Damage\n\nRoofs were *torn* off.\n"
    )
    r = clean_markdown(md)
    assert r.title == "Big storm hits the coast"
    assert r.byline == "Jane Doe"
    assert (r.dateline, r.agency) == ("PARIS", "Reuters")
    assert r.text == (
        "PARIS (Reuters) - The storm reached the coast on Monday, cutting power to snake_case_town.\n\n"
        "Damage\n\nRoofs were torn off."
    )
    assert replace(clean(md, "markdown"), confidence=None, reason=None) == r


def test_unknown_format():
    with pytest.raises(ValueError):
        clean("x", "pdf")


def test_empty_inputs():
    assert clean_dump("").text == ""
    assert clean_dump("\n\n  \n").text == ""
    assert clean_markdown("").text == ""


def test_results_table_inside_the_article_and_teaser_blocks():
    raw = (PAGES / "results_table_en.txt").read_text("utf-8")
    r = clean_dump(raw)
    paras = _paragraphs(r)
    assert paras[0].startswith(
        "NEW YORK, Nov 19 (Reuters) - Kenyan runner Daniel Okonjo broke the course record"
    )
    # the table a sentence introduces is part of the article, row by row
    i = paras.index("The top finishers in the men's race were:")
    assert paras[i + 1] == "Pos Runner Country Time"
    assert paras[i + 2] == "1 Daniel Okonjo KEN 2:06:41"
    assert paras[i + 7] == "6 Ahmed Benali MAR 2:09:47"
    # a teaser block inside the article does not cut it short
    assert (
        paras[-1]
        == "The race is part of the autumn series, whose final round takes place in Lisbon next month."
    )
    for junk in (
        "Related articles",
        "tips for running",
        "More from",
        "Indoor season",
        "Most read",
        "Transfer window",
        "general information",
        "All rights",
        "Subscribe",
        "Privacy",
    ):
        assert junk not in r.text
    assert r.title == "Harbour Marathon: Okonjo breaks course record as rain thins the field"
    assert r.byline == "Ruth Abernathy"
    assert (r.dateline, r.agency, r.published) == ("NEW YORK", "Reuters", "2025-11-19")
    # the same page flattened (no indentation, no blank lines, no bullet marks)
    flat = "\n".join(line.strip().removeprefix("* ") for line in raw.split("\n") if line.strip())
    f = clean_dump(flat)
    assert "1 Daniel Okonjo KEN 2:06:41" in _paragraphs(f)
    assert "Lisbon next month." in f.text
    assert "tips for running" not in f.text and "Transfer window" not in f.text


def test_comment_thread_and_author_bio_left_out():
    raw = (PAGES / "comments_es.txt").read_text("utf-8")
    r = clean_dump(raw)
    paras = _paragraphs(r)
    assert paras[0].startswith("Tener un pequeño huerto en casa no exige un jardín")
    # a short list a sentence introduces belongs to the article
    assert paras[3:7] == [
        "Dos jardineras de 60 centímetros",
        "Un saco de sustrato universal",
        "Semillas de lechuga y rábano",
        "Un tutor de bambú por cada tomatera",
    ]
    assert (
        paras[-1]
        == "Con un poco de paciencia, en seis semanas tendrás la primera ensalada cosechada en casa."
    )
    for junk in (
        "ingeniera agrónoma",
        "Sobre Laura",
        "tomates cherry",
        "Responder",
        "fibra de coco",
        "Compartir",
        "comentario",
        "derechos",
    ):
        assert junk not in r.text
    assert r.title == "Cómo empezar un huerto en el balcón con poco espacio"
    assert r.byline == "Laura Gómez Ibáñez"
    assert r.published == "2025-02-12"
    assert r.language == "es"
    # without the bio before it, the thread (no header: name, date stamp, text, "Responder") is still cut
    no_bio = "\n".join(
        x for x in raw.split("\n") if not x.startswith(("Sobre Laura", "Laura Gómez Ibáñez es"))
    )
    r2 = clean_dump(no_bio)
    assert _paragraphs(r2)[-1] == paras[-1]
    assert "tomates cherry" not in r2.text and "Carmen" not in r2.text


def test_text_browser_marks_and_other_bullets():
    page = "\n".join(
        [
            "   [1]Home [2]World [3]Business",
            "   (BUTTON) Menu",
            "   [IMG] [INLINE]",
            "   _______________________",
            "   City approves new tram line after long debate",
            "",
            "   By Ann Example",
            "",
            "   ○ Politics",
            "   ○ Transport",
            "",
            "   PARIS (AFP) - The city council approved on Monday a new tram line that will link the",
            "   northern suburbs to the centre, after a debate that lasted more than six hours.",
            "",
            "   The line, due to open in 2029, will cost about 900 million euros, officials said, and",
            "   will carry up to 100,000 passengers a day once it is running at full capacity.",
            "",
            "   Opponents said the money would be better spent on buses, which can be put on the road",
            "   much faster, but the majority said the tram was the only lasting answer.",
            "",
            "   [4]Share [5]Tweet",
            "",
            "References",
            "",
            "   1. https://example.com/",
            "   2. https://example.com/world",
            "   3. https://example.com/business",
            "   4. https://example.com/share?u=https://example.com/tram&title=City approves new tram line",
            "   5. https://twitter.com/intent/tweet?url=https://example.com/tram",
        ]
    )
    r = clean_dump(page)
    paras = _paragraphs(r)
    assert len(paras) == 3
    assert paras[0] == (
        "PARIS (AFP) - The city council approved on Monday a new tram line that will link the northern suburbs "
        "to the centre, after a debate that lasted more than six hours."
    )
    assert paras[-1].endswith("the majority said the tram was the only lasting answer.")
    for junk in ("BUTTON", "IMG", "Politics", "Share", "References", "example.com", "___"):
        assert junk not in r.text
    assert (r.title, r.byline, r.dateline, r.agency) == (
        "City approves new tram line after long debate",
        "Ann Example",
        "PARIS",
        "AFP",
    )


def test_french_comment_thread_with_relative_stamps():
    r = _page("comments_fr.txt")
    paras = _paragraphs(r)
    assert len(paras) == 4
    assert paras[0].startswith("Les habitants des quartiers du port pourront proposer")
    assert paras[-1].endswith("chaque habitant pourra déposer jusqu'à trois idées.")
    for junk in ("Sophie", "il y a", "jardins partagés", "Répondre", "collégiens", "Partager", "Mentions"):
        assert junk not in r.text
    assert (r.title, r.byline, r.language) == (
        "La mairie lance un budget participatif pour les quartiers du port",
        "Claire MARTIN",
        "fr",
    )


def test_live_blog_entries_with_stamps_are_kept():
    entries = [
        (
            "November 19, 2025 at 10:05 am",
            "The storm made landfall just before ten, with gusts of more than 120 kilometres an hour "
            "recorded at the harbour, the weather service said.",
        ),
        (
            "November 19, 2025 at 10:40 am",
            "Power has been cut to about 40,000 homes on the coast, the grid operator said, and "
            "crews will not go out until the wind drops.",
        ),
        (
            "November 19, 2025 at 11:15 am",
            "The mayor asked residents to stay indoors for the rest of the day and said schools "
            "would stay closed on Thursday as well.",
        ),
        (
            "November 19, 2025 at 12:02 pm",
            "Rail services along the coast have been suspended after trees fell on the line in "
            "three places, the operator said in a statement.",
        ),
    ]
    lines = ["Home", "News", "Live", "Storm Alba live: landfall on the coast", "By Ann Example"]
    for stamp, text in entries:
        lines += [stamp, text]
    lines += ["Share", "Privacy policy"]
    r = clean_dump("\n".join(lines))
    assert _paragraphs(r) == [text for _, text in entries]


def test_wrapped_german_page_teasers_bio_and_comments():
    r = _page("wrapped_de_bio.txt")
    paras = _paragraphs(r)
    assert len(paras) == 4
    assert paras[0].startswith(
        "Bremen (dpa) - Die Stadt will bis zum Herbst eine durchgehende Fahrradstraße zwischen"
    )
    assert "\n" not in paras[0] and paras[0].endswith("diskutiert worden waren.")
    assert paras[2].startswith("Der Fahrradclub begrüßte die Entscheidung")
    assert paras[-1].endswith("aufrechterhalten werden kann.")
    for junk in (
        "Mehr zum Thema",
        "Pendler",
        "Über die Autorin",
        "Redakteurin",
        "Kommentare",
        "vor 2 Stunden",
        "Endlich",
        "Antworten",
        "Impressum",
        "Anmelden",
    ):
        assert junk not in r.text
    assert (r.title, r.byline) == ("Neue Fahrradstraße soll Innenstadt und Hafen verbinden", "Katrin Böhm")
    assert (r.dateline, r.agency, r.published, r.language) == ("Bremen", "dpa", "2025-03-12", "de")
