"""The optional spaCy backend: a blank pipeline with an EntityRuler (nothing downloaded), merged with the rules."""

from __future__ import annotations

import json

import pytest

spacy = pytest.importorskip("spacy")

from click.testing import CliRunner  # noqa: E402

from reader.cli.main import cli  # noqa: E402
from reader.models import CleanResult  # noqa: E402
from reader.suggest import suggest  # noqa: E402
from reader.suggest_model import load_model, merge, model_suggestions, suggest_with_model  # noqa: E402
from reader.suggestions import accept_all, pending_suggestions  # noqa: E402

TEXT = (
    "Verkor opened a plant in Dunkirk on Thursday. "
    "The workers of acme widgets met the staff of the old mill, said Ayumi Kurose. "
    "They hired seven welders and paid twelve euros."
)


def _nlp():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Dunkirk"},  # conflicts with the rules' PLACE: the rules win
            {"label": "ORG", "pattern": "Verkor"},  # the rules miss it here
            {"label": "ORG", "pattern": "acme widgets"},  # lower case: the rules miss it
            {"label": "FAC", "pattern": "the old mill"},
            {"label": "PER", "pattern": "Ayumi"},  # inside the rules' PERSON: dropped
            {"label": "CARDINAL", "pattern": "seven"},  # a noun follows: QUANTITY "seven welders"
            {"label": "CARDINAL", "pattern": "twelve"},
            {"label": "EVENT", "pattern": "Thursday"},  # not mapped
        ]
    )
    return nlp


def _spans(suggestions):
    return {(g.label, g.text) for g in suggestions}


def test_model_entities_are_mapped():
    found = _spans(model_suggestions(_nlp(), TEXT))
    assert found == {
        ("ORG", "Dunkirk"),
        ("ORG", "Verkor"),
        ("ORG", "acme widgets"),
        ("PLACE", "the old mill"),
        ("PERSON", "Ayumi"),
        ("QUANTITY", "seven welders"),
        ("QUANTITY", "twelve euros"),
    }


def test_merge_rules_win_and_model_adds_what_they_missed():
    rules = suggest(TEXT, "en")
    assert ("PLACE", "Dunkirk") in _spans(rules)
    assert not {("ORG", "Verkor"), ("ORG", "acme widgets")} & _spans(rules)
    merged = suggest_with_model(TEXT, "en", None, _nlp())
    spans = _spans(merged)
    assert {g for g in rules if g.label != "CLAIM"} <= set(merged)
    assert ("PLACE", "Dunkirk") in spans and ("ORG", "Dunkirk") not in spans
    assert ("ORG", "Verkor") in spans
    assert ("ORG", "acme widgets") in spans and ("PLACE", "the old mill") in spans
    assert ("PERSON", "Ayumi") not in spans and ("PERSON", "Ayumi Kurose") in spans
    entities = [g for g in merged if g.label != "CLAIM"]
    for i, x in enumerate(entities):  # entities never overlap each other
        for y in entities[i + 1 :]:
            assert x.end <= y.start or y.end <= x.start, (x, y)
    for g in merged:
        assert TEXT[g.start : g.end] == g.text
    assert merge(rules, []) == rules


def test_pipeline_by_path_in_the_store_and_cli(store, tmp_path):
    path = tmp_path / "pipeline"
    _nlp().to_disk(path)
    assert load_model(str(path)).pipe_names == ["entity_ruler"]
    article = store.add_article(CleanResult(text=TEXT, language="en"), TEXT, None, "text").article_id
    pending = pending_suggestions(store, article, model=str(path))
    assert ("ORG", "acme widgets") in _spans(pending)
    assert ("ORG", "acme widgets") not in _spans(pending_suggestions(store, article))

    result = CliRunner().invoke(cli, ["suggest", str(article), "--json", "--model", str(path)])
    assert result.exit_code == 0, result.output
    assert {
        "label": "ORG",
        "start": TEXT.index("acme"),
        "end": TEXT.index("acme") + 12,
        "text": "acme widgets",
    } in [json.loads(line) for line in result.stdout.splitlines()]
    stored = accept_all(store, article, label="ORG", model=str(path))
    assert {a.text for a in stored} == {"Verkor", "acme widgets"}
    assert {a.origin for a in store.annotations(article)} == {"suggested"}
