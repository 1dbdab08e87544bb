"""The language stored with an article: the page's own declaration (<html lang>, og:locale, a
content-language meta) when it names a language the cleaner reads, else a guess from the text's
function words, which now know Polish (a Polish page was stored as Portuguese: the guess had no
Polish words, and the declaration was never read). Invented pages."""

from reader.clean import clean
from reader.clean.metadata import declared_language, guess_language

POLISH_BODY = (
    "<p>Rada Miejska w Zielonej Górce przyjęła we wtorek plan budowy nowej przystani nad jeziorem. "
    "Radni głosowali jednogłośnie, a burmistrz zapowiedział, że prace ruszą jeszcze w tym roku.</p>"
    "<p>Według urzędu koszt inwestycji wyniesie około 12 milionów złotych. Część pieniędzy pochodzi z "
    "funduszy unijnych, a resztę pokryje budżet gminy oraz dwa lokalne stowarzyszenia żeglarskie.</p>"
    "<p>Mieszkańcy od lat skarżyli się na stan starego pomostu, który zimą został zamknięty dla "
    "spacerowiczów. Nowa przystań ma mieć miejsca dla trzydziestu łodzi i małą wypożyczalnię kajaków.</p>"
    "<p>Przetarg na wykonawcę zostanie ogłoszony w marcu. Urząd przypomina, że do tego czasu na "
    "terenie budowy obowiązuje zakaz wstępu, a parking przy plaży będzie częściowo wyłączony.</p>"
)


def _page(head: str, html_attrs: str = "") -> str:
    return (
        f"<!doctype html><html{html_attrs}><head><meta charset='utf-8'>{head}"
        "<title>Nowa przystań w Zielonej Górce</title></head><body><article>"
        f"<h1>Nowa przystań w Zielonej Górce</h1>{POLISH_BODY}</article></body></html>"
    )


def test_a_polish_page_declaring_pl_is_stored_as_polish():
    r = clean(_page("", ' lang="pl"'), "html")
    assert r.language == "pl"


def test_og_locale_and_content_language_are_declarations_too():
    assert clean(_page('<meta property="og:locale" content="pl_PL">'), "html").language == "pl"
    assert clean(_page('<meta http-equiv="content-language" content="pl-PL">'), "html").language == "pl"


def test_the_declaration_wins_over_the_guess_when_the_cleaner_reads_it():
    # a Polish text on a page declared German (a site's template): the page's word is taken
    assert clean(_page("", ' lang="de-DE"'), "html").language == "de"


def test_a_declaration_the_cleaner_does_not_read_leaves_the_guess():
    # (no stopword list for Estonian: the text's own words decide)
    assert clean(_page("", ' lang="et"'), "html").language == "pl"
    assert declared_language('<html lang="x-default">') is None


def test_the_guess_reads_polish_text():
    text = " ".join(POLISH_BODY.replace("<p>", " ").replace("</p>", " ").split())
    assert guess_language(text) == "pl"
    # a dump of a Polish page has no declaration: the guess says Polish, not Portuguese
    dump = (
        "Strona główna | Wiadomości | Sport\n\n" + text.replace(". ", ".\n\n") + "\n\nKontakt | Regulamin\n"
    )
    assert clean(dump, "text").language == "pl"


def test_other_languages_are_still_guessed_as_before():
    assert (
        guess_language("O governo anunciou que não vai aumentar os impostos para as empresas este ano.")
        == "pt"
    )
    assert (
        guess_language("The council said that the new bridge will be open to traffic by the spring.") == "en"
    )


def test_an_endless_tag_costs_no_quadratic_time():
    import time

    for raw in ("<meta " + "content=ab " * 18000, "<html " + "x=1 " * 50000, "<meta " * 40000):
        start = time.perf_counter()
        assert declared_language(raw) is None
        assert time.perf_counter() - start < 2.0
