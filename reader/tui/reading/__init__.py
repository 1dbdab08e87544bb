"""The reading view, one module per concern (see reading.base); ReadingScreen puts them together."""

from reader.tui.reading.base import header_text
from reader.tui.reading.screen import ReadingScreen

__all__ = ["ReadingScreen", "header_text"]
