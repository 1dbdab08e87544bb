"""Metadata hygiene in every format (HTML, text dump, Markdown), in several languages: the headline is
not the first paragraph, bylines are names only, no date from a copyright line, the title is never the
site name, paragraphs are not glued, dates read in the page's language, datelines of more agencies."""

import pytest

from reader.clean import clean_dump, clean_html, clean_markdown
from reader.clean.metadata import (
    clean_byline,
    parse_date,
    parse_dateline,
    read_date,
    usable_site,
    usable_title,
)

BODY_EN = [
    "The council voted on Tuesday to approve the budget for next year after a long debate in the chamber.",
    "Members said the plan would cut spending on roads and raise money for schools across the county.",
    "Opponents said they would keep trying to change the plan when it comes back for review in the spring.",
]
BODY_DE = [
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den Haushalt für das kommende Jahr beschlossen.",
    "Die Mitglieder sagten, der Plan kürze die Ausgaben für Straßen und bringe mehr Geld für die Schulen.",
    "Die Gegner kündigten an, sie wollten den Plan bei der nächsten Prüfung im Frühjahr noch ändern.",
]
BODY_FR = [
    "Le conseil municipal a adopté mardi le budget de l'année prochaine après un long débat dans la salle.",
    "Les élus ont indiqué que le plan réduirait les dépenses pour les routes et financerait les écoles.",
    "Les opposants ont dit qu'ils tenteraient encore de modifier le plan lors de son réexamen au printemps.",
]


def _html(title: str, body: list[str], head: str = "", before: str = "", after: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (
        f"<html><head><title>{title}</title>{head}</head><body><nav><a href='/'>Home</a></nav>"
        f"<article>{before}{paras}</article>{after}</body></html>"
    )


# --- the headline is not repeated as the first paragraph -------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [("Council approves next year's budget", BODY_EN), ("Stadtrat beschließt den Haushalt", BODY_DE)],
)
def test_html_headline_not_first_paragraph(title, body):
    r = clean_html(_html(title, body, before=f"<h1>{title}</h1>"))
    assert r.title == title
    assert r.text.split("\n\n")[0] == body[0]


def test_html_near_equal_headline_not_first_paragraph():
    # the page's <h1> differs from the title only in case and punctuation
    r = clean_html(
        _html("Le conseil adopte le budget", BODY_FR, before="<h1>Le Conseil adopte le budget !</h1>")
    )
    assert r.text.split("\n\n")[0] == BODY_FR[0]


def test_markdown_headline_not_first_paragraph():
    md = "Le conseil adopte le budget\n\n# Le conseil adopte le budget\n\n" + "\n\n".join(BODY_FR)
    r = clean_markdown(md)
    assert r.text.split("\n\n")[0] == BODY_FR[0]


def test_dump_headline_not_first_paragraph():
    dump = "\n\n".join(["Stadtrat beschließt den Haushalt", "Stadtrat beschließt den Haushalt", *BODY_DE])
    r = clean_dump(dump)
    assert r.title == "Stadtrat beschließt den Haushalt"
    assert r.text.split("\n\n")[0] == BODY_DE[0]


def test_headline_kept_when_it_is_a_real_sentence_of_the_body():
    # a first paragraph that only starts like the title is body text
    title = "Council approves budget"
    first = "Council approves budget cuts that will close two libraries and a swimming pool next year."
    r = clean_html(_html(title, [first, *BODY_EN]))
    assert r.text.split("\n\n")[0] == first


# --- bylines carry no dates, job titles or agency suffixes -------------------------------------------


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Tom Krisher; Ap Auto Writer", "Tom Krisher"),
        ("JANE DOE STAFF NOVEMBER", "JANE DOE"),
        ("By Jane Doe, Staff Writer", "Jane Doe"),
        ("Jane Doe, Associated Press", "Jane Doe"),
        ("Jane Doe | Reuters", "Jane Doe"),
        ("Jane Doe, Senior Political Correspondent", "Jane Doe"),
        ("Jane Doe Published 3:04 PM EST, Tue November 12, 2024", "Jane Doe"),
        ("Jane Doe - 12 November 2024", "Jane Doe"),
        ("Hans Müller, Korrespondent in Brüssel", "Hans Müller"),
        ("Von Hans Müller (dpa)", "Hans Müller"),
        ("Hans Müller, Redakteur, 3. März 2024", "Hans Müller"),
        ("Jeanne Dupont, envoyée spéciale à Kyiv", "Jeanne Dupont"),
        ("Par Jeanne Dupont - le 3 mars 2024 à 10h12", "Jeanne Dupont"),
        ("María López | Redacción", "María López"),
        ("Jan Kowalski, PAP", "Jan Kowalski"),
        ("Tom Krisher and Dee-Ann Durbin; Ap Auto Writers", "Tom Krisher and Dee-Ann Durbin"),
        ("Anna de Vries, verslaggever", "Anna de Vries"),
        ("jane.doe@example.com", None),
        # what is left of an e-mail address or a domain once '@' and '.' are gone
        ("María López Reina maria lopez com pa", "María López Reina"),
        ("Lüder Hoppe info-hoppe de", "Lüder Hoppe"),
        ("ExampleLocal com", None),
        ("Article by", None),
        ("Art Edwards says", "Art Edwards"),
        ("Quelle: Statista", None),
        ("Unknown", None),
        ("admin", None),
        ("Staff", None),
        ("November 12, 2024", None),
    ],
)
def test_clean_byline(raw, name):
    assert clean_byline(raw) == name


def test_byline_that_is_the_site_name_is_dropped():
    head = '<meta name="author" content="Example News"><meta property="og:site_name" content="Example News">'
    r = clean_html(_html("Council approves next year's budget", BODY_EN, head=head))
    assert r.byline is None and r.site == "Example News"


@pytest.mark.parametrize("site", ["https://www.facebook.com/example/", "info@example.com", "6. Jahrgang"])
def test_site_that_is_a_url_an_address_or_a_number_is_not_kept(site):
    head = f'<meta property="og:site_name" content="{site}"><link rel="canonical" href="https://www.example.org/a">'
    r = clean_html(_html("Council approves next year's budget", BODY_EN, head=head))
    assert r.site == "example.org"


def test_html_byline_from_meta_is_cleaned():
    head = '<meta name="author" content="Tom Krisher; Ap Auto Writer">'
    r = clean_html(_html("Council approves next year's budget", BODY_EN, head=head))
    assert r.byline == "Tom Krisher"


def test_dump_byline_with_job_title_is_cleaned():
    dump = "\n".join(
        [
            "Home",
            "News",
            "Stadtrat beschließt den Haushalt",
            "Von Hans Müller, Korrespondent in Brüssel",
            *BODY_DE,
        ]
    )
    assert clean_dump(dump).byline == "Hans Müller"


# --- no date is taken from a copyright line ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "footer"),
    [
        ("Council approves next year's budget", BODY_EN, "© 2024 Example News. All rights reserved."),
        ("Stadtrat beschließt den Haushalt", BODY_DE, "Copyright 2023 Beispiel Verlag GmbH"),
        ("Le conseil adopte le budget", BODY_FR, "&copy; 2022 Exemple Médias"),
    ],
)
def test_html_copyright_year_is_not_the_date(title, body, footer):
    r = clean_html(_html(title, body, after=f"<footer>{footer}</footer>"))
    assert r.published is None


def test_html_real_date_still_read_beside_a_copyright_footer():
    head = '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
    r = clean_html(
        _html("Council approves next year's budget", BODY_EN, head=head, after="<footer>© 2024 X</footer>")
    )
    assert r.published == "2024-03-05"


@pytest.mark.parametrize(
    "line",
    ["© 2024 Example News", "Copyright © 12.03.2021 Beispiel GmbH", "(c) 2019 Exemple, tous droits réservés"],
)
def test_dump_copyright_line_gives_no_date(line):
    dump = "\n\n".join(["Council approves next year's budget", line, *BODY_EN, line])
    assert clean_dump(dump).published is None


# --- the title is never the site name --------------------------------------------------------------


def test_html_title_that_is_the_site_name_gives_way_to_the_headline():
    head = '<meta property="og:site_name" content="Example News">'
    r = clean_html(
        _html("Example News", BODY_EN, head=head, before="<h2>Council approves next year's budget</h2>")
    )
    assert r.title != "Example News"
    assert r.site == "Example News"


@pytest.mark.parametrize(
    "value", ["Copyright 2014", "© 2014 Example News", "All rights reserved", "Startseite"]
)
def test_copyright_or_home_is_never_a_title_or_site(value):
    assert usable_title(value, None) is None
    assert usable_site(value) is None


def test_usable_title_refuses_the_site_name_in_any_case():
    assert usable_title("EXAMPLE NEWS", "Example News") is None
    assert usable_title("example-news.com", "Example News") is None
    assert usable_title("Council approves budget", "Example News") == "Council approves budget"


def test_html_copyright_sitename_is_dropped():
    head = '<meta property="og:site_name" content="Copyright 2014">'
    r = clean_html(_html("Council approves next year's budget", BODY_EN, head=head))
    assert r.site != "Copyright 2014" and r.title != "Copyright 2014"


def test_dump_title_is_not_the_site_name():
    dump = "\n".join(["Example News", "Home", "Politics", "Example News", *BODY_EN, "© 2025 Example News"])
    r = clean_dump(dump)
    assert r.title != "Example News"


# --- paragraphs are not glued ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The man died on Wednesday.", "The police arrested a suspect near the clinic on Thursday morning."),
        (
            "Der Mann starb am Mittwoch.",
            "Die Polizei nahm am Donnerstag einen Verdächtigen in der Nähe fest.",
        ),
    ],
)
def test_html_empty_block_between_sentences_separates_paragraphs(first, second):
    body = f"<p>{BODY_EN[0]}</p><p>{first}<div class='br'></div>{second}</p><p>{BODY_EN[1]}</p>"
    r = clean_html(f"<html><body><article>{body}</article></body></html>")
    assert first in r.text.split("\n\n") and second in r.text.split("\n\n")


def test_html_adjacent_divs_are_separate_paragraphs():
    body = "".join(f"<div>{p}</div>" for p in BODY_FR)
    r = clean_html(f"<html><body><article>{body}</article></body></html>")
    assert r.text.split("\n\n") == BODY_FR


# --- dates in the page's language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Veröffentlicht am 3. März 2024", "2024-03-03"),
        ("Mittwoch, 14. Februar 2024, 10:12 Uhr", "2024-02-14"),
        ("Publié le 3 mars 2024 à 10h12", "2024-03-03"),
        ("Publicado el 3 de marzo de 2024", "2024-03-03"),
        ("Opublikowano: 3 marca 2024", "2024-03-03"),
        ("12 października 2023 r.", "2023-10-12"),
        ("Gepubliceerd op 3 maart 2024", "2024-03-03"),
        ("3 okt. 2024", "2024-10-03"),
        ("15 mei 2024", "2024-05-15"),
        ("Pubblicato il 3 marzo 2024", "2024-03-03"),
    ],
)
def test_dates_in_the_page_language(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        ("3. března 2024", "cs", "2024-03-03"),
        ("2024. március 3.", None, "2024-03-03"),
        ("den 3 mars 2024", "sv", "2024-03-03"),
        ("© 3. března 2024", "cs", None),
        ("Wed 3 Foo 2024", None, None),
    ],
)
def test_read_date_other_languages_by_dateparser(text, language, iso):
    assert read_date(text, language) == iso


def test_dump_polish_date_line_is_read():
    dump = "\n".join(
        [
            "Start",
            "Kraj",
            "Rada miasta przyjęła budżet",
            "3 marca 2024",
            "Rada miasta przyjęła we wtorek budżet na przyszły rok po długiej debacie w sali obrad.",
            "Radni powiedzieli, że plan ograniczy wydatki na drogi i da więcej pieniędzy na szkoły.",
            "Przeciwnicy zapowiedzieli, że będą próbowali zmienić plan podczas wiosennego przeglądu.",
        ]
    )
    assert clean_dump(dump).published == "2024-03-03"


# --- datelines of more agencies -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("WARSZAWA (PAP) - Rada Ministrów przyjęła w czwartek projekt ustawy", "WARSZAWA", "PAP"),
        ("Bonn (KNA) - Die Bischöfe haben am Montag ihre Frühjahrsversammlung eröffnet", "Bonn", "KNA"),
        ("Frankfurt (epd) - Die Kirche hat am Montag einen Bericht vorgelegt", "Frankfurt", "epd"),
        ("ANKARA (AA) - Turkey's central bank kept rates unchanged", "ANKARA", "AA"),
        ("BEIJING (Xinhua) -- China's exports rose in March", "BEIJING", "Xinhua"),
        ("Den Haag (ANP) - Het kabinet heeft dinsdag besloten", "Den Haag", "ANP"),
        ("Wien (APA) - Die Regierung hat am Mittwoch", "Wien", "APA"),
        ("BRUXELLES (Belga) - Le gouvernement fédéral a décidé", "BRUXELLES", "Belga"),
        ("ROMA (ANSA) - Il governo ha approvato", "ROMA", "ANSA"),
        ("WASHINGTON (UPI) -- The Senate voted", "WASHINGTON", "UPI"),
        ("Berlin (dpa/AFP) - Die Bahn streikt", "Berlin", "dpa/AFP"),
        ("Lyon (AFP) - La ville a annoncé", "Lyon", "AFP"),
    ],
)
def test_datelines_of_more_agencies(line, place, agency):
    dl = parse_dateline(line)
    assert dl is not None and dl[0] == place and dl[1] == agency


def test_dump_polish_agency_dateline_and_date():
    dl = parse_dateline("Warszawa, 3 marca 2024 (PAP) - Rada Ministrów przyjęła projekt")
    assert dl == ("Warszawa", "PAP", "2024-03-03")


@pytest.mark.parametrize(
    ("lead", "byline", "published"),
    [
        (["By Jane Doe", "March 5, 2024"], "Jane Doe", "2024-03-05"),
        (["Par Jeanne Dupont, envoyée spéciale", "Publié le 5 mars 2024"], "Jeanne Dupont", "2024-03-05"),
        (["Von Hans Müller | dpa"], "Hans Müller", None),
    ],
)
def test_html_byline_and_date_lines_at_the_top_of_the_body_become_metadata(lead, byline, published):
    r = clean_html(_html("Council approves next year's budget", [*lead, *BODY_EN]))
    assert r.text.split("\n\n") == BODY_EN
    assert r.byline == byline
    if published:
        assert r.published == published
