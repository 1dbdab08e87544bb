"""Nothing is ever lost: short notes and already-clean articles come back whole."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from reader.clean import clean, clean_dump
from reader.clean.paragraphs import is_label_line
from reader.importing import import_paths
from reader.importing.formats import clean_record

P1 = "The council met on Tuesday to discuss the new budget for the coming year, officials said."
P2 = "The mayor added that 12 people were hurt in the fire on Monday night near the station."
P3 = "Officials said the investigation would continue over the coming weeks and months ahead."
LONG = "Second para that is long enough to be kept by any cleaner, officials said on Tuesday."

MENU = "\n".join(["Home", "News", "Sport", "Weather", "Business", "Culture", "Contact us"])
FOOTER = "\n".join(["About us", "Privacy policy", "Terms of use", "© 2025 City News"])


def _paras(result):
    return result.text.split("\n\n")


# 1. a short paragraph between body paragraphs does not cut the article


def test_short_paragraph_between_prose_is_kept():
    raw = f"{P1}\n\n{P2}\n\nThey cried.\n\n{P3}\n"
    result = clean_dump(raw)
    assert _paras(result) == [P1, P2, "They cried.", P3]
    assert result.title is None
    assert replace(clean(raw, "text"), confidence=None, reason=None) == result


def test_short_paragraph_between_prose_is_kept_inside_a_page():
    raw = f"{MENU}\n\nFire near the station\n\n{P1}\n\n{P2}\n\nThey cried.\n\n{P3}\n\n{FOOTER}\n"
    result = clean_dump(raw)
    assert _paras(result) == [P1, P2, "They cried.", P3]
    assert result.title == "Fire near the station"


# 2. a headline first line is the title; a sentence first line stays in the body


def test_headline_then_one_paragraph():
    raw = "Budget approved\n\nThe council approved the budget for next year on Tuesday, officials said.\n"
    result = clean_dump(raw)
    assert result.title == "Budget approved"
    assert result.text == "The council approved the budget for next year on Tuesday, officials said."


def test_headline_byline_and_date_go_to_their_fields():
    raw = f"Budget approved\nBy Jane Doe\nDecember 10, 2025\n\n{P1}\n\n{P2}\n"
    result = clean_dump(raw)
    assert (result.title, result.byline, result.published) == ("Budget approved", "Jane Doe", "2025-12-10")
    assert _paras(result) == [P1, P2]


def test_first_sentence_is_never_the_title():
    raw = f"The mayor said 12 people were hurt.\n\n{P3}\n"
    result = clean_dump(raw)
    assert result.title is None
    assert _paras(result) == ["The mayor said 12 people were hurt.", P3]


def test_headline_starting_with_a_boilerplate_word_is_not_a_label():
    result = clean_dump(f"Share prices fall\n\n{P1}\n")
    assert result.title == "Share prices fall"
    assert result.text == P1


# 3. short notes import as they are


def test_short_utf8_note_imports(store, tmp_path):
    path = tmp_path / "utf8.txt"
    path.write_bytes(b"Hello world caf\xc3\xa9 story.\n\nSecond para here.\n")
    report = import_paths(store, [path])
    assert report.imported == [1] and not report.refused
    article = store.get_article(1)
    assert article.text == "Hello world café story.\n\nSecond para here."
    assert article.title is None


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Hello world\n", "Hello world"),
        ("Remember to call the mayor.\n", "Remember to call the mayor."),
        ("Share this:\n\nCall the mayor back.\n\nRead more\n", "Call the mayor back."),
    ],
)
def test_one_line_notes_are_kept(raw, text):
    result = clean_dump(raw)
    assert result.text == text and result.title is None


def test_labels_only_is_still_nothing():
    assert clean_dump("Share this:\n\nRead more\n").text == ""


# 4. a JSON record's "text" is the body as supplied


def _record(**fields):
    return clean_record(fields, json.dumps(fields), None).clean


def test_record_short_first_paragraph_is_kept():
    result = _record(text=f"Short.\n\n{LONG}")
    assert _paras(result) == ["Short.", LONG]
    assert result.title is None


def test_record_line_separator_does_not_drop_a_word():
    result = _record(
        text="Zero\u2028width para that is long enough to be kept by the cleaner, officials said."
    )
    assert result.text == "Zero width para that is long enough to be kept by the cleaner, officials said."


def test_record_first_sentence_stays_in_the_body_and_labels_go():
    text = f"Share this:\n\nThe mayor said 12 people were hurt.\n\nRead more\n\n{P3}"
    result = _record(text=text)
    assert result.title is None
    assert _paras(result) == ["The mayor said 12 people were hurt.", P3]
    assert _record(text=text, title="Fire near the station").title == "Fire near the station"


def test_record_headline_like_first_line_stays_in_the_body():
    result = _record(text=f"Budget approved\n\n{P1}")
    assert result.title is None
    assert _paras(result) == ["Budget approved", P1]


def test_record_with_labels_only_is_refused():
    from reader.importing.read import Refused

    with pytest.raises(Refused, match="no article text found"):
        _record(text="Share this:\n\nRead more")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Share this:", True),
        ("Read more »", True),
        ("Advertisement", True),
        ("12 Comments", True),
        ("Share prices fall", False),
        ("Share prices fell.", False),
        ("They cried.", False),
        ("Budget approved", False),
    ],
)
def test_label_lines(line, label):
    assert is_label_line(line) is label
