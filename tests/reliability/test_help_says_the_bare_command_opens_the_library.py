"""Issue 13 (CLI consistency): `reader --help` called what the bare command opens "the reading view";
it opens the library, and the help says so."""

from __future__ import annotations

from click.testing import CliRunner

from reader.cli.main import cli


def test_help_says_the_bare_command_opens_the_library() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    intro = " ".join(result.output.split("Options:")[0].split())
    assert "Run `reader` alone to open the library" in intro
    assert "reading view" not in intro
