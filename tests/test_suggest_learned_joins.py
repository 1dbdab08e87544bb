"""Names built from pieces, offered to the learned name step (reader/suggest/learned.py) as one candidate.

The sentences are written for these tests; none comes from the benchmark articles."""

from __future__ import annotations

import pytest

from reader.suggest import learned, rule_entities, suggest


def candidate_names(text: str, language: str) -> set[str]:
    ents, mentions, _ = rule_entities(text, language)
    return set(learned.candidates(text, ents, mentions, language))


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # joined by "al", "de l'", "of the": one organisation
        (
            "es",
            "Ayer la Oficina Estatal de Vigilancia al Consumidor multó a doce tiendas.",
            "Oficina Estatal de Vigilancia al Consumidor",
        ),
        (
            "es",
            "Lo anunció el martes la Agència Valenciana de l'Energia en un comunicado.",
            "Agència Valenciana de l'Energia",
        ),
        (
            "en",
            "The Guardians of the Harbour Trust said the pier would close.",
            "Guardians of the Harbour Trust",
        ),
        # a possessive inside a name
        (
            "en",
            "Complaints reached the Harbour Commissioner's Office on Monday.",
            "Harbour Commissioner's Office",
        ),
        # three pieces: "X de Y y Z"
        (
            "es",
            "Según la Oficina Regional de Minas y Canteras, la producción cayó.",
            "Oficina Regional de Minas y Canteras",
        ),
    ],
)
def test_names_joined_by_small_words_are_one_candidate(language: str, text: str, name: str) -> None:
    assert name in candidate_names(text, language)


def test_three_listed_places_are_not_joined() -> None:
    # the rules label each place; a run of labelled names is never offered as one
    text = "Los alcaldes de Sevilla, Granada y Córdoba firmaron el acuerdo."
    assert "Granada y Córdoba" not in candidate_names(text, "es")


def test_a_nationality_is_no_candidate() -> None:
    text = "The Kenyan runner beat the Norwegian champion. Shares in the Danish brewer fell."
    assert not {"Kenyan", "Norwegian", "Danish"} & candidate_names(text, "en")
    assert [g.label for g in suggest(text, "en") if g.text in ("Kenyan", "Norwegian", "Danish")] == []


@pytest.mark.parametrize(
    ("language", "text", "not_joined"),
    [
        ("en", "Supporters of Kettering queued for hours.", "Supporters of Kettering"),
        ("nl", "Omwonenden van Schiphol klagen over het lawaai.", "Omwonenden van Schiphol"),
    ],
)
def test_a_lone_word_opening_the_sentence_is_not_joined(language: str, text: str, not_joined: str) -> None:
    # a capitalised word at the start of a sentence is mostly a noun: "people of X" is no organisation
    assert not_joined not in candidate_names(text, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Mutuelle agricole du Limousin a versé trois millions d'euros.", "Mutuelle agricole du Limousin"),
        ("Les Autocars régionaux nantais ont annulé 40 lignes.", "Autocars régionaux nantais"),
        ("Selon le Domaine skiable de Courchevel, la saison commence.", "Domaine skiable de Courchevel"),
    ],
)
def test_a_french_name_with_lower_case_adjectives_is_a_candidate(text: str, name: str) -> None:
    # French capitalises only the first word of an organisation's name
    assert name in candidate_names(text, "fr")


def test_a_capitalised_word_and_an_adjective_in_english_are_no_candidate() -> None:
    assert "Mutuelle agricole" not in candidate_names("Mutuelle agricole is French for farm insurer.", "en")
