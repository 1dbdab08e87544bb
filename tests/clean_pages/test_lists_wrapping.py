"""Lists and tables that belong to the story; hard-wrapped dumps (w3m, lynx) and one-line paragraphs."""

import pytest

from ._load import PAGES, cleaned, paragraphs


def test_list_and_table_in_a_lynx_dump_are_kept_de():
    r = cleaned("list_table_de.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Zum 1. Januar steigt der gesetzliche Mindestlohn erneut.")
    assert "Der Mindestlohn steigt von 12,41 auf 12,82 Euro pro Stunde." in paras
    assert "Die Minijob-Grenze steigt von 538 auf 556 Euro im Monat." in paras
    assert "2015 8,50 Euro" in paras and "2025 12,82 Euro" in paras
    assert (
        paras[-1]
        == "Die Mindestlohnkommission wird im nächsten Sommer über die Erhöhung für 2027 entscheiden."
    )
    for junk in ("Teilen", "Impressum", "https://", "Zum Inhalt"):
        assert junk not in r.text


def test_w3m_wrapped_paragraphs_are_joined_back():
    r = cleaned("consent_wall_de.txt")
    raw = (PAGES / "consent_wall_de.txt").read_text("utf-8")
    assert max(len(line) for line in raw.split("\n")) <= 100
    para = paragraphs(r)[1]
    assert para.startswith("Das Netz soll zum großen Teil mit Abwärme")
    assert para.endswith("auf Wasserstoff umgestellt werden könnte.")
    assert "\n" not in para


def test_one_long_line_per_paragraph_is_kept_as_it_is():
    r = cleaned("gallery_es.txt")
    raw = (PAGES / "gallery_es.txt").read_text("utf-8")
    intro = paragraphs(r)[0]
    assert len(intro) > 150 and intro in raw.split("\n")


def test_a_paywalled_teaser_with_few_wrapped_lines_is_joined_back_en():
    # only two paragraphs run past one line: the page's wrap width is read from those two
    r = cleaned("paywall_teaser_wrapped_en.txt")
    lead = (
        "The island's only ferry operator has told the harbour board that it will run fewer crossings this"
        " winter unless fuel costs fall."
    )
    assert lead in paragraphs(r)
    assert r.title == "Ferry operator warns of winter timetable cuts"
    assert "Harbour board approves new pier" not in r.text and "Subscribe" not in r.text


def test_a_paywalled_teaser_with_few_wrapped_lines_is_joined_back_es():
    r = cleaned("paywall_teaser_wrapped_es.txt")
    lead = (
        "El ayuntamiento ha anunciado que la piscina municipal permanecerá cerrada durante todo el"
        " verano mientras se renuevan los vestuarios."
    )
    assert lead in paragraphs(r)
    assert r.title == "El ayuntamiento cerrará la piscina municipal por obras"
    assert "Suscríbete" not in r.text and "Nuevo carril bici" not in r.text


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        (
            "table_cell_wrapped_de.txt",
            "Wer mit dem eigenen Rad nach Hiddensee",
            "kurzfristig noch eine Unterkunft.",
        ),
        ("table_cell_wrapped_en.txt", "Anyone who wants to learn to row", "autumn head race on the river."),
    ],
    ids=["de", "en"],
)
def test_hard_wrapped_text_in_an_indented_cell_is_joined_back(name, first, last):
    """A text cell drawn right of an empty one (a layout table's spacer): its hard-wrapped lines are
    indented far enough to be wider than a wrap width is read at, yet the text itself is wrapped as a
    page's: its paragraphs are joined back, the lead included."""
    paras = paragraphs(cleaned(name))
    assert len(paras) == 5
    assert paras[0].startswith(first)
    assert paras[-1].endswith(last)
    assert all(p.endswith(".") for p in paras)


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        (
            "list_article_de.txt",
            [
                "den Knoten mit etwa einem Meter Seil vor dem Ende beginnen",
                "die zweite Schlaufe hinter die erste schieben und beide in den Karabiner hängen",
                "unter Last klemmt der Knoten, ohne Last lässt er sich schieben",
                "alte, ausgebleichte Schlingen nicht mehr benutzen",
            ],
            ["Letzte Änderungen", "abseilen achter anseilen", "Seitenversion", "Creative Commons"],
        ),
        (
            "list_article_es.txt",
            [
                "esperar a que las plantas tengan cuatro o cinco hojas verdaderas",
                "mezclar en el fondo dos puñados de compost maduro",
                "apretar la tierra alrededor con las manos, sin pisarla",
                "acolchar con paja cuando la tierra ya esté caliente",
            ],
            ["Cambios recientes", "acelgas abono calabacín", "revisión de la página", "Creative Commons"],
        ),
    ],
    ids=["de", "es"],
)
def test_an_article_made_of_lists_under_headings_is_kept_whole(name, kept, dropped):
    """A how-to made only of bulleted steps under short headings (a wiki page): no line is prose by
    itself, so the whole run of list lines is the article, not a fragment of it or nothing."""
    text = " ".join(cleaned(name).text.split())
    assert [p for p in kept if p not in text] == []
    assert [p for p in dropped if p in text] == []
