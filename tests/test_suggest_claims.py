from hypothesis import given, settings
from hypothesis import strategies as st

from reader.suggest import Suggestion, suggest

SEED_TEXT = """At the AESC factory near the city of Douai, Chinese engineers supervise French recruits.

"They are the ones who train us," said Ericka Redjimi, 39.

By the end of 2026 the factory should be running at full speed, turning out batteries to equip 150,000 to 200,000 vehicles per year, said Ayumi Kurose, who heads up operations at AESC France.

Founded in Japan but now owned by China's Envision, AESC has been manufacturing batteries in Asia for 15 years.

He said there are currently nearly 150 Chinese experts working at the Douai directing 800 local staff.

ACC, which currently employs 1,200 people at its Billy-Berclau factory, aims to manufacture batteries for 250,000 electric vehicles next year, against 10,000 to date."""

SEED_CLAIM = (
    "He said there are currently nearly 150 Chinese experts working at the Douai directing 800 local staff."
)


def claims(text, language="en"):
    return [s for s in suggest(text, language) if s.label == "CLAIM"]


def test_seed_claim_with_pronoun_claimant_and_quantities():
    text = (
        "By the end of 2026 the factory should be running at full speed, said Ayumi Kurose, who heads up "
        "operations at AESC France.\n\n" + SEED_CLAIM
    )
    cs = [c for c in claims(text) if c.text == SEED_CLAIM]
    assert len(cs) == 1
    c = cs[0]
    assert c.claimant == "Ayumi Kurose"
    assert [text[a:b] for a, b in c.quantities] == ["150 Chinese experts", "800 local staff"]
    q = {(s.start, s.end) for s in suggest(text) if s.label == "QUANTITY"}
    assert set(c.quantities) <= q


def test_clause_before_said_x():
    text = (
        "The factory should equip 150,000 to 200,000 vehicles per year, said Ayumi Kurose, who heads up "
        "operations at AESC France."
    )
    (c,) = claims(text)
    assert c.text == "The factory should equip 150,000 to 200,000 vehicles per year"
    assert c.claimant == "Ayumi Kurose"
    assert [text[a:b] for a, b in c.quantities] == ["150,000 to 200,000 vehicles per year"]


def test_x_said_and_surname_resolution():
    # reported speech: a quotation in quote marks is no claim (h86, the unseen sets' convention)
    text = (
        "We have reached a deal, said Thomas Schaefer, 52.\n\nThe plant employs 3,000 people, Schaefer said."
    )
    cs = claims(text)
    assert [c.text for c in cs] == ["The plant employs 3,000 people"]
    assert cs[0].claimant == "Thomas Schaefer"


def test_according_to_and_selon():
    (c,) = claims("According to the Office for National Statistics, retail sales fell 0.8% in January.")
    assert c.claimant and "Office for National Statistics" in c.claimant
    (c,) = claims("Selon l'Insee, l'emploi industriel a reculé de 0,4 % au troisième trimestre.", "fr")
    assert c.claimant == "Insee"


def test_sentence_without_figure_is_not_a_claim():
    assert claims("Communication can prove complicated.") == []


def test_seed_text_claims_have_valid_quantities():
    out = suggest(SEED_TEXT)
    qs = {(s.start, s.end) for s in out if s.label == "QUANTITY"}
    for c in (s for s in out if s.label == "CLAIM"):
        assert SEED_TEXT[c.start : c.end] == c.text
        for a, b in c.quantities:
            assert (a, b) in qs and c.start <= a < b <= c.end


_alphabet = st.sampled_from(
    list("abcXYZ Éé0123456789 ,.;:!?'\"“”«»-–\n\t$€%")
    + ["said ", "He ", "1,200 ", "in 2024 ", "Kurose ", "près de ", "l'an "]
)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(st.text(max_size=300), st.lists(_alphabet, max_size=80).map("".join)),
    st.sampled_from([None, "en", "fr", "de"]),
    st.one_of(st.none(), st.text(max_size=30)),
)
def test_never_raises_and_offsets_valid(text, language, dateline):
    out = suggest(text, language, dateline)
    assert out == sorted(out, key=lambda s: (s.start, -s.end, s.label))
    for s in out:
        assert isinstance(s, Suggestion)
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.label in ("PERSON", "ORG", "PLACE", "QUANTITY", "DATE", "CLAIM")
        for a, b in s.quantities:
            assert s.start <= a < b <= s.end


def test_subject_with_apposition_before_the_verb():
    t = (
        "Rebecca Thornton, a Democrat from Oregon, told reporters that the package, which includes $14 billion "
        "for disaster relief, had the support of 60 senators."
    )
    (c,) = claims(t)
    assert c.text == t
    assert c.claimant == "Rebecca Thornton"


def test_unnamed_speaker_with_apposition_keeps_the_claim_after_the_verb():
    t = "Diabetes UK, a charity, said about 4.4 million people in the country were living with diabetes."
    (c,) = claims(t)
    assert "4.4 million people" in c.text


def test_reported_speech_before_an_unnamed_speaker_is_still_cut():
    t = "Les pertes atteignent 4 millions d'euros, a expliqué l'élue."
    (c,) = claims(t, "fr")
    assert c.text == "Les pertes atteignent 4 millions d'euros"


def test_claims_do_not_break_at_abbreviations_the_reading_view_knows():
    """One list of abbreviations (reader.segments) for every sentence split: "Sept." and "Mme." do
    not end a claim."""
    from reader.suggest import suggest

    text = "Sales fell in Sept. 2024 to 300 units, the firm said. Mme. Dupont said 40 people came."
    claims = [text[s.start : s.end] for s in suggest(text) if s.label == "CLAIM"]
    assert claims == [
        "Sales fell in Sept. 2024 to 300 units, the firm said.",
        "Mme. Dupont said 40 people came.",
    ]
