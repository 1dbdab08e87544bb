"""A Spanish place of three words or more named with a capital article after "de" or another preposition
of place ("los colegios de La Marisma Alta", "una finca de El Soto de Arenal", "el paraje de Les Fonts del
Riu", "los caminos de La Vall de Morella"): the gold's place in heldout14, heldout15 (2), heldout16, missed
or cut after the article (issue 12, item 7; after heldout16, helper h42). Invented names.
"""

from reader.suggest import suggest


def places(text: str) -> list[str]:
    return [s.text for s in suggest(text, "es") if s.label == "PLACE"]


def test_a_long_place_with_a_capital_article_is_one_place() -> None:
    assert "La Marisma Alta" in places("Algunos colegios de La Marisma Alta han plantado moreras.")
    assert "El Soto de Arenal" in places("El robo ocurrió en una finca de El Soto de Arenal en junio.")
    assert "Les Fonts del Riu" in places("La ruta llega hasta el paraje de Les Fonts del Riu.")
    assert "La Vall de Morella" in places(
        "El pleno aprobó 6.000 euros para cámaras en los caminos de La Vall de Morella."
    )


def test_a_body_or_a_band_after_the_article_is_no_place() -> None:
    got = places("Lo dijo el presidente de La Liga de Fútbol Profesional en Madrid.")
    assert not any("Liga" in p for p in got)
    got = places("El concierto de Los Planetas Verdes atrajo a 3.000 personas.")
    assert not any("Planetas" in p for p in got)


def test_a_firm_or_a_medium_after_its_people_or_a_source_is_no_place() -> None:
    got = places("Los trabajadores de El Molino Alimentación pararon el lunes.")
    assert not any("Molino" in p for p in got)
    got = places("Según datos de La Octava Noticias, el paro bajó un 3 %.")
    assert not any("Octava" in p for p in got)
    got = places("Según una información de La Voz de Valdemora, la planta cerrará.")
    assert not any("Voz" in p for p in got)


# Linear by construction: the pass checks each match against the entities as given (matches never overlap)
# and sorts the list once at the end, not once per match; a place inside the name is still taken over.
def test_the_article_pass_sorts_once(monkeypatch) -> None:
    from reader.suggest import places_es

    sorts = []
    monkeypatch.setattr(places_es, "sorted", lambda x: sorts.append(1) or sorted(x), raising=False)
    one = "Vivimos en La Vega Alta. "
    text = one * 200
    ents = [(i * len(one) + 15, i * len(one) + 19, "PLACE") for i in range(200)]  # "Vega"
    got = places_es.add_spanish_article_places(text, ents)
    assert got == [(i * len(one) + 11, i * len(one) + 23, "PLACE") for i in range(200)]
    assert len(sorts) <= 2
