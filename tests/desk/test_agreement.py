"""Agreement figures checked against a hand computation on a small fixture.

Article 1 (worked on by ann, bob and cat), its 9 tokens numbered:
    "Anna Kurose met Paul Dax in Douai on Monday."
     0 Anna(0-4) 1 Kurose(5-11) 2 met 3 Paul(16-20) 4 Dax(21-24) 5 in 6 Douai(28-33) 7 on 8 Monday
    ann: PERSON 0-11, PERSON 16-24, PLACE 28-33
    bob: PERSON 0-11, PERSON 21-24, PLACE 28-33
    cat: PERSON 0-4,                PLACE 28-33
Article 2 "The mayor of Lille spoke." only ann tagged (PLACE 13-18, Lille); nobody else worked on it,
so it counts for no pair (unless someone else is said to have worked on it: last test).

PERSON tokens (P = person, - = none):
    ann P P - P P - - - -   (P 4, none 5)
    bob P P - - P - - - -   (P 3, none 6)
    cat P - - - - - - - -   (P 1, none 8)
ann/bob: exact 1 of 2+2 -> F1 2*1/4 = 0.5; overlap: every span of each overlaps one of the other -> 1.0.
    tokens agree 8/9; p_e = (4*3 + 5*6)/81 = 42/81; kappa = (72-42)/(81-42) = 30/39 = 10/13.
ann/cat: exact 0 -> 0.0; overlap recall (ann's matched) 1/2, precision (cat's matched) 1/1 -> 2/3.
    agree 6/9 (Kurose, Paul, Dax differ); p_e = (4*1 + 5*8)/81 = 44/81; kappa = (54-44)/(81-44) = 10/37.
bob/cat: exact 0; overlap recall 1/2, precision 1 -> 2/3; agree 7/9; p_e = (3*1 + 6*8)/81 = 51/81;
    kappa = (63-51)/(81-51) = 12/30 = 0.4.
Fleiss (PERSON, 3 raters): per token P_i = (sum n_ij^2 - 3) / 6: Anna (3,0) 1; Kurose (2,1) 1/3;
    met 1; Paul (1,2) 1/3; Dax (2,1) 1/3; in, Douai, on, Monday 1 each -> sum 7, P-bar 7/9.
    P ratings 3+2+1+2 = 8 of 27, none 19: P_e = (64 + 361)/729 = 425/729;
    kappa = (567-425)/(729-425) = 142/304 = 71/152.
PLACE: all three tag Douai exactly: F1 1.0, kappa 1.0 for every pair, Fleiss 1.0.
All labels (ann/bob), categories P / L(ace) / none:
    ann P P - P P - L - -  (P 4, L 1, none 4);  bob P P - - P - L - -  (P 3, L 1, none 5)
    exact: PERSON 0-11 and PLACE 28-33 of 3+3 -> 4/6 = 2/3; agree 8/9;
    p_e = (4*3 + 1*1 + 4*5)/81 = 33/81; kappa = (72-33)/(81-33) = 39/48 = 13/16.
Disagreements (article 1 only: article 2 has one worker): "Anna Kurose" 0-11 (cat tagged 0-4) and
"Paul Dax" 16-24 (bob 21-24, cat nothing); Douai agrees.
"""

from __future__ import annotations

import pytest

from reader.agreement import ALL_LABELS, Doc, Span, cohen_kappa, compute, fleiss_kappa

T1 = "Anna Kurose met Paul Dax in Douai on Monday."
T2 = "The mayor of Lille spoke."


def docs(article2_workers: frozenset[str] = frozenset()) -> list[Doc]:
    s = Span
    return [
        Doc(
            1,
            T1,
            [
                s("ann", "PERSON", 0, 11),
                s("ann", "PERSON", 16, 24),
                s("ann", "PLACE", 28, 33),
                s("bob", "PERSON", 0, 11),
                s("bob", "PERSON", 21, 24),
                s("bob", "PLACE", 28, 33),
                s("cat", "PERSON", 0, 4),
                s("cat", "PLACE", 28, 33),
            ],
        ),
        Doc(2, T2, [s("ann", "PLACE", 13, 18)], article2_workers),
    ]


def pair(result, label: str, a: str, b: str):
    (row,) = [p for p in result.pairs if (p.label, p.a, p.b) == (label, a, b)]
    return row


def test_person_pairs_match_the_hand_computation() -> None:
    r = compute(docs())
    ab, ac, bc = (
        pair(r, "PERSON", "ann", "bob"),
        pair(r, "PERSON", "ann", "cat"),
        pair(r, "PERSON", "bob", "cat"),
    )
    assert (ab.exact_f1, ab.overlap_f1, ab.kappa) == (0.5, 1.0, pytest.approx(10 / 13))
    assert (ac.exact_f1, ac.overlap_f1, ac.kappa) == (0.0, pytest.approx(2 / 3), pytest.approx(10 / 37))
    assert (bc.exact_f1, bc.overlap_f1, bc.kappa) == (0.0, pytest.approx(2 / 3), pytest.approx(0.4))
    assert (ab.articles, ab.tokens, ab.spans_a, ab.spans_b) == (1, 9, 2, 2)


def test_fleiss_for_three_matches_the_hand_computation() -> None:
    r = compute(docs())
    (person,) = [g for g in r.groups if g.label == "PERSON"]
    assert person.fleiss_kappa == pytest.approx(71 / 152)
    assert (person.annotators, person.tokens) == (("ann", "bob", "cat"), 9)
    (place,) = [g for g in r.groups if g.label == "PLACE"]
    assert place.fleiss_kappa == pytest.approx(1.0)


def test_place_agrees_fully_and_all_labels_row() -> None:
    r = compute(docs())
    place = pair(r, "PLACE", "ann", "cat")
    assert (place.exact_f1, place.overlap_f1, place.kappa) == (1.0, 1.0, pytest.approx(1.0))
    every = pair(r, ALL_LABELS, "ann", "bob")
    assert every.exact_f1 == pytest.approx(2 / 3)
    assert every.kappa == pytest.approx(13 / 16)


def test_disagreements_say_who_tagged_what() -> None:
    r = compute(docs())
    assert [(d.article_id, d.start, d.end, d.text) for d in r.disagreements] == [
        (1, 0, 11, "Anna Kurose"),
        (1, 16, 24, "Paul Dax"),
    ]
    paul = r.disagreements[1]
    assert paul.said == {"ann": [("PERSON", 16, 24)], "bob": [("PERSON", 21, 24)], "cat": []}


def test_an_article_counts_for_whoever_worked_on_it() -> None:
    # bob was assigned article 2 and tagged nothing there: ann's Lille is a PLACE bob missed.
    # PLACE ann/bob exact: Douai matched, of 2 + 1 spans -> 2/3.
    r = compute(docs(frozenset({"ann", "bob"})))
    assert pair(r, "PLACE", "ann", "bob").exact_f1 == pytest.approx(2 / 3)
    assert pair(r, "PLACE", "ann", "cat").exact_f1 == 1.0  # cat did not work on article 2
    assert [d.text for d in r.disagreements][-1] == "Lille"


def test_label_and_annotator_choice() -> None:
    r = compute(docs(), annotators=["ann", "cat"], labels=["PERSON"])
    assert [(p.label, p.a, p.b) for p in r.pairs] == [("PERSON", "ann", "cat")]
    assert r.groups == []  # Fleiss only for more than two
    assert [d.text for d in r.disagreements] == ["Anna Kurose", "Paul Dax"]


def test_kappa_edge_cases() -> None:
    assert cohen_kappa(["", ""], ["", ""]) is None  # one category only: undefined
    assert cohen_kappa(["P", ""], ["", "P"]) == pytest.approx(-1.0)
    assert fleiss_kappa([]) is None
    assert fleiss_kappa([["P", "P"], ["", ""]]) == pytest.approx(1.0)


def test_overlap_matching_agrees_with_the_definition() -> None:
    """span_f1(overlap) against a direct count: a span matches when it shares a character."""
    import random

    from reader.agreement import span_f1

    rng = random.Random(7)
    for _ in range(200):
        a = [(s, s + rng.randint(1, 6)) for s in rng.sample(range(60), rng.randint(0, 8))]
        b = [(s, s + rng.randint(1, 6)) for s in rng.sample(range(60), rng.randint(0, 8))]

        def hits(xs, ys):  # type: ignore[no-untyped-def]
            return sum(any(x[0] < y[1] and y[0] < x[1] for y in ys) for x in xs)

        got = span_f1(a, b, exact=False)
        if not a and not b:
            assert got is None
            continue
        r = hits(a, b) / len(a) if a else 0.0
        p = hits(b, a) / len(b) if b else 0.0
        assert got == pytest.approx(0.0 if r + p == 0 else 2 * p * r / (p + r))
