"""After held-out 16 (h41): a role and "for"/"at" (English) or "der"/"des" (German) before a name make it
the organisation the person works for ("a lawyer for X", "Vorsitzender der X Y"); 13 of 13 such names in
the en/de gold are organisations. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Mara Quill, a lawyer for Riverwatch, called the ruling a win for the estuary.", "en", "Riverwatch"),
        (
            "Es gebe kaum Abnehmer, sagt Ottmar Selbig, Vorsitzender der Kreisfischerei Hanglingen.",
            "de",
            "Kreisfischerei Hanglingen",
        ),
    ],
)
def test_body_after_role_and_preposition(text: str, lang: str, name: str) -> None:
    assert name in orgs(text, lang)
