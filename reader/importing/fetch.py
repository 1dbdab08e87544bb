"""Fetching one http(s) URL with urllib: a timeout, a size limit and a content-type check.

The only network access in reader: nothing is fetched unless the user gives a URL."""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from reader import __version__
from reader.importing.read import DEFAULT_MAX_BYTES, Refused, check_size

TIMEOUT_S = 20.0
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
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
            if not _is_text_type(ctype):
                raise Refused(f"not a text page (content type {ctype})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit():
                check_size(int(length), max_bytes)
            data = response.read(max_bytes + 1)
            check_size(len(data), max_bytes, exact=False)
            return Fetched(data, ctype, response.headers.get_content_charset(), response.geturl())
    except Refused:
        raise
    except urllib.error.HTTPError as e:
        raise Refused(f"the server answered HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise Refused(f"no answer within {timeout:g} s") from None
        if isinstance(reason, OSError) and reason.strerror:
            raise Refused(f"cannot connect: {reason.strerror}") from None
        raise Refused(f"cannot connect: {reason}") from None
    except TimeoutError:
        raise Refused(f"no answer within {timeout:g} s") from None
    except (ConnectionError, OSError) as e:
        raise Refused(f"the connection failed: {e.strerror or e}") from None
    except http.client.HTTPException as e:
        raise Refused(f"the server sent a broken answer ({type(e).__name__})") from None
    except ValueError as e:  # malformed URL (urllib, http.client.InvalidURL, IDNA UnicodeError)
        raise Refused(f"not a valid address: {e}") from None
    except Exception as e:  # noqa: BLE001 - any other failure refuses this one URL, never the batch
        raise Refused(f"the fetch failed ({type(e).__name__}: {e})") from None


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
