"""What stands inside the article's region and is not the story (h110): calls to follow the site on
several channels, "more information at <address>", "log in to comment", a picture's credit label
and the caption above it. Invented pages, German and English; the story's own paragraphs stay."""

from ._load import cleaned, paragraphs


def test_promotion_lines_credit_and_caption_inside_the_body_are_dropped_de():
    r = cleaned("promo_inside_de.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Die Kreisverwaltung in Hallstedt hat am Dienstag")
    assert paras[-1].startswith("Die Fährleute sollen im April")
    assert len(paras) == 4
    for junk in ("Folgen Sie", "Weitere Infos", "angemeldet", "Foto:", "KREISARCHIV", "Werft in Bremerhaven"):
        assert junk not in r.text


def test_promotion_lines_and_a_credited_caption_inside_the_body_are_dropped_en():
    r = cleaned("promo_inside_en.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Councillors in Eastbridge voted on Tuesday")
    assert paras[-1] == "The council will publish the builder's timetable next month."
    assert len(paras) == 4
    for junk in ("Follow the", "logged in", "Photograph", "Swimmers queue"):
        assert junk not in r.text


def test_a_line_introducing_what_follows_stays_in_a_dump():
    from reader.clean.dump_lines import _score, split_units
    from reader.clean.inside_story import left_out

    units = split_units(
        "Der Kreistag hat das Konzept am Dienstag beschlossen, die Kosten trägt das Land.\n\n"
        "Das Konzeptpapier finden Sie hier:\n\n"
        "Konzept für den Fährverkehr 2025 bis 2030\n\n"
        "Click the link above so you can:\n\n"
        "Lesen Sie auch: Bahn streicht Verbindungen im Winter\n"
    )
    for u in units:
        _score(u)
    assert left_out(units, 0, len(units)) == {4}
    assert is_promo_line_html("Das Konzeptpapier finden Sie hier.")
    assert not is_promo_line_html("Das Konzeptpapier finden Sie hier:")


def is_promo_line_html(line: str) -> bool:
    from reader.clean.html_filter import is_promo_line

    return is_promo_line(line)
