"""Pure helpers: sentences, word snapping, anchoring."""

from reader.anchor import context, occurrences, reanchor
from reader.segments import paragraph_spans, sentence_at, sentence_spans, snap_to_words, word_at

TEXT = 'Dr. Smith said 150 people came. "It was big," she said.\n\n- Subhead -\n\nNext one!'


def test_paragraphs_and_sentences():
    assert [TEXT[s:e] for s, e in paragraph_spans(TEXT)] == [
        TEXT.split("\n\n")[0],
        "- Subhead -",
        "Next one!",
    ]
    assert [TEXT[s:e] for s, e in sentence_spans(TEXT)] == [
        "Dr. Smith said 150 people came.",
        '"It was big," she said.',
        "- Subhead -",
        "Next one!",
    ]
    s, e = sentence_at(TEXT, TEXT.index("big"))
    assert TEXT[s:e] == '"It was big," she said.'


def test_snap_to_words():
    i = TEXT.index("150")
    assert snap_to_words(TEXT, i + 1, i + 9) == (i, i + len("150 people"))
    assert snap_to_words(TEXT, i, i) == (i, i + 3)  # empty selection: the word at the cursor
    j = TEXT.index("Smith")
    assert TEXT[slice(*snap_to_words(TEXT, j - 1, j + 2))] == "Smith"
    assert TEXT[slice(*snap_to_words(TEXT, j + 1, j + 2))] == "Smith"
    text = "Renault's R4, Billy-Berclau and\nwraps here."
    assert text[slice(*snap_to_words(text, 2, 5))] == "Renault"  # not the possessive
    assert text[slice(*snap_to_words(text, 2, 8))] == "Renault's"
    assert text[slice(*snap_to_words(text, text.index("Berclau"), text.index("Berclau") + 2))] == "Berclau"
    assert text[slice(*word_at(text, text.index("Billy") + 1))] == "Billy-Berclau"
    assert text[slice(*snap_to_words(text, text.index("and") + 1, text.index("wraps") + 2))] == "and\nwraps"


def test_reanchor_uses_context():
    old = "the cat sat. the cat ran."
    start = old.rindex("cat")
    pre, suf = context(old, start, start + 3)
    new = "Intro. the cat sat. the cat ran."
    assert reanchor(new, "cat", pre, suf, start) == (new.rindex("cat"), new.rindex("cat") + 3)
    assert reanchor(new, "dog", pre, suf, start) is None
    assert occurrences("aaa", "aa") == [0, 1]


def test_numbers_with_separators_are_one_word():
    from reader.segments import word_at, word_spans

    text = "About 150,000 people, 3.5 percent, in Lyon,Paris and 1, 2."
    n = text.index("150,000")
    assert word_at(text, n + 5) == (n, n + 7)  # on the second group
    assert word_at(text, n + 3) == (n, n + 7)  # on the comma itself
    assert snap_to_words(text, n + 4, n + 6) == (n, n + 7)
    words = [text[s:e] for s, e in word_spans(text)]
    assert "150,000" in words and "3.5" in words
    # A comma after a word, or before a space, still ends it.
    assert "Lyon" in words and "Paris" in words and "1" in words and "people" in words
    p = text.index("people")
    assert word_at(text, p + 6) == (p, p + 6)
