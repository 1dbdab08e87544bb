from __future__ import annotations

import io
import json

from export_fixtures import KUROSE_CLAIM, SOURCE_URL, TRICKY_NOTE

from reader.export import export


def export_w3c(tagged) -> dict:
    buf = io.StringIO()
    count = export(tagged.store, "w3c", buf)
    page = json.loads(buf.getvalue())
    assert count == len(page["items"])
    return page


def test_page_of_annotations_with_both_selectors(tagged):
    page = export_w3c(tagged)
    assert page["type"] == "AnnotationPage"
    assert page["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    article = tagged.store.get_article(tagged.article_id)
    stored = {f"urn:reader:annotation:{a.id}": a for a in tagged.annotations()}
    assert len(page["items"]) == len(stored)
    for item in page["items"]:
        a = stored[item["id"]]
        assert item["type"] == "Annotation"
        target = item["target"]
        # The page's URL is the source; the cleaned text the offsets count in is reader:text.
        assert target["source"] == SOURCE_URL
        assert target["reader:text"] == f"urn:sha256:{article.content_hash}"
        assert target["scope"] == SOURCE_URL
        quote, position = target["selector"]
        assert quote == {"type": "TextQuoteSelector", "exact": a.text, "prefix": a.prefix, "suffix": a.suffix}
        assert position == {"type": "TextPositionSelector", "start": a.start, "end": a.end}
        assert article.text[a.start - len(a.prefix) : a.end + len(a.suffix)] == a.prefix + a.text + a.suffix
        assert item["body"][0] == {"type": "TextualBody", "purpose": "tagging", "value": a.label}
        assert item["created"] == a.created and item["modified"] == a.updated
        assert item["reader:origin"] == a.origin


def test_note_and_claim_fields(tagged):
    items = {i["id"]: i for i in export_w3c(tagged)["items"]}
    verkor = items[f"urn:reader:annotation:{tagged.by_name['verkor'].id}"]
    assert {"type": "TextualBody", "purpose": "commenting", "value": TRICKY_NOTE} in verkor["body"]
    assert verkor["creator"] == {"type": "Person", "name": "Jane Doe"}
    claim = items[f"urn:reader:annotation:{tagged.by_name['claim'].id}"]
    assert claim["target"]["selector"][0]["exact"] == KUROSE_CLAIM
    assert claim["reader:claimant"] == "Ayumi Kurose"
    assert claim["reader:claimStatus"] == "mostly true"
    assert {"type": "TextualBody", "purpose": "assessing", "value": "mostly true"} in claim["body"]
    assert claim["reader:quantities"] == [
        f"urn:reader:annotation:{tagged.by_name['experts'].id}",
        f"urn:reader:annotation:{tagged.by_name['staff'].id}",
    ]
    assert all(q in items for q in claim["reader:quantities"])
