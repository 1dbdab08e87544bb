"""The place passes each language runs after the rules and the learned step, in order: each adds or
relabels places in the entities (sorted, not overlapping) and returns them."""

from __future__ import annotations

from collections.abc import Callable

from .places_coord import coordinated_places
from .places_de import (
    add_german_hills,
    add_german_hyphen_towns,
    add_german_position_places,
    add_german_rivers,
    drop_german_common_nouns,
    german_land_parts,
    join_german_seats,
)
from .places_en import add_english_landmarks, add_gaelic_places
from .places_es import (
    add_spanish_article_places,
    add_spanish_de_towns,
    add_spanish_places_of,
    add_spanish_rivers,
    add_spanish_two_word_places_of,
    join_spanish_de_places,
)
from .places_fr import add_french_part_towns, add_french_pays, add_french_regions
from .places_nl import add_dutch_adjective_regions, add_dutch_waters
from .places_pl import (
    add_polish_adjective_places,
    add_polish_destination_places,
    add_polish_locative_regional_places,
    add_polish_waters,
)
from .places_roads import road_places
from .places_streets import add_street_compounds, add_street_names
from .places_wire import wire_dateline_places
from .spans import Span

__all__ = ["PLACE_PASSES", "PlacePass", "add_places"]

PlacePass = Callable[[str, list[Span]], list[Span]]

# In order: a pass sees the places the passes before it added or joined (most add only on free spans).
PLACE_PASSES: dict[str, tuple[PlacePass, ...]] = {
    "de": (
        drop_german_common_nouns,
        join_german_seats,
        german_land_parts,
        add_german_position_places,
        add_german_rivers,
        add_german_hyphen_towns,
        add_german_hills,
        add_street_compounds("de"),
        coordinated_places("de"),
    ),
    "en": (add_english_landmarks, add_gaelic_places, coordinated_places("en")),
    "es": (
        join_spanish_de_places,
        add_spanish_rivers,
        add_spanish_de_towns,
        add_spanish_places_of,
        add_spanish_two_word_places_of,
        add_spanish_article_places,
        add_street_names("es"),
        coordinated_places("es"),
    ),
    "fr": (
        add_french_pays,
        add_french_regions,
        add_french_part_towns,
        add_street_names("fr"),
        coordinated_places("fr"),
    ),
    "nl": (
        add_dutch_waters,
        add_dutch_adjective_regions,
        add_street_compounds("nl"),
        coordinated_places("nl"),
    ),
    "pl": (
        add_polish_adjective_places,
        add_polish_locative_regional_places,
        add_polish_destination_places,
        add_polish_waters,
        add_street_names("pl"),
        coordinated_places("pl"),
    ),
}


def add_places(text: str, lang: str, ents: list[Span]) -> list[Span]:
    """The entities after the place passes of `lang` (none for a language without passes)."""
    ents = wire_dateline_places(text, ents)  # every language: "MASERU, Dec 5 (Reuters) -"
    ents = road_places(text, lang, ents)  # every language: "the M62", "die A 7", "drogi krajowej nr 17"
    for place_pass in PLACE_PASSES.get(lang, ()):
        ents = place_pass(text, ents)
    return ents
