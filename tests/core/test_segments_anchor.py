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
