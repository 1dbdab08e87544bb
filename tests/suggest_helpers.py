"""What the suggestion tests read from `suggest`: the texts given one label, or each name's label."""

from __future__ import annotations

from reader.suggest import suggest

NAME_KINDS = ("PERSON", "ORG", "PLACE")


def labelled(text: str, label: str, language: str | None = "en") -> list[str]:
    """The texts suggested with `label`, in text order (language None: the text's own, detected)."""
    return [g.text for g in suggest(text, language) if g.label == label]


def orgs(text: str, language: str) -> list[str]:
    """The organisations suggested, in text order."""
    return labelled(text, "ORG", language)


def name_labels(text: str, language: str) -> dict[str, str]:
    """Each person, organisation and place suggested: text -> label."""
    return {g.text: g.label for g in suggest(text, language) if g.label in NAME_KINDS}
