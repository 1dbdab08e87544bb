"""Polish places after "nad", "pod" and "spod" (issue 12, item 7; a class found in four tune files after
heldout10), as hand-made sentences with invented names (none taken from a benchmark article).

A river or lake is named after "nad" in the instrumental ("nad Sołtówką"), a town after "pod" ("pod
Dębnicą", near it) or "spod" in the genitive ("spod Borkowa"); a town named after its river keeps the
river ("Zagórze nad Sołtówką", "z Zagórza nad Sołtówką"). Inside an organisation's name "nad" + a
plural noun is no place ("Towarzystwo Opieki nad Kotami").
"""

from reader.suggest import suggest


def labels(text: str) -> dict[str, str]:
    return {s.text: s.label for s in suggest(text, "pl")}


def test_river_after_nad():
    assert labels("Rybacy nad Sołtówką od lat czekają na deszcz.").get("Sołtówką") == "PLACE"


def test_town_after_pod_and_spod():
    assert labels("Zimą dziki wychodzą na pola pod Dębnicą.").get("Dębnicą") == "PLACE"
    assert labels("Sąd ukarał handlarza spod Borkowa grzywną.").get("Borkowa") == "PLACE"


def test_town_named_after_its_river_is_one_place():
    got = labels("Sad prowadzi od 20 lat Marek Wilczak z Zagórza nad Sołtówką.")
    assert got.get("Zagórza nad Sołtówką") == "PLACE"
    assert "Zagórza" not in got


def test_nad_inside_an_organisation_is_no_place():
    got = labels("Stowarzyszenie Opieki nad Kotami zebrało w maju 300 zł.")
    assert "Kotami" not in got


def test_town_with_its_river_then_its_mayor():
    got = labels("Nowy most otworzył w piątek burmistrz Zagórza nad Sołtówką Jan Wierzbowy.")
    assert got.get("Zagórza nad Sołtówką") == "PLACE"
    assert got.get("Jan Wierzbowy") == "PERSON"


def test_town_shaped_like_an_adjective_with_its_river():
    got = labels("Sad prowadzi od 20 lat Marek Wilczak z Dębińska nad Sołtówką.")
    assert got.get("Dębińska nad Sołtówką") == "PLACE"
