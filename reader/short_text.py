"""A text cut to one short line for a message (“Ayumi Kur…” is already tagged PERSON): white space
folded to single spaces, at most `width` characters, an ellipsis where it was cut. Plain Python: the
store, the history, the CLI and the TUI (after its own cleaning for the screen,
reader.tui.safe.shorten) all cut with it."""

from __future__ import annotations


def short_text(text: str, width: int = 30) -> str:
    """text on one line, cut to at most `width` characters ("…" included; at least the "…")."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"
