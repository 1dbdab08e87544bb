from __future__ import annotations

import io
import json

from export_fixtures import KUROSE_CLAIM, PUBLIC_EXPLANATION, SOURCE_URL

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
        "ratingExplanation": PUBLIC_EXPLANATION,  # the public explanation, never the private note
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


def test_only_public_fields_and_the_display_name(tagged):
    """The private note (of the claim and of its evidence) and the login name never reach a
    ClaimReview: the explanation is the public one, the author the display name once set."""
    store = tagged.store
    claim = tagged.by_name["claim"]
    private = "Check AESC headcount with company press office"
    store.update_annotation(claim.id, note=private, checked_by="root")
    store.add_evidence(claim.id, "https://example.org/aesc", note="call back Tuesday", added_by="root")
    clothes = tagged.by_name["clothes"]
    store.update_annotation(clothes.id, note="ask the market traders", checked_by="root")

    def raw() -> str:
        buf = io.StringIO()
        export(store, "claimreview", buf)
        return buf.getvalue()

    for text in (raw(),):
        assert private not in text and "call back" not in text and "market traders" not in text
        assert "root" not in text and "Jane Doe" not in text  # the annotator's (login) name
    reviews = {r["claimReviewed"]: r for r in json.loads(raw())["@graph"]}
    assert reviews[KUROSE_CLAIM]["author"] == {"@type": "Organization", "name": "Unnamed fact-checker"}
    assert "ratingExplanation" not in reviews[clothes.text]["reviewRating"]  # none given: none published

    store.set_setting("display-name", "Camille Martin")
    reviews = json.loads(raw())["@graph"]
    assert {json.dumps(r["author"]) for r in reviews} == {
        json.dumps({"@type": "Person", "name": "Camille Martin"})
    }
    assert store.conn.execute("SELECT value FROM settings WHERE key = 'display-name'").fetchone() == (
        "Camille Martin",
    )


def test_claimant_entity_names_the_claim_author(tagged):
    """A claimant linked to an organisation entity is published as an Organization, by the
    entity's canonical name."""
    store = tagged.store
    clothes = tagged.by_name["clothes"]
    aesc = tagged.by_name["aesc"]
    store.update_annotation(clothes.id, claimant="the company", claimant_entity_id=aesc.entity_id)
    review = next(r for r in export_reviews(tagged) if r["claimReviewed"] == clothes.text)
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "AESC"}
