"""The core is plain Python: importing it never loads Textual (as harlequin checks)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "reader.store",
    "reader.importing",
    "reader.importing.pipeline",
    "reader.importing.formats",
    "reader.importing.fetch",
    "reader.clean",
    "reader.normalize",
    "reader.anchor",
    "reader.history",
    "reader.tagging",
    "reader.reclean",
    "reader.body",
    "reader.low_confidence",
    "reader.models",
]


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_import_textual(module):
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')); "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"{module} imports {result.stdout.strip()} {result.stderr[-500:]}"


def test_cli_help_does_not_import_textual():
    code = (
        "import sys; from click.testing import CliRunner; from reader.cli.main import cli; "
        "r = CliRunner().invoke(cli, ['list', '--help']); assert r.exit_code == 0; "
        "sys.exit(1 if 'textual' in sys.modules else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
