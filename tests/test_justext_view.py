"""jusText's second opinion on blocks of text, in the page's language."""

from reader.clean.justext_view import classify, page_language

EN = [
    "Home",
    "Sport",
    "Weather",
    "The council said on Tuesday that it would close the old bridge over the river for at least"
    " three months, because engineers had found that the steel in two of its piers was worn and that the"
    " repairs could not wait until the spring, when the river is at its highest.",
    "Residents who drive to the market will have to take a detour of about four miles, and the"
    " bus company said it was working on a new timetable that it would publish next week.",
    "Share this article",
]
DE = [
    "Startseite",
    "Der Gemeinderat hat am Dienstag beschlossen, dass die alte Brücke über den Fluss für mindestens"
    " drei Monate gesperrt wird, weil die Ingenieure an zwei Pfeilern Schäden gefunden haben, die nicht bis zum"
    " Frühjahr warten können, wenn der Fluss am höchsten steht.",
    "Wer mit dem Auto zum Markt fährt, muss einen Umweg von etwa sechs Kilometern nehmen, und die"
    " Busgesellschaft will in der nächsten Woche einen neuen Fahrplan vorlegen.",
    "Impressum",
]


def test_the_page_language_is_the_stoplist_holding_its_words() -> None:
    assert page_language(EN) == "English"
    assert page_language(DE) == "German"


def test_prose_is_good_and_menu_words_are_not() -> None:
    for blocks in (EN, DE):
        views = classify(blocks)
        assert len(views) == len(blocks)
        finals = [v.final for v in views]
        assert finals[0] == "bad" and finals[-1] == "bad"
        assert finals.count("good") == 2
        assert all(v.stopword_share > 0.2 for v in views if v.final == "good")


def test_no_blocks_no_views() -> None:
    assert classify([]) == []
