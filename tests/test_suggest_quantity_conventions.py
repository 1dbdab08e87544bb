"""QUANTITY span conventions found in the tune sets' boundary misses (issue 12, item 7).

Sentences written for these tests, in several languages; none is taken from a benchmark article.
"""

from reader.suggest import suggest


def quantities(text: str, language: str = "en") -> list[str]:
    return [s.text for s in suggest(text, language) if s.label == "QUANTITY"]


# A duration is no quantity ("for 40 minutes", "in three months") unless it is a measured figure:
# an average, a decimal or hours and minutes together.


def test_average_waiting_time_is_a_quantity():
    assert quantities("Patients at the clinic now wait on average 38 days for a scan.") == ["38 days"]
    assert quantities(
        "Die Wartezeit beim Facharzt liegt im Schnitt bei 41 Tagen, sagte die Kasse.", "de"
    ) == ["41 Tagen"]
    assert quantities("Na wizytę u kardiologa czeka się średnio 212 dni.", "pl") == ["212 dni"]
    assert quantities("Le délai moyen atteint 17 jours dans le département.", "fr") == ["17 jours"]


def test_decimal_duration_is_a_quantity():
    assert quantities("De bouw duurde gemiddeld 4,5 jaar langer dan gepland.", "nl") == ["4,5 jaar"]
    assert quantities("La reparación llevó 2,5 horas, según la empresa.", "es") == ["2,5 horas"]


def test_hours_and_minutes_together_are_one_quantity():
    assert quantities("She finished the course in 3 hours 42 minutes on Sunday.") == ["3 hours 42 minutes"]


def test_plain_durations_and_ages_stay_out():
    assert quantities("The strike will last for 48 hours from Monday.") == []
    assert quantities("Residents waited two years for the bridge to reopen.") == []
    assert quantities("Members were on average 63 years old when they joined.") == []


# "from X to Y" is a change between two amounts, each one a quantity; "X to Y" alone is a range.


def test_change_from_one_amount_to_another_is_two_quantities():
    t = "The council raised the parking fee from £3 to £5 an hour last month."
    assert quantities(t) == ["£3", "£5 an hour"]
    assert quantities("Fares went up from $2.50 to $2.90 per ride.") == ["$2.50", "$2.90 per ride"]


def test_range_without_from_stays_one_quantity():
    assert quantities("The plant will build 40,000 to 60,000 bicycles a year.") == [
        "40,000 to 60,000 bicycles a year"
    ]


# Rates in Polish and Spanish commodity prices.


def test_polish_rates():
    assert quantities("Stężenie pyłu wyniosło 95 mikrogramów na metr sześcienny.", "pl") == [
        "95 mikrogramów na metr sześcienny"
    ]
    assert quantities("Pielęgniarki dostaną 900 zł miesięcznie więcej.", "pl") == ["900 zł miesięcznie"]


def test_price_per_pound_or_ounce():
    assert quantities("El café cerró a 2,10 dólares por libra en Nueva York.", "es") == [
        "2,10 dólares por libra"
    ]
    assert quantities("L'or a atteint 2 400 dollars l'once vendredi.", "fr") == ["2 400 dollars l'once"]


# French past participles after the counted noun stay out, irregular ones too.


def test_french_irregular_participle_after_the_noun():
    assert quantities("Le tournoi réunit 140 cyclistes venus de toute l’Europe.", "fr") == ["140 cyclistes"]
    assert quantities("On compte 25 ouvriers morts sur ce chantier.", "fr") == ["25 ouvriers"]


# Polish "miejsca pracy" (jobs) is one noun.


def test_polish_jobs():
    assert quantities("Fabryka da 450 nowych miejsc pracy w regionie.", "pl") == ["450 nowych miejsc pracy"]


# Dutch and Polish: a measure stands alone ("12 miljoen ton", not "... ton erts"); the substance belongs
# to it only before a rate ("2.000 kubieke meter water per seconde").


def test_dutch_and_polish_measure_without_its_substance():
    assert quantities("De haven verwerkte vorig jaar 12 miljoen ton erts.", "nl") == ["12 miljoen ton"]
    assert quantities("Huta wyprodukowała 3 mln ton stali w 2025 roku.", "pl") == ["3 mln ton"]
    assert quantities("Er stroomt 2.000 kubieke meter water per seconde door de Maas.", "nl") == [
        "2.000 kubieke meter water per seconde"
    ]


def test_spanish_billones_is_a_multiplier():
    assert quantities("La deuda del estado llegó a 1,8 billones de pesos.", "es") == ["1,8 billones de pesos"]


def test_french_participle_right_after_the_number_is_no_counted_noun():
    assert quantities("Le marché du neuf atteint un plus haut historique.", "fr") == []
    assert quantities("Sur les 3 200 inscrits, 1 500 venus de l'étranger.", "fr") == [
        "3 200 inscrits",
        "1 500",
    ]
