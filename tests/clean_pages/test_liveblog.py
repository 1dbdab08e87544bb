"""Live blogs: many timestamped entries, every one kept, in the page's order."""

from ._load import cleaned, paragraphs

ENTRIES_EN = [
    "The Met Office has extended its amber wind warning until 6am tomorrow.",
    "About 14,000 homes are now without power across the region",
    "All ferry crossings to the islands have been cancelled for the rest of the day.",
    "Police have closed the coast road between Portreath and Gwithian",
    "Schools in three districts closed early",
    "A fallen tree has blocked the main railway line",
    "Good afternoon and welcome to our live coverage of Storm Ingrid",
]


def _positions(text: str, needles: list[str]) -> list[int]:
    return [text.find(n) for n in needles]


def test_every_entry_of_an_english_live_blog_is_kept_in_order():
    r = cleaned("liveblog_en.txt")
    pos = _positions(r.text, ENTRIES_EN)
    assert all(p >= 0 for p in pos), pos
    assert pos == sorted(pos)
    assert paragraphs(r)[0].startswith("Storm Ingrid is moving across the north coast")
    for junk in ("Most read", "Council tax to rise", "Share"):
        assert junk not in r.text


def test_every_entry_of_a_german_live_ticker_is_kept_in_order():
    r = cleaned("liveticker_de.txt")
    entries = [
        "97 Prozent der Wahlbezirke ausgezählt",
        "von einem „klaren Auftrag“",
        "kommt die Regierungspartei auf 31,2 Prozent",
        "Die Wahlbeteiligung liegt",
        "Die Grünen räumen Verluste ein.",
        "Die Wahllokale sind geschlossen.",
    ]
    pos = _positions(r.text, entries)
    assert all(p >= 0 for p in pos), pos
    assert pos == sorted(pos)
    assert "Meistgelesen" not in r.text and "Unwetter" not in r.text
    assert r.title == "Liveticker zur Landtagswahl: Alle Entwicklungen des Abends"
