"""Bytes -> str: byte-order marks, UTF-8, UTF-16 (with or without a BOM), legacy 8-bit encodings.

Refuses what is not text (binary), what is empty, and what is larger than the size limit."""

from __future__ import annotations

import codecs
import re

from reader.errors import InvalidInput
from reader.normalize import strip_escapes

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_SNIFF = 4096

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What files that are not pages start with (their "magic number"): refused by name, however short
# (a 9-byte PNG header read as cp1252 is the text "‰PNG"). Only signatures no text starts with.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel, EPUB file)"),
    (b"PK\x05\x06", "a ZIP archive (or a Word, Excel, EPUB file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an XZ archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
    (b"MZ\x90\x00", "a program"),
    (b"\xca\xfe\xba\xbe", "a program"),
    (b"\xcf\xfa\xed\xfe", "a program"),
    (b"OggS\x00", "a sound or video file"),
    (b"ID3\x02\x00", "a sound file"),
    (b"ID3\x03\x00", "a sound file"),
    (b"ID3\x04\x00", "a sound file"),
    (b"fLaC\x00", "a sound file"),
    (b"\x1aE\xdf\xa3", "a video file"),
)
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a sound file", b"AVI ": "a video file"}
# POSIX and GNU: with the NUL after it, never "ustar" alone ("me gustaría" can stand at byte 257)
_TAR_MAGIC = (b"ustar\x0000", b"ustar  \x00")


def _not_a_page(data: bytes) -> str | None:
    """What the bytes are, when they start as a known binary format does (else None)."""
    head = data[:16]
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[:2] == b"\x00\x00" and head[4:8] == b"ftyp":  # MP4, MOV, HEIC
        return "a video or image file"
    if data[257:265] in _TAR_MAGIC:  # the TAR header's magic, after the first file's name
        return "a TAR archive"
    if head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return "a bzip2 archive"
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    return None


# Control characters a text file may hold: tab, line feed, form feed, carriage return, escape.
_ALLOWED_CONTROLS = {"\t", "\n", "\x0b", "\x0c", "\r", "\x1a", "\x1b"}


class Refused(InvalidInput):
    """An input that cannot be imported; the message says why."""


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"


def _limit(max_bytes: int) -> str:
    """The size limit as people say it: "20 MB", not "20.0 MB"."""
    return human_size(max_bytes).replace(".0 ", " ")


def check_size(n: int, max_bytes: int, *, exact: bool = True) -> None:
    """Refused when n bytes is over the limit. exact=False when n only counts what was read (at
    most max_bytes + 1): the real size is then unknown and not shown."""
    if n > max_bytes:
        if exact:
            raise Refused(f"too large ({human_size(n)}; over the {_limit(max_bytes)} limit)")
        raise Refused(f"too large (over the {_limit(max_bytes)} limit)")


GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A page saved compressed (page.html.gz): the bytes inside, at most max_bytes of them (a small
    file may unpack to gigabytes). Raises Refused for a broken file or one too large unpacked."""
    import zlib

    unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip header and trailer
    try:
        out = unpack.decompress(data, max_bytes + 1)
        if len(out) <= max_bytes:
            out += unpack.flush()
    except zlib.error as e:
        raise Refused(f"not a valid gzip file ({e})") from None
    if len(out) > max_bytes:
        raise Refused(f"too large once unpacked (over the {_limit(max_bytes)} limit)")
    if not unpack.eof:
        raise Refused("not a valid gzip file (cut short)")
    return out


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 variant whose NUL pattern the bytes show (ASCII-heavy text has a NUL in every
    other byte), or None."""
    head = data[:_SNIFF]
    pairs = len(head) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even_nul = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 0)
    odd_nul = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 0)
    if odd_nul >= 0.4 * pairs and even_nul <= 0.05 * pairs:
        return "utf-16-le"
    if even_nul >= 0.4 * pairs and odd_nul <= 0.05 * pairs:
        return "utf-16-be"
    return None


_CONTROLS = re.compile(
    "["
    + "".join(
        re.escape(chr(c)) for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in _ALLOWED_CONTROLS
    )
    + "]"
)


def _looks_binary(text: str) -> bool:
    sample = text[:100_000]
    if not sample:
        return False
    # One C-level pass (a Python loop over 100,000 characters cost 0.5 ms a file).
    bad = len(_CONTROLS.findall(sample))
    return bad > max(2, len(sample) // 100)


def decode(data: bytes, *, declared: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode one input. `declared` is an encoding named by the source (an HTTP charset), tried
    after any BOM. Raises Refused with the reason for binary, empty or oversize input."""
    check_size(len(data), max_bytes)
    if not data.strip():
        raise Refused("empty file" if not data else "empty file (only white space)")
    kind = _not_a_page(data)
    if kind:
        raise Refused(f"not a page or a text: {kind} (binary content)")
    text = strip_escapes(_decode(data, declared))  # whole, before an HTML parser drops ESC alone
    if _looks_binary(text):
        raise Refused("not a text file (binary content)")
    if not text.strip():
        raise Refused("empty file (only white space)")
    return text


def _decode(data: bytes, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise Refused(
                    f"not valid {encoding.upper()} although it starts with its byte-order mark"
                ) from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16:
            try:
                return data.decode(utf16)
            except UnicodeDecodeError:
                pass
        # A save cut short leaves the space it had allocated as a run of NULs after the text: dropped.
        data = data.rstrip(b"\x00")
        if not data:
            raise Refused("not a text file (only NUL bytes)")
        # A stray NUL or two in otherwise-text (a bad copy, a truncated save): dropped. Binary
        # files have many more (and the decoded text is checked for binary content after).
        if data.count(b"\x00") > max(1, len(data) // 1000):
            raise Refused("not a text file (binary content)")
        data = data.replace(b"\x00", b"")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess_8bit(data)


_TYPOGRAPHY = set("“”‘’‚„–—€…«»°·•†‡‰‹›™©®§¶±×÷¢£¥¤¿¡ªº¹²³¼½¾µ¬¦¨¯´¸ \xa0")


def _plausible_western(text: str) -> bool:
    """Whether a cp1252 reading looks like Western European text: some accented Latin letters and
    typographic punctuation among mostly ASCII (Cyrillic or Greek bytes read as cp1252 give mostly
    accented letters)."""
    letters = sum(1 for ch in text if ch.isalpha())
    odd = 0
    for ch in text:
        if ch.isascii() or ch in _TYPOGRAPHY:
            continue
        if not (ch.isalpha() and ord(ch) < 0x250):
            return False
        odd += 1
    return odd <= 0.4 * max(letters, 1)


def _guess_8bit(data: bytes) -> str:
    # Western legacy text (cp1252, of which the printable latin-1 is a subset) is by far the most
    # common case, and charset-normalizer often misnames it on short texts: try it first.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausible_western(western[:200_000]):
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        if western is not None:
            return western
        raise Refused("not a text file (no text encoding fits)")
    try:
        return data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        raise Refused("not a text file (no text encoding fits)") from None
