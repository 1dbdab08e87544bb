"""The layer guard: the core is plain Python. Every module of the reader package outside reader/tui and
reader/cli, found by walking the package (nothing listed by hand), is imported alone in a fresh
interpreter, and none of Textual, click or rich may be loaded by it (not even through a dependency:
sqlite-utils loaded click, and numpy, for an attribute nothing used)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import reader

FORBIDDEN = ("textual", "click", "rich")
UI_PACKAGES = ("reader.tui", "reader.cli")


def core_modules() -> list[str]:
    names = ["reader"]
    for info in pkgutil.walk_packages(reader.__path__, prefix="reader."):
        if info.name in UI_PACKAGES or info.name.startswith(tuple(p + "." for p in UI_PACKAGES)):
            continue
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # an entry point: importing it runs the program (the CLI)
        names.append(info.name)
    return sorted(names)


CORE = core_modules()


def test_the_walk_finds_the_core_and_leaves_out_the_ui():
    """The guard checks what it should: a walk that found nothing would pass every test below."""
    assert {"reader.store", "reader.importing.pipeline", "reader.clean.dump", "reader.suggest"} <= set(CORE)
    assert len(CORE) >= 40
    assert not [m for m in CORE if m.startswith(UI_PACKAGES)]


@pytest.mark.parametrize("module", CORE)
def test_core_module_loads_no_ui_library(module):
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}); "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{module} loads {result.stdout.strip()} {result.stderr[-500:]}"


def test_cli_help_does_not_import_textual():
    code = (
        "import sys; from click.testing import CliRunner; from reader.cli.main import cli; "
        "r = CliRunner().invoke(cli, ['list', '--help']); assert r.exit_code == 0; "
        "sys.exit(1 if 'textual' in sys.modules else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
