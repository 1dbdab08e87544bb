"""Low-confidence articles (issue 11): stored at import, marked and filtered by `reader list`, given by
show --json and clean --json."""

from __future__ import annotations

import json

from backends import connect
from click.testing import CliRunner

from reader.cli.main import cli
from reader.low_confidence import MARK, threshold
from reader.models import CleanResult

SURE = "The council approved a budget of 120 million euros for the tram, the mayor said on Monday."
UNSURE = "Accept all cookies. We and our 812 partners store and access information on your device."


def run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def add_two(store) -> tuple[int, int]:
    sure = store.add_article(CleanResult(text=SURE, title="Tram budget", confidence=0.95), SURE, None, "text")
    low = CleanResult(
        text=UNSURE, title="Cookie wall", confidence=threshold() / 2, reason="consent text next to the body"
    )
    unsure = store.add_article(low, UNSURE, None, "text")
    return sure.article_id, unsure.article_id


def test_confidence_is_stored_with_the_article(store, db_path):
    sure, unsure = add_two(store)
    with connect(db_path) as conn:
        rows = conn.execute("SELECT id, confidence, confidence_reason FROM articles ORDER BY id").fetchall()
    assert rows == [(sure, 0.95, None), (unsure, threshold() / 2, "consent text next to the body")]


def test_list_marks_and_filters_low_confidence(store):
    sure, unsure = add_two(store)
    listed = run("list").stdout
    line = next(x for x in listed.splitlines() if "Cookie wall" in x)
    assert f"{MARK} Cookie wall" in line
    assert f"{MARK} Tram budget" not in listed
    only = [json.loads(x) for x in run("list", "--json", "--low-confidence").stdout.splitlines()]
    assert [(r["id"], r["low_confidence"]) for r in only] == [(unsure, True)]
    every = [json.loads(x) for x in run("list", "--json").stdout.splitlines()]
    assert [(r["id"], r["low_confidence"]) for r in every] == [(sure, False), (unsure, True)]
    assert "Tram budget" not in run("list", "--low-confidence").stdout


def test_show_json_and_text_give_the_confidence_and_reason(store):
    _, unsure = add_two(store)
    data = json.loads(run("show", unsure, "--json").stdout)
    assert (data["confidence"], data["confidence_reason"]) == (
        threshold() / 2,
        "consent text next to the body",
    )
    shown = " ".join(run("show", unsure).stdout.split())  # lines wrap at the console width
    assert "unsure" in shown and "consent text next to the body" in shown and f"reader body {unsure}" in shown


def test_clean_json_has_the_confidence_keys(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(SURE + "\n")
    (record,) = [json.loads(x) for x in run("clean", "--json", page).stdout.splitlines()]
    assert {"url", "confidence", "confidence_reason"} <= set(record)
    assert 0 <= record["confidence"] <= 1


def test_import_and_reclean_store_the_cleaners_confidence(store, tmp_path, db_path):
    """A page with next to no text is imported with a low confidence and its reason; reclean keeps
    what the cleaner says (here: the stored value is put back after being changed by hand)."""
    from reader.importing import import_paths
    from reader.reclean import reclean

    page = tmp_path / "short.txt"
    page.write_text("Flood warning lifted.\n")
    assert import_paths(store, [page]).imported == [1]
    article = store.get_article(1)
    assert article.confidence is not None and article.confidence < threshold()
    assert article.confidence_reason
    with connect(db_path) as conn:
        conn.execute("UPDATE articles SET confidence = 0.99, confidence_reason = NULL")
    assert reclean(store, 1).applied
    assert (store.get_article(1).confidence, store.get_article(1).confidence_reason) == (
        article.confidence,
        article.confidence_reason,
    )


def test_an_empty_filter_says_so_and_does_not_ask_to_import(store):
    """`reader list --low-confidence` with every text sure says that, not "Import some" (there are
    articles); a filter that matches nothing says so; an empty library still asks for an import."""
    assert "Import some" in run("list", "--low-confidence").stdout
    store.add_article(CleanResult(text=SURE, title="Tram budget", confidence=0.95), SURE, None, "text")
    out = run("list", "--low-confidence").stdout
    assert "No article is marked ?" in out and "Import some" not in out
    out = run("list", "--status", "done").stdout
    assert "No article matches these filters" in out and "Import some" not in out
    assert "Tram budget" in run("list").stdout
