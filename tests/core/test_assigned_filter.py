"""The articles assigned to one annotator, as a filter of the library and of `reader list`: a
journalist on a desk sees the articles given to them (`reader assign 3 4 --to ann`).

Asked for by the h70 round (a newcomer on a desk looked for "my articles" in the library and found
only the desk screen's table)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.models import CleanResult
from reader.store import Store


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


def articles(store: Store) -> list[int]:
    texts = [
        ("Hafen von Gdańsk", "Der Hafen von Gdańsk wächst weiter."),
        ("Le port de Sète", "Le port de Sète s'agrandit encore."),
        ("Rotterdam canal", "Rotterdam widens its canal again."),
    ]
    return [
        store.add_article(CleanResult(text=t, title=title), f"raw {n}", f"a{n}.txt", "text").article_id
        for n, (title, t) in enumerate(texts)
    ]


def test_article_ids_keeps_the_articles_assigned_to_one_annotator(store, db_url):
    a, b, c = articles(store)
    store.assign([c, a], "ann")
    store.assign([b], "bob")
    assert store.article_ids(assigned="ann") == [a, c]
    assert store.article_ids(assigned="bob", sort="title") == [b]
    assert store.article_ids(assigned="ann", sort="annotations") == [a, c]  # the counts' own path
    assert store.article_ids(assigned="nobody") == []
    assert store.article_ids(assigned="ann", query="Rotterdam") == [c]
    assert store.article_ids(assigned="ann", status="in progress") == []
    result = CliRunner().invoke(cli, ["list", "--assigned", "ann", "--json", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [a, c]
    none = CliRunner().invoke(cli, ["list", "--assigned", "carol", "--db", db_url])
    assert none.exit_code == 0 and "No article matches these filters." in none.stdout
