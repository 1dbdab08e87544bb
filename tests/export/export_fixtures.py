"""A database holding the seed article (expected.json 000) tagged the way a journalist would, with
the awkward cases every export must survive: a note with a comma, a quote and a newline, a span
starting with "-", a note starting with "=", a claim crossing a paragraph break."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from seed_article import KUROSE_CLAIM, seed_clean  # noqa: F401 - tests import KUROSE_CLAIM from here

from reader.models import Annotation
from reader.store.store import Store

PUBLIC_EXPLANATION = "AESC's press office gives the same figures: 150 experts, 800 local staff."
TRICKY_NOTE = 'Battery maker, says "gigafactory";\nsecond line of the note'
SOURCE_URL = (
    "https://www.energy-daily.com/reports/France_s_Battery_Valley_makes_use_of_Asian_experts_999.html"
)


def add_seed_article(store: Store) -> int:
    return store.add_article(seed_clean(), "<html>raw page</html>", SOURCE_URL, "text").article_id


@dataclass
class Tagged:
    store: Store
    article_id: int
    text: str
    by_name: dict[str, Annotation] = field(default_factory=dict)

    def tag(self, name: str, quote: str, label: str, occurrence: int = 0, **kwargs: object) -> Annotation:
        start = -1
        for _ in range(occurrence + 1):
            start = self.text.index(quote, start + 1)
        ann = self.store.add_annotation(self.article_id, label, start, start + len(quote), **kwargs)
        self.by_name[name] = ann
        return ann

    def annotations(self) -> list[Annotation]:
        return self.store.annotations(self.article_id)


def tag_seed(store: Store, article_id: int) -> Tagged:
    store.add_label("SUBHEAD", "entity", "#aaaaaa")
    t = Tagged(store, article_id, store.get_article(article_id).text)
    who = {"annotator": "Jane Doe"}
    t.tag("verkor", "Verkor", "ORG", note=TRICKY_NOTE, **who)
    t.tag("dunkirk", "Dunkirk", "PLACE", **who)
    t.tag("aesc", "AESC", "ORG", **who)
    t.tag("douai", "Douai", "PLACE", **who)
    t.tag("redjimi", "Ericka Redjimi", "PERSON", **who)
    t.tag("renault", "Renault", "ORG", origin="suggested")
    t.tag("subhead", "- Skills transfer -", "SUBHEAD", note="@section break", **who)
    t.tag("kurose", "Ayumi Kurose", "PERSON", **who)
    t.tag("envision", "Envision", "ORG", note="=SUM(A1:A2)", annotator="+Bob")
    t.tag("experts", "150 Chinese experts", "QUANTITY", **who)
    t.tag("staff", "800 local staff", "QUANTITY", **who)
    t.tag("douai2", "Douai", "PLACE", occurrence=1, **who)
    t.tag("xiaoming", "He Xiaoming", "PERSON", **who)
    t.tag(
        "claim",
        KUROSE_CLAIM,
        "CLAIM",
        claimant="Ayumi Kurose",
        claim_status="mostly true",
        quantity_ids=[t.by_name["experts"].id, t.by_name["staff"].id],
        note="Checked with the AESC press office, 11 Dec.",
        explanation=PUBLIC_EXPLANATION,
        created="2025-12-10T09:00:00+00:00",
        updated="2025-12-11T16:30:00+00:00",  # edited later: both times must survive a round trip
        **who,
    )
    t.tag(
        "years",
        "AESC has been manufacturing electric car batteries in Asia for 15 years",
        "CLAIM",
        claimant="AFP",
        **who,
    )
    t.tag(
        "clothes",
        'Redjimi arrived at AESC in May without any experience in the sector.\n\n"I sold clothes at open-air markets,"',
        "CLAIM",
        claimant="Ericka Redjimi",
        claim_status="true",
        **who,
    )
    return t


@pytest.fixture
def tagged(tmp_path: Path) -> Tagged:
    store = Store(tmp_path / "export.db")
    tagged = tag_seed(store, add_seed_article(store))
    yield tagged
    store.close()


@pytest.fixture
def fresh_store(tmp_path: Path) -> tuple[Store, int]:
    """Another database holding the same article, no annotations: where imports go."""
    store = Store(tmp_path / "fresh.db")
    store.add_label("SUBHEAD", "entity", "#aaaaaa")
    article_id = add_seed_article(store)
    yield store, article_id
    store.close()
