"""`reader tag` / `reader untag` on the seed article, checked against what is stored."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.tagging import find_span

CLAIM = (
    "He said there are currently nearly 150 Chinese experts working at the Douai directing 800 local staff."
)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def error_line(result) -> str:
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error: ")
    assert "Traceback" not in result.output
    return lines[0]


def test_seed_claim_with_quantities(seed_db):
    result = run(
        "tag", 1, CLAIM, "--label", "CLAIM", "--claimant", "Ayumi Kurose", "--status", "unverified",
        "--quantity", "150 Chinese experts", "--quantity", "800 local staff", "--annotator", "alice",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    anns = seed_db.annotations(1)
    claim = next(a for a in anns if a.label == "CLAIM")
    text = seed_db.get_article(1).text
    assert claim.text == CLAIM and text[claim.start : claim.end] == CLAIM
    assert claim.claimant == "Ayumi Kurose" and claim.claim_status == "unverified"
    assert claim.annotator == "alice"
    quantities = {a.id: a for a in anns if a.label == "QUANTITY"}
    assert sorted(q.text for q in quantities.values()) == ["150 Chinese experts", "800 local staff"]
    assert sorted(claim.quantity_ids) == sorted(quantities)
    for q in quantities.values():
        assert claim.start <= q.start < q.end <= claim.end
        assert text[q.start : q.end] == q.text
    assert f"tagged #{claim.id} CLAIM" in result.stdout
    assert "150 Chinese experts” (new)" in result.stdout
    assert seed_db.get_article(1).status == "in progress"


def test_existing_quantity_is_linked_not_duplicated(seed_db):
    assert run("tag", 1, "150 Chinese experts", "--label", "QUANTITY").exit_code == 0
    existing = seed_db.annotations(1)[0]
    result = run("tag", 1, CLAIM, "-l", "claim", "--quantity", "150 Chinese experts")
    assert result.exit_code == 0, result.output
    assert "(linked)" in result.stdout
    anns = seed_db.annotations(1)
    assert len([a for a in anns if a.label == "QUANTITY"]) == 1
    claim = next(a for a in anns if a.label == "CLAIM")
    assert claim.quantity_ids == [existing.id]
    assert claim.claim_status == "unverified"


def test_entity_with_note_and_nth(seed_db):
    result = run("tag", 1, "Douai", "--label", "PLACE", "--nth", 2, "--note", "[bold]not markup[/bold]")
    assert result.exit_code == 0, result.output
    (ann,) = seed_db.annotations(1)
    text = seed_db.get_article(1).text
    starts = [i for i in range(len(text)) if text.startswith("Douai", i)]
    assert ann.start == starts[1] and ann.note == "[bold]not markup[/bold]"
    assert "[bold]not markup[/bold]" in result.stdout
    shown = run("show", 1)
    assert "PLACE" in shown.stdout and "[bold]not markup[/bold]" in shown.stdout


def test_unknown_label(seed_db):
    assert "unknown label 'GADGET'" in error_line(run("tag", 1, "Douai", "--label", "GADGET", "--nth", 1))


def test_text_not_found(seed_db):
    assert "text not found in article 1" in error_line(run("tag", 1, "Marseille", "--label", "PLACE"))


def test_ambiguous_without_nth(seed_db):
    line = error_line(run("tag", 1, "Douai", "--label", "PLACE"))
    assert "occurs 3 times" in line and "--nth" in line
    assert seed_db.annotations(1) == []


def test_nth_out_of_range(seed_db):
    assert "--nth 4 is out of range" in error_line(run("tag", 1, "Douai", "-l", "PLACE", "--nth", 4))


def test_quantity_outside_claim_stores_nothing(seed_db):
    line = error_line(run("tag", 1, CLAIM, "-l", "CLAIM", "--quantity", "1,200 people"))
    assert "text not found in the claim" in line
    assert seed_db.annotations(1) == []


def test_claim_options_on_entity_label(seed_db):
    assert "for claim labels" in error_line(run("tag", 1, "AESC France", "-l", "ORG", "--claimant", "x"))


def test_unknown_article(seed_db):
    assert "no article with id 7" in error_line(run("tag", 7, "x", "-l", "ORG"))


def test_untag_by_id_and_by_text(seed_db):
    run("tag", 1, CLAIM, "-l", "CLAIM", "--quantity", "800 local staff")
    quantity = next(a for a in seed_db.annotations(1) if a.label == "QUANTITY")
    result = run("untag", quantity.id)
    assert result.exit_code == 0 and "removed" in result.stdout and "quantity of claim" in result.stdout
    claim = seed_db.annotations(1)[0]
    assert claim.label == "CLAIM" and claim.quantity_ids == []
    result = run("untag", 1, CLAIM, "--label", "CLAIM")
    assert result.exit_code == 0, result.output
    assert seed_db.annotations(1) == []
    assert "no annotation with id 99" in error_line(run("untag", 99))
    assert "no PLACE annotation" in error_line(run("untag", 1, "Dunkirk", "--label", "PLACE"))


def test_whitespace_tolerant_find_and_snap():
    text = "First line of text\nwraps here. Another ‘quote’ here."
    assert find_span(text, "text wraps") == (14, 24)
    assert text[slice(*find_span(text, "'quote'"))] == "‘quote’"
    with pytest.raises(Exception, match="empty"):
        find_span(text, "   ")


DASHED = (
    "Prices fell -5% in May, the office said.\n\n"
    "The slogan --never again-- was painted on the wall of the old station on Monday.\n\n"
    "-leaders of the union met the mayor of Lille, who said little."
)


@pytest.fixture
def dashed_db(store, tmp_path):
    from reader.importing import import_paths

    path = tmp_path / "dashed.txt"
    path.write_text(DASHED + "\n", encoding="utf-8")
    report = import_paths(store, [path])
    assert report.imported == [1], report
    return store


@pytest.mark.parametrize(
    ("args", "text", "label"),
    [
        (["tag", 1, "-5% in May", "--label", "QUANTITY"], "-5% in May", "QUANTITY"),
        (["tag", 1, "--label", "QUANTITY", "-5% in May"], "-5% in May", "QUANTITY"),
        (["tag", 1, "--label", "ORG", "--", "--never again--"], "--never again--", "ORG"),
        (["tag", 1, "-leaders of the union", "--label", "ORG"], "-leaders of the union", "ORG"),
        (["tag", "--note", "-x", 1, "-5% in May", "-l", "QUANTITY"], "-5% in May", "QUANTITY"),
    ],
    ids=[
        "text-first",
        "options-first",
        "double-dash-after-separator",
        "dash-l-inside-text",
        "option-value-dash",
    ],
)
def test_text_starting_with_a_dash(dashed_db, args, text, label):
    result = run(*args)
    assert result.exit_code == 0, result.output
    (ann,) = dashed_db.annotations(1)
    assert (ann.text, ann.label) == (text, label)
    assert dashed_db.get_article(1).text[ann.start : ann.end] == text


def test_untag_text_starting_with_a_dash(dashed_db):
    assert run("tag", 1, "-5% in May", "--label", "QUANTITY").exit_code == 0
    result = run("untag", 1, "-5% in May", "--label", "QUANTITY")
    assert result.exit_code == 0, result.output
    assert dashed_db.annotations(1) == []


def test_text_starting_with_two_dashes_hints_at_the_separator(dashed_db):
    result = run("tag", 1, "--never again--", "--label", "ORG")
    assert result.exit_code == 2
    assert "put -- before it" in result.stderr
    assert "Traceback" not in result.output
    assert "put -- before" in run("tag", "--help").output.replace("\n", " ")


def test_a_quantity_occurring_twice_in_the_claim(seed_db):
    """Giving the same --quantity text twice links its first and second occurrence; the error when it
    occurs several times no longer points at --nth (which chooses the claim, not the quantity)."""
    # "the" as a whole word twice (CLAIM has it once, and once inside "there", which is no word of its own)
    claim = "By the end to the first quarter of 2026 the factory should be running at full speed"
    result = run("tag", 1, claim, "-l", "CLAIM", "--quantity", "the", "--quantity", "the")
    assert result.exit_code == 0, result.output
    anns = seed_db.annotations(1)
    claim = next(a for a in anns if a.label == "CLAIM")
    quantities = sorted((a for a in anns if a.label == "QUANTITY"), key=lambda a: a.start)
    assert [q.text for q in quantities] == ["the", "the"]
    assert quantities[0].start < quantities[1].start
    assert sorted(claim.quantity_ids) == sorted(q.id for q in quantities)
    line = error_line(run("tag", 1, CLAIM, "-l", "CLAIM", *["--quantity", "Douai"] * 2, "--nth", "1"))
    assert "“Douai” is given 2 times but occurs once in the claim" in line
    assert "--nth" not in line


def test_tag_in_the_dateline_and_byline(seed_db):
    """--field: the text is found in the article's dateline / byline; offsets count in that field."""
    result = run("tag", 1, "Lambres-Lez-Douai", "--label", "PLACE", "--field", "dateline")
    assert result.exit_code == 0, result.output
    assert "(its dateline)" in result.output
    (tag,) = seed_db.annotations(1, field="dateline")
    assert (tag.start, tag.end, tag.text, tag.field) == (0, 17, "Lambres-Lez-Douai", "dateline")
    assert seed_db.annotations(1) == []  # nothing on the body
    line = error_line(run("tag", 1, "Nobody Here", "--label", "PERSON", "--field", "byline"))
    assert "byline" in line
    line = error_line(run("tag", 1, "Lambres", "--label", "CLAIM", "--field", "title"))
    assert "claim" in line


def test_show_lists_metadata_tags_with_their_field_and_each_tag_with_its_entity(seed_db):
    """`reader show` (text and --json) lists a dateline tag beside the body's, with its field, and
    each entity tag with its entity id and canonical name (after a merge: the entity's name)."""
    import json

    run("tag", 1, "Lambres-Lez-Douai", "--label", "PLACE", "--field", "dateline")
    run("tag", 1, "Ayumi Kurose", "--label", "PERSON")
    run("tag", 1, "Kurose", "--label", "PERSON", "--nth", 2)
    assert run("entities", "merge", "Kurose", "--into", "Ayumi Kurose").exit_code == 0
    data = json.loads(run("show", 1, "--json").stdout)
    rows = {a["text"]: (a["field"], a["entity_id"], a["entity"]) for a in data["annotations"]}
    stored = {
        r[0]: (r[1], r[2], r[3])
        for r in seed_db._read(
            "SELECT a.text, a.field, a.entity_id, e.canonical FROM annotations a JOIN entities e ON e.id = a.entity_id"
        )
    }
    assert rows == stored
    assert rows["Lambres-Lez-Douai"][0] == "dateline"
    assert rows["Kurose"][1:] == rows["Ayumi Kurose"][1:] and rows["Kurose"][2] == "Ayumi Kurose"
    shown = run("show", 1).stdout
    assert "3 annotations" in shown
    assert "[0-17 in the dateline] “Lambres-Lez-Douai”" in shown
    assert f"entity #{rows['Kurose'][1]} “Ayumi Kurose”" in shown
