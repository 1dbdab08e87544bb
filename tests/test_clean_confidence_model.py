"""The confidence model over a dump's measures (reader.clean.confidence: region_signals, signals,
model_doubt) and the synthetic "article lost" pages the benchmark trains it on."""

import importlib.util
from pathlib import Path

import pytest

from reader.clean import LOW_CONFIDENCE, clean
from reader.clean.confidence import (
    MODEL_MEASURES,
    measure_everything,
    model_doubt,
    region_signals,
    region_view,
)
from reader.clean.confidence_model import WEIGHTS
from reader.clean.dump_lines import Unit

PAGES = Path(__file__).parent / "clean_pages" / "pages"


def _unit(text: str, score: float) -> Unit:
    return Unit(text=text, words=len(text.split()), score=score)


def test_region_signals_measure_the_best_other_block_and_the_body_s_place():
    menu = [_unit(w, -2.0) for w in ("Home", "News", "Sport", "Contact")]
    body = [_unit("The council voted on Tuesday to keep the library open on Sundays.", 5.0)] * 4
    other = [_unit("A second story about the harbour was told in two full sentences here.", 4.0)] * 2
    units = menu + body + menu + other + menu
    measure_everything()
    try:
        view = region_view(units, 4, 8, kept_words=4 * 12)
        assert view is not None
        s = region_signals(units, view)
    finally:
        measure_everything(False)
    assert s["second_ratio"] == pytest.approx(8.0 / 20.0)
    assert s["second_words"] == 2 * 13
    assert s["second_sentences"] == 1.0 and s["body_sentences"] == 1.0
    assert s["start_share"] == pytest.approx(4 / len(units))
    assert s["word_share"] == pytest.approx(48 / (48 + 26 + 12))
    # the menu lines repeat three times each but are too short to count as repeated text
    assert s["repeated_share"] == pytest.approx((48 + 26) / (48 + 26 + 12))
    assert region_view(units, 3, 3, 0) is None


def _good_page() -> dict[str, float]:
    """Measures of a page whose body is plainly its article: 600 words of sentences under its headline,
    near the top, most of the page's prose, no other block of weight."""
    return {
        "log_words": 6.4,
        "mean_paragraph": 50.0,
        "sentence_words": 0.95,
        "sentence_ends": 0.9,
        "body_sentences": 0.95,
        "cut_off": 0.0,
        "headed": 1.0,
        "second_ratio": 0.1,
        "second_words": 40.0,
        "second_sentences": 0.5,
        "prose_share": 0.85,
        "word_share": 0.6,
        "start_share": 0.2,
        "repeated_share": 0.02,
        "body_links": 0.0,
    }


def test_a_plain_article_is_not_doubted():
    value, _ = model_doubt(_good_page())
    assert value >= LOW_CONFIDENCE


# one measure moved far to its doubtful side: the reason it speaks for, whenever the shipped model's
# weight goes that way (the reasons a retrained model can give may differ)
MOVES = [
    ("log_words", 2.0, "a short body on a page with much more text"),
    ("sentence_ends", 0.0, "few full sentences in the body"),
    ("start_share", 1.0, "the body stands late on the page"),
    ("cut_off", 1.0, "cut off with '…'"),
    ("headed", 0.0, "no headline above the body shares its words"),
    ("prose_share", 0.0, "small share of the page's text"),
]


@pytest.mark.parametrize(("measure", "value", "reason"), MOVES)
def test_a_measure_far_on_its_doubtful_side_gives_its_reason(measure, value, reason):
    group, way = MODEL_MEASURES[measure]
    if WEIGHTS[measure] * way <= 0:
        pytest.skip(f"the shipped model does not weigh {measure} towards doubt")
    sig = _good_page()
    sig[measure] = value
    conf, why = model_doubt(sig)
    # the move alone may not be enough to mark the page, but it lowers the confidence, for its reason
    assert conf < model_doubt(_good_page())[0]
    assert reason in why


def test_a_reason_is_never_given_by_a_measure_on_its_reassuring_side():
    sig = _good_page()
    sig["log_words"] = 2.0  # a short body: the doubt
    sig["start_share"] = 0.0  # the body at the very top of the page: no doubt about its place
    _, why = model_doubt(sig)
    assert "late on the page" not in why


def test_a_short_body_late_on_the_page_is_doubted_more_than_a_short_one_near_the_top():
    # about 65 words under no headline of their own, at the top of the page
    top = _good_page() | {"log_words": 4.2, "start_share": 0.1, "headed": 0.0}
    late = top | {"start_share": 0.95}  # the same below everything else: a comment, a footer
    assert model_doubt(late)[0] < model_doubt(top)[0]
    value, why = model_doubt(late)
    assert value < LOW_CONFIDENCE and "late on the page" in why
    # a long article late on the page (under a long menu) is not doubted for its place
    assert model_doubt(_good_page() | {"start_share": 0.95})[0] >= LOW_CONFIDENCE


MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Kontakt", "Suche"]
TEASERS = [
    (
        "Hafen schließt Terminal",
        "Die Hafenbehörde schließt das älteste Containerterminal der Stadt im Herbst.",
    ),
    ("Neue Buslinie", "Ab Montag fährt eine neue Buslinie zwischen der Nordstadt und der Universität."),
    (
        "Bibliothek bleibt offen",
        "Der Stadtrat hat beschlossen, dass die Bibliothek auch sonntags offen bleibt.",
    ),
    ("Sturm an der Küste", "Für das Wochenende erwartet der Wetterdienst schwere Sturmböen an der Küste."),
    ("Trainer verlängert", "Der Trainer des Vereins hat seinen Vertrag um zwei weitere Jahre verlängert."),
    ("Schwimmbad saniert", "Das Hallenbad im Westen der Stadt wird ab dem Sommer für ein Jahr saniert."),
]
ARTICLE = [
    "Die Stadtwerke wollen bis 2028 rund 4.000 Haushalte in drei Stadtteilen an ein neues Wärmenetz "
    "anschließen, kündigte der Vorstand am Mittwoch an.",
    "Das Netz soll zum großen Teil mit Abwärme aus dem Müllheizkraftwerk und aus einem Rechenzentrum im "
    "Industriepark gespeist werden.",
    "Die Kosten schätzt das Unternehmen auf 86 Millionen Euro, etwa ein Drittel davon soll aus "
    "Förderprogrammen des Bundes kommen.",
    "Der Mieterbund begrüßte die Pläne, forderte aber verbindliche Zusagen, dass die Preise für die "
    "Fernwärme nicht stärker steigen.",
    "Die Stadtverordneten sollen im Mai über die nötigen Verträge abstimmen, teilte die Stadt mit.",
]


def _teaser_lines() -> list[str]:
    lines = []
    for n, (head, sentence) in enumerate(TEASERS * 2):
        lines += [head, sentence, f"{n + 1}.03.2024", ""]
    return lines


def test_a_page_of_teasers_with_no_article_is_low_but_the_same_page_with_its_article_is_not():
    lost = "\n".join([*MENU, "", *_teaser_lines(), *MENU])
    r = clean(lost, "text")
    assert r.confidence < LOW_CONFIDENCE and r.reason
    whole = "\n".join(
        [*MENU, "", "Stadtwerke bauen neues Wärmenetz", ""]
        + [p + "\n" for p in ARTICLE * 2]
        + _teaser_lines()
        + MENU
    )
    r = clean(whole, "text")
    assert r.confidence >= LOW_CONFIDENCE and r.reason is None


def _bench_confidence():
    bench = Path(__file__).resolve().parents[1] / "benchmarks"
    import sys

    sys.path.insert(0, str(bench))
    spec = importlib.util.spec_from_file_location("bench_confidence", bench / "confidence.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_test_pages_with_their_article_cut_out_are_marked_low():
    """Lost pages are marked on the page kinds of tests/clean_pages, each with its article's lines cut
    out as the benchmark's synthetic pages are made. (The issue's goal is 90%; the shipped threshold,
    held to few marks on good pages, reaches 26 of 29 here: a single comment or review taken as the
    article of a small page stays just above it.)"""
    bench = _bench_confidence()
    names = sorted(p.name for p in PAGES.glob("*.txt"))
    unmarked = []
    for name in names:
        raw = (PAGES / name).read_text("utf-8")
        article = clean(raw, "text").text
        pages = bench.variants(name, raw, article)
        assert pages == bench.variants(name, raw, article)  # deterministic
        for line in (ln for ln in article.split("\n") if len(ln) >= bench.MIN_LINE):
            assert line not in pages["cut"], name
        r = clean(pages["cut"], "text")
        if not (r.confidence < LOW_CONFIDENCE and r.reason):
            unmarked.append(name)
    assert len(names) > 20
    assert len(unmarked) <= 0.15 * len(names), unmarked


def test_run_time_measures_only_what_the_mark_reads_and_training_gets_every_measure():
    """A measure the shipped model gives no weight is left out at run time (it costs a pass per page)
    and comes back for the training script (measure_everything); the mark is the same either way."""
    raw = (PAGES / "consent_wall_de.txt").read_text("utf-8")
    lean = clean(raw, "text")
    measure_everything()
    try:
        full = clean(raw, "text")
    finally:
        measure_everything(False)
    unweighted = {k for k, w in WEIGHTS.items() if not w}
    assert "repeated_share" in unweighted and "repeated_share" in full.signals
    # (learned_second_ratio: the plain "unsure" doubt reads it; word_share: the small headless body's)
    assert not set(lean.signals) & (unweighted - {"learned_second_ratio", "word_share"})
    assert {k: full.signals[k] for k in lean.signals} == lean.signals
    assert (lean.confidence, lean.reason, lean.text) == (full.confidence, full.reason, full.text)
