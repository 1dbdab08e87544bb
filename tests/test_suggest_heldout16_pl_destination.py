"""After held-out 16 (h46): a Polish town, region or country in the genitive after a preposition of
direction or nearness ("do X", "spod X", "koło X", "z okolic X", "z całego X") or in the locative after
"w pobliskim X" is a place even when no gazetteer lists it. People, bodies and firms after the same
words stay what they are. Invented names and sentences only."""

from __future__ import annotations

import pytest

from reader.suggest import suggest


def _labels(text: str) -> dict[str, str]:
    return {g.text: g.label for g in suggest(text, language="pl") if g.label in ("PERSON", "ORG", "PLACE")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Autobus z przystanku w Borkach jedzie do Zawidzic ponad godzinę.", "Zawidzic"),
        ("Wystawa obrazów pojedzie wiosną do Mołdawii.", "Mołdawii"),
        ("Kolejka dowozi turystów do Brzeziecka od maja do września.", "Brzeziecka"),
        ("Rolnicy z okolic Grabowna skarżą się na suszę.", "Grabowna"),
        ("Do schroniska trafiają psy z całej Zamojszczyzny i z Lubelszczyzny.", "Zamojszczyzny"),
        ("Część szyb powstaje w pobliskim Dębowcu, a reszta w Niemczech.", "Dębowcu"),
        ("Ciężarówki jeżdżą do Lisowca nocą, mówi sołtys.", "Lisowca"),
    ],
)
def test_place_after_a_preposition_of_direction(text: str, name: str) -> None:
    assert _labels(text).get(name) == "PLACE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person given in full earlier, then by the surname
        ("Radny Tomasz Wierzbicki złożył skargę. List do Wierzbickiego wysłano w piątek.", "Wierzbickiego"),
        ("Anna Kurowska kieruje fundacją. Wniosek trafił do Kurowskiej w maju.", "Kurowskiej"),
        ("Marek Sobala zbiera podpisy. Pismo do Sobali podpisało 40 osób.", "Sobali"),
        # a first name in the genitive
        ("Zadzwoniłem do Krzysztofa w poniedziałek.", "Krzysztofa"),
        ("List do Agnieszki przyszedł po tygodniu.", "Agnieszki"),
        # bodies and firms
        ("Wniosek trafił do Sejmu w czwartek.", "Sejmu"),
        ("Skarga trafiła do Urzędu w piątek.", "Urzędu"),
        ("Sieć Koralik otworzy sklep. Dostawy do Koralika ruszą w maju.", "Koralika"),
        ("Spółka Drewmax sp. z o.o. zatrudnia 80 osób. Do Drewmaksu należy też tartak.", "Drewmaksu"),
        ("Grupa Wentrol ma nowy plan. Wniosek do Wentrolu złożono w piątek.", "Wentrolu"),
        ("Sokolia Kwidzyn wygrała 2:0. Przejście do Sokolii kosztowało 2 mln zł.", "Sokolii"),
        # a feast, a title
        ("Prace potrwają do Wielkanocy, mówi sołtys.", "Wielkanocy"),
        ("Pismo trafiło do Wojewody w piątek.", "Wojewody"),
    ],
)
def test_people_and_bodies_after_the_same_words(text: str, name: str) -> None:
    assert _labels(text).get(name) != "PLACE"


def test_a_commune_body_leaves_its_town() -> None:
    assert (
        _labels("Gmina Lisowiec dostała 2 mln zł. Autobus do Lisowca jedzie godzinę.").get("Lisowca")
        == "PLACE"
    )
