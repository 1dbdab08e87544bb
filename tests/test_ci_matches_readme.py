"""CI runs the README's test command, and the gates the README names (issue 13: quality gates)."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command_and_every_gate():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(pip install -e '\.\[test\]' && pytest[^\n]*)\n```", readme)
    assert len(commands) == 1, "the README's quick start shows one test command"
    command = commands[0]
    assert "-n auto" in command
    code = [line for line in ci.splitlines() if not line.lstrip().startswith("#")]
    assert any(line.startswith(command + " ||") or line == command for line in code), command
    for gate in ("ruff check .", "ruff format --check .", "mypy", "tmux"):
        assert any(gate in line for line in code), gate
        assert gate in readme, gate
