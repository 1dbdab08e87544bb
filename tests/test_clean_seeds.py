import json
from dataclasses import replace
from pathlib import Path

import pytest

from reader.clean import clean, clean_dump

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
if not SEEDS.exists():  # the seeds are also copied into the project
    SEEDS = Path(__file__).resolve().parents[1] / "sample_data"
EXPECTED_FILE = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "expected.json"

pytestmark = pytest.mark.skipif(not EXPECTED_FILE.exists(), reason="../shared/seeds not available")


def _cases():
    if not EXPECTED_FILE.exists():
        return []
    return sorted(json.loads(EXPECTED_FILE.read_text("utf-8")).items())


@pytest.mark.parametrize(("doc_id", "expected"), _cases(), ids=lambda x: x if isinstance(x, str) else "")
def test_seed(doc_id, expected):
    raw = (SEEDS / f"{doc_id}.txt").read_text("utf-8")
    result = clean_dump(raw)
    assert result.text.split("\n\n") == expected["articleBody"].split("\n\n")
    for field in ("title", "byline", "dateline", "agency", "published", "language", "site"):
        if expected.get(field) is not None:
            assert getattr(result, field) == expected[field], field
    for line in expected.get("boilerplate_examples", []):
        assert line not in result.text.split("\n\n")
        assert line not in result.text or line in expected["articleBody"]
    if expected.get("signature"):
        assert expected["signature"] not in result.text
    full = clean(raw, "text")
    assert full.confidence is not None and 0.0 <= full.confidence <= 1.0
    assert replace(full, confidence=None, reason=None) == result
