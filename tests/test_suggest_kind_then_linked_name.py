"""A body named by words a preposition links ("Vivre à Cordelle", "Mayores en Marcha", "Bürger für
Lindach"), right after the kind of body it is ("l'association", "la asociación de jubilados", "die
Wählergruppe"): the whole name is one organisation, not a word and a place. Invented names and sentences."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels, orgs


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("L'association Vivre à Cordelle réclame une indemnisation.", "fr", "Vivre à Cordelle"),
        ("La asociación de jubilados Mayores en Marcha recordó las cifras.", "es", "Mayores en Marcha"),
        ("Die Wählergruppe Bürger für Lindach kommt auf drei Sitze.", "de", "Bürger für Lindach"),
        ("La plataforma vecinal Vecinos por la Ría recordó el tráfico.", "es", "Vecinos por la Ría"),
        ("Het actiecomité Samen voor Ommel verzamelde 800 handtekeningen.", "nl", "Samen voor Ommel"),
    ],
)
def test_a_linked_name_after_its_kind_is_one_organisation(text: str, lang: str, name: str) -> None:
    assert name in orgs(text, lang)
    assert name.split()[-1] not in {k for k, v in name_labels(text, lang).items() if v == "PLACE"}


def test_a_person_after_the_kind_stays_a_person() -> None:
    text = "L'association de Marie Lenoir à Cordelle réclame une indemnisation."
    assert "Marie Lenoir à Cordelle" not in orgs(text, "fr")
