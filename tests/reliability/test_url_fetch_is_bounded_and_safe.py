"""Fetching a URL: the timeout bounds the whole fetch (a server dripping a byte every second is cut
off), redirects are followed to http(s) only at every hop, and a password in the URL is never shown
nor stored. A local 127.0.0.1 server only."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hostile_counts import exercised

from reader.importing import fetch as fetch_module
from reader.importing import import_paths
from reader.store import Store

PAGE = b"Anna Kurose said the plant hired 300 workers in Douai last year. " * 5


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            try:
                for byte in PAGE:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif self.path == "/drip-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            try:
                for _ in range(100):
                    self.wfile.write(b"X-A: b\r\n")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif self.path.startswith("/to-"):
            self.send_response(302)
            self.send_header("Location", self.path[4:].replace("_", "://", 1))
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(PAGE)


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_slow_drip_is_cut_off_at_the_timeout(tmp_path, server, monkeypatch, path) -> None:  # noqa: ANN001
    exercised("server behaviours", 1)
    monkeypatch.setattr(fetch_module, "TIMEOUT_S", 1.0)
    with Store(tmp_path / "r.db") as store:
        started = time.monotonic()
        report = import_paths(store, [server + path])
        took = time.monotonic() - started
    assert report.refused and "no answer within 1 s" in report.refused[0][1], report
    assert took < 5  # the drip would take 66 s (/drip) or 20 s (/drip-headers)


@pytest.mark.parametrize("target", ["ftp_127.0.0.1/x", "file_/etc/passwd", "gopher_127.0.0.1/"])
def test_redirect_outside_http_is_refused(tmp_path, server, target) -> None:  # noqa: ANN001
    exercised("server behaviours", 1)
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [f"{server}/to-{target}"])
        assert store.count_articles() == 0
    assert report.refused and "only http:// and https:// are followed" in report.refused[0][1], report


def test_redirect_to_http_is_followed(tmp_path, server) -> None:  # noqa: ANN001
    exercised("server behaviours", 1)
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [f"{server}/to-{server.replace('://', '_')}/page"])
        assert len(report.imported) == 1, report


def test_password_in_the_url_is_never_shown_nor_stored(tmp_path, server) -> None:  # noqa: ANN001
    exercised("server behaviours", 1)
    good = server.replace("http://", "http://alice:s3cret@") + "/page"
    bad = "http://bob:hunter2@127.0.0.1:1/nothing-listens"
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [good, bad])
        sources = [store.get_article(i).source for i in report.imported]
    assert report.total == 2
    shown = repr(report) + repr(sources)
    assert "s3cret" not in shown and "hunter2" not in shown, shown
    assert "***@" in shown
