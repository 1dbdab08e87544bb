"""Text normalisation shared by every importer and stored field.

Pure, fast and total: the functions accept any ``str`` and never raise.

``normalize_text`` keeps the layout of a text (line breaks, leading indentation) but makes it safe
to store and display: NFC, ``\\n`` line breaks only, no terminal escape sequences, no control or
format characters (except ZWNJ/ZWJ, which Indic and Persian scripts and emoji need), no bidi
overrides, tabs turned to spaces, runs of spaces collapsed and trailing spaces stripped.

``normalize_field`` does the same and then folds the text onto one line (for titles, bylines...).
"""

from __future__ import annotations

import json
import re
import unicodedata

__all__ = [
    "normalize_text",
    "strip_escapes",
    "normalize_field",
    "normalize_note",
    "json_dumps",
    "neutralize_controls",
    "FORMAT_CHAR_RANGES",
]

# Every line-break form becomes "\n" ("\r\n" is handled first, as one break).
_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# Unicode format characters (category Cf) as of Unicode 15.1. ZWNJ (U+200C) and ZWJ (U+200D) are
# kept on purpose. tests/test_normalize.py checks this list against the running unicodedata.
FORMAT_CHAR_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200B),
    (0x200E, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0x00, 0x20):  # C0 controls
        table[cp] = None
    for cp in range(0x7F, 0xA0):  # DEL and C1 controls
        table[cp] = None
    for lo, hi in FORMAT_CHAR_RANGES:
        for cp in range(lo, hi + 1):
            table[cp] = None
    for ch in _LINE_BREAKS:
        table[ord(ch)] = "\n"
    table[ord("\n")] = "\n"
    table[ord("\t")] = " "
    return table


_TABLE = _build_table()

# Terminal escape sequences (7-bit forms), removed whole:
#  - CSI: ESC [ parameters intermediates final
#  - OSC, DCS, SOS, PM, APC: ESC ] / P / X / ^ / _ ... up to BEL or ST (ESC \), never past a line end
#  - any other escape: ESC intermediates final
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
)
# Any character that is not safe to keep: controls (except \n), format characters, surrogates.
_UNSAFE_PROBE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f"
    + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in FORMAT_CHAR_RANGES)
    + "\ud800-\udfff\u2028\u2029]"
)
_SURROGATES = re.compile("[\ud800-\udfff]")
_INNER_SPACES = re.compile(r"(?<=[^ \n]) {2,}")
_TRAILING_SPACES = re.compile(r" +(?=\n|\Z)")


def strip_escapes(s: str) -> str:
    """Terminal escape sequences out, whole (normalize_text does it too): for a page before a parser
    that drops the ESC character alone and would leave the rest ("[31m") in the text."""
    return _ESCAPES.sub("", s) if "\x1b" in s else s


def normalize_text(s: str) -> str:
    """Normalise a (multi-line) text; see the module docstring. Leading indentation is kept."""
    if not s:
        return ""
    if "\r\n" in s:
        s = s.replace("\r\n", "\n")
    if "\x1b" in s:
        s = _ESCAPES.sub("", s)
    if _UNSAFE_PROBE.search(s) is not None:
        s = s.translate(_TABLE)
        if _SURROGATES.search(s) is not None:
            s = _SURROGATES.sub("\ufffd", s)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    if "  " in s:
        s = _INNER_SPACES.sub(" ", s)
    if " \n" in s or s.endswith(" "):
        s = _TRAILING_SPACES.sub("", s)
    return s


def normalize_field(s: str | None) -> str | None:
    """Normalise a one-line field: as normalize_text, all whitespace folded to one space, stripped.

    Returns None for None or for a value that is empty once normalised."""
    if s is None:
        return None
    s = " ".join(normalize_text(s).split())
    return s or None


def normalize_note(s: str | None) -> str | None:
    """A free-text note: as normalize_text (line breaks kept), stripped; None when empty."""
    if s is None:
        return None
    s = normalize_text(s).strip()
    return s or None


def _json_escape(m: re.Match[str]) -> str:
    cp = ord(m.group())
    if cp > 0xFFFF:  # JSON writes these as a surrogate pair
        cp -= 0x10000
        return f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}"
    return f"\\u{cp:04x}"


def json_dumps(obj: object, *, indent: int | None = None) -> str:
    """JSON (UTF-8 text, not ASCII-escaped) in which every character normalize_text would remove
    (C0/C1 controls, bidi overrides, format characters, lone surrogates, U+2028/9) is written as a
    \\u escape: the value read back is the same, and nothing a terminal acts on is printed raw."""
    s = json.dumps(obj, ensure_ascii=False, indent=indent)
    if _UNSAFE_PROBE.search(s) is None:
        return s
    return _UNSAFE_PROBE.sub(_json_escape, s)


_DISPLAY_UNSAFE = re.compile(
    _UNSAFE_PROBE.pattern.replace("\x00-\x09\x0b-\x1f", "\x00-\x08\x0b\x0c\x0e-\x1f")
)


def neutralize_controls(s: str) -> str:
    """Output that keeps its layout (CSV rows: tab, CR, LF) with any other control, format or bidi
    character shown as U+FFFD, so a terminal never acts on it."""
    if _DISPLAY_UNSAFE.search(s) is None:
        return s
    return _DISPLAY_UNSAFE.sub("\ufffd", s)


_NAME_UNSAFE = re.compile(_UNSAFE_PROBE.pattern[:-1] + "\n]")


def _escape_char(m: re.Match[str]) -> str:
    cp = ord(m.group())
    if 0xDC80 <= cp <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape): that byte
        return f"\\x{cp - 0xDC00:02x}"
    if cp == 0x0A:
        return "\\n"
    if cp > 0xFFFF:
        return f"\\U{cp:08x}"
    return f"\\x{cp:02x}" if cp <= 0xFF else f"\\u{cp:04x}"


def shown_name(s: str) -> str:
    """A file name or address as a message shows it: control, format, bidi characters, line breaks and
    undecodable bytes written as escapes (\\x1b, \\u202e, \\xff), so the user can tell which file it is
    and the terminal never acts on them (normalize_field would drop them: another name)."""
    return _NAME_UNSAFE.sub(_escape_char, s) if _NAME_UNSAFE.search(s) else s
