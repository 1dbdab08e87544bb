"""A dump's body that holds a tiny share of the page's words and stands under no headline of its own (the
page's title shares none of its words) is most often another block than the story: a sidebar, a
comment, the next story's teaser. Each alone is common on good pages (a brief on a busy page; a
story whose headline the dump lost); together they mark the page. Invented text, unit level."""

from reader.clean import LOW_CONFIDENCE
from reader.clean.confidence import SMALL_HEADLESS_SHARE, assess
from reader.models import CleanResult

BODY = (
    "Members of the rowing club met on Saturday to elect a new board and to plan the summer regatta on the "
    "lake. "
) * 8
OWN_TITLE = "Rowing club elects a new board for the summer regatta"
OTHER_TITLE = "Harbour ferry to run on Sundays again from May"


def _assess(share: float, title: str) -> tuple[float, str | None]:
    signals = {
        "word_share": share,
        "start_share": 0.4,
        "learned_confidence": 0.6,
        "learned_second_ratio": 0.1,
    }
    return assess("page\n" * 10, "text", CleanResult(text=BODY, title=title, signals=signals))


def test_a_tiny_share_under_another_headline_is_marked():
    value, reason = _assess(SMALL_HEADLESS_SHARE / 2, OTHER_TITLE)
    assert value < LOW_CONFIDENCE
    assert "small share" in reason and "headline" in reason


def test_either_alone_is_not():
    assert _assess(SMALL_HEADLESS_SHARE / 2, OWN_TITLE) == (0.9, None)  # a brief under its headline
    assert _assess(0.3, OTHER_TITLE) == (0.9, None)  # a story whose headline the dump lost


def test_html_bodies_are_not_weighed_so():
    # (an HTML body has no region measures: its share of the page is not known)
    value, reason = assess("<p>page</p>", "html", CleanResult(text=BODY, title=OTHER_TITLE))
    assert reason is None and value >= LOW_CONFIDENCE


def test_the_dump_cleaner_measures_the_share_at_run_time():
    from reader.clean import clean

    nav = "\n".join(["Home", "News", "Sport", "Weather", "Culture", "Opinion", "Contact", "Search", "Log in"])
    foot = "\n".join(["Imprint", "Privacy", "Terms of use", "Cookies", "Careers", "Advertise", "Contact us"])
    page = f"{nav}\n\n{OWN_TITLE}\n\n" + BODY.replace(". ", ".\n\n") + f"\n\n{foot}\n"
    r = clean(page, "text")
    assert 0.0 < r.signals["word_share"] <= 1.0
