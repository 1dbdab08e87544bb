"""Galleries told in their pictures' captions: each caption sits between a picture's counters ("1 / 6",
"[heart] 24", like and share buttons, a credit). The captions are the text, in order; the counters,
buttons and credits are not."""

import re

import pytest

from ._load import cleaned


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


CASES = [
    (
        "gallery_counters_de.txt",
        [
            "Die alten Dielen haben wir selbst abgeschliffen",
            "Im Erker steht mein Lesesessel",
            "Das Bücherregal hat mein Großvater gebaut",
            "Die grünen Fliesen habe ich auf einem Flohmarkt in Halle gefunden",
        ],
        ["[herz]", "[kommentar]", "Merken", "Impressum", "Klicke dich durch", "Schlafzimmer"],
    ),
    (
        "gallery_counters_fr.txt",
        [
            "Le cortège est parti du quai des Pêcheurs",
            "Les chars ont été construits pendant tout l'hiver",
            "Le géant Bastien, haut de sept mètres",
            "Les enfants des écoles avaient préparé leurs costumes",
            "La bataille de confettis sur la place de la Mairie",
            "Le carnaval s'est achevé à la nuit tombée",
        ],
        ["Photo 3 / 6", "Partager", "© Julien Marchal", "festival du film marin", "Mentions légales"],
    ),
    (
        "gallery_counters_pl.txt",
        [
            "Stoiska rozstawiono wzdłuż rynku",
            "Najdłuższe kolejki ustawiały się po pierniki",
            "Dzieci mogły spróbować swoich sił",
            "Wieczorem na scenie wystąpiły zespoły ludowe",
            "Organizatorzy zapowiadają, że w przyszłym roku",
        ],
        ["2 z 5", "[like]", "fot. Marek Nowak", "Festyn w Nowym Dworze", "Polityka prywatności"],
    ),
]


@pytest.mark.parametrize(("name", "kept", "dropped"), CASES, ids=["de", "fr", "pl"])
def test_gallery_keeps_captions_in_order_and_drops_counters(name, kept, dropped):
    text = _norm(cleaned(name).text)
    at = [text.find(_norm(p)) for p in kept]
    assert -1 not in at, [p for p, a in zip(kept, at, strict=True) if a < 0]
    assert at == sorted(at)
    assert [p for p in dropped if _norm(p) in text] == []


def test_teasers_under_counters_after_an_article_are_no_gallery_en():
    # dated teasers, each with its comment count, right under the article: their counters and ages
    # make no gallery (the first teaser, under "Latest stories", is another matter: the region's)
    text = _norm(cleaned("counters_teasers_en.txt").text)
    assert text.startswith("The island ferry will sail only four times a day")
    assert "reach the mainland before eight in the morning." in text
    for junk in ("Market hall roof", "The choir of St Bride's", "Residents said the shelter", "[comments]"):
        assert junk not in text
