"""Side-by-side layouts: a text browser draws a menu column beside the article line by line, so each
line of the dump holds a menu item and a piece of a sentence. The article comes out whole, in order,
without the menu items inside its sentences."""

from reader.clean.dump_columns import split_columns

from ._load import PAGES, cleaned, paragraphs


def test_article_beside_a_menu_column_comes_out_whole_de():
    r = cleaned("side_by_side_de.txt")
    paras = paragraphs(r)
    assert paras[0] == (
        "Mehr als 800 Gäste kamen am Samstag zum Sommerfest des Turnvereins, obwohl es am Nachmittag"
        " zwei Stunden lang regnete. Die Zelte, die der Verein erst im Frühjahr angeschafft hatte, waren"
        " bis auf den letzten Platz besetzt."
    )
    assert paras[1].startswith("Die Jugendabteilung zeigte eine Vorführung")
    assert paras[-1].endswith("Getränke verkauft und aufgeräumt haben.")
    assert len(paras) == 3
    for junk in ("Vereinsleben", "Chronik", "Bäckerei Lang", "Impressum"):
        assert junk not in r.text


def test_article_beside_a_menu_column_comes_out_whole_en():
    r = cleaned("side_by_side_en.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Work to repair the roof of St Mary's church will start in September")
    assert paras[0].endswith("the vicar announced on Sunday.")
    assert paras[1].endswith("most of the lead will have to be replaced.")
    assert paras[-1].startswith("The church will stay open during the work")
    assert len(paras) == 3
    for junk in ("Baptisms", "Bell ringers", "Youth club", "Donate"):
        assert junk not in r.text


def test_columns_are_read_one_after_the_other():
    text = split_columns((PAGES / "side_by_side_en.txt").read_text("utf-8"))
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    assert (
        lines.index("Home") < lines.index("Donate") < lines.index("Church roof repairs to start in September")
    )


def test_a_table_of_short_cells_keeps_its_rows():
    table = "\n".join(
        f"  {d:<12}{place:<30}{city}"
        for d, place, city in [
            ("June 9", "PNC Arena", "Raleigh, NC"),
            ("June 11", "Spectrum Center", "Charlotte, NC"),
            ("June 14", "Amalie Arena", "Tampa, FL"),
            ("June 16", "Kaseya Center", "Miami, FL"),
            ("June 19", "State Farm Arena", "Atlanta, GA"),
            ("June 21", "Bridgestone Arena", "Nashville, TN"),
            ("June 24", "Smoothie King Center", "New Orleans, LA"),
        ]
    )
    assert split_columns(table) == table


def test_prose_is_left_as_it_is():
    text = (PAGES / "author_box_en.txt").read_text("utf-8")
    assert split_columns(text) == text
