"""What deleting an article takes with it, in words the CLI (`reader delete`) and the library's
dialog say alike."""

from __future__ import annotations


def counted(n: int, word: str) -> str:
    """'1 tag', '3 tags'."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def tags_and_claims(tags: int, claims: int) -> str:
    """'2 tags and 1 claim'."""
    return f"{counted(tags, 'tag')} and {counted(claims, 'claim')}"
