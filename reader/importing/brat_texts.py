"""A brat export folder imported as articles (`reader import FOLDER`): each NAME.txt is an article's
text; NAME.ann (its tags: `reader import-annotations FOLDER`), NAME.meta.txt / NAME.meta.ann (the
title, byline and dateline and their tags) and annotation.conf / visual.conf are not articles.
NAME.meta.txt gives the article its title, byline and dateline, so the tags on them have their
words to land on (reader.export.brat_format writes the pair)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from reader.importing.formats import Document
from reader.importing.read import Refused
from reader.models import METADATA_FIELDS
from reader.normalize import normalize_field

META_SUFFIX = ".meta"  # as reader.export.brat_format writes it (not imported: the export is heavier)
BRAT_CONFS = ("annotation.conf", "visual.conf")


def brat_companion(name: str, names: set[str]) -> bool:
    """Whether a file of a folder (names: the folder's files) is a brat file beside an article's
    text rather than an article: NAME.ann beside NAME.txt, NAME.meta.txt beside NAME.ann, the confs."""
    if name.endswith(".ann"):
        return name[: -len(".ann")] + ".txt" in names
    if name.endswith(META_SUFFIX + ".txt"):
        return name[: -len(META_SUFFIX + ".txt")] + ".ann" in names
    return name in BRAT_CONFS and any(n.endswith(".ann") for n in names)


def brat_metadata(path: Path) -> dict[str, str]:
    """The title, byline and dateline NAME.meta.txt gives the text NAME.txt of a brat export (the
    non-empty ones); {} when path is no such text."""
    if path.suffix != ".txt" or path.stem.endswith(META_SUFFIX) or not path.with_suffix(".ann").is_file():
        return {}
    meta = path.with_name(path.stem + META_SUFFIX + ".txt")
    try:
        lines = meta.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").split("\n")
    except (OSError, UnicodeDecodeError):
        return {}
    values = {f: normalize_field(v) for f, v in zip(METADATA_FIELDS, lines, strict=False)}
    return {f: v for f, v in values.items() if v}


def with_brat_metadata(
    path: Path, documents: list[tuple[str, Document | Refused]]
) -> list[tuple[str, Document | Refused]]:
    """documents with the brat metadata of path (brat_metadata) in place of the cleaner's guesses."""
    values: dict[str, Any] = dict(brat_metadata(path))
    if not values:
        return documents
    return [
        (label, replace(doc, clean=replace(doc.clean, **values)) if isinstance(doc, Document) else doc)
        for label, doc in documents
    ]
