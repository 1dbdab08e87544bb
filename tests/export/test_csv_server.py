"""On PostgreSQL the server writes the CSV (COPY ... TO STDOUT): the file must hold the very bytes
csv.writer writes for the rows iter_export_table gives, awkward cells included (quotes, commas,
line breaks inside a cell, formula starts, empty texts, accents). Skipped without a server."""

from __future__ import annotations

import csv
import io

import pytest
from export_fixtures import add_seed_article, tag_seed

from reader.export.csv_format import COLUMNS, FORMULA_STARTS, QUANTITY_SEPARATOR, write_csv
from reader.export.filters import ExportFilters
from reader.models import CleanResult
from reader.store import Store


@pytest.fixture
def server_store(db_url):
    if not db_url.startswith("postgresql://"):
        pytest.skip("PostgreSQL only: SQLite's CSV is csv.writer's own")
    with Store(db_url) as store:
        yield store


def python_csv(store: Store, **filters: object) -> bytes:
    """What csv.writer writes for the same rows (the SQLite path, and PostgreSQL's before COPY)."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerow(COLUMNS)
    writer = csv.writer(out, lineterminator="\r\n")
    for rows in store.iter_export_table(
        COLUMNS, neutralise="".join(FORMULA_STARTS), separator=QUANTITY_SEPARATOR, **filters
    ):
        writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def server_csv(store: Store, filters: ExportFilters | None = None) -> tuple[int, bytes]:
    out = io.BytesIO()
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    count = write_csv(store, text, filters)
    text.flush()
    return count, out.getvalue()


def test_the_server_writes_the_bytes_csv_writer_writes(server_store):
    tagged = tag_seed(server_store, add_seed_article(server_store))
    # An article whose metadata holds what CSV must quote, or what a spreadsheet would run.
    text = 'Line one, "quoted".\nLine two with Zoë\r\nand a formula =1+1 said Kurose.'
    aid = server_store.add_article(
        CleanResult(text=text, title='=HYPERLINK("x"), or not', site=""), raw=text, source="x", fmt="text"
    ).article_id
    server_store.add_annotation(aid, "PERSON", text.index("Kurose"), text.index("Kurose") + 6, note='-x, "y"')
    server_store.add_annotation(aid, "ORG", 0, len('Line one, "quoted".\nLine'), annotator="@desk")
    count, data = server_csv(server_store)
    assert data == python_csv(server_store)
    assert count == len(tagged.annotations()) + 2
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[-2]["text"] == 'Line one, "quoted".\nLine' and rows[-2]["annotator"] == "'@desk"
    assert rows[-1]["article_title"] == '\'=HYPERLINK("x"), or not' and rows[-1]["note"] == '\'-x, "y"'


def test_filters_and_an_empty_export_on_the_server(server_store):
    tag_seed(server_store, add_seed_article(server_store))
    count, data = server_csv(server_store, ExportFilters(labels=("PLACE",), annotator="Jane Doe"))
    assert count == 3
    assert data == python_csv(server_store, labels=("PLACE",), annotator="Jane Doe")
    count, data = server_csv(server_store, ExportFilters(labels=("CLAIM",), annotator="nobody"))
    assert count == 0 and data == ",".join(COLUMNS).encode() + b"\r\n"
