import pytest

from reader.suggest import suggest


def dates(text, language="en"):
    return [s.text for s in suggest(text, language) if s.label == "DATE"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Lambres-Lez-Douai, France (AFP) Dec 10, 2025", ["Dec 10, 2025"]),
        ("It opened on 10 December 2025 in the north.", ["on 10 December 2025"]),
        ("The factory should run at full speed by the end of 2026.", ["by the end of 2026"]),
        ("It aims to build 250,000 cars next year.", ["next year"]),
        ("The plant will be inaugurated on Thursday.", ["on Thursday"]),
        ("The line will run until mid-2026.", ["until mid-2026"]),
        ("The first gigafactory opened in 2024.", ["in 2024"]),
        ("Sales fell in the first nine months of this year.", ["in the first nine months of this year"]),
        ("France began from zero five years ago.", ["five years ago"]),
    ],
)
def test_english_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("La CGT a appelé à une grève le 10 décembre.", ["le 10 décembre"]),
        ("Le site fermera l'an prochain.", ["l'an prochain"]),
        (
            "Il sera prêt d'ici à la fin de 2026, a annoncé jeudi la direction.",
            ["d'ici à la fin de 2026", "jeudi"],
        ),
        ("L'emploi a reculé au troisième trimestre.", ["au troisième trimestre"]),
    ],
)
def test_french_dates(text, expected):
    assert dates(text, "fr") == expected


def test_modal_may_is_not_a_date():
    assert dates("Prices may rise, but the deal closed in May.") == ["in May"]


def test_day_number_is_not_a_quantity():
    labels = [(s.label, s.text) for s in suggest("The vote is on December 10, 2025.") if s.label != "CLAIM"]
    assert labels == [("DATE", "on December 10, 2025")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("It would add $9 billion to the deficit over the next decade.", ["over the next decade"]),
        ("The buyback will run over the next 12 months.", ["over the next 12 months"]),
        ("Profit rose to $1.2 billion from $870 million a year earlier.", ["a year earlier"]),
        ("Overcapacity will last until at least 2027.", ["until at least 2027"]),
        ("City travel to Everton the following day.", ["the following day"]),
    ],
)
def test_more_english_relative_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Les lignes seront supprimées à partir du 1er septembre.", ["à partir du 1er septembre"]),
        ("Le déficit était de 1,5 million d'euros un an plus tôt.", ["un an plus tôt"]),
    ],
)
def test_more_french_dates(text, expected):
    assert dates(text, "fr") == expected
