"""A Markdown page in the page view (P) and in `reader body`: its words as the cleaner reads them
(links keep their text, emphasis and code marks out), so the article's paragraphs are marked on it
and a hand fix never puts Markdown syntax into the article's text."""

from __future__ import annotations

import pytest

from reader.body import BodySpec, fix_body, page_text, paragraphs
from reader.body_marks import initial_marks
from reader.importing import import_paths

PAGES = {
    "fr": (
        "# La grève du port de *Sète* est finie\n\nPar **Marie Dupont**\n\n"
        "Les dockers de [Sète](https://example.org/sete) ont voté lundi la fin d'une grève de **deux semaines**.\n\n"
        "Le port embauchera _quarante_ personnes d'ici juin, selon un communiqué vu par `l'AFP`.\n\n"
        "- À lire aussi : [le trafic de Marseille baisse](https://example.org/m)\n\n"
        "Le travail a repris mardi matin au terminal, où des navires attendaient au large depuis des jours.\n"
    ),
    "en": (
        "# Harbour strike *ends* in Hull\n\nBy **Tom Reddle**\n\n"
        "Dock workers in [Hull](https://example.org/hull) voted on Monday to end a **two-week** strike.\n\n"
        "The port will hire _forty_ staff by June, according to a statement seen by `reporters`.\n\n"
        "- Related: [Grimsby traffic falls](https://example.org/g)\n\n"
        "Work resumed on Tuesday morning at the terminal, where ships had waited offshore for days.\n"
    ),
}
MARKUP = ("](", "**", "_quarante_", "_forty_", "`", "# ")


@pytest.fixture(params=sorted(PAGES))
def page(request, tmp_path):
    path = tmp_path / f"story-{request.param}.md"
    path.write_text(PAGES[request.param], encoding="utf-8")
    return path


def test_the_page_view_shows_markdown_as_text_and_marks_the_article(store, page):
    (aid,) = import_paths(store, [page]).imported
    article = store.get_article(aid, with_raw=True)
    shown = page_text(article.raw, "markdown")
    assert not any(m in shown for m in MARKUP), shown
    paras = paragraphs(shown)
    marks = initial_marks(shown, paras, article.text, article.body_choice)
    body = [i for i in range(marks.start, marks.end + 1) if i not in marks.dropped]
    # every paragraph of it marked (the page's paragraph text without a list item's "- ")
    assert [paras[i].text for i in body] == [p.removeprefix("- ") for p in article.text.split("\n\n")]


def test_a_hand_fix_of_a_markdown_page_keeps_no_markdown(store, page):
    (aid,) = import_paths(store, [page]).imported
    text = store.get_article(aid).text
    first, *_, last = text.split("\n\n")
    related = next(p for p in text.split("\n\n") if "Grimsby" in p or "Marseille" in p)
    fix_body(store, aid, BodySpec(first[:25], last[-25:], [related[5:30]]))
    fixed = store.get_article(aid).text
    assert not any(m in fixed for m in MARKUP), fixed
    assert fixed == "\n\n".join(p for p in text.split("\n\n") if p != related)
