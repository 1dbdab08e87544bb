"""Shared helpers for the hand-written page kinds in tests/clean_pages/pages/."""

from pathlib import Path

from reader.clean import LOW_CONFIDENCE, clean

PAGES = Path(__file__).parent / "pages"


def cleaned(name: str):
    return clean((PAGES / name).read_text("utf-8"), "text")


def paragraphs(result) -> list[str]:
    return result.text.split("\n\n") if result.text else []


def is_low(result) -> bool:
    return result.confidence is not None and result.confidence < LOW_CONFIDENCE
