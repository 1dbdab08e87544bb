"""A lead paragraph cut off from the rest of the article by a block of short lines (a table of
contents, a picture with its caption): it is kept, the block between is not, and the title is the
headline above the lead."""

from ._load import cleaned, paragraphs


def test_lead_above_a_table_of_contents_is_kept_de():
    r = cleaned("toc_after_lead_de.txt")
    paras = paragraphs(r)
    assert r.title == "Wann schwärmen Bienen und was tun mit einem Schwarm?"
    assert paras[0].startswith("Im späten Frühjahr hängt manchmal eine brummende Traube")
    assert paras[0].endswith("um eine neue Bleibe zu suchen.")
    assert paras[1].startswith("Ein Bienenvolk vermehrt sich, indem es sich teilt.")
    assert paras[-1].startswith("Ein Bienenschwarm ist kein Grund zur Sorge")
    for junk in ("Inhalt", "Imkerverein\n", "Lesezeit", "Wildbienen im Garten", "Impressum"):
        assert junk not in r.text


def test_lead_above_a_picture_and_a_numbered_summary_is_kept_fr():
    r = cleaned("toc_after_lead_fr.txt")
    paras = paragraphs(r)
    assert r.title == "Réussir son compost en appartement : le guide complet"
    assert paras[0].startswith("Pas besoin de jardin pour transformer ses épluchures en terreau.")
    assert paras[1].startswith("Le lombricomposteur est le plus répandu en appartement.")
    assert paras[-1].startswith("Comptez trois à six mois avant la première récolte.")
    for junk in ("Sommaire", "Un bac à compost sur un balcon parisien", "Photo :", "Lecture", "À lire aussi"):
        assert junk not in r.text
