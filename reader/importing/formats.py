"""What kind of input a text is (plain-text dump, HTML, Markdown, JSON records) and how to clean it.

JSON inputs hold records: an object, a list of objects (.json) or one object per line
(.jsonl/.ndjson). Each record has "text" or "html" and optionally "title", "url", "date" and
"author", which override what the cleaner finds (title, source, published, byline); "published",
"byline", "site" and "language" are read too, so `reader export --format jsonl` imports back."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import datetime

from reader.importing.read import Refused
from reader.models import CleanResult
from reader.normalize import normalize_field

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CLEANER_FORMATS = ("text", "html", "markdown")
# "published", "byline", "site" and "language" are what `reader export --format jsonl` writes: an
# export imports back with its metadata ("date" and "author" win when a record has both).
RECORD_FIELDS = (
    "text", "html", "title", "url", "date", "author", "published", "byline", "dateline", "agency", "site", "language",
)  # fmt: skip

# The first columns of reader's own CSV exports (reader.export.csv_format.COLUMNS and
# reader.export.claims_csv.CLAIM_COLUMNS; tests/test_import_own_csv_export.py keeps them in step).
_OWN_CSV_EXPORTS = {
    "annotation_id,article_id,article_title,": "tags",
    "claim_id,article_id,article_title,": "claims",
}
_OWN_CSV_REFUSAL = (
    "reader's CSV export of {what}, not a page: a CSV export holds no article text, so it cannot be "
    "imported back; export with --format jsonl and bring it back with `reader import` then "
    "`reader import-annotations`"
)
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|body|head|html|article|section|h[1-6]|ul|li|meta|script|title)\b[^>]*>", re.I
)


@dataclass
class Document:
    """One article ready to store: its cleaned form and the raw input it came from."""

    clean: CleanResult
    raw: str  # stored as is; reclean runs `clean_raw(raw, fmt)` on it
    fmt: str  # "text", "html", "markdown" or "json" (one record)
    source: str | None  # absolute path or URL; a record's "url" wins


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 5


def sniff(name: str | None, text: str, content_type: str | None = None) -> str:
    """The input kind: "html", "markdown", "json", "jsonl" or "text"."""
    lower = (name or "").lower().split("?")[0].split("#")[0]
    ctype = (content_type or "").split(";")[0].strip().lower()
    if lower.endswith(JSONL_SUFFIXES) or ctype in ("application/x-ndjson", "application/jsonl"):
        return "jsonl"
    if lower.endswith(JSON_SUFFIXES) or ctype == "application/json" or ctype.endswith("+json"):
        return "json"
    if lower.endswith(HTML_SUFFIXES) or ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if lower.endswith(MARKDOWN_SUFFIXES) or ctype == "text/markdown":
        return "markdown"
    if looks_like_html(text):
        return "html"
    return "text"


def normalize_date(value: str) -> str | None:
    """A record's date as ISO YYYY-MM-DD, or None when it cannot be read."""
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    from reader.clean.metadata import parse_date

    return parse_date(value)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def _clean(raw: str, fmt: str) -> CleanResult:
    """The cleaner, with its failures turned into refusals so one bad input never stops a batch."""
    from reader.clean import clean

    try:
        result = clean(raw, fmt)
    except Exception as e:  # noqa: BLE001 - any cleaner bug must only refuse this one input
        raise Refused(f"the {fmt} cleaner failed ({type(e).__name__}: {e})") from None
    if not result.text.strip():
        raise Refused("no article text found")
    return result


def _clean_record_text(text: str) -> CleanResult:
    """A record's "text" is the article body the user supplied, not a page: it is normalised and cut
    into paragraphs at blank lines (the lines of a block joined), and only label lines ("Share this:",
    "Read more") are left out. No body sentence is dropped and none becomes the title: the record's
    "title" field, if any, is the title."""
    from reader.clean.metadata import guess_language
    from reader.clean.paragraphs import text_paragraphs
    from reader.normalize import normalize_text

    body = "\n\n".join(text_paragraphs(normalize_text(text)))
    if not body:
        raise Refused("no article text found")
    return CleanResult(text=body, language=guess_language(body))


def clean_record(record: object, raw: str, source: str | None) -> Document:
    """Clean one JSON record; Refused when it has the wrong shape."""
    if not isinstance(record, dict):
        raise Refused(f"a record must be a JSON object, not {_type_name(record)}")
    if isinstance(record.get("row"), dict) and "raw" in record["row"]:  # reader.trash's file
        raise Refused(
            "an article `reader delete` kept in the trash: `reader restore FILE` brings it back whole"
        )
    for key in RECORD_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise Refused(f'"{key}" must be a string, not {_type_name(value)}')
    html, text = record.get("html"), record.get("text")
    if not (html and html.strip()) and not (text and text.strip()):
        raise Refused('a record needs a non-empty "text" or "html"')
    url = normalize_field(record.get("url"))
    result = _clean(html, "html") if html and html.strip() else _clean_record_text(text)  # type: ignore[arg-type]
    # the record's fields win over what the cleaner found (also under the names export writes)
    date = record.get("date") or record.get("published")
    result = replace(
        result,
        title=normalize_field(record.get("title")) or result.title,
        byline=normalize_field(record.get("author"))
        or normalize_field(record.get("byline"))
        or result.byline,
        dateline=normalize_field(record.get("dateline")) or result.dateline,
        agency=normalize_field(record.get("agency")) or result.agency,
        site=normalize_field(record.get("site")) or result.site,
        language=normalize_field(record.get("language")) or result.language,
        published=(normalize_date(date) if date else None) or result.published,
    )
    result = with_url(result, source, url)
    return Document(_site_from_source(result, url or source), raw, "json", url or source)


def clean_raw(raw: str, fmt: str, source: str | None = None) -> Document:
    """Clean a raw input (or a stored one again, for reclean) given its format."""
    if fmt == "json":
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as e:
            raise Refused(f"not valid JSON: {e}") from None
        except (ValueError, RecursionError) as e:  # a number over 4,300 digits, nesting too deep
            raise Refused(f"not readable as a JSON record: {_short_error(e)}") from None
        return clean_record(record, raw, source)
    if fmt not in CLEANER_FORMATS:
        raise Refused(f"unknown stored format {fmt!r}")
    return Document(_site_from_source(with_url(_clean(raw, fmt), source), source), raw, fmt, source)


def with_url(result: CleanResult, source: str | None, record_url: str | None = None) -> CleanResult:
    """The article's URL, from the first that has one: the page itself (canonical link, og:url,
    JSON-LD, a dump's URL header: the cleaner's), the URL it was imported from, a record's "url"."""
    if result.url:
        return result
    for candidate in (source, record_url):
        if candidate and candidate.startswith(("http://", "https://")):
            return replace(result, url=candidate)
    return result


def _site_from_source(result: CleanResult, source: str | None) -> CleanResult:
    """When the cleaner found no site, the host of the article's URL (without "www.")."""
    if result.site:
        return result
    from reader.importing.fetch import site_from_url

    site = site_from_url(source)
    return replace(result, site=site) if site else result


TOO_DEEP = "JSON nested too deeply to be an article record"


def _short_error(e: BaseException) -> str:
    """The first sentence of an exception's message, for a one-line refusal."""
    message = str(e).split(";")[0].strip() or type(e).__name__
    return message if len(message) <= 120 else message[:119] + "…"


def _own_csv_export(text: str) -> str | None:
    """What one of reader's own CSV exports holds ("tags" or "claims"), from its header line; else None."""
    head = text[:200].lstrip("\ufeff")
    return next((what for start, what in _OWN_CSV_EXPORTS.items() if head.startswith(start)), None)


def parse(
    text: str, kind: str, source: str | None, label: str | None = None
) -> list[tuple[str, Document | Refused]]:
    """Clean one decoded input of a sniffed kind. Returns (label, document or refusal) per article:
    a JSON input yields one per record, each refused on its own. label names the input in messages
    (default: source)."""
    label = label or source or "<stdin>"
    what = _own_csv_export(text)
    if what is not None:
        return [(label, Refused(_OWN_CSV_REFUSAL.format(what=what)))]
    if kind in CLEANER_FORMATS:
        try:
            return [(label, clean_raw(text, kind, source))]
        except Refused as e:
            return [(label, e)]
    records: list[tuple[str, object, str]] = []  # (label, record, raw)
    if kind == "jsonl":
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((f"{label} line {number}", json.loads(line), line))
            except json.JSONDecodeError as e:
                records.append((f"{label} line {number}", Refused(f"not valid JSON: {e.msg}"), line))
            except RecursionError:
                records.append((f"{label} line {number}", Refused(TOO_DEEP), line))
            except ValueError as e:  # a number over 4,300 digits
                records.append(
                    (f"{label} line {number}", Refused(f"not readable as JSON: {_short_error(e)}"), line)
                )
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            return [(label, Refused(f"not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})"))]
        except RecursionError:
            return [(label, Refused(TOO_DEEP))]
        except ValueError as e:  # a number over 4,300 digits
            return [(label, Refused(f"not readable as JSON: {_short_error(e)}"))]
        if isinstance(data, dict):
            records.append((label, data, text))
        elif isinstance(data, list):
            if not data:
                return [(label, Refused("an empty JSON list: no records"))]
            for number, record in enumerate(data, 1):
                records.append((f"{label} record {number}", record, json.dumps(record, ensure_ascii=False)))
        else:
            return [
                (label, Refused(f"JSON input must be an object or a list of objects, not {_type_name(data)}"))
            ]
    if not records:
        return [(label, Refused("no records"))]
    out: list[tuple[str, Document | Refused]] = []
    for rec_label, record, raw in records:
        if isinstance(record, Refused):
            out.append((rec_label, record))
            continue
        try:
            out.append((rec_label, clean_record(record, raw, source)))
        except Refused as e:
            out.append((rec_label, e))
    return out
