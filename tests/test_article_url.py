"""The page's URL (issue 11): stored at import from the page, the import URL or a record's "url",
kept through an upgrade, and written by show --json, the CSV, JSONL, ClaimReview and W3C exports."""

from __future__ import annotations

import csv
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from backends import connect
from click.testing import CliRunner

from reader.cli.main import cli
from reader.export import export
from reader.importing import import_paths
from reader.importing.formats import with_url
from reader.models import CleanResult
from reader.store import Store

BODY = (
    "The mayor of Lille said on Monday that the new tram line will open in March and carry forty "
    "thousand people a day. The council approved a budget of 120 million euros for the work."
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Tram news</title></head><body><article><h1>Lille opens a tram</h1>"
    f"<p>{BODY}</p><p>Work starts next week near the station, the mayor's office said on Tuesday.</p>"
    "</article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    page = PAGE

    def do_GET(self) -> None:  # noqa: N802
        if self.path.startswith("/short/"):  # a link shortener: the page lives elsewhere
            self.send_response(301)
            self.send_header("Location", "/2031/lille-tram.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self.page.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def run(*args: object):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def stored_url(db, article_id: int) -> str | None:
    with connect(db) as conn:
        return conn.execute("SELECT url FROM articles WHERE id = ?", (article_id,)).fetchone()[0]


def test_the_page_url_comes_first_then_the_import_url_then_the_record():
    page = CleanResult(text="x", url="https://news.example/a")
    assert (
        with_url(page, "https://mirror.example/a", "https://record.example/a").url == "https://news.example/a"
    )
    bare = CleanResult(text="x")
    assert (
        with_url(bare, "https://mirror.example/a", "https://record.example/a").url
        == "https://mirror.example/a"
    )
    assert with_url(bare, "/home/me/page.json", "https://record.example/a").url == "https://record.example/a"
    assert with_url(bare, "/home/me/page.txt", "not a url").url is None


def test_url_given_to_import_is_stored_and_shown(store, server, db_path):
    url = f"{server}/tram.html"
    report = import_paths(store, [url])
    assert report.imported == [1], report.refused
    assert stored_url(db_path, 1) == url
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["url"] == url
    assert "url: " + url in run("show", "1").stdout


def test_a_redirected_url_stores_the_page_s_address_and_reclean_keeps_it(store, server, db_path):
    short = f"{server}/short/x7"
    report = import_paths(store, [short])
    assert report.imported == [1], report.refused
    page = f"{server}/2031/lille-tram.html"
    assert stored_url(db_path, 1) == page  # where the page is, not the shortener's link
    assert json.loads(run("show", "1", "--json").stdout)["url"] == page
    assert run("reclean", "1").exit_code == 0
    assert stored_url(db_path, 1) == page
    again = import_paths(store, [short])  # the same page again: a duplicate, said with the link typed
    assert again.imported == [] and [d[0] for d in again.duplicates] == [short]


def test_html_canonical_link_is_stored_and_wins_over_the_import_url(
    store, server, db_path, tmp_path, monkeypatch
):
    canonical = '<link rel="canonical" href="https://lille.example/news/tram">'
    page = PAGE.replace("<title>", canonical + "<title>")
    monkeypatch.setattr(Handler, "page", page)
    report = import_paths(store, [f"{server}/mirror.html"])  # fetched from a mirror: the page names itself
    assert report.imported == [1], report.refused
    assert stored_url(db_path, 1) == "https://lille.example/news/tram"
    saved = tmp_path / "tram.html"
    saved.write_text(page.replace("Lille", "Roubaix"))
    assert import_paths(store, [saved]).imported == [2]
    assert stored_url(db_path, 2) == "https://lille.example/news/tram"
    assert json.loads(run("show", "1", "--json").stdout)["url"] == "https://lille.example/news/tram"


def test_a_dump_url_header_line_is_stored(store, tmp_path, db_path):
    dump = tmp_path / "dump.txt"
    dump.write_text("URL: https://lille.example/dump\n\nLille opens a tram\n\n" + BODY + "\n")
    assert import_paths(store, [dump]).imported == [1]
    assert stored_url(db_path, 1) == "https://lille.example/dump"


def test_json_and_jsonl_records_keep_their_url(store, tmp_path, db_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": BODY, "title": "Tram", "url": "https://lille.example/tram"}))
    many = tmp_path / "many.jsonl"
    many.write_text(
        json.dumps({"text": BODY + " Second.", "url": "https://lille.example/2"})
        + "\n"
        + json.dumps({"text": BODY + " Third, without a url."})
        + "\n"
    )
    report = import_paths(store, [one, many])
    assert report.imported == [1, 2, 3], report.refused
    assert [stored_url(db_path, i) for i in (1, 2, 3)] == [
        "https://lille.example/tram",
        "https://lille.example/2",
        None,
    ]


def tagged_store(db_path, url: str | None) -> Store:
    store = Store(db_path)
    clean = CleanResult(text=BODY, title="Tram", url=url)
    aid = store.add_article(clean, raw=BODY, source="/tmp/tram.txt", fmt="text").article_id
    store.add_annotation(aid, "PLACE", BODY.index("Lille"), BODY.index("Lille") + 5)
    claim = BODY.index("The council")
    store.add_annotation(aid, "CLAIM", claim, len(BODY), claim_status="true", claimant="The council")
    return store


def test_csv_jsonl_claimreview_and_w3c_carry_the_url(db_path):
    url = "https://lille.example/tram?id=1"
    store = tagged_store(db_path, url)
    out = io.StringIO(newline="")
    export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [r["url"] for r in rows] == [url, url]
    out = io.StringIO()
    export(store, "jsonl", out)
    assert json.loads(out.getvalue())["url"] == url
    out = io.StringIO()
    export(store, "claimreview", out)
    (review,) = json.loads(out.getvalue())["@graph"]
    assert review["itemReviewed"]["appearance"]["url"] == url
    out = io.StringIO()
    export(store, "w3c", out)
    items = json.loads(out.getvalue())["items"]
    digest = store.get_article(1).content_hash
    assert {i["target"]["source"] for i in items} == {url}
    assert {i["target"]["reader:text"] for i in items} == {f"urn:sha256:{digest}"}


def test_without_a_url_the_exports_keep_the_content_hash(db_path):
    store = tagged_store(db_path, None)
    digest = store.get_article(1).content_hash
    out = io.StringIO(newline="")
    export(store, "csv", out)
    assert {r["url"] for r in csv.DictReader(io.StringIO(out.getvalue(), newline=""))} == {""}
    out = io.StringIO()
    export(store, "claimreview", out)
    appearance = json.loads(out.getvalue())["@graph"][0]["itemReviewed"]["appearance"]
    assert appearance["url"] == f"urn:sha256:{digest}"
    out = io.StringIO()
    export(store, "w3c", out)
    assert {i["target"]["source"] for i in json.loads(out.getvalue())["items"]} == {f"urn:sha256:{digest}"}


def test_w3c_with_a_url_imports_back_by_its_text(db_path, tmp_path):
    store = tagged_store(db_path, "https://lille.example/tram")
    path = tmp_path / "tags.jsonld"
    with path.open("w") as out:
        export(store, "w3c", out)
    for ann in store.annotations(1):
        store.delete_annotation(ann.id)
    result = run("import-annotations", path)
    assert result.exit_code == 0, result.output
    assert [(a.label, a.text) for a in store.annotations(1)] == [
        ("PLACE", "Lille"),
        ("CLAIM", BODY[BODY.index("The council") :]),
    ]


@pytest.mark.sqlite_only("an old SQLite file upgraded, with its backup copy")
def test_an_older_database_is_upgraded_with_a_backup(db_path):
    """A schema-2 database (before issue 11) gets url, confidence and the body choice; articles
    imported from a URL keep it as their url; a copy of the old file is kept."""
    from reader.store import schema

    with connect(db_path) as conn:
        for step in schema.MIGRATIONS[:2]:
            if callable(step):
                step(conn)
            else:
                conn.executescript(step)
        conn.execute("PRAGMA user_version = 2")
        conn.executemany(
            "INSERT INTO articles (content_hash, source, format, raw, text, imported_at) VALUES (?, ?, 'text', ?, ?, 'now')",
            [("h1", "https://old.example/a", BODY, BODY), ("h2", "/home/me/b.txt", BODY + " B", BODY + " B")],
        )
    store = Store(db_path)
    assert store.schema_version == len(schema.MIGRATIONS)
    assert [(a.url, a.confidence, a.body_choice) for a in map(store.get_article, (1, 2))] == [
        ("https://old.example/a", None, None),
        (None, None, None),
    ]
    assert store.set_aside_annotations(1) == []
    with connect(db_path.with_name(db_path.name + ".v2.bak")) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
        assert "url" not in columns
