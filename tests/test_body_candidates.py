"""The cleaner's other candidates for an article's body (reader.body_candidates): ranked regions of the
page as body choices, applied as a hand fix (tags moved or set aside, one undo step, kept by
reclean), the cleaner's own text again for candidate 1; `reader body ID --candidates / --candidate K`."""

from __future__ import annotations

import html

import pytest
from backends import connect
from candidate_pages import DE_FEATURE, DE_STORY, EN_FEATURE, EN_STORY, PAGES, lost_page
from click.testing import CliRunner

from reader.body_candidates import apply_candidate, article_candidates, body_candidates, current_number
from reader.clean import clean, dump_compete
from reader.cli.main import cli
from reader.errors import InvalidInput
from reader.history import History
from reader.importing import import_paths
from reader.reclean import reclean
from reader.store.rows import word_count

STORIES = {"en": EN_STORY, "de": DE_STORY}
FEATURES = {"en": EN_FEATURE, "de": DE_FEATURE}


@pytest.fixture(autouse=True)
def _the_cleaner_loses_the_story(monkeypatch):
    """The page is one the cleaner loses without reader.clean.dump_compete: with it, the story above the
    feature is close enough to be kept too (tests/clean_pages/test_two_regions.py). These tests are about
    the candidates of a lost page."""
    monkeypatch.setattr(dump_compete, "KEEP_RATIO", None)


def run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


def stored_text(db_path, aid: int) -> str:
    with connect(db_path) as conn:
        return conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]


@pytest.fixture(params=["en", "de"])
def lang(request) -> str:
    return request.param


@pytest.fixture
def imported(store, tmp_path, lang):
    """The page imported as `reader import` does: the cleaner keeps the feature, not the story."""
    path = tmp_path / f"kellby-{lang}.txt"
    path.write_text(lost_page(lang), encoding="utf-8")
    report = import_paths(store, [path])
    (aid,) = report.imported
    assert store.get_article(aid).text == "\n\n".join(FEATURES[lang])  # (the cleaner's wrong choice)
    return aid


def test_the_story_the_cleaner_missed_is_its_second_candidate(lang):
    raw = lost_page(lang)
    found = body_candidates(raw, "text")
    assert [c.number for c in found] == list(range(1, len(found) + 1)) and 2 <= len(found) <= 4
    assert found[0].text == clean(raw, "text").text and found[0].spec is None
    assert found[1].text == "\n\n".join(STORIES[lang])
    assert found[1].label == "the cleaner's second choice"
    assert found[1].words == word_count(found[1].text)
    # no two candidates give the same body, none is a scrap
    assert len({c.text for c in found}) == len(found)
    assert all(c.words >= 30 for c in found[1:])


def test_given_the_cleaned_text_the_first_candidate_is_it():
    raw = lost_page("en")
    found = body_candidates(raw, "text", cleaned="\n\n".join(EN_FEATURE))
    assert found[0].text == "\n\n".join(EN_FEATURE)
    assert found[1].text == "\n\n".join(EN_STORY)


def test_a_bare_article_and_an_empty_page_have_no_other_candidates():
    bare = "Kellby keeps its ferry\n\n" + "\n\n".join(EN_STORY) + "\n"
    found = body_candidates(bare, "text")
    assert len(found) == 1 and found[0].spec is None
    assert body_candidates("   \n\n", "text") == []


def test_an_html_page_gets_the_dump_cleaners_regions_of_the_page_as_text():
    """HTML is cleaned by other means; its candidates are the dump cleaner's on the page as the page
    view shows it, after the HTML cleaner's own text."""
    p = PAGES["de"]
    links = "".join(
        f'<li><a href="/t{i}">{html.escape(t)}</a></li>' for i, t in enumerate(p["teasers"].split(","))
    )
    menu = "".join(
        f'<li><a href="/s{i}">{html.escape(s)}</a></li>' for i, s in enumerate(p["sections"].split(","))
    )
    page = (
        f"<html><head><title>{p['headline']}</title></head><body><nav><ul>{menu}</ul></nav>"
        f"<h1>{p['headline']}</h1>"
        + "".join(f"<p>{html.escape(s)}</p>" for s in p["story"])
        + f"<aside><h2>{p['most_read']}</h2><ul>{links}</ul></aside>"
        f"<section><h2>{p['feature_head']}</h2><p>{p['byline']}</p>"
        + "".join(f"<p>{html.escape(s)}</p>" for s in p["feature"])
        + "</section><footer>© Kellby Kurier</footer></body></html>"
    )
    found = body_candidates(page, "html")
    assert found[0].text == clean(page, "html").text
    bodies = {c.text for c in found[1:]}
    wanted = {"\n\n".join(DE_STORY), "\n\n".join(DE_FEATURE)}
    assert bodies & wanted and not (bodies & {found[0].text})


def test_applying_a_candidate_is_a_hand_fix_with_undo_and_reclean(store, db_path, imported, lang):
    aid = imported
    text = stored_text(db_path, aid)
    person = store.add_annotation(
        aid, "PERSON", text.index("Sven Ahlgren"), text.index("Sven Ahlgren") + 12
    ).id
    found = article_candidates(store, aid)
    assert current_number(found, text, None) == 1
    history = History(store)
    report = apply_candidate(store, found, aid, 2, history)
    story = "\n\n".join(STORIES[lang])
    assert report.changed and stored_text(db_path, aid) == story
    assert [a.id for a in report.set_aside] == [person]  # its words are not in the story
    article = store.get_article(aid)
    assert article.body_choice is not None and article.confidence == 1.0
    assert current_number(article_candidates(store, aid), story, article.body_choice) == 2
    # reclean keeps the journalist's choice
    reclean(store, aid)
    assert stored_text(db_path, aid) == story
    history.undo()
    assert stored_text(db_path, aid) == text
    assert store.get_article(aid).body_choice is None
    assert store.set_aside_annotations(aid) == []
    assert [a.id for a in store.annotations(aid)] == [person]


def test_candidate_one_goes_back_to_the_cleaners_text(store, db_path, imported, lang):
    aid = imported
    found = article_candidates(store, aid)
    apply_candidate(store, found, aid, 2)
    report = apply_candidate(store, article_candidates(store, aid), aid, 1)
    assert report.changed and stored_text(db_path, aid) == "\n\n".join(FEATURES[lang])
    assert store.get_article(aid).body_choice is None


@pytest.mark.parametrize("number", [0, -1, 99, "one past the last"])
def test_a_candidate_number_out_of_range_is_refused(store, imported, number):
    found = article_candidates(store, imported)
    number = len(found) + 1 if isinstance(number, str) else number
    with pytest.raises(InvalidInput, match=r"has \d candidates?: give a number from 1 to \d"):
        apply_candidate(store, found, imported, number)


# -- the command ------------------------------------------------------------------------------


def test_reader_body_candidates_lists_them_and_says_which_is_current(store, imported, lang):
    aid = imported
    result = run("body", aid, "--candidates")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    first_words = " ".join(STORIES[lang][0].split()[:4])
    (one,) = [x for x in lines if x.lstrip("* ").startswith("1 ")]
    (two,) = [x for x in lines if x.lstrip("* ").startswith("2 ")]
    assert one.startswith("*") and "current" in one and "the cleaner's choice" in one
    assert not two.startswith("*") and first_words in two
    assert f"{word_count(' '.join(STORIES[lang]))} words" in two  # counted as the library counts
    assert f"reader body {aid} --candidate K" in result.output


def test_reader_body_candidate_applies_one_and_prints_what_changed(store, db_path, imported, lang):
    aid = imported
    text = stored_text(db_path, aid)
    store.add_annotation(aid, "PERSON", text.index("Sven Ahlgren"), text.index("Sven Ahlgren") + 12)
    result = run("body", aid, "--candidate", 2)
    assert result.exit_code == 0, result.output
    assert stored_text(db_path, aid) == "\n\n".join(STORIES[lang])
    assert "set aside" in result.output and "Sven Ahlgren" in result.output
    assert f"article {aid}: 3 paragraph(s) kept" in result.output
    listed = run("body", aid, "--candidates").output.splitlines()
    (two,) = [x for x in listed if x.lstrip("* ").startswith("2 ")]
    assert two.startswith("*") and "current" in two
    again = run("body", aid, "--candidate", 2)
    assert again.exit_code == 0 and "nothing changed" in again.output
    back = run("body", aid, "--candidate", 1)
    assert back.exit_code == 0, back.output
    assert stored_text(db_path, aid) == text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--candidate", "9"], "give a number from 1 to"),
        (["--candidate", "0"], "give a number from 1 to"),
        (["--candidate", "2", "--from", "The council"], "--candidate takes no --from"),
        (["--candidates", "--auto"], "--candidates takes no"),
    ],
)
def test_a_bad_candidate_is_one_line_and_changes_nothing(store, db_path, imported, args, message):
    before = stored_text(db_path, imported)
    result = run("body", imported, *args)
    assert result.exit_code != 0
    assert result.output.startswith("reader: error: ") and result.output.count("\n") == 1, result.output
    assert message in result.output
    assert stored_text(db_path, imported) == before


def test_an_unsure_article_points_at_the_candidates(store):
    from reader.models import CleanResult

    clean_result = CleanResult(
        text="\n\n".join(EN_FEATURE),
        title="Cottages",
        confidence=0.3,
        reason="competing regions: another block",
    )
    aid = store.add_article(clean_result, lost_page("en"), "/k.txt", "text").article_id
    shown = run("show", aid).output
    assert "competing regions: another block" in shown
    assert f"`reader body {aid} --candidates` lists the cleaner's other candidates" in shown


def test_a_list_of_links_and_a_region_scattered_over_the_page_are_not_offered():
    from reader.body import Paragraph
    from reader.body_candidates import _repetitive, _together
    from reader.body_marks import PageMarks

    teasers = "\n\n".join(f"Teaser number {i} about the harbour\n\nRead more" for i in range(8))
    assert _repetitive(teasers) and _repetitive(teasers.replace("Read more", "Weiterlesen"))
    assert not _repetitive("\n\n".join(EN_STORY + DE_STORY))
    # the story's paragraphs 3-5, and an "Advertisement" label the page repeats 40 paragraphs on
    paras = [Paragraph(0, 0, "x " * (20 if 3 <= i <= 5 else 1)) for i in range(50)]
    marks = PageMarks(3, 45, set(range(6, 45)))
    assert _together(paras, marks) == PageMarks(3, 5, set())


def test_a_story_only_the_hand_scores_see_is_offered_after_the_learned_ones(monkeypatch, lang):
    """When the learned scores give the page a single positive run (their ranking offers nothing but
    the cleaner's own region), the runs of the other views the cleaner computes are offered: here the
    hand scores' best runs hold the story. The cleaner's text stays candidate 1."""
    from reader.clean import dump_candidates

    raw = lost_page(lang)
    monkeypatch.setattr(dump_candidates, "ranked_regions", lambda units, sc: [])
    found = body_candidates(raw, "text")
    assert found[0].text == clean(raw, "text").text == "\n\n".join(FEATURES[lang])
    assert "\n\n".join(STORIES[lang]) in [c.text for c in found[1:]]
    assert len({c.text for c in found}) == len(found) and all(c.words >= 30 for c in found[1:])


def test_the_other_views_runs_come_after_the_learned_ones_and_once():
    """The hand scores' and the lower threshold's runs are placed after the learned ranking's
    regions, without a region twice."""
    from reader.clean.dump import page_units, ranked_regions, score_regions
    from reader.clean.dump_candidates import other_regions

    _url, units, scores = page_units(lost_page("de"))
    sc = score_regions(units, scores)
    learned = ranked_regions(units, sc)
    extra = other_regions(units, sc, learned)
    assert extra and not set(extra) & set(learned) and len(set(extra)) == len(extra)
    assert all(0 <= s < e <= len(units) for s, e in extra)


def test_a_candidate_counts_its_words_as_the_library_does(store, imported):
    """Candidate 1 is the article's own text: `--candidates` and the page view give it the word
    count the library and `reader show` give ("10,000" and "Lithium-Ion" are two words each)."""
    for candidate in article_candidates(store, imported):
        assert candidate.words == word_count(candidate.text)
    first = article_candidates(store, imported)[0]
    assert first.words == store.article_rows([imported])[0].word_count
