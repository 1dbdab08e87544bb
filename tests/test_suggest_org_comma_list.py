"""A body's name can hold a list of its fields, written with a comma before the last two ("Department for
Farming, Rivers and Coasts", "Steel, Glass and Ceramics Union", "Ministerio de Cultura, Juventud y
Deporte"): one name, not two. Lists of separate bodies, people or places stay apart. Invented names."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def orgs(text: str, lang: str) -> list[str]:
    return [s.text for s in suggest(text, lang) if s.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "The Department for Farming, Rivers and Coasts has set aside £40 million.",
            "en",
            "Department for Farming, Rivers and Coasts",
        ),
        (
            "The Steel, Glass and Ceramics Union called a strike on Monday.",
            "en",
            "Steel, Glass and Ceramics Union",
        ),
        (
            "El Ministerio de Cultura, Juventud y Deporte aportará 2 millones de euros.",
            "es",
            "Ministerio de Cultura, Juventud y Deporte",
        ),
    ],
)
def test_a_list_of_fields_inside_a_name_is_one_name(text: str, lang: str, name: str) -> None:
    assert name in orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Shares in Barclays, Lloyds and Standard Chartered fell on Monday.", "en", "Barclays"),
        ("Labour, Plaid Cymru and the Green Party voted against the plan.", "en", "Green Party"),
        ("Members of Unite, GMB and Unison Union walked out.", "en", "Unite"),
    ],
)
def test_a_list_of_bodies_stays_apart(text: str, lang: str, kept: str) -> None:
    got = orgs(text, lang)
    assert not any("," in o for o in got)
    assert kept in got
