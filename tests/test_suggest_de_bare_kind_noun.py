"""A German kind of body by its bare noun ("die Gewerkschaft", "das Museum"), named alone in an article
that names the body in full elsewhere ("Die Gewerkschaft Verdi ... Die Gewerkschaft fordert"), is no
name by itself, as the compounds of drop_generic_german_kinds are not. Invented sentences."""

from __future__ import annotations

import pytest
from suggest_helpers import orgs


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Die Gewerkschaft Verdi hat zum Warnstreik aufgerufen. Die Gewerkschaft fordert acht Prozent mehr.",
            "Gewerkschaft",
        ),
        (
            "Das Museum Kellerhaus zeigt 40 Bilder. Die Stadt zahlt dem Museum 20.000 Euro, teilte das Museum mit.",
            "Museum",
        ),
    ],
)
def test_a_bare_kind_noun_alone_is_no_organisation(text: str, word: str) -> None:
    assert word not in orgs(text, "de")
