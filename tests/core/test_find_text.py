"""reader.find: folding keeps one code point for one; matches ignore case and accents."""

from __future__ import annotations

from reader.find import find_all, find_words, fold, next_match


def test_fold_keeps_offsets_and_drops_case_and_accents():
    text = "Ayumi KUROSÉ met München officials in İstanbul; straße, ǅ, ﬁne."
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("ayumi kurose met munchen officials in istanbul")
    assert fold("plain ASCII") == "plain ascii"


def test_find_all_ignores_case_and_accents_and_white_space_in_the_query():
    text = "Café Zürich. cafe zurich! CAFÉ  ZÜRICH"
    assert find_all(fold(text), "  café   zurich ") == [(0, 11), (13, 24)]
    assert find_all(fold(text), "") == []


def test_find_words_matches_like_the_library_search():
    text = "Kurose said. Kurosewa is not. The Kurose family's company."
    f = fold(text)
    # whole words for all but the last word, which may be a prefix (3 letters or more)
    assert [text[s:e] for s, e in find_words(f, "kurose")] == ["Kurose", "Kurosewa", "Kurose"]
    assert [text[s:e] for s, e in find_words(f, "kurose ")] == ["Kurose", "Kurose"]
    assert [text[s:e] for s, e in find_words(f, "kurose comp")] == ["Kurose", "Kurose", "company"]


def test_next_match_goes_round():
    m = [(1, 2), (5, 6)]
    assert next_match(m, 3) == 1 and next_match(m, 5) == 0 and next_match(m, 0) == 0
    assert next_match(m, 3, -1) == 0 and next_match(m, 1, -1) == 1
    assert next_match([], 0) is None
