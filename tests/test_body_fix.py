"""Fixing an article's body by hand (issue 11): `reader body`, the core it calls, undo, reclean."""

from __future__ import annotations

import json

import pytest
from backends import connect
from click.testing import CliRunner

from reader.body import BodySpec, choose_body, fix_body, html_as_text, page_text, paragraphs, unique_phrase
from reader.cli.main import cli
from reader.errors import InvalidInput
from reader.history import History
from reader.models import CleanResult
from reader.reclean import reclean

P1 = "Rotterdam will close its oldest container terminal in 2027, the port authority said on Thursday."
P2 = "The terminal handled 1.2 million containers last year, a third fewer than a decade ago."
RELATED = "Related: Antwerp port strike ends after two weeks"
P3 = "Dock workers' unions said they would negotiate new jobs for the 400 staff at the site."
P4 = "The authority plans to turn the land into a wind-turbine assembly yard by 2030."
PAGE = "\n".join(
    [
        "Home | News | Sport | Weather",
        "Accept cookies to read on",
        "",
        "Port of Rotterdam to close oldest terminal",
        "",
        P1,
        "",
        P2,
        "",
        RELATED,
        "",
        P3,
        "",
        P4,
        "",
        "Most read: Ten things to do this weekend",
        "© 2024 Harbour Times",
    ]
)
# What a poor cleaner kept: the cookie line, the related link, and not the last paragraph.
CLEANED = "\n\n".join(["Accept cookies to read on", P1, P2, RELATED, P3])


def run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def article(store):
    aid = store.add_article(
        CleanResult(text=CLEANED, title="Port"), PAGE, "/news/port.txt", "text"
    ).article_id
    ids = {
        "place": store.add_annotation(
            aid, "PLACE", CLEANED.index("Rotterdam"), CLEANED.index("Rotterdam") + 9
        ).id,
        "qty": store.add_annotation(
            aid, "QUANTITY", CLEANED.index("400 staff"), CLEANED.index("400 staff") + 9
        ).id,
        "antwerp": store.add_annotation(
            aid, "PLACE", CLEANED.index("Antwerp"), CLEANED.index("Antwerp") + 7
        ).id,
    }
    return aid, ids


def spans(db_path, aid: int) -> dict[int, tuple[int, int, str]]:
    with connect(db_path) as conn:
        rows = conn.execute('SELECT id, start, "end", text FROM annotations WHERE article_id = ?', (aid,))
        return {r[0]: (r[1], r[2], r[3]) for r in rows}


def stored_text(db_path, aid: int) -> str:
    with connect(db_path) as conn:
        return conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]


FIX = ["--from", "Rotterdam will close", "--to", "assembly yard by 2030.", "--drop", "Antwerp port strike"]


def test_reader_body_replaces_the_text_moves_tags_and_sets_one_aside(store, db_path, article):
    aid, ids = article
    result = run("body", aid, *FIX)
    assert result.exit_code == 0, result.output
    new = stored_text(db_path, aid)
    assert new == "\n\n".join([P1, P2, P3, P4])
    after = spans(db_path, aid)
    assert set(after) == {ids["place"], ids["qty"]}
    for ann_id in (ids["place"], ids["qty"]):
        s, e, quote = after[ann_id]
        assert new[s:e] == quote
    assert after[ids["place"]][0] == 0  # moved: the cookie line before it is gone
    # set aside, whole, and listed: by the command, by show and show --json
    assert f"set aside #{ids['antwerp']} PLACE “Antwerp”" in result.output
    assert "dropped paragraph: Related: Antwerp" in result.output
    assert "4 paragraph(s) kept (was 5), 1 dropped inside; 2 tag(s) moved, 1 set aside" in result.output
    with connect(db_path) as conn:
        (data,) = conn.execute(
            "SELECT data FROM set_aside_annotations WHERE id = ?", (ids["antwerp"],)
        ).fetchone()
    assert json.loads(data)["row"]["text"] == "Antwerp"
    assert f"#{ids['antwerp']} PLACE “Antwerp”" in run("show", aid).output
    shown = json.loads(run("show", aid, "--json").output)
    assert [a["id"] for a in shown["set_aside"]] == [ids["antwerp"]]
    assert shown["body_chosen_by_hand"] is True and shown["confidence"] == 1.0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "Oslo will close", "--to", "by 2030."], "--from “Oslo will close” is not in the page"),
        (["--from", "the", "--to", "by 2030."], "--from “the” is in the page"),
        (
            ["--from", "The terminal handled", "--to", "Rotterdam will"],
            "--to “Rotterdam will” is not in the page after --from",
        ),
        (
            ["--from", "Rotterdam will", "--to", "by 2030.", "--drop", "Ten things"],
            "--drop “Ten things” is in no",
        ),
        (
            ["--from", "Rotterdam will", "--to", "by 2030.", "--drop", "the"],
            "different paragraphs; give more words",
        ),
    ],
)
def test_a_phrase_not_found_or_ambiguous_is_one_line_and_changes_nothing(
    store, db_path, article, args, message
):
    aid, ids = article
    before = spans(db_path, aid)
    result = run("body", aid, *args)
    assert result.exit_code != 0
    assert result.output.startswith("reader: error: ") and result.output.count("\n") == 1
    assert message in result.output
    assert stored_text(db_path, aid) == CLEANED and spans(db_path, aid) == before


def test_undo_restores_the_old_body_the_offsets_and_the_set_aside_tag(store, db_path, article):
    aid, ids = article
    before = spans(db_path, aid)
    history = History(store)
    report = fix_body(
        store, aid, BodySpec("Rotterdam will close", "assembly yard by 2030.", ["Antwerp port"]), history
    )
    assert [a.id for a in report.set_aside] == [ids["antwerp"]]
    assert stored_text(db_path, aid) != CLEANED
    history.undo()
    assert stored_text(db_path, aid) == CLEANED
    assert spans(db_path, aid) == before
    assert store.set_aside_annotations(aid) == []
    assert store.get_article(aid).body_choice is None
    history.redo()
    assert stored_text(db_path, aid) == "\n\n".join([P1, P2, P3, P4])
    assert set(spans(db_path, aid)) == {ids["place"], ids["qty"]}
    assert [a.id for a in store.set_aside_annotations(aid)] == [ids["antwerp"]]


def test_reclean_applies_the_chosen_body_again(store, db_path, article):
    aid, ids = article
    assert run("body", aid, *FIX).exit_code == 0
    chosen = stored_text(db_path, aid)
    with connect(db_path) as conn:  # as if a cleaner had rewritten it meanwhile
        conn.execute("UPDATE articles SET text = ? WHERE id = ?", (chosen + "\n\nMost read: Ten things", aid))
    report = reclean(store, aid)
    assert report.applied
    assert stored_text(db_path, aid) == chosen
    assert store.get_article(aid).body_choice is not None
    assert run("reclean", aid).output.startswith(f"article {aid}: the cleaner gives the same text")


def test_hard_wrapped_dump_paragraphs_are_joined():
    body = (
        "The city council of Gdansk voted on Tuesday to extend the tram line to the new\n"
        "housing estates in the south, a project that will cost 300 million zloty and\n"
        "take four years to build.\n"
        "\n"
        "Opposition councillors said the money would be better spent on buses, which can\n"
        "reach the estates sooner and at a fraction of the cost of new tram tracks.\n"
    )
    page = "Menu\n\n" + body + "\n" + body + "\nFooter links and a copyright line for the page\n"
    found = [p.text for p in paragraphs(page)]
    first = " ".join(body.split("\n\n")[0].split())
    assert found[1] == first and len(found) == 6
    spec = BodySpec("The city council", "the cost of new tram tracks.", [])
    with pytest.raises(InvalidInput, match="2 times"):
        choose_body(page, spec)


def test_html_is_rendered_as_text_with_blocks():
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body><nav><a href=/>Home</a> <a>News</a></nav>"
        "<h1>Big headline</h1><p>First line\ncontinues here.</p><figure><img src=x><figcaption>A caption"
        "</figcaption></figure><p>Second <b>bold</b> para.<br>After a break.</p><script>var x=1</script></body></html>"
    )
    text = html_as_text(html)
    assert text == (
        "Home News\n\nBig headline\n\nFirst line continues here.\n\nA caption\n\nSecond bold para.\nAfter a break."
    )
    assert page_text(json.dumps({"html": html}), "json") == text
    assert [p.text for p in paragraphs(text)][-2:] == ["Second bold para.", "After a break."]


def test_unique_phrase_grows_until_the_page_has_it_once():
    page = "Home\n\nThe mayor said yes.\n\nThe mayor said no to the plan.\n"
    start = page.index("The mayor said no")
    end = page.index("\n", start)
    phrase = unique_phrase(page, start, end)
    assert phrase == "The mayor said no"
    back = unique_phrase(page, page.index("The mayor said yes"), page.index("yes.") + 4, backwards=True)
    assert back == "mayor said yes."  # three words at least, from the end


def test_a_text_browsers_link_marks_are_left_out_and_skipped_by_phrases():
    page = (
        "[1]Home [2]News\n\nThe [3]mayor of Lille said the [4]tram opens in March.\n\n"
        "  • Two lines will follow in 2027.\n\n[IMG] Photo: AFP\n"
    )
    choice = choose_body(page, BodySpec("The mayor of Lille", "follow in 2027.", []))
    assert choice.text == "The mayor of Lille said the tram opens in March.\n\nTwo lines will follow in 2027."


def test_a_later_fix_that_keeps_their_words_brings_set_aside_tags_back(store, db_path, article):
    aid, ids = article
    history = History(store)
    fix_body(
        store, aid, BodySpec("Rotterdam will close", "assembly yard by 2030.", ["Antwerp port"]), history
    )
    assert [a.id for a in store.set_aside_annotations(aid)] == [ids["antwerp"]]
    result = run("body", aid, "--from", "Rotterdam will close", "--to", "assembly yard by 2030.")
    assert f"brought back #{ids['antwerp']} PLACE “Antwerp”" in result.output
    assert "0 set aside, 1 brought back" in result.output
    text = stored_text(db_path, aid)
    s, e, quote = spans(db_path, aid)[ids["antwerp"]]
    assert text[s:e] == quote == "Antwerp" and text.index("Related: Antwerp") + 9 == s
    assert store.set_aside_annotations(aid) == []
    # and with the History: undo of a fix that brought one back sets it aside again
    report = fix_body(
        store, aid, BodySpec("Rotterdam will close", "assembly yard by 2030.", ["Antwerp port"]), history
    )
    assert [a.id for a in report.set_aside] == [ids["antwerp"]]
    report = fix_body(store, aid, BodySpec("Rotterdam will close", "assembly yard by 2030.", []), history)
    assert [a.id for a in report.brought_back] == [ids["antwerp"]]
    history.undo()
    assert [a.id for a in store.set_aside_annotations(aid)] == [ids["antwerp"]]
    assert ids["antwerp"] not in spans(db_path, aid)
    history.redo()
    assert spans(db_path, aid)[ids["antwerp"]] == (s, e, "Antwerp")


def test_auto_goes_back_to_the_cleaners_text_and_keeps_the_tags(store, db_path, article):
    aid, ids = article
    assert run("body", aid, *FIX).exit_code == 0
    assert [a.id for a in store.set_aside_annotations(aid)] == [ids["antwerp"]]
    result = run("body", aid, "--auto")
    assert result.exit_code == 0, result.output
    from reader.clean import clean

    cleaner = clean(PAGE, "text")
    assert stored_text(db_path, aid) == cleaner.text
    article = store.get_article(aid)
    assert article.body_choice is None and article.confidence == cleaner.confidence
    for s, e, quote in spans(db_path, aid).values():
        assert cleaner.text[s:e] == quote
    both = run("body", aid, "--auto", "--from", "x")
    assert both.exit_code != 0 and "--auto takes no --from" in both.output
    neither = run("body", aid)
    assert neither.exit_code != 0 and "give --from and --to" in neither.output


def test_a_body_tag_set_aside_by_a_fix_comes_back_with_a_later_reclean(store, db_path, article, monkeypatch):
    """A tag set aside by a body fix stays aside while the cleaner's text lacks its words (`--auto`),
    and a later reclean whose text has them again brings it back to the body."""
    from dataclasses import replace

    import reader.clean

    aid, ids = article
    real = reader.clean.clean
    without = "\n\n".join([P1, P2, P3, P4])
    with_related = "\n\n".join([P1, P2, RELATED, P3, P4])
    assert run("body", aid, *FIX).exit_code == 0
    monkeypatch.setattr(reader.clean, "clean", lambda raw, fmt: replace(real(raw, fmt), text=without))
    assert run("body", aid, "--auto").exit_code == 0  # the cleaner's text: no related block either
    assert [a.id for a in store.set_aside_annotations(aid)] == [ids["antwerp"]]
    monkeypatch.setattr(reader.clean, "clean", lambda raw, fmt: replace(real(raw, fmt), text=with_related))
    result = run("reclean", aid)
    assert result.exit_code == 0, result.output
    assert f"brought back #{ids['antwerp']} PLACE “Antwerp” to the body" in result.output
    assert stored_text(db_path, aid) == with_related
    assert store.set_aside_annotations(aid) == []
    s, e, quote = spans(db_path, aid)[ids["antwerp"]]
    assert (quote, with_related[s:e], s) == ("Antwerp", "Antwerp", with_related.index("Antwerp"))


def test_who_fixed_the_body_is_kept(article, store):
    """The article remembers who gave it its text (named to a colleague tagging the old one)."""
    aid, _ = article
    result = run(
        "--annotator",
        "carol",
        "body",
        aid,
        "--from",
        "Rotterdam will close",
        "--to",
        "assembly yard by 2030.",
    )
    assert result.exit_code == 0, result.output
    assert store.get_article(aid).text_changed_by == "carol"
