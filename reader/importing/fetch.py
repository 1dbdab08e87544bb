"""Fetching one http(s) URL with urllib: a timeout, a size limit and a content-type check.

The only network access in reader: nothing is fetched unless the user gives a URL."""

from __future__ import annotations

import http.client
import socket
import urllib.error
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
    request = urllib.request.Request(
        url, headers={"User-Agent": f"reader/{__version__}", "Accept": "text/html, text/*;q=0.9, */*;q=0.1"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
            if not _is_text_type(ctype):
                raise Refused(f"not a text page (content type {ctype})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit():
                check_size(int(length), max_bytes)
            data = response.read(max_bytes + 1)
            check_size(len(data), max_bytes)
            return Fetched(data, ctype, response.headers.get_content_charset(), response.geturl())
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
    except ValueError as e:  # malformed URL
        raise Refused(f"not a valid address: {e}") from None
