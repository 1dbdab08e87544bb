"""Export and import are core: usable without the terminal UI."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "reader.export",
    "reader.export.csv_format",
    "reader.export.jsonl_format",
    "reader.export.brat_format",
    "reader.export.w3c_format",
    "reader.export.claimreview_format",
    "reader.export.importers",
]


def test_export_modules_do_not_import_textual():
    code = "import sys\n" + "".join(f"import {m}\n" for m in MODULES) + "print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
