"""What is not the article, left out after the region is chosen (h89): a comment thread headed by a
bare count ("Kommentarer (4)") under a short story, teasers told in prose (a heading and one
paragraph each) after a teaser header or around a story headed by its byline, and the "About X"
block of a press release when its name takes an article ("Über die ...", "À propos de la ...")."""

from ._load import cleaned, paragraphs


def test_comment_thread_under_a_count_header_is_dropped_sv():
    r = cleaned("comments_count_sv.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Badhuset i Lövsta stänger den 1 juni")
    assert paras[-1].startswith("Renoveringen kostar 14 miljoner kronor")
    assert len(paras) == 2
    for junk in ("Kommentarer", "Lasse P.", "Betong härdar", "Svara", "gillar", "badvärdarna"):
        assert junk not in r.text


def test_comment_thread_under_a_count_header_is_dropped_pl():
    r = cleaned("comments_count_pl.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Zarząd dróg wyznaczy nowe przejście")
    assert len(paras) == 2
    for junk in ("Komentarze", "Wreszcie", "Odpowiedz", "progi zwalniające"):
        assert junk not in r.text


def test_prose_teasers_around_a_story_headed_by_its_byline_are_dropped_de():
    r = cleaned("teasers_around_story_de.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Die Stadtbücherei im alten Rathaus bekommt")
    assert paras[-1].startswith("Die Kosten von 85.000 Euro")
    assert len(paras) == 2
    for junk in ("Linie 14", "Freibad", "Scheune", "Niederau"):
        assert junk not in r.text


def test_prose_teasers_after_a_teaser_header_are_dropped_fr():
    r = cleaned("teasers_after_marker_fr.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("La médiathèque de Saint-Brice ouvrira")
    assert paras[-1].startswith("Une subvention de la région")
    assert len(paras) == 2
    for junk in ("Sur le même sujet", "commerçants", "ascenseur", "filature"):
        assert junk not in r.text


def test_about_block_and_press_contact_of_a_press_release_are_dropped_nl():
    r = cleaned("press_about_nl.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Noordveen, 14 februari 2025. Waterbedrijf Noordveen vervangt")
    assert paras[-1].startswith('"Met deze vervanging voorkomen we storingen')
    assert len(paras) == 3
    for junk in ("Over het Waterbedrijf", "410.000 huishoudens", "Persvoorlichting", "pers@"):
        assert junk not in r.text


def test_about_block_and_press_contact_of_a_press_release_are_dropped_fr():
    r = cleaned("press_about_fr.txt")
    paras = paragraphs(r)
    assert paras[0].startswith("Niort, le 12 février 2025.")
    assert paras[-1].startswith("« Nous rendons aux abonnés")
    assert len(paras) == 3
    for junk in ("À propos de", "vingt-trois communes", "Contact presse", "presse@"):
        assert junk not in r.text
