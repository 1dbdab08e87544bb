"""A body that stops in mid-sentence (its last paragraph, long enough to be a sentence, ends in a bare
word, with no full stop) was cut short: the cleaner took too little of the page, or the page was saved
before it had loaded. It was trusted at 0.9; it is now marked with a reason that says what to check.
Invented pages (Polish, German, English)."""

from reader.clean import LOW_CONFIDENCE, clean
from reader.clean.confidence import assess
from reader.models import CleanResult

PL = [
    "Rada Miejska w Zielonej Górce przyjęła we wtorek plan budowy nowej przystani nad jeziorem. Radni "
    "głosowali jednogłośnie, a burmistrz zapowiedział, że prace ruszą jeszcze w tym roku.",
    "Według urzędu koszt inwestycji wyniesie około 12 milionów złotych. Część pieniędzy pochodzi z "
    "funduszy unijnych, a resztę pokryje budżet gminy oraz dwa lokalne stowarzyszenia.",
    "Mieszkańcy od lat skarżyli się na stan starego pomostu, który zimą został zamknięty. Nowa przystań "
    "ma mieć miejsca dla trzydziestu łodzi. Średnia opłata za sezon w całym powiecie wynosi",
]
CUT_REASON = "mid-sentence"


def _html(paragraphs: list[str], lang: str = "pl") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Nowa przystań</title>"
        f"</head><body><article><h1>Nowa przystań</h1>{body}</article></body></html>"
    )


def test_an_html_body_cut_off_mid_word_is_marked_with_a_plain_reason():
    r = clean(_html([*PL[:2], PL[2][: PL[2].rindex("wynosi") + 3]]), "html")  # "... powiecie wyn"
    assert r.text.endswith("wyn")
    assert r.confidence < LOW_CONFIDENCE and CUT_REASON in r.reason
    assert "cut" in r.reason  # what happened, in words a journalist reads


def test_a_dump_body_cut_off_mid_sentence_is_marked():
    de = (
        "Der Gemeinderat hat am Dienstag den Bau einer neuen Sporthalle beschlossen. Die Kosten liegen nach "
        "Angaben der Verwaltung bei rund vier Millionen Euro.\n\n"
    ) * 4 + (
        "Die Schulleiterin zeigte sich erleichtert. Die Halle soll im Herbst fertig sein. Bisher mussten die "
        "Klassen für den Unterricht in"
    )
    value, reason = assess("raw", "text", CleanResult(text=de))
    assert value < LOW_CONFIDENCE and CUT_REASON in reason


def test_a_body_ending_in_a_sentence_a_byline_or_a_quote_is_not_marked():
    whole = [*PL[:2], PL[2] + " 800 złotych."]
    for ending in ([], ["Jan Kowalski"], ["(PAP)"], ["Fot. Anna Nowak / Gazeta Lokalna"]):
        r = clean(_html(whole + ending), "html")
        assert r.reason is None and r.confidence >= LOW_CONFIDENCE, (ending, r.confidence, r.reason)
    quoted = (
        "The harbour master said the ferry would run again in spring. " * 6
        + "\n\n“We will be ready by April,” she said, “and not a day later.”"
    )
    assert assess("raw", "text", CleanResult(text=quoted)) == (0.9, None)


def test_a_last_line_of_one_sentence_without_a_stop_is_no_cut():
    # a headline, a teaser or a caption under the story: no sentence ends inside it
    story = "The council voted on Tuesday to keep the library open on Sundays for another year. " * 6
    for last in (
        "With the vote, the long fight over the Sunday opening hours of the library has ended",
        "Where did the money go? The role of the town's own bank in the long dispute over the library",
        "The mayor spoke first. The librarian spoke next. Read the council's full report ... more",
        "- Opening hours on Sundays from ten in the morning until four in the afternoon",
    ):
        assert assess("raw", "text", CleanResult(text=story + "\n\n" + last)) == (0.9, None), last


def test_a_short_label_at_the_end_is_no_cut():
    # a last line under a sentence's length (a credit, a tag list) says nothing about a cut
    text = "The council voted on Tuesday to keep the library open on Sundays for another year. " * 6
    value, reason = assess("raw", "text", CleanResult(text=text + "\n\nTags: library council sundays"))
    assert reason is None and value >= LOW_CONFIDENCE
