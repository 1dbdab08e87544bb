import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.clean import clean_dump, clean_markdown
from reader.normalize import normalize_field, normalize_text

WORD = re.compile(r"\w+")
ALLOWED = {"\n", "\u200c", "\u200d"}


def _bad_chars(s: str) -> list[str]:
    return [c for c in s if unicodedata.category(c) in ("Cc", "Cf", "Cs") and c not in ALLOWED]


# Text likely to look like pages: words, punctuation, line breaks, bullets, odd characters.
page_text = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(
            [
                "\n",
                "\n\n",
                " ",
                "-",
                "- ",
                "* ",
                "•",
                "·",
                "[12]",
                "By ",
                "(AFP)",
                "(Reuters) - ",
                "Dec 10, 2025",
                "foo-",
                "\u200b",
                "\x1b[31m",
                "\u202e",
                "\r\n",
                "\t",
                "e\u0301",
                "Read more",
                "©",
                "etb/rl/jh",
                "The minister said on Monday that the plan would go ahead.",
                "PARIS",
            ]
        ),
    ),
    max_size=60,
).map("".join)


BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t"


def _invisible_free(s: str) -> str:
    """s with line breaks and tabs as spaces and every other control/format character dropped."""
    return "".join(
        " " if c in BREAKS else c
        for c in s
        if c in BREAKS or not (unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\u200c\u200d")
    )


@settings(max_examples=150, deadline=None)
@given(st.text().filter(lambda s: "\x1b" not in s))
def test_normalize_text_total_and_clean(s):
    out = normalize_text(s)
    assert _bad_chars(out) == []
    assert "\t" not in out and "\r" not in out
    # removing invisible characters may join what they separated, nothing else may make a new word
    reference = unicodedata.normalize("NFC", _invisible_free(s))
    assert set(WORD.findall(out)) <= set(WORD.findall(reference)) | {"\ufffd"}


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_normalize_field_single_line(s):
    out = normalize_field(s)
    assert out is None or ("\n" not in out and out == out.strip() and "  " not in out and not _bad_chars(out))


@settings(max_examples=200, deadline=None)
@given(st.one_of(page_text, st.text()))
def test_clean_dump_never_raises_nor_invents(raw):
    result = clean_dump(raw)
    allowed_words = set(WORD.findall(normalize_text(raw)))
    for value in (result.text, result.title, result.byline, result.dateline, result.agency, result.site):
        if value is None:
            continue
        assert _bad_chars(value) == []
        assert set(WORD.findall(value)) <= allowed_words
    assert "\n\n\n" not in result.text


@settings(max_examples=100, deadline=None)
@given(st.one_of(page_text, st.text()))
def test_clean_markdown_never_raises(raw):
    result = clean_markdown(raw)
    assert _bad_chars(result.text) == []
