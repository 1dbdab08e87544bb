"""After held-out 16 (h41): an organisation whose long name goes on in lower-case words up to the acronym
given in brackets ("Office national des forêts domaniales (ONFD)") is the whole name, not the part before
its first lower-case adjective or complement. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "La Société nationale des transports fluviaux wallons (SNTFW) a perdu 12 % de ses passagers.",
            "fr",
            "Société nationale des transports fluviaux wallons",
        ),
        (
            "Selon le Comité des producteurs de lavande, thym et romarin (CPLTR), la récolte a chuté.",
            "fr",
            "Comité des producteurs de lavande, thym et romarin",
        ),
        (
            "L'Institut national de recherche pour la forêt, la chasse et l'environnement (INRFCE) estime"
            " que 40 % des chênes sont malades.",
            "fr",
            "Institut national de recherche pour la forêt, la chasse et l'environnement",
        ),
    ],
)
def test_name_runs_to_its_acronym(text: str, lang: str, name: str) -> None:
    assert name in orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # the acronym names something else: its letters do not start and end as the words do
        (
            "Le Comité des fêtes de Vallorbe a invité un orchestre de jazz (OJV) pour le 14 juillet.",
            "fr",
            "Comité des fêtes de Vallorbe",
        ),
        ("The Harbour Trust said costs rose sharply (RPI) last year.", "en", "Harbour Trust"),
    ],
)
def test_name_stays_when_the_acronym_does_not_fit(text: str, lang: str, name: str) -> None:
    assert name in orgs(text, lang)


# An acronym drops the accent of the name's first letter ("École ..." -> "E"), and of the last word's
def test_a_name_with_an_accented_initial_runs_to_its_acronym() -> None:
    from reader.suggest.institutions import extend_to_acronym

    assert "Établissement public foncier" in orgs(
        "Selon l’Établissement public foncier (EPF), les prix montent.", "fr"
    )
    text = "Elle dirige l'Édition savoyarde des ouvrages (ESO) depuis mai."
    s = text.index("Édition")
    assert extend_to_acronym(text, [(s, s + 7, "ORG")]) == [(s, text.index(" (ESO)"), "ORG")]
    text = "Il préside l'Office cantonal des études (OCE) à Sion."
    s = text.index("Office")
    assert extend_to_acronym(text, [(s, s + 6, "ORG")]) == [(s, text.index(" (OCE)"), "ORG")]
    # the accent gone, the letters must still fit
    assert extend_to_acronym(text.replace("(OCE)", "(ACE)"), [(s, s + 6, "ORG")]) == [(s, s + 6, "ORG")]
