"""A URL import from a server that misbehaves (redirect loops, a 5 GB Content-Length, a gzip bomb, an
image sent as text/html, an escape sequence in a redirect) ends in one clear line, quickly, with the
library untouched. A local 127.0.0.1 server only: tests never touch the real network."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hostile_counts import exercised

from reader.importing import import_paths
from reader.store import Store

from .cli_run import assert_refused, dump, reader
from .conftest import paragraph_text, unsafe_chars

# 30 MB unpacked (over the 20 MB limit) from 30 KB sent
BOMB = gzip.compress(b"<p>" + b"a" * 30_000_000 + b"</p>", compresslevel=9)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(self, code: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.send_response(code)
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass

    def do_GET(self) -> None:  # noqa: N802
        routes = {
            "/loop": (302, {"Location": "/loop"}, b""),
            "/ping": (301, {"Location": "/pong"}, b""),
            "/pong": (307, {"Location": "/ping"}, b""),
            "/huge": (200, {"Content-Type": "text/html", "Content-Length": str(5 * 1024**3)}, b"<p>a"),
            "/bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, BOMB),
            "/png": (200, {"Content-Type": "text/html"}, b"\x89PNG\r\n\x1a\n\x00"),
            "/escape": (302, {"Location": "ftp://x/\x1b]52;c;aGk=\x07"}, b""),
        }
        self._send(*routes.get(self.path, (404, {}, b"")))


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", ["/loop", "/ping"])
def test_a_redirect_loop_is_said_plainly(tmp_path: Path, server: str, path: str) -> None:
    exercised("server behaviours", 1)
    with Store(tmp_path / "r.db") as store:
        report = import_paths(store, [server + path])
    ((_, reason),) = report.refused
    # was "the server answered HTTP 302 The HTTP server returned a redirect error that would lead to
    # an infinite loop. The last 30x error message was: Found"
    assert reason == "the server redirects in a loop (or more than 10 times): no page came", reason


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/huge", "too large (5120.0 MB; over the 20 MB limit)"),
        ("/bomb", "too large once unpacked"),
        ("/png", "not a page or a text: a PNG image"),
        ("/escape", "only http:// and https:// are followed"),
        ("/loop", "redirects in a loop"),
    ],
)
def test_a_hostile_server_gives_one_line_quickly_and_the_library_is_kept(
    tmp_path: Path, server: str, path: str, needle: str
) -> None:
    exercised("server behaviours", 1)
    db = tmp_path / "lib.db"
    good = tmp_path / "good.txt"
    good.write_text(paragraph_text(4, 200), "utf-8")
    assert reader(db, "import", good).code == 0
    before = dump(db)
    started = time.monotonic()
    result = reader(db, "import", server + path)
    assert time.monotonic() - started < 10
    line = assert_refused(result)
    assert not unsafe_chars(line), line
    assert needle in line, line
    assert dump(db) == before
