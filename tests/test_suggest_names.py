import json
from pathlib import Path

from reader.suggest import suggest

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "expected.json"
SEED_TEXT = """In the Verkor factory outside the northern city of Dunkirk, which will be inaugurated on Thursday, foreign specialists are training the local staff.

Verkor is the third battery gigafactory to open in northern France.

At the AESC factory near the city of Douai, Chinese engineers supervise French recruits.

"They are the ones who train us," said Ericka Redjimi, 39.

Redjimi arrived at AESC in May without any experience in the sector.

By the end of 2026 the factory should be running at full speed, said Ayumi Kurose, who heads up operations at AESC France.

He said the first few months of production had gone pretty much as expected, Kurose said.

Founded in Japan but now owned by China's Envision, AESC has been manufacturing batteries in Asia for 15 years.

The Douai factory should be ready to operate on its own by the end of 2026, he estimated.

"I have to say, my French colleagues, they are always working hard," said He Xiaoming, 36.

"What we manufacture in a day now took us a month," said ACC's chief executive Yann Vincent.

A joint venture of carmakers Stellantis and Mercedes-Benz plus energy firm TotalEnergies, ACC struck a partnership.

Vincent said the Chinese have learned an enormous amount.

ACC, which currently employs 1,200 people at its Billy-Berclau factory, aims to grow."""


def ents(text, dateline=None, language="en"):
    return {(s.label, s.text) for s in suggest(text, language, dateline) if s.label != "CLAIM"}


def test_people_with_cues_and_surname_mentions():
    found = ents(SEED_TEXT)
    for name in [
        "Ericka Redjimi",
        "Redjimi",
        "Ayumi Kurose",
        "Kurose",
        "He Xiaoming",
        "Yann Vincent",
        "Vincent",
    ]:
        assert ("PERSON", name) in found, name


def test_sentence_initial_he_is_not_a_person():
    found = ents(SEED_TEXT)
    assert not any(
        lab == "PERSON" and text.startswith("He ") and text != "He Xiaoming" for lab, text in found
    )
    assert ("PERSON", "He") not in found


def test_organisations():
    found = ents(SEED_TEXT)
    for name in ["Verkor", "AESC", "Envision", "ACC", "Stellantis", "Mercedes-Benz", "TotalEnergies"]:
        assert ("ORG", name) in found, name


def test_places():
    found = ents(SEED_TEXT)
    for name in ["Dunkirk", "Douai", "France", "Japan", "Asia", "Billy-Berclau"]:
        assert ("PLACE", name) in found, name
    assert ("ORG", "Douai") not in found


def test_dateline_place():
    found = ents("Workers in Lambres-Lez-Douai were not consulted.", dateline="Lambres-Lez-Douai, France")
    assert ("PLACE", "Lambres-Lez-Douai") in found


def test_french_names():
    t = (
        "« Nous devons nous adapter », a déclaré le directeur du site, Laurent Vasseur, lors d'une conférence "
        "de presse à Montbéliard. Selon l'Insee, l'emploi a reculé. La CGT a appelé à une grève."
    )
    found = ents(t, language="fr")
    assert ("PERSON", "Laurent Vasseur") in found
    assert ("PLACE", "Montbéliard") in found
    assert ("ORG", "Insee") in found
    assert ("ORG", "CGT") in found


def test_entities_do_not_overlap_and_offsets_are_exact():
    out = [s for s in suggest(SEED_TEXT) if s.label != "CLAIM"]
    for s in out:
        assert SEED_TEXT[s.start : s.end] == s.text
    for a, b in zip(out, out[1:], strict=False):
        assert a.end <= b.start


def test_seed_article_entities_recall():
    if not SEED.exists():
        return
    d = json.loads(SEED.read_text(encoding="utf-8"))["000_d13f4cea6e1b214d"]
    found = ents(d["articleBody"], d["dateline"])
    gold = {(e["label"], e["text"]) for e in d["entities"] if e["label"] != "PRODUCT"}
    assert gold <= found, gold - found


def test_more_titles_before_names():
    found = ents(
        "House Speaker Daniel Whitcomb said the vote would fail. Board member Tom Delgado disagreed."
    )
    assert ("PERSON", "Daniel Whitcomb") in found
    assert ("PERSON", "Tom Delgado") in found


def test_party_state_tag_and_state_names():
    found = ents("Sen. Mark Ridley, R-Ohio, said the governor of Kentucky agreed.")
    assert ("PERSON", "Mark Ridley") in found
    assert ("PLACE", "Ohio") in found
    assert ("PLACE", "Kentucky") in found


def test_descriptive_prefix_is_not_part_of_the_name():
    found = ents("Earlier this week, Swiss-based MSC said it had ordered ships.")
    assert ("ORG", "MSC") in found
    assert not any("Swiss" in t for _, t in found)


def test_geographic_features():
    found = ents("Ships were diverted from the Red Sea around the Cape of Good Hope.")
    assert ("PLACE", "Red Sea") in found
    assert ("PLACE", "Cape of Good Hope") in found


def test_institutions_are_organisations():
    found = ents("The Senate passed the bill and the Pentagon welcomed it.")
    assert ("ORG", "Senate") in found
    assert ("ORG", "Pentagon") in found


def test_teams_from_scores_club_suffixes_and_short_forms():
    t = (
        "Aston Villa came from behind to win. Arsenal beat Brentford 1-0, and Liverpool can draw level "
        "if they win at Newcastle United. Villa captain John McGinn scored. Villa manager Unai Emery was pleased."
    )
    found = ents(t)
    assert ("ORG", "Brentford") in found
    assert ("ORG", "Newcastle United") in found
    assert ("ORG", "Aston Villa") in found
    assert ("PERSON", "Unai Emery") in found


def test_french_company_cue_over_a_complement_and_hyphenated_towns():
    t = (
        "La société de transport Kerlan Mobilité va supprimer des lignes. Kerlan Mobilité emploie "
        "1 150 personnes. Le maire de Bourg-en-Bresse a protesté. Les lignes du Rhône sont touchées."
    )
    found = ents(t, language="fr")
    assert ("ORG", "Kerlan Mobilité") in found
    assert ("PERSON", "Kerlan Mobilité") not in found
    assert ("PLACE", "Bourg-en-Bresse") in found
    assert ("PLACE", "Rhône") in found


def test_french_institutions_with_lower_case_words():
    t = (
        "Le ministère de l'Economie et des Finances a indiqué que la Cour des comptes était d'accord, "
        "selon l'Observatoire régional des transports."
    )
    found = ents(t, language="fr")
    assert ("ORG", "ministère de l'Economie et des Finances") in found
    assert ("ORG", "Cour des comptes") in found
    assert ("ORG", "Observatoire régional des transports") in found


def test_shares_in_a_company_and_party_plurals():
    found = ents("Shares in Nordhavn rose 7%. House Republicans and Democrats disagreed, said Anna Berg.")
    assert ("ORG", "Nordhavn") in found
    assert not any(lab == "PERSON" and "Republicans" in t for lab, t in found)
    assert ("PERSON", "Anna Berg") in found
