"""French public bodies named in lower case by their kind and an adjective of their level, then their
field and their place ("le comité régional de la conchyliculture X", "le laboratoire départemental
d'analyses de X", "le parc naturel régional des X", "l'agence régionale de santé de X", "le service
départemental d'incendie et de secours de la X", "la direction interrégionale des douanes de X",
"l'université X-Y"): one organisation. Invented places and sentences."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Le comité régional de la conchyliculture Armor-Ouest a demandé une aide.",
            "comité régional de la conchyliculture Armor-Ouest",
        ),
        (
            "Le laboratoire départemental d'analyses de Lorvennec a confirmé la présence du virus.",
            "laboratoire départemental d'analyses de Lorvennec",
        ),
        (
            "Le parc naturel régional des Monts-Orbiers compte 40 communes.",
            "parc naturel régional des Monts-Orbiers",
        ),
        (
            "L'agence régionale de santé de Vallée-Brune a fermé le service.",
            "agence régionale de santé de Vallée-Brune",
        ),
        (
            "Le service départemental d'incendie et de secours de la Haute-Sarvonne a envoyé 40 pompiers.",
            "service départemental d'incendie et de secours de la Haute-Sarvonne",
        ),
        (
            "La direction interrégionale des douanes de Bréval-Nord a saisi deux tonnes de tabac.",
            "direction interrégionale des douanes de Bréval-Nord",
        ),
        (
            "Selon le professeur Martin, de l'université Lormont-Estuaire, la hausse se poursuit.",
            "université Lormont-Estuaire",
        ),
    ],
)
def test_french_lower_case_body(text: str, org: str) -> None:
    got = suggest(text, "fr")
    assert any(g.label == "ORG" and g.text == org for g in got), [(g.label, g.text) for g in got]


def test_a_committee_without_a_name_is_no_body() -> None:
    got = suggest("Le comité régional a voté le budget mardi.", "fr")
    assert not any(g.label == "ORG" for g in got), [(g.label, g.text) for g in got]
