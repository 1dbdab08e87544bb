"""Showing text from the database safely: never as markup, never with control characters.

Every string that comes from an article, a label or a note goes through `clean()` and is shown as a
rich `Text` (never parsed as Textual/Rich markup)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rich.text import Text

from reader.short_text import short_text

_normalize_field: Callable[[str | None], str | None] | None
try:  # another module normalises stored fields; fall back to stripping controls here
    from reader.normalize import normalize_field as _normalize_field
except ImportError:  # pragma: no cover - only while reader.normalize is missing
    _normalize_field = None

_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u2028\u2029]"
)


def clean(value: object) -> str:
    """One line of display text from any stored value: no control, bidi or zero-width characters."""
    if value is None:
        return ""
    s = str(value)
    if _normalize_field is not None:
        s = _normalize_field(s) or ""
    return _CONTROLS.sub(" ", s)


def text(value: object, style: str = "") -> Text:
    """A rich Text holding `value` literally (no markup), cleaned."""
    return Text(clean(value), style=style, no_wrap=False, end="")


def shorten(value: object, width: int = 30) -> str:
    """A stored value on one short line, safe to show: cleaned, then cut by the core's helper."""
    return short_text(clean(value), width)


def listed(items: Sequence[object], limit: int = 4, width: int = 16) -> str:
    """A short list for a one-line message: the first `limit` items (each cut to `width`), then
    "and N more", so the rest of the message still fits ("bob, carol, dan, eve and 2 more")."""
    shown = [shorten(item, width) for item in items[:limit]]
    rest = len(items) - len(shown)
    return ", ".join(shown) + (f" and {rest} more" if rest > 0 else "")
