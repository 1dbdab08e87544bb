"""A reason that speaks of another block of the page ("several blocks of the page look as likely to be
the article", "competing regions: another block ...") sends the journalist to the page view, where `n`
offers the cleaner's other candidates: such a reason is given only when there is one to offer. A page
marked "several blocks ..." whose `n` then said "The cleaner found no other candidate" was the defect.
Invented pages only (tests/clean_pages)."""

from pathlib import Path

import pytest

import reader.clean as clean_module
from reader.body_candidates import body_candidates
from reader.clean import LOW_CONFIDENCE, clean
from reader.clean.confidence import NO_OTHER_BLOCK

PAGES = Path(__file__).parent / "clean_pages"
INVENTED = sorted(p for d in ("pages", "unsure", "compete") for p in (PAGES / d).rglob("*.txt"))
CLAIMS = tuple(NO_OTHER_BLOCK)


def _claims_another_block(reason: str | None) -> bool:
    return reason is not None and any(c in reason for c in CLAIMS)


@pytest.mark.parametrize("path", INVENTED, ids=lambda p: p.name)
def test_a_reason_that_names_another_block_comes_with_a_candidate_for_it(path):
    raw = path.read_text("utf-8")
    r = clean(raw, "text")
    if _claims_another_block(r.reason):
        assert len(body_candidates(raw, "text", r.text)) >= 2, r.reason


def test_two_stories_keep_the_claim_and_offer_the_other_story():
    raw = (PAGES / "unsure" / "two_stories_en.txt").read_text("utf-8")
    r = clean(raw, "text")
    assert "several blocks of the page look as likely" in r.reason
    others = body_candidates(raw, "text", r.text)[1:]
    assert others and any("Sunday" in c.text for c in others)


def test_a_gallery_with_nothing_else_to_offer_is_still_marked_without_the_claim():
    raw = (PAGES / "pages" / "gallery_counters_pl.txt").read_text("utf-8")
    r = clean(raw, "text")
    assert len(body_candidates(raw, "text", r.text)) == 1
    assert r.confidence < LOW_CONFIDENCE and r.reason  # the doubt stays...
    assert not _claims_another_block(r.reason)  # ...said without a block the page view cannot show
    assert r.reason == NO_OTHER_BLOCK["several blocks of the page look as likely to be the article"]


def test_each_claim_has_a_plain_reason_for_a_page_with_one_block(monkeypatch):
    single = (
        "Home | News | Sport\n\n"
        + "The ferry between Northfield and the island will run on Sundays again from May, the council said. "
        * 6
        + "\n\nContact | Imprint\n"
    )
    for claim, plain in NO_OTHER_BLOCK.items():
        monkeypatch.setattr(clean_module, "assess", lambda raw, fmt, result, claim=claim: (0.4, claim))
        r = clean(single, "text")
        assert (r.confidence, r.reason) == (0.4, plain)
        assert not _claims_another_block(plain)
