"""The page's own address, as the page states it.

HTML: <link rel=canonical>, then og:url, then JSON-LD url / mainEntityOfPage (first usable wins).
Text dumps and Markdown: a URL header line near the top ("URL: https://...", "Source: ...", front
matter "source: ...", or a bare URL as the first line). Only http(s) URLs are kept, without
credentials (user:password@), normalised as every stored field is.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from ..normalize import normalize_field

__all__ = ["clean_url", "take_url_header", "url_from_html", "url_from_text"]


def clean_url(raw: str | None, base: str | None = None) -> str | None:
    """An http(s) URL made safe to store, or None: normalised, cut at the first space, credentials
    removed; a relative URL is resolved against `base` when one is given."""
    s = normalize_field(raw)
    if not s:
        return None
    s = s.split(" ", 1)[0].strip("<>\"'")
    if base and not re.match(r"(?i)^[a-z][a-z0-9+.-]*:", s):
        base_ok = clean_url(base)
        if base_ok is None:
            return None
        s = urljoin(base_ok, s)
    try:
        parts = urlsplit(s)
        port = parts.port  # raises on a bad port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    netloc = parts.netloc.rpartition("@")[2]  # no user:password@
    if port is not None and not netloc:
        return None
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)) or None


def _jsonld_urls(data: Any, depth: int = 0) -> list[str]:
    """url, then mainEntityOfPage, of the article objects in a JSON-LD block (@graph and lists too)."""
    if depth > 4:
        return []
    out: list[str] = []
    if isinstance(data, list):
        for item in data[:50]:
            out += _jsonld_urls(item, depth + 1)
        return out
    if not isinstance(data, dict):
        return out
    if "@graph" in data:
        out += _jsonld_urls(data["@graph"], depth + 1)
    kind = data.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    # the site's own object (WebSite, Organization) names the home page, not the article
    if any(
        isinstance(k, str) and k in ("WebSite", "Organization", "NewsMediaOrganization", "Person")
        for k in kinds
    ):
        return out
    url = data.get("url")
    if isinstance(url, str):
        out.append(url)
    main = data.get("mainEntityOfPage")
    if isinstance(main, str):
        out.append(main)
    elif isinstance(main, dict):
        for key in ("@id", "url"):
            if isinstance(main.get(key), str):
                out.append(main[key])
    return out


_HEAD_END = re.compile(r"(?i)<body\b")


def url_from_html(page: Any, base: str | None = None) -> str | None:
    """The canonical link, og:url or JSON-LD URL of an HTML page (a string or an lxml tree), or None."""
    from lxml import html as lxml_html  # lazy, as trafilatura is

    tree = page
    if isinstance(page, (str, bytes)):
        if not page:
            return None
        try:
            tree = lxml_html.fromstring(page)
        except Exception:  # unparsable markup: no URL rather than an error
            return None
    if tree is None:
        return None
    candidates: list[str] = []
    try:
        for link in tree.iter("link"):
            rel = (link.get("rel") or "").lower().split()
            if "canonical" in rel and link.get("href"):
                candidates.append(link.get("href"))
        for meta in tree.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() == "og:url" and meta.get("content"):
                candidates.append(meta.get("content"))
        for script in tree.iter("script"):
            if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
                continue
            try:
                candidates += _jsonld_urls(json.loads(script.text[:200_000]))
            except (ValueError, RecursionError):
                continue
    except Exception:  # a damaged tree: keep what was found
        pass
    for raw in candidates:
        url = clean_url(raw, base)
        if url:
            return url
    return None


# "URL: https://...", "Source: ...", "URL Source: ..." (reader services), "Saved from: ...", front matter.
_HEADER = re.compile(
    r"^\s*[>*\-#]*\s*(?:url|uri|link|source|source url|url source|original url|original|saved from|permalink|address"
    r"|adresse|lien|quelle|fuente|fonte|źródło|bron|canonical)\s*[:=]\s*<?(?P<url>https?://\S+?)>?\s*$",
    re.I,
)
_BARE = re.compile(r"^\s*<?(?P<url>https?://\S+?)>?\s*$", re.I)
HEADER_LINES = 6  # a URL header stands among the first few non-empty lines


def take_url_header(text: str) -> tuple[str | None, str]:
    """(the URL a saved dump names in a header line at its top, the text without that line), or
    (None, text) when there is none."""
    if not text:
        return None, text
    seen = 0
    offset = 0
    for k, line in enumerate(text[:4000].split("\n")):
        start, offset = offset, offset + len(line) + 1
        if not line.strip() or line.strip() == "---":
            continue
        m = _HEADER.match(line) or (_BARE.match(line) if seen == 0 else None)
        if m:
            url = clean_url(m["url"])
            if url:
                return url, text[:start] + text[offset:]
        seen += 1
        if seen >= HEADER_LINES or k > 40:
            break
    return None, text


def url_from_text(text: str) -> str | None:
    """The URL a saved dump names in a header line at its top, or None."""
    return take_url_header(text)[0]
