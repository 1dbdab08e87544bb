"""After held-out 16 (h46): a Polish town, region or country in the genitive after a preposition of
direction or nearness ("do X", "spod X", "koło X", "z okolic X", "z całego X") or in the locative after
"w pobliskim X" is a place even when no gazetteer lists it. People, bodies and firms after the same
words stay what they are. Invented names and sentences only."""

from __future__ import annotations

import pytest
from suggest_helpers import name_labels


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
    assert name_labels(text, "pl").get(name) == "PLACE"


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
    assert name_labels(text, "pl").get(name) != "PLACE"


def test_a_commune_body_leaves_its_town() -> None:
    assert (
        name_labels("Gmina Lisowiec dostała 2 mln zł. Autobus do Lisowca jedzie godzinę.", "pl").get(
            "Lisowca"
        )
        == "PLACE"
    )


# Linear by construction (hostile input: "Jedziemy do Xa." thousands of times): the other names' stems test
# each capitalised word against the place spans by bisection (spans.Cover), once per word, and a common noun
# is a look-up in the text's word set, never a search of the whole text per match.
def test_the_destination_pass_does_not_scan_per_match(monkeypatch) -> None:
    import re

    from reader.suggest import places_pl

    covered = []
    searched = []
    real_cover, real_search = places_pl.Cover, re.search

    class CountingCover(real_cover):  # type: ignore[misc,valid-type]
        def __call__(self, pos: int) -> bool:
            covered.append(pos)
            return super().__call__(pos)

    def counting_search(pattern, *args, **kwargs):
        searched.append(str(pattern))
        return real_search(pattern, *args, **kwargs)

    monkeypatch.setattr(places_pl, "Cover", CountingCover)
    monkeypatch.setattr(places_pl.re, "search", counting_search)
    text = "Jedziemy do Wolbrzy. " * 300 + "Kolejka jedzie do Brzeziecka."
    got = places_pl.add_polish_destination_places(text, [(0, 8, "PLACE")] * 300)
    assert len(covered) <= text.count(" ") + 1  # one look-up per capitalised word at most
    assert not [p for p in searched if "wolbrz" in p or "brzeziecka" in p]
    assert (text.rindex("Brzeziecka"), len(text) - 1, "PLACE") in got
    # the look-up keeps the rule: a head the text also writes in lower case is a common noun
    assert places_pl.add_polish_destination_places("Idę do Ogrodu, bo ogrodu nikt nie pilnuje.", []) == []
