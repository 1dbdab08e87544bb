"""h107: PERSON and QUANTITY span boundaries (invented sentences)."""

from __future__ import annotations

import pytest
from suggest_helpers import labelled


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a participle or "free" before the counted noun belongs to the quantity
        ("The depot runs 318 licensed minibuses on the coast.", "318 licensed minibuses"),
        ("Wardens found 417 unused allotments near the river.", "417 unused allotments"),
        ("The county kept 2,750 free testing kits for schools.", "2,750 free testing kits"),
        ("There are 53 licensed betting shops in the borough.", "53 licensed betting shops"),
    ],
)
def test_en_modifiers_before_the_counted_noun(text: str, span: str) -> None:
    assert span in labelled(text, "QUANTITY", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Police said 14 arrested at the scene were later released.",
        "Of the 300 invited, 212 attended the hearing.",
    ],
)
def test_en_participle_as_verb_stays_out(text: str) -> None:
    assert not any(" the" in q for q in labelled(text, "QUANTITY", "en"))


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        # a rate's noun after an adjective: "per electric taxi", not "per electric"
        ("The grant is worth £6,500 per adapted vehicle this year.", "£6,500 per adapted vehicle", "en"),
        ("De gemeente rekent € 3,40 per strekkende meter af.", "€ 3,40 per strekkende meter", "nl"),
    ],
)
def test_rate_noun_after_an_adjective(text: str, span: str, lang: str) -> None:
    assert span in labelled(text, "QUANTITY", lang)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a relational adjective after the counted noun stays out (the gold marks "38 entreprises")
        ("Le port accueille 47 entreprises ostréicoles et 12 chantiers.", "47 entreprises"),
        ("La commune compte 2 180 lits touristiques cette année.", "2 180 lits"),
        ("Au total, 5 400 spectateurs réunis samedi ont applaudi.", "5 400 spectateurs"),
    ],
)
def test_fr_relational_adjectives_and_participles_after_the_noun(text: str, span: str) -> None:
    assert span in labelled(text, "QUANTITY", "fr")


def test_es_first_surname_alone_is_the_person() -> None:
    text = (
        "La consejera Lucía Arrieta Montalbán presentó el plan el lunes. "
        "Arrieta dijo que el presupuesto llegará en marzo."
    )
    people = labelled(text, "PERSON", "es")
    assert "Lucía Arrieta Montalbán" in people
    assert "Arrieta" in people


def test_en_verb_before_a_singular_noun_stays_out() -> None:
    text = "Of the 180,000 adults followed, 2,614 developed heart disease within a decade."
    assert "2,614 developed heart" not in labelled(text, "QUANTITY", "en")


def test_es_first_surname_alone_after_two_given_names() -> None:
    text = (
        "La consejera Rosa Lucía Arrieta Montalbán presentó el plan el lunes. "
        "Arrieta dijo que el presupuesto llegará en marzo."
    )
    assert "Arrieta" in labelled(text, "PERSON", "es")


def test_pl_genitive_adjective_ends_a_body_not_a_person() -> None:
    text = "Według danych Inspekcji Weterynaryjnej w powiecie działa 14 schronisk. Rzecznik Anny Kowalskiej milczy."
    people = labelled(text, "PERSON", "pl")
    assert "Inspekcji Weterynaryjnej" not in people


def test_nl_euro_sign_after_a_year_opens_the_amount() -> None:
    text = "De vereniging betaalde in 2024 € 61.500 aan huur voor de hal."
    assert "€ 61.500" in labelled(text, "QUANTITY", "nl")


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("Tenants now pay four times as much for heating.", "four times", "en"),
        ("Er kwamen vier keer zoveel bezoekers als vorig jaar.", "vier keer", "nl"),
        ("Wydano cztery razy więcej niż w 2020 roku.", "cztery razy", "pl"),
        ("Se vendieron cuatro veces más entradas que en 2021.", "cuatro veces", "es"),
    ],
)
def test_spelled_times_before_a_comparison(text: str, span: str, lang: str) -> None:
    assert span in labelled(text, "QUANTITY", lang)


def test_spelled_times_before_a_noun_phrase_multiplies_it() -> None:
    assert labelled("The level was four times the legal limit.", "QUANTITY", "en") == []


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("Forty-one per cent of members voted against.", "Forty-one per cent", "en"),
        ("Only twelve percent replied.", "twelve percent", "en"),
        ("Près de vingt pour cent des élèves sont absents.", "vingt pour cent", "fr"),
    ],
)
def test_spelled_number_with_a_percent_in_words(text: str, span: str, lang: str) -> None:
    assert span in labelled(text, "QUANTITY", lang)


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("Er rijden nu acht bussen per uur in plaats van vijf.", "vijf", "nl"),
        ("On compte 31 guichets au lieu de 48 l'an dernier.", "48", "fr"),
        ("The ward has 12 nurses instead of 19.", "19", "en"),
    ],
)
def test_bare_number_after_instead_of(text: str, span: str, lang: str) -> None:
    assert span in labelled(text, "QUANTITY", lang)


@pytest.mark.parametrize(
    ("text", "span", "lang"),
    [
        ("La escuela tenía tres aulas en 2010 y ahora tiene once. Después creció.", "once", "es"),
        ("W szkole pracuje trzech woźnych, a potrzeba pięciu. Dyrektor czeka.", "pięciu", "pl"),
        ("In Breda gooit een inwoner 140 kilo glas weg, in Oosterhout maar 88.", "88", "nl"),
    ],
)
def test_elliptic_count_at_a_clause_end(text: str, span: str, lang: str) -> None:
    assert span in labelled(text, "QUANTITY", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The team has 300 members, most of them under 16.", "en"),
        ("Die Stadt belegte unter 40 Städten Platz 12.", "de"),
    ],
)
def test_no_elliptic_count_for_an_age_or_a_rank(text: str, lang: str) -> None:
    assert not {"16", "12"} & set(labelled(text, "QUANTITY", lang))
