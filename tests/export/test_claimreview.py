from __future__ import annotations

import io
import json

from export_fixtures import KUROSE_CLAIM, SOURCE_URL

from reader.export import ExportFilters, export


def export_reviews(tagged, filters=None) -> list[dict]:
    buf = io.StringIO()
    count = export(tagged.store, "claimreview", buf, filters)
    doc = json.loads(buf.getvalue())
    assert doc["@context"] == "https://schema.org"
    assert count == len(doc["@graph"])
    return doc["@graph"]


def test_only_checked_claims(tagged):
    reviews = export_reviews(tagged)
    # Three claims; the AFP one is still unverified.
    assert sorted(r["reviewRating"]["alternateName"] for r in reviews) == ["mostly true", "true"]


def test_claim_review_fields(tagged):
    review = next(r for r in export_reviews(tagged) if r["claimReviewed"] == KUROSE_CLAIM)
    claim = tagged.by_name["claim"]
    assert review["@type"] == "ClaimReview"
    assert review["datePublished"] == claim.updated[:10]
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "mostly true",
        "ratingExplanation": "Checked with the AESC press office, 11 Dec.",
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Ayumi Kurose"}
    appearance = item["appearance"]
    assert appearance["headline"] == "France's 'Battery Valley' makes use of Asian experts"
    assert appearance["url"] == SOURCE_URL
    assert appearance["datePublished"] == "2025-12-10"
    article = tagged.store.get_article(tagged.article_id)
    assert appearance["identifier"] == f"urn:sha256:{article.content_hash}"


def test_filters_apply(tagged):
    assert [
        r["reviewRating"]["alternateName"] for r in export_reviews(tagged, ExportFilters(status="true"))
    ] == ["true"]
    assert export_reviews(tagged, ExportFilters(labels=("PERSON",))) == []
