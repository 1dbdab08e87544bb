"""German common nouns read as places (issue 12, item 7; after heldout16, helper h42).

Every German noun is capitalised, and the gazetteer's small towns and other-language names include
common nouns ("Hof", "Keller", "Lama", "Halle", "Norden"). A German town takes no article or possessive
("nach Hof", not "um seinen Hof"), so such a name right after one is the noun. Recurs in heldout10 ("um
seinen Hof", "ein Lama"), heldout13 ("aus dem Norden"), heldout15 ("im Keller"). Invented sentences.
"""

from reader.suggest import suggest


def places(text: str, language: str = "de") -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "PLACE"]


def test_a_small_towns_name_after_an_article_or_a_possessive_is_a_noun() -> None:
    assert "Hof" not in places("Der Bauer fürchtet um seinen Hof, sagt er.")
    assert "Lama" not in places("Im Gehege leben zwei Ziegen und ein Lama. Das Futter ist teuer.")
    assert "Keller" not in places("Die Bilder lagern seit Jahren im Keller des Museums.")
    assert "Norden" not in places("Die Käufer aus dem Norden bleiben weg.")
    assert "Halle" not in places("Die Halle am Markt wird abgerissen.")
    assert "Kita" not in places("Die Kinder bleiben bis 16 Uhr in der Kita, sagt die Leiterin.")
    assert "Essen" not in places("Das Essen in der Kantine kostet jetzt 4 Euro.")


def test_the_same_name_without_an_article_is_still_a_town() -> None:
    got = places("Der Zug fährt von Nürnberg nach Hof und weiter nach Plauen.")
    assert "Hof" in got and "Plauen" in got
    got = places("Der Laden in Halle schließt. Die Halle am Markt wird abgerissen.")
    assert "Halle" in got
    assert "Essen" in places("Der Konzern zieht von Essen nach Dortmund.")


def test_a_river_or_a_country_after_its_article_is_still_a_place() -> None:
    assert "Mosel" in places("Die Schiffe auf der Mosel stehen still.")
    assert "Slowakei" in places("Die Schindeln kommen aus der Slowakei.")
    assert "Aargau" in places("Die Gletscher im Aargau schmelzen schneller.")


# The kind of district alone ("Im Landkreis hängen 900 Arbeitsplätze daran") is no landscape: the word
# is in heldout, heldout9, heldout10, heldout11, heldout12, heldout16, never a place by itself (h10, h16
# read it as one); a district's own name with it stays ("der Zollernalbkreis").
def test_the_word_for_a_district_alone_is_no_place() -> None:
    assert "Landkreis" not in places("Im Landkreis hängen rund 900 Arbeitsplätze an der Glashütte.")
    assert "Wendelalbkreis" in places("Im Wendelalbkreis gab es 2005 noch 40 Schäfer.")
