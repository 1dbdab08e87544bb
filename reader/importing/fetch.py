"""Fetching one http(s) URL with urllib: a timeout, a size limit and a content-type check.

The only network access in reader: nothing is fetched unless the user gives a URL."""

from __future__ import annotations

import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from reader import __version__
from reader.importing.read import DEFAULT_MAX_BYTES, Refused, check_size

TIMEOUT_S = 20.0
_CREDENTIALS = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s]*@")
_TEXT_TYPES = (
    "application/xhtml+xml",
    "application/xml",
    "application/json",
    "application/ld+json",
    "application/x-ndjson",
    "application/jsonl",
    "application/rss+xml",
    "application/atom+xml",
)


@dataclass
class Fetched:
    data: bytes
    content_type: str  # media type without parameters, "" when the server sent none
    charset: str | None
    url: str  # after redirects


def is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


def _is_text_type(ctype: str) -> bool:
    return not ctype or ctype.startswith("text/") or ctype in _TEXT_TYPES or ctype.endswith(("+xml", "+json"))


def fetch(url: str, *, timeout: float | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Fetched:
    """GET the URL; Refused with a clear reason on any failure. timeout defaults to TIMEOUT_S."""
    timeout = TIMEOUT_S if timeout is None else timeout
    if not is_url(url):
        raise Refused("only http:// and https:// addresses can be fetched")
    try:
        check_address(url)
        request = urllib.request.Request(
            url,
            headers={"User-Agent": f"reader/{__version__}", "Accept": "text/html, text/*;q=0.9, */*;q=0.1"},
        )
        deadline = time.monotonic() + timeout
        opened: list[http.client.HTTPConnection] = []
        opener = urllib.request.build_opener(_Redirects(), _Http(opened), _Https(opened))
        # The timeout bounds the whole fetch, not each read: a server sending a byte every few
        # seconds is cut off at the deadline (the connection is shut under it).
        watchdog = threading.Timer(timeout, _shut, (opened,))
        watchdog.daemon = True
        watchdog.start()
        try:
            return _get(opener, request, timeout, deadline, max_bytes)
        finally:
            watchdog.cancel()
    except Refused:
        raise
    except urllib.error.HTTPError as e:
        if 300 <= e.code < 400:  # urllib gives up on a loop, or after 10 hops, with a 3-line reason
            raise Refused("the server redirects in a loop (or more than 10 times): no page came") from None
        said = " ".join(str(e.reason).split())
        raise Refused(f"the server answered HTTP {e.code} {said}") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, Refused):
            raise reason from None
        if isinstance(reason, (socket.timeout, TimeoutError)) or time.monotonic() >= deadline:
            raise Refused(f"no answer within {timeout:g} s") from None
        if isinstance(reason, OSError) and reason.strerror:
            raise Refused(f"cannot connect: {reason.strerror}") from None
        raise Refused(f"cannot connect: {reason}") from None
    except TimeoutError:
        raise Refused(f"no answer within {timeout:g} s") from None
    except (ConnectionError, OSError, http.client.HTTPException) as e:
        if time.monotonic() >= deadline:
            raise Refused(f"no answer within {timeout:g} s") from None
        if isinstance(e, http.client.HTTPException):
            raise Refused(f"the server sent a broken answer ({type(e).__name__})") from None
        raise Refused(f"the connection failed: {e.strerror or e}") from None
    except ValueError as e:  # malformed URL (urllib, http.client.InvalidURL, IDNA UnicodeError)
        raise Refused(f"not a valid address: {redact(str(e))}") from None
    except Exception as e:  # noqa: BLE001 - any other failure refuses this one URL, never the batch
        raise Refused(f"the fetch failed ({type(e).__name__}: {redact(str(e))})") from None


def _get(
    opener: urllib.request.OpenerDirector,
    request: urllib.request.Request,
    timeout: float,
    deadline: float,
    max_bytes: int,
) -> Fetched:
    with opener.open(request, timeout=timeout) as response:
        ctype = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
        if not _is_text_type(ctype):
            raise Refused(f"not a text page (content type {ctype})")
        length = response.headers.get("Content-Length")
        if length and length.isdigit():
            check_size(int(length), max_bytes)
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            if time.monotonic() >= deadline:
                raise TimeoutError
            chunk = response.read1(min(65536, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if time.monotonic() >= deadline:
            raise TimeoutError
        data = b"".join(chunks)
        check_size(len(data), max_bytes, exact=False)
        return Fetched(data, ctype, response.headers.get_content_charset(), response.geturl())


def _shut(opened: list[http.client.HTTPConnection]) -> None:
    """At the deadline: shut the connections, so a read blocked on a slow server returns."""
    for conn in opened:
        sock = getattr(conn, "sock", None)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _tracking(cls: type, opened: list) -> object:
    def make(host: str, **kwargs: object) -> http.client.HTTPConnection:
        conn = cls(host, **kwargs)
        opened.append(conn)
        return conn

    return make


class _Http(urllib.request.HTTPHandler):
    def __init__(self, opened: list) -> None:
        super().__init__()
        self.opened = opened

    def http_open(self, req: urllib.request.Request):  # noqa: ANN201
        return self.do_open(_tracking(http.client.HTTPConnection, self.opened), req)  # type: ignore[arg-type]


class _Https(urllib.request.HTTPSHandler):
    def __init__(self, opened: list) -> None:
        super().__init__()
        self.opened = opened

    def https_open(self, req: urllib.request.Request):  # noqa: ANN201
        return self.do_open(
            _tracking(http.client.HTTPSConnection, self.opened),  # type: ignore[arg-type]
            req,
            context=self._context,  # type: ignore[attr-defined]
        )


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only, at every hop (urllib follows ftp:// too)."""

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: ANN001, ANN201
        newurl = headers.get("location") or headers.get("uri") or ""
        if newurl and not is_url(urllib.parse.urljoin(req.full_url, newurl)):
            raise Refused(f"redirected to {redact(newurl)!r}: only http:// and https:// are followed")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def redact(url: str) -> str:
    """A URL (or a message holding one) with any user:password@ shown as ***@."""
    return _CREDENTIALS.sub(r"\1***@", url)


def check_address(url: str) -> None:
    """Refused unless the URL parses and names a host (urllib's own errors are ValueErrors too)."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number or out of range
    except ValueError as e:
        raise Refused(f"not a valid address: {e}") from None
    if not host:
        raise Refused("not a valid address: no host name")
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        raise Refused("not a valid address: it contains spaces or control characters")


def site_from_url(url: str | None) -> str | None:
    """The host of an http(s) URL without "www.", lower-cased: the site of an article when the
    cleaner found none. None for anything else (a file path, a malformed URL, an IP-less host)."""
    if not url or not is_url(url):
        return None
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None
