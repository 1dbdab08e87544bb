"""gazetteer.city_only: a name the gazetteer lists as a city and not as a country or region. The German
article guard drops a city's name after an article ("in der Kita", "Das Essen") but keeps a country's or
a region's ("aus der Slowakei", "im Aargau"); US states and continents are regions, not cities."""

from reader.suggest.gazetteer import city_only


def test_cities_and_regions() -> None:
    assert city_only("Essen")  # a large city, also a common noun
    assert not city_only("Aargau")  # an ISO 3166-2 region
    assert not city_only("Slowakei") and not city_only("Slovakia")
    assert not city_only("Texas")  # a US state
    assert not city_only("Europe")  # a continent
