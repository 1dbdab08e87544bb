"""`reader reclean`: a new cleaner output keeps annotations in place, or refuses to lose them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from click.testing import CliRunner

import reader.clean
from reader.cli.main import cli
from reader.reclean import reclean
from reader.tagging import tag

CLAIM = (
    "He said there are currently nearly 150 Chinese experts working at the Douai directing 800 local staff."
)
DROPPED_PARAGRAPH = "Communication can prove complicated."


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def better_cleaner(monkeypatch):
    """A 'new' cleaner: one more paragraph at the top, one paragraph fewer in the middle."""
    real = reader.clean.clean

    def cleaner(raw, fmt):
        result = real(raw, fmt)
        text = "An editor's note added by the new cleaner.\n\n" + result.text.replace(
            DROPPED_PARAGRAPH + "\n\n", ""
        )
        return replace(result, text=text, title="A better title")

    monkeypatch.setattr(reader.clean, "clean", cleaner)


def test_unchanged(seed_db):
    report = reclean(seed_db, 1)
    assert not report.changed and not report.applied
    assert "nothing to change" in run("reclean", 1).stdout


def test_no_annotations_replaces_text(seed_db, better_cleaner):
    report = reclean(seed_db, 1)
    assert report.applied
    article = seed_db.get_article(1)
    assert article.text.startswith("An editor's note") and article.title == "A better title"


def test_annotations_move_with_the_text(seed_db, better_cleaner):
    claim = tag(seed_db, 1, CLAIM, "CLAIM", quantities=["800 local staff"]).annotation
    result = run("reclean", 1)
    assert result.exit_code == 0, result.output
    assert "2 annotation(s) moved, 0 dropped" in result.stdout
    text = seed_db.get_article(1).text
    for ann in seed_db.annotations(1):
        assert text[ann.start : ann.end] == ann.text
    moved = seed_db.get_annotation(claim.id)
    assert moved.start != claim.start and moved.quantity_ids == claim.quantity_ids


def test_unplaced_refused_then_dropped(seed_db, better_cleaner):
    gone = tag(seed_db, 1, DROPPED_PARAGRAPH, "CLAIM").annotation
    kept = tag(seed_db, 1, "Ayumi Kurose", "PERSON").annotation
    before = seed_db.get_article(1).text

    refused = run("reclean", 1)
    assert refused.exit_code == 1
    assert f"cannot place #{gone.id} CLAIM" in refused.stdout
    assert refused.stderr.strip().startswith("reader: error: 1 annotation of article 1 cannot be placed")
    assert seed_db.get_article(1).text == before
    assert len(seed_db.annotations(1)) == 2

    dropped = run("reclean", 1, "--drop-unplaced")
    assert dropped.exit_code == 0, dropped.output
    assert f"dropped #{gone.id} CLAIM “{DROPPED_PARAGRAPH}”" in dropped.stdout
    anns = seed_db.annotations(1)
    assert [a.id for a in anns] == [kept.id]
    text = seed_db.get_article(1).text
    assert DROPPED_PARAGRAPH not in text and text[anns[0].start : anns[0].end] == "Ayumi Kurose"


def test_unknown_article(seed_db):
    result = run("reclean", 5)
    assert result.exit_code == 1 and "no article with id 5" in result.stderr


def test_rejected_suggestions_move_with_the_text(seed_db, better_cleaner):
    """A suggestion turned down stays turned down after re-cleaning, at its new place; one whose
    text is gone is forgotten (it cannot come back, and must not hide another suggestion)."""
    old = seed_db.get_article(1).text
    kurose = old.index("Ayumi Kurose")
    gone = old.index(DROPPED_PARAGRAPH)
    seed_db.reject_suggestion(1, "PERSON", kurose, kurose + 12)
    seed_db.reject_suggestion(1, "ORG", gone, gone + 13)
    assert run("reclean", 1).exit_code == 0
    new = seed_db.get_article(1).text
    moved = new.index("Ayumi Kurose")
    assert moved != kurose
    assert seed_db.rejected_suggestions(1) == {("PERSON", moved, moved + 12)}


@pytest.fixture
def new_metadata(monkeypatch):
    """A 'new' cleaner that changes the metadata only: a word before the title, another dateline."""
    real = reader.clean.clean

    def cleaner(raw, fmt):
        result = real(raw, fmt)
        return replace(result, title="Updated: " + (result.title or ""), dateline="Paris (AFP)")

    monkeypatch.setattr(reader.clean, "clean", cleaner)


def _metadata_rows(store, article_id: int) -> list[tuple]:
    return [
        tuple(r)
        for r in store._read(
            'SELECT id, field, start, "end", text, prefix FROM annotations WHERE article_id = ? AND field != ? '
            "ORDER BY id",
            (article_id, "body"),
        )
    ]


def test_metadata_tags_move_with_their_field_or_are_set_aside(seed_db, new_metadata):
    """A tag on the title follows the new title; one on a dateline whose words are gone is set aside
    (listed by reader show), not dropped; the byline's tag stays where it was."""
    article = seed_db.get_article(1)
    title_tag = tag(seed_db, 1, "Battery Valley", "PLACE", field="title").annotation
    byline_tag = tag(seed_db, 1, "Etienne BALMER", "PERSON", field="byline").annotation
    dateline_tag = tag(seed_db, 1, "Lambres-Lez-Douai", "PLACE", field="dateline").annotation
    body_tag = tag(seed_db, 1, "Ayumi Kurose", "PERSON").annotation

    result = run("reclean", 1)
    assert result.exit_code == 0, result.output
    assert f"set aside #{dateline_tag.id} PLACE “Lambres-Lez-Douai”" in result.stdout
    assert "1 set aside" in result.stdout

    new = seed_db.get_article(1)
    assert new.title == "Updated: " + article.title
    rows = _metadata_rows(seed_db, 1)
    shift = len("Updated: ")
    assert rows == [
        (title_tag.id, "title", title_tag.start + shift, title_tag.end + shift, "Battery Valley", rows[0][5]),
        (byline_tag.id, "byline", byline_tag.start, byline_tag.end, "Etienne BALMER", byline_tag.prefix),
    ]
    assert rows[0][5] == new.title[: title_tag.start + shift][-32:]  # context re-read in the new title
    aside = seed_db.set_aside_annotations(1)
    assert [(a.id, a.field, a.text) for a in aside] == [(dateline_tag.id, "dateline", "Lambres-Lez-Douai")]
    assert seed_db.get_annotation(body_tag.id).text == "Ayumi Kurose"
    shown = run("show", 1)
    assert f"#{dateline_tag.id} PLACE “Lambres-Lez-Douai” (was on the dateline)" in shown.stdout


def test_a_body_fix_leaves_set_aside_metadata_tags_aside(seed_db, new_metadata):
    """A dateline tag set aside by reclean is not "brought back" into the body by a body fix, though
    its words are in the new body."""
    from reader.body import BodySpec, fix_body

    dateline_tag = tag(seed_db, 1, "France", "PLACE", field="dateline").annotation
    assert run("reclean", 1).exit_code == 0
    assert [a.id for a in seed_db.set_aside_annotations(1)] == [dateline_tag.id]
    report = fix_body(
        seed_db, 1, BodySpec("France is developing domestic production", "training the local staff.")
    )
    assert "France" in seed_db.get_article(1).text
    assert report.brought_back == []
    assert [(a.id, a.field) for a in seed_db.set_aside_annotations(1)] == [(dateline_tag.id, "dateline")]


def test_a_set_aside_metadata_tag_comes_back_when_a_later_reclean_has_its_words(seed_db, monkeypatch):
    """A dateline tag set aside by one reclean is brought back to the dateline, with its entity, by a
    later reclean whose dateline holds its words again (the store, then `reader reclean`)."""
    real = reader.clean.clean
    article = seed_db.get_article(1)
    dateline_tag = tag(seed_db, 1, "Lambres-Lez-Douai", "PLACE", field="dateline").annotation
    entity = seed_db._read("SELECT entity_id FROM annotations WHERE id = ?", (dateline_tag.id,))[0][0]

    def other_dateline(raw, fmt):
        return replace(real(raw, fmt), dateline="Paris (AFP)")

    monkeypatch.setattr(reader.clean, "clean", other_dateline)
    assert reclean(seed_db, 1).set_aside == [dateline_tag]
    assert [a.id for a in seed_db.set_aside_annotations(1)] == [dateline_tag.id]

    monkeypatch.setattr(reader.clean, "clean", real)  # the cleaner gives the old dateline again
    report = reclean(seed_db, 1)
    assert report.applied and [a.id for a in report.brought_back] == [dateline_tag.id]
    assert seed_db.set_aside_annotations(1) == []
    assert seed_db.get_article(1).dateline == article.dateline
    row = seed_db._read(
        'SELECT field, start, "end", text, prefix, suffix, entity_id FROM annotations WHERE id = ?',
        (dateline_tag.id,),
    )[0]
    assert tuple(row) == (
        "dateline",
        dateline_tag.start,
        dateline_tag.end,
        "Lambres-Lez-Douai",
        dateline_tag.prefix,
        dateline_tag.suffix,
        entity,
    )
    assert row[3] == article.dateline[row[1] : row[2]]

    # The same through the command line: set aside, then brought back and said so.
    monkeypatch.setattr(reader.clean, "clean", other_dateline)
    assert "set aside" in run("reclean", 1).stdout
    monkeypatch.setattr(reader.clean, "clean", real)
    result = run("reclean", 1)
    assert result.exit_code == 0, result.output
    assert f"brought back #{dateline_tag.id} PLACE “Lambres-Lez-Douai” to the dateline" in result.stdout
    assert "1 brought back" in result.stdout
    assert seed_db.set_aside_annotations(1) == []
    assert seed_db.get_annotation(dateline_tag.id).field == "dateline"


def test_a_set_aside_title_tag_is_not_brought_back_into_another_field(seed_db, monkeypatch):
    """A tag set aside from the title comes back to the title only, though its words are in the body."""
    real = reader.clean.clean
    title = seed_db.get_article(1).title
    word = "Battery Valley"
    assert word in title and word in seed_db.get_article(1).text
    title_tag = tag(seed_db, 1, word, "PLACE", field="title").annotation
    monkeypatch.setattr(
        reader.clean, "clean", lambda raw, fmt: replace(real(raw, fmt), title="Another title")
    )
    assert [a.id for a in reclean(seed_db, 1).set_aside] == [title_tag.id]
    monkeypatch.setattr(
        reader.clean, "clean", lambda raw, fmt: replace(real(raw, fmt), title="Still another title")
    )
    report = reclean(seed_db, 1)
    assert report.applied and report.brought_back == []
    assert [(a.id, a.field) for a in seed_db.set_aside_annotations(1)] == [(title_tag.id, "title")]
