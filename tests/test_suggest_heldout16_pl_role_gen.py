"""After held-out 16 (h41): in Polish, a role word before the organisation's kind in the genitive names a
person after it ("prezes spółki X Y", "rzecznik fundacji X Y"), even when the given name is one the lists
lack; without the role the name after the kind is the organisation ("z raportu fundacji X Y"). Invented
names and sentences only."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def _labels(text: str) -> dict[str, str]:
    return {g.text: g.label for g in suggest(text, language="pl") if g.label in ("PERSON", "ORG", "PLACE")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prezes spółki Bożymir Kwaśniak-Lis tłumaczy podwyżkę cenami energii.", "Bożymir Kwaśniak-Lis"),
        ("Trasa kosztuje 64 zł, mówi prezes fundacji Radogost Wierzbic.", "Radogost Wierzbic"),
    ],
)
def test_person_after_role_and_kind(text: str, name: str) -> None:
    assert _labels(text).get(name) == "PERSON"


def test_body_after_kind_without_role() -> None:
    assert (
        _labels("Według raportu fundacji Zielony Brzeg ceny wzrosły o 12 proc.").get("Zielony Brzeg") == "ORG"
    )
