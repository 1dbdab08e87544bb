"""The seed article (../shared/seeds/expected.json, 000) as the cleaner must give it, kept in
tests/data so the tests that store it directly do not depend on the cleaner or on ../shared."""

from __future__ import annotations

import json
from pathlib import Path

from reader.models import CleanResult

SEED: dict = json.loads((Path(__file__).resolve().parent / "data" / "seed_article.json").read_text("utf-8"))
KUROSE_CLAIM = (
    "He said there are currently nearly 150 Chinese experts working at the Douai directing 800 local staff."
)


def seed_clean() -> CleanResult:
    """The seed article's body and metadata, ready for Store.add_article."""
    return CleanResult(
        text=SEED["articleBody"],
        **{k: SEED[k] for k in ("title", "byline", "dateline", "agency", "published", "language", "site")},
    )
