"""After held-out 16 (h41): a Roman numeral alone ("el siglo XIX", "w XIV wieku", "the XV Corps" aside)
is no organisation and no place: a century or a number, not an acronym. Invented sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "lang", "numeral"),
    [
        ("La familia teje lana desde el siglo XIX en el valle de Orbaña.", "es", "XIX"),
        ("Algunos hórreos del siglo XVI siguen en pie junto al río.", "es", "XVI"),
        ("Kościół wzniesiono w XIV wieku, a wieżę dobudowano w XVIII wieku.", "pl", "XIV"),
        ("Kościół wzniesiono w XIV wieku, a wieżę dobudowano w XVIII wieku.", "pl", "XVIII"),
    ],
)
def test_roman_numeral_is_no_name(text: str, lang: str, numeral: str) -> None:
    assert numeral not in name_labels(text, lang)


def test_acronyms_stay_organisations() -> None:
    assert "CCOO" in [g.text for g in suggest("El sindicato CCOO convocó una huelga.", language="es")]
