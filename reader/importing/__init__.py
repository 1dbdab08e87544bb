"""Importing articles: bytes from files, stdin or URLs -> decoded text -> cleaned articles in the store.

Plain Python (no Textual, no click): the CLI and the TUI are thin layers over `import_paths`."""

from reader.importing.pipeline import ImportReport, Input, import_paths, iter_documents
from reader.importing.read import DEFAULT_MAX_BYTES, Refused, decode

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ImportReport",
    "Input",
    "Refused",
    "decode",
    "import_paths",
    "iter_documents",
]
