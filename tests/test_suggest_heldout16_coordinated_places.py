"""After held-out 16 (h46): a name joined by "and / und / et / y / e / en / i" to a place, alone and found
by no rule, is a place too ("de Argelia y Túnez", "los alcaldes de Allande e Ibias", "w X Starym i
Y-Kolonii"). Not a name with a first name, a body's word, a person's surname or a place's longer name
after it. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("El esparto llega de Argelia y Zarbuna, dice el artesano.", "es", "Zarbuna"),
        ("El consejero se reunió con los alcaldes de Oviedo e Irmedo.", "es", "Irmedo"),
        ("La empresa tiene oficinas en Logroño y Calvarra-Norte.", "es", "Calvarra-Norte"),
        ("Gazeta pisała o sesjach rady w Rościszewie Starym i Lipnicy-Kolonii.", "pl", "Lipnicy-Kolonii"),
        ("Samorządowcy z Warszawy i Grabnika-Kolonii protestują.", "pl", "Grabnika-Kolonii"),
        ("Die Firma hat Standorte in Regensburg und Pillweiden.", "de", "Pillweiden"),
    ],
)
def test_name_joined_to_a_place(text: str, lang: str, name: str) -> None:
    assert name_labels(text, lang).get(name) == "PLACE"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Mieszkańcy Krakowa i Agnieszki nie lubią.", "pl", "Agnieszki"),
        ("Pracuje w Gdańsku i Ministerstwie od lat.", "pl", "Ministerstwie"),
        ("Wohnungen in Berlin und Stiftung sind teuer.", "de", "Stiftung"),
        ("Ze woont in Utrecht en Jan fietst.", "nl", "Jan"),
        ("El plan llega a Badalona y L'Hospitalet.", "es", "L"),
        ("La empresa vende en Madrid y Fundación la compra.", "es", "Fundación"),
        ("Vendieron pisos en Almería y Fuentes de Andalucía Norte.", "es", "Fuentes"),
    ],
)
def test_other_names_after_a_place(text: str, lang: str, name: str) -> None:
    assert name_labels(text, lang).get(name) != "PLACE"
