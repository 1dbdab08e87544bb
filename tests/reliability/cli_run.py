"""Run the `reader` console entry point in this process, as a user would (one-line errors, exit codes)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from reader.cli.main import main


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def reader(
    db: Path | str, *args: object, input: str | bytes | None = None, env: dict | None = None
) -> Result:
    """`reader --db DB ARGS...`: exit code, stdout and stderr (decoded with replacement)."""
    runner = CliRunner()
    with runner.isolation(input=input, env=env) as (out, err, _):
        try:
            main(["--db", str(db), *map(str, args)])
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return Result(code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace"))


def assert_refused(result: Result, *needles: str) -> str:
    """Non-zero exit, no traceback, exactly one line on stderr (`reader: error: ...`) naming needles."""
    assert result.code != 0, result.output
    assert "Traceback" not in result.output, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("reader: error: "), result.output
    for needle in needles:
        assert needle.lower() in lines[0].lower(), result.output
    return lines[0]


def dump(db: Path) -> dict[str, list]:
    """Every row of every table (the search index aside), to compare before and after."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        conn.execute("SELECT 1 FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:  # no -shm can be made beside it (a read-only folder)
        conn.close()
        conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    conn.text_factory = bytes
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not r[0].decode().startswith(("articles_fts", "sqlite_"))
        ]
        return {
            t.decode(): sorted(conn.execute(f'SELECT * FROM "{t.decode()}"').fetchall(), key=repr)
            for t in tables
        }
    finally:
        conn.close()
