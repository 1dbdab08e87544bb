"""reader.clean.confidence: every reason, the flags the dump cleaner sets, and clean() filling it in."""

from pathlib import Path

import pytest

from reader.clean import LOW_CONFIDENCE, clean, clean_dump
from reader.clean.confidence import (
    FLAG_COMPETING,
    FLAG_CONSENT,
    FLAG_FALLBACK,
    FLAG_PAYWALL,
    FLAG_SHORT_ON_PAGE,
    FLAG_SMALL_SHARE,
    assess,
)
from reader.models import CleanResult

SENTENCE = "The council voted on Tuesday to keep the library open on Sundays for another year. "
LONG = SENTENCE * 20  # 300 words


def _low(value: float) -> bool:
    return value < LOW_CONFIDENCE


def test_a_long_body_with_no_flag_is_trusted_and_has_no_reason():
    value, reason = assess("raw", "text", CleanResult(text=LONG))
    assert not _low(value) and reason is None


def test_no_text_at_all():
    value, reason = assess("raw", "html", CleanResult(text=""))
    assert value == 0.0 and "no article text" in reason


def test_very_short_body():
    value, reason = assess("raw", "text", CleanResult(text="Accept all cookies to continue."))
    assert _low(value) and "very short body (5 words)" in reason


@pytest.mark.parametrize(
    ("flag", "words"),
    [
        (FLAG_FALLBACK, "fall-back"),
        (FLAG_COMPETING, "competing regions"),
        (FLAG_SMALL_SHARE, "small share"),
        (FLAG_PAYWALL, "paywall"),
    ],
)
def test_each_flag_makes_a_long_body_low_with_its_reason(flag, words):
    value, reason = assess("raw", "text", CleanResult(text=LONG, flags=[flag]))
    assert _low(value) and words in reason


def test_consent_next_to_a_short_body_is_low_but_not_next_to_a_long_one():
    short = SENTENCE * 5  # 75 words
    value, reason = assess("raw", "text", CleanResult(text=short, flags=[FLAG_CONSENT]))
    assert _low(value) and "consent" in reason
    value, reason = assess("raw", "text", CleanResult(text=LONG, flags=[FLAG_CONSENT]))
    assert not _low(value) and reason is None


def test_several_doubts_lower_the_confidence_further():
    one, _ = assess("raw", "text", CleanResult(text=LONG, flags=[FLAG_COMPETING]))
    two, _ = assess("raw", "text", CleanResult(text=LONG, flags=[FLAG_COMPETING, FLAG_SMALL_SHARE]))
    assert two < one


ARTICLE_A = [
    "The regional hospital will open a new maternity ward in the spring, the health authority said on Monday.",
    "The ward will have twenty beds and a birth centre run by midwives, and will replace the old unit.",
    "Staff have been recruited from across the country, and training started in the new building last week.",
    "The authority said the project had cost 14 million euros, two million more than was first planned.",
]
ARTICLE_B = [
    "The city football club has signed a new coach from the second division on a three-year contract.",
    "He takes over a team that finished eleventh last season and lost its captain to a rival in the summer.",
    "The club's chairman said the coach had been chosen for his work with young players at his last club.",
    "The new coach will meet the supporters at the stadium on Saturday before the first training session.",
]


def test_dump_with_two_articles_of_the_same_weight_is_flagged_competing():
    menu = ["Home", "News", "Sport", "Weather", "Contact", "Login", "Search", "Jobs", "Events", "Shop"]
    page = "\n".join(menu + ARTICLE_A + menu + ARTICLE_B + menu)
    r = clean(page, "text")
    assert FLAG_COMPETING in r.flags
    assert _low(r.confidence) and "competing" in r.reason


def test_dump_whose_body_is_a_small_share_of_the_prose_is_flagged():
    # one article, then a long list of prose teasers, each cut from the next by a menu line
    menu = ["Home", "News", "Sport", "Weather", "Contact", "Login", "Search", "Jobs", "Events", "Shop"]
    teasers = []
    for n in range(12):
        teasers += menu + [ARTICLE_B[n % 4], ARTICLE_A[n % 4] + f" Report number {n}."]
    page = "\n".join(menu + ARTICLE_A + ARTICLE_B + teasers + menu)
    r = clean_dump(page)
    assert FLAG_SMALL_SHARE in r.flags or FLAG_COMPETING in r.flags


def test_a_plain_article_without_page_chrome_is_trusted():
    r = clean("\n\n".join(ARTICLE_A * 3), "text")
    assert r.flags == [] and not _low(r.confidence) and r.reason is None


@pytest.mark.parametrize(
    ("fmt", "raw"),
    [
        ("text", "\n\n".join(ARTICLE_A * 3)),
        ("markdown", "# Hospital\n\n" + "\n\n".join(ARTICLE_A * 3)),
        (
            "html",
            "<html><body><article>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE_A * 3)
            + "</article></body></html>",
        ),
    ],
)
def test_clean_fills_confidence_for_every_format(fmt, raw):
    r = clean(raw, fmt)
    assert r.confidence is not None and 0.0 <= r.confidence <= 1.0
    assert (r.reason is None) == (r.confidence >= LOW_CONFIDENCE)


def test_html_body_that_shares_nothing_with_the_page_description_is_low():
    head = '<html><head><meta name="description" content="{}"></head><body>'
    about_port = "Rotterdam port authority closes oldest container terminal, dock workers negotiate jobs"
    page = head.format(about_port) + "</body></html>"
    value, reason = assess(page, "html", CleanResult(text=LONG))
    assert _low(value) and "description" in reason
    # the same body under a description of its own subject is trusted
    about_library = "Council keeps the library open on Sundays for another year after the vote"
    value, reason = assess(head.format(about_library) + "</body></html>", "html", CleanResult(text=LONG))
    assert not _low(value) and reason is None


def test_a_long_body_is_not_marked_for_competing_regions_or_a_small_share_alone():
    long_body = SENTENCE * 40  # 600 words
    for flags in ([FLAG_COMPETING], [FLAG_SMALL_SHARE], [FLAG_COMPETING, FLAG_SMALL_SHARE]):
        value, reason = assess("raw", "text", CleanResult(text=long_body, flags=flags))
        assert not _low(value) and reason is None
    # a paywall or a fall-back still marks it
    value, reason = assess("raw", "text", CleanResult(text=long_body, flags=[FLAG_PAYWALL]))
    assert _low(value) and "paywall" in reason


def test_a_short_body_on_a_page_with_much_more_text_is_marked():
    # a section front: one paragraph of text among long lists of headlines
    menu = ["Start", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Kontakt", "Suche"]
    headlines = [
        f"Gemeinderat {place} streitet über neue Pläne für den Busbahnhof und die Parkplätze"
        for place in ("Nord", "Süd", "Ost", "West", "Mitte", "Altstadt", "Hafen", "Bahnhof")
    ]
    intro = [
        "Hier finden Sie alle Nachrichten aus den Gemeinden des Landkreises, jeden Tag neu und von unserer"
        " Redaktion vor Ort geschrieben."
    ]
    page = "\n\n".join(menu + headlines + intro + menu + headlines * 3 + menu)
    r = clean(page, "text")
    assert FLAG_SHORT_ON_PAGE in r.flags
    assert _low(r.confidence) and "short body" in r.reason


# --- what the body itself looks like (no flag from the cleaner needed)

COOKIE_NOTICE_DE = (
    "Diese Website verwendet Cookies. Mit Ihrer Einwilligung nutzen wir und unsere Partner Cookies, um "
    "personenbezogene Daten zu verarbeiten. Weitere Informationen finden Sie in unserer Datenschutzerklärung."
)
COOKIE_NOTICE_FR = (
    "Nous utilisons des cookies et traitons vos données personnelles avec votre consentement. Vous pouvez "
    "retirer votre consentement à tout moment dans notre politique de confidentialité."
)


@pytest.mark.parametrize("notice", [COOKIE_NOTICE_DE, COOKIE_NOTICE_FR])
def test_a_body_that_is_a_consent_notice_is_low(notice):
    body = "\n\n".join([notice, notice.replace("Cookies", "Tracker").replace("cookies", "traceurs"), notice])
    value, reason = assess("raw", "text", CleanResult(text=body))
    assert _low(value) and "consent notice" in reason


def test_an_article_about_cookies_or_one_mentioning_privacy_is_not_a_consent_notice():
    baking = (
        "The bakery on Main Street sold four thousand cookies on Saturday, its owner said, after a video of "
        "her cookies was shared online. "
    ) * 6
    privacy = (
        SENTENCE * 10 + "The council's privacy policy was not changed, a spokeswoman said. " + SENTENCE * 10
    )
    for body in (baking, privacy):
        value, reason = assess("raw", "text", CleanResult(text=body))
        assert not _low(value) and reason is None


TEASERS = [
    (
        "Hafen: Terminal schließt",
        "Die Hafenbehörde schließt das älteste Containerterminal, die Arbeiter sollen…",
    ),
    (
        "Stadtrat: Bibliothek bleibt offen",
        "Der Stadtrat hat am Dienstag beschlossen, dass die Bibliothek auch...",
    ),
    (
        "Fußball: Neuer Trainer",
        "Der Verein hat einen neuen Trainer aus der zweiten Liga verpflichtet, der...",
    ),
    ("Wetter: Sturm erwartet", "Für das Wochenende erwartet der Wetterdienst Sturmböen an der Küste und…"),
]


def test_a_body_that_is_a_list_of_cut_off_teasers_is_low():
    body = "\n\n".join(part for pair in TEASERS for part in pair)
    value, reason = assess("raw", "text", CleanResult(text=body))
    assert _low(value) and "teasers" in reason


def test_an_article_with_one_trailing_off_quote_is_not_a_teaser_list():
    body = "\n\n".join(
        [SENTENCE * 4, 'He paused. "We will see..."', SENTENCE * 4, SENTENCE * 4, SENTENCE * 4]
    )
    value, reason = assess("raw", "text", CleanResult(text=body))
    assert not _low(value) and reason is None


def test_a_short_body_of_labels_and_links_without_sentences_is_low():
    labels = ["Startseite", "Über uns", "Leistungen und Preise", "Kontakt und Anfahrt", "Impressum"]
    body = "\n\n".join(labels * 6 + ["Öffnungszeiten Montag bis Freitag 8 bis 18 Uhr"])
    value, reason = assess("raw", "text", CleanResult(text=body))
    assert _low(value) and "few full sentences" in reason
    # the same number of words as sentences is trusted
    value, reason = assess("raw", "text", CleanResult(text=SENTENCE * 5))
    assert not _low(value) and reason is None


BRIEF = (
    "A 74-year-old driver died in Simmelsdorf on Saturday evening after his car left the road and hit a hedge. "
    "A woman driving behind him said he had complained of feeling unwell before he lost consciousness. "
    "Paramedics tried to revive him, but he died in hospital, the police said."
)


def test_a_short_story_under_its_own_headline_on_a_busy_page_is_trusted():
    headed = CleanResult(
        text=BRIEF, title="Driver, 74, dies after crash in Simmelsdorf", flags=[FLAG_SHORT_ON_PAGE]
    )
    value, reason = assess("raw", "text", headed)
    assert not _low(value) and reason is None


@pytest.mark.parametrize(
    "title",
    [
        None,
        "Weather warning for the coast this weekend",  # a headline of another story
        "Maria K. July 14, 2019 at 6:45 pm Reply",  # a comment's header, not a headline
    ],
)
def test_a_short_body_on_a_busy_page_without_its_own_headline_stays_low(title):
    value, reason = assess("raw", "text", CleanResult(text=BRIEF, title=title, flags=[FLAG_SHORT_ON_PAGE]))
    assert _low(value) and "short body" in reason


def test_a_headline_does_not_lift_other_doubts():
    flags = [FLAG_SHORT_ON_PAGE, FLAG_COMPETING]
    headed = CleanResult(text=BRIEF, title="Driver, 74, dies after crash in Simmelsdorf", flags=flags)
    value, _ = assess("raw", "text", headed)
    assert _low(value)


def test_body_shape_doubts_are_for_dumps_not_html():
    labels = ["Startseite", "Über uns", "Leistungen und Preise", "Kontakt und Anfahrt", "Impressum"]
    body = "\n\n".join(labels * 6 + ["Öffnungszeiten Montag bis Freitag 8 bis 18 Uhr"])
    assert _low(assess("raw", "text", CleanResult(text=body))[0])
    # an HTML body's paragraphs are the page's own blocks: list items and table cells need no sentences
    assert not _low(assess("<html></html>", "html", CleanResult(text=body))[0])


LIVE_PAGES = Path(__file__).parent / "clean_pages" / "pages"


@pytest.mark.parametrize("name", ["liveblog_en.txt", "liveticker_de.txt"])
def test_a_live_blog_kept_whole_is_trusted_but_one_entry_of_it_is_low(name):
    page = (LIVE_PAGES / name).read_text("utf-8")
    r = clean(page, "text")
    assert not _low(r.confidence) and r.reason is None
    # one entry's text (as long as a short story) taken as the body
    paragraphs = [p for p in r.text.split("\n\n") if len(p.split()) > 8]
    one = CleanResult(text=" ".join(paragraphs[1:3] * 2))
    value, reason = assess(page, "text", one)
    assert _low(value) and "one entry of a live blog" in reason
    # a long text on a page with a few time stamps (a timetable beside it) is no live-blog entry
    value, reason = assess(page, "text", CleanResult(text=LONG * 2))
    assert not _low(value) and reason is None


def test_a_news_ticker_beside_a_short_story_is_no_live_blog():
    ticker = []
    for n, headline in enumerate(
        ["Fähren fallen aus", "Bahnstrecke gesperrt", "Schulen schließen früher"] * 2
    ):
        ticker += [f"{16 - n}:{10 + n:02d}", f"Sturm an der Küste: {headline}.", ""]
    page = "\n".join(["Neueste Meldungen", "", *ticker, BRIEF])
    value, reason = assess(page, "text", CleanResult(text=BRIEF))
    assert not _low(value) and reason is None
