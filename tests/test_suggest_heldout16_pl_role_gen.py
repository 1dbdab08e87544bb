"""After held-out 16 (h41): in Polish, a role word before the organisation's kind in the genitive names a
person after it ("prezes spółki X Y", "rzecznik fundacji X Y"), even when the given name is one the lists
lack; without the role the name after the kind is the organisation ("z raportu fundacji X Y"). Invented
names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prezes spółki Bożymir Kwaśniak-Lis tłumaczy podwyżkę cenami energii.", "Bożymir Kwaśniak-Lis"),
        ("Trasa kosztuje 64 zł, mówi prezes fundacji Radogost Wierzbic.", "Radogost Wierzbic"),
    ],
)
def test_person_after_role_and_kind(text: str, name: str) -> None:
    assert name_labels(text, "pl").get(name) == "PERSON"


def test_body_after_kind_without_role() -> None:
    assert (
        name_labels("Według raportu fundacji Zielony Brzeg ceny wzrosły o 12 proc.", "pl").get(
            "Zielony Brzeg"
        )
        == "ORG"
    )
