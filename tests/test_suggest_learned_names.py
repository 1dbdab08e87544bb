"""The learned name step (reader/suggest/learned.py): a second opinion on every capitalised name.

The sentences are written for these tests; none comes from the benchmark articles."""

from __future__ import annotations

import json

import pytest
from suggest_helpers import labelled

from reader.suggest import learned, rule_entities


@pytest.mark.parametrize(
    ("language", "text", "person", "org", "place"),
    [
        (
            "en",
            "Shares in Korvalis fell 4% on Monday. Korvalis said it would cut 300 jobs at its plant in Leeds, "
            "where chief executive Martin Hale has worked since 2019.",
            "Martin Hale",
            "Korvalis",
            "Leeds",
        ),
        (
            "de",
            "Der Konzern Brandtwerk hat am Montag 200 Stellen gestrichen. Brandtwerk teilte mit, dass die "
            "Fabrik in Kassel schließt. Sprecherin Anna Vogt bestätigte das.",
            "Anna Vogt",
            "Brandtwerk",
            "Kassel",
        ),
        (
            "fr",
            "La société Vantelis a annoncé lundi la fermeture de son usine de Rouen. Selon Vantelis, 80 "
            "emplois sont menacés, a déclaré Claire Dubois.",
            "Claire Dubois",
            "Vantelis",
            "Rouen",
        ),
        (
            "es",
            "La empresa Tervia despidió a 90 trabajadores en Valencia. Tervia explicó que Marta Llorente "
            "dirigirá la planta.",
            "Marta Llorente",
            "Tervia",
            "Valencia",
        ),
        (
            "nl",
            "Het bedrijf Holvast sluit de fabriek in Tilburg. Holvast meldt dat directeur Joost Verbeek vertrekt.",
            "Joost Verbeek",
            "Holvast",
            "Tilburg",
        ),
    ],
)
def test_cued_names_keep_their_labels(language: str, text: str, person: str, org: str, place: str) -> None:
    # a company never heard of, named with a cue and then alone, is an organisation in both mentions
    assert labelled(text, "PERSON", language) == [person]
    assert labelled(text, "ORG", language) == [org, org]
    assert labelled(text, "PLACE", language) == [place]


def test_a_capitalised_phrase_with_no_given_name_is_no_person() -> None:
    # the rules read three capitalised words with no cue as a person by their shape; the model, which
    # sees no given name, no title and no reporting verb, leaves them unlabelled
    text = "Rain Stopped Play at the Oval Cricket Ground in London. Fans of Surrey waited for hours."
    ents, _, _ = rule_entities(text, "en")
    assert ("PERSON", "Rain Stopped Play") in {(lab, text[s:e]) for s, e, lab in ents}
    assert labelled(text, "PERSON") == []
    assert labelled(text, "PLACE") == ["London", "Surrey"]


def test_without_the_weights_the_rules_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Rain Stopped Play at the Oval Cricket Ground in London."
    monkeypatch.setattr(learned, "load_model", lambda: None)
    assert labelled(text, "PERSON") == ["Rain Stopped Play"]


def test_the_weights_file_is_small_and_well_formed() -> None:
    model = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    assert model["classes"] == list(learned.CLASSES)
    kinds = ("keep", "add", "join")
    assert all(set(model[kind]) == set(learned.NAMED) for kind in kinds)
    assert all(0 <= t <= 1 for kind in kinds for t in model[kind].values())
    assert all(len(w) == len(learned.CLASSES) for w in model["weights"].values())
    assert learned.MODEL_PATH.stat().st_size < 200_000


def test_a_threshold_of_never_turns_a_label_off_even_at_probability_one() -> None:
    model = {"strong": dict.fromkeys(learned.NAMED, 99.0), "keep": dict.fromkeys(learned.NAMED, 0.5)}
    model["add"] = {"PERSON": learned.NEVER, "ORG": 0.5, "PLACE": 0.5}
    sure_person = {"NONE": 0.0, "PERSON": 1.0, "ORG": 0.0, "PLACE": 0.0}
    assert learned.decide(model, sure_person, None) == (None, 0.0)
    sure_org = {"NONE": 0.0, "PERSON": 0.0, "ORG": 1.0, "PLACE": 0.0}
    assert learned.decide(model, sure_org, None) == ("ORG", 1.0)


def test_features_carry_no_name_seen_in_one_article_only() -> None:
    # the model keeps only features met in several training articles: an invented surname is unknown
    model = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    assert "only=korvalis" not in model["weights"]
    assert "last=verbeek" not in model["weights"]


def test_two_names_joined_by_a_small_word_make_one_organisation() -> None:
    # the rules see "Intendencia" and "Salto" apart (a place), "Servicio Nacional" and "Salud" apart; the
    # model reads each joined name as one organisation
    text = "El Arzobispado de Sevilla pidió calma. La Intendencia de Salto cerró dos escuelas."
    assert "Intendencia de Salto" in labelled(text, "ORG", "es")
    assert "Salto" not in labelled(text, "PLACE", "es")
    text = "La Dirección General de Tráfico y el Servicio Nacional de Salud firmaron un acuerdo."
    assert labelled(text, "ORG", "es") == ["Servicio Nacional de Salud"]


def test_places_listed_with_and_stay_apart() -> None:
    text = "Umowę podpisały władze Gdańska, Wrocławia i Krakowa."
    assert labelled(text, "ORG", "pl") == []


def test_a_person_of_a_place_is_not_joined() -> None:
    text = "Maria Lopez of Madrid met Tom Hart and Jane Fox in Leeds."
    assert labelled(text, "PERSON") == ["Maria Lopez", "Tom Hart", "Jane Fox"]
    assert labelled(text, "PLACE") == ["Madrid", "Leeds"]
    assert labelled(text, "ORG") == []


@pytest.mark.parametrize(
    ("language", "text", "people"),
    [
        (
            "pl",
            "Marek Zając, prezes spółki, powiedział, że Park Wodny Fala będzie zamknięty.",
            ["Marek Zając"],
        ),
        ("pl", "Wielka Orkiestra Świątecznej Pomocy zebrała pieniądze. Stare Miasto było pełne ludzi.", []),
        ("en", "Great Western Railway cancelled trains. Free Parking Week begins on Monday in Bath.", []),
    ],
)
def test_capitalised_noun_phrases_are_no_people(language: str, text: str, people: list[str]) -> None:
    # the rules' shape vote (two or three capitalised words) made these people; the model, seeing no
    # given name and no cue, does not
    assert labelled(text, "PERSON", language) == people
