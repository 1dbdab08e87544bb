import sys
import unicodedata

import pytest

from reader.normalize import FORMAT_CHAR_RANGES, normalize_field, normalize_text


@pytest.mark.parametrize(
    "brk", ["\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
)
def test_line_breaks_become_newlines(brk):
    assert normalize_text(f"one{brk}two") == "one\ntwo"


def test_crlf_is_one_break():
    assert normalize_text("a\r\n\r\nb") == "a\n\nb"


def test_nfc():
    assert normalize_text("e\u0301te\u0301") == "\u00e9t\u00e9"


@pytest.mark.parametrize(
    "raw",
    [
        "\x1b[31mred\x1b[0m",
        "\x1b[1;32;40mred\x1b[m",
        "\x1b]0;window title\x07red",
        "\x1b]8;;http://example.com\x1b\\red\x1b]8;;\x1b\\",
        "\x1bPq#0;2;0;0;0\x1b\\red",
        "\x1b(Bred",
        "\x1b7red\x1b8",
    ],
)
def test_escape_sequences_removed_entirely(raw):
    assert normalize_text(raw) == "red"


def test_controls_bidi_zero_width_removed():
    raw = "a\x00b\x07c\x7fd\x9be \u202eevil\u202c \u2066iso\u2069 \u200ex\u200f \u061cy z\u200bw\ufeff\u2060\u180e"
    assert normalize_text(raw) == "abcde evil iso x y zw"


def test_zwj_zwnj_kept():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert normalize_text(family) == family
    assert normalize_text(persian) == persian


def test_tabs_spaces_trailing():
    assert normalize_text("a\t\tb   c  \nd \n") == "a b c\nd\n"


def test_leading_indentation_kept():
    assert normalize_text("    indented   text") == "    indented text"


def test_plain_text_unchanged():
    s = "Plain text.\n\nSecond paragraph, with «guillemets» and 日本語."
    assert normalize_text(s) == s


def test_total_on_odd_input():
    assert normalize_text("") == ""
    assert normalize_text("\ud800 lone surrogate") == "\ufffd lone surrogate"
    assert normalize_text("\x1b") == ""
    assert normalize_text("\x1b]unterminated osc\nnext") == "\nnext"


def test_normalize_field():
    assert normalize_field(None) is None
    assert normalize_field("") is None
    assert normalize_field(" \t\n\u200b ") is None
    assert normalize_field("  By\n Jane\u00a0 \x1b[1mDoe\x1b[0m ") == "By Jane Doe"


def test_format_char_list_matches_unicodedata():
    listed = {cp for lo, hi in FORMAT_CHAR_RANGES for cp in range(lo, hi + 1)}
    missing = [
        hex(cp)
        for cp in range(sys.maxunicode + 1)
        if unicodedata.category(chr(cp)) == "Cf" and cp not in listed and cp not in (0x200C, 0x200D)
    ]
    assert missing == []
