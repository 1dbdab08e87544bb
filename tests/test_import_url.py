"""Importing http(s) URLs, against a local server on 127.0.0.1 only."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hostile_counts import exercised

import reader.importing.fetch as fetch_module
from reader.importing import import_paths

SEED = Path(__file__).resolve().parent.parent / "sample_data" / "000_d13f4cea6e1b214d.txt"
PAGE = (
    "<!DOCTYPE html><html><head><title>Tram news</title></head><body><article><h1>Lille opens a tram</h1>"
    "<p>The mayor of Lille said on Monday that the new tram line will open in March and carry forty thousand "
    "people a day.</p><p>The council approved a budget of 120 million euros for the work, which starts next "
    "week near the station.</p></article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {
        "/article.html": (200, "text/html; charset=utf-8", PAGE.encode()),
        "/dump.txt": (200, "text/plain; charset=utf-8", SEED.read_bytes()),
        "/latin.html": (
            200,
            "text/html; charset=iso-8859-1",
            PAGE.replace("Monday", "lundi été").encode("latin-1"),
        ),
        "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(300)),
        "/big.txt": (200, "text/plain", b"word " * 5000),
        "/slow": (200, "text/plain", b"late"),
    }

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/slow":
            time.sleep(1.5)
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        status, ctype, body = route
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page(store, server):
    url = f"{server}/article.html"
    report = import_paths(store, [url])
    assert report.imported == [1], report.refused
    article = store.get_article(1, with_raw=True)
    assert article.source == url
    assert article.title == "Lille opens a tram"
    assert "forty thousand people a day" in article.text
    assert article.raw == PAGE
    assert store.article_format(1) == "html"


def test_text_dump_and_declared_charset(store, server):
    report = import_paths(store, [f"{server}/dump.txt", f"{server}/latin.html"])
    assert report.imported == [1, 2], report.refused
    assert store.get_article(1).byline == "Etienne BALMER"
    assert "lundi été" in store.get_article(2).text


def test_404(store, server):
    exercised("server behaviours", 1)
    url = f"{server}/missing"
    report = import_paths(store, [url])
    assert report.refused == [(url, "the server answered HTTP 404 Not Found")]


def test_timeout(store, server, monkeypatch):
    exercised("server behaviours", 1)
    monkeypatch.setattr(fetch_module, "TIMEOUT_S", 0.3)
    report = import_paths(store, [f"{server}/slow"])
    assert report.refused and report.refused[0][1] == "no answer within 0.3 s"


def test_too_large(store, server):
    exercised("server behaviours", 1)
    report = import_paths(store, [f"{server}/big.txt"], max_bytes=1000)
    assert report.refused[0][1].startswith("too large (24 KB; over the 1000 bytes limit)")


def test_not_text_content_type(store, server):
    exercised("server behaviours", 1)
    report = import_paths(store, [f"{server}/image.png"])
    assert report.refused[0][1] == "not a text page (content type image/png)"


def test_connection_refused(store):
    exercised("server behaviours", 1)
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    report = import_paths(store, [f"http://127.0.0.1:{port}/x"])
    assert report.refused[0][1].startswith("cannot connect")


def test_default_timeout_is_20_seconds():
    assert fetch_module.TIMEOUT_S == 20


@pytest.mark.parametrize(
    "bad",
    ["http://[::1", "http://", "http://x:99999/", "http://a b/", "http://exa\x01mple.com/"],
    ids=["ipv6-unclosed", "no-host", "port-out-of-range", "space", "control-character"],
)
def test_malformed_url_is_refused_and_the_batch_goes_on(store, server, bad):
    exercised("strings", 1)
    report = import_paths(store, [bad, f"{server}/article.html"])
    assert report.imported == [1]
    assert len(report.refused) == 1
    assert report.refused[0][1].startswith("not a valid address"), report.refused


def test_malformed_url_through_the_cli_prints_the_summary(tmp_path, server):
    from click.testing import CliRunner

    from reader.cli.main import cli

    result = CliRunner().invoke(
        cli, ["import", "--db", str(tmp_path / "r.db"), f"{server}/article.html", "http://[::1"]
    )
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert "refused: http://[::1: not a valid address" in result.output
    assert "imported 1 article (id 1); skipped 0 duplicates; refused 1" in result.output


def test_site_is_the_host_of_the_url_when_the_cleaner_finds_none(store, server):
    report = import_paths(store, [f"{server}/article.html"])
    assert store.get_article(report.imported[0]).site == "127.0.0.1"


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.example.com/x", "example.com"),
        ("http://News.Example.org:8080/a?b", "news.example.org"),
        ("https://www.example.com./x", "example.com"),
        ("/tmp/a.txt", None),
        ("http://[::1", None),
        (None, None),
    ],
)
def test_site_from_url(url, site):
    assert fetch_module.site_from_url(url) == site
