"""Shared helpers for the reliability tests: child processes, sample articles, control-char checks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.models import CleanResult
from reader.store import Store

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable

# What must never reach a terminal: C0 (except \n), DEL, C1, bidi controls, zero-width and other
# format characters, lone surrogates. ZWNJ/ZWJ are kept on purpose by reader.normalize.
UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\u2028\u2029]"
)


def unsafe_chars(s: str | None) -> list[str]:
    """The unsafe characters in s, as escapes (empty when s is safe to print)."""
    return [repr(c) for c in UNSAFE.findall(s or "")]


def paragraph_text(i: int, words: int = 120) -> str:
    """A plain article body, distinct for each i, with paragraphs and names to tag."""
    names = ["Anna Kurose", "Marc Dubois", "Stellantis", "Douai", "the city council"]
    sentences = []
    for k in range(max(3, words // 12)):
        sentences.append(
            f"In {2000 + (i + k) % 25}, {names[(i + k) % len(names)]} said {k * 7 + i} workers were hired."
        )
    paras = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
    return "\n\n".join(paras) + f"\n\nReference {i}."


def add_article(store: Store, i: int, words: int = 120) -> int:
    text = paragraph_text(i, words)
    return store.add_article(
        CleanResult(text=text, title=f"Article {i}"), text, f"/test/{i}.txt", "text"
    ).article_id


def page_dump(i: int) -> str:
    """A page dump around paragraph_text(i), as a browser's "save as text" writes it."""
    return (
        "Home | World | Business\nSubscribe\n\n"
        f"Workers hired at plant number {i}\n\nBy Anna Kurose\n\n"
        + paragraph_text(i, 200)
        + "\n\nShare on Facebook\n© 2025 Daily Courier. All rights reserved.\n"
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reader.db"


@pytest.fixture
def store(db_path: Path):
    """Reliability tests are about an SQLite file (crashes, locks, disks): SQLite only."""
    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def seeded_db(db_path: Path) -> Path:
    """A database holding three articles."""
    with Store(db_path) as store:
        for i in range(3):
            add_article(store, i)
    return db_path


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def spawn(code: str, *args: str, **popen: object) -> subprocess.Popen:
    """A child Python running `code` (dedented) with args in sys.argv[1:], stdout as a text pipe."""
    return subprocess.Popen(
        [PYTHON, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=str(REPO),
        **popen,  # type: ignore[arg-type]
    )


def complete_lines(out: str) -> list[str]:
    """Lines the child finished writing (a line cut by SIGKILL has no newline and is dropped)."""
    lines = out.split("\n")
    return [line for line in lines[:-1] if line]


def cli_available() -> bool:
    try:
        import reader.cli.main  # noqa: F401
    except Exception:  # noqa: BLE001 - the CLI is being written by someone else
        return False
    return True


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, **kw: object
) -> subprocess.CompletedProcess:
    """`python -m reader ARGS` in a child process; output captured as text."""
    kw.setdefault("cwd", str(REPO))
    return subprocess.run(
        [PYTHON, "-m", "reader", *args],
        capture_output=True,
        text=True,
        env=env or child_env(),
        timeout=timeout,
        **kw,  # type: ignore[arg-type]
    )


def assert_one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> str:
    """The CLI failed cleanly: non-zero exit, no traceback, one line on stderr mentioning needles."""
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert "Traceback" not in out, out
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, out
    for needle in needles:
        assert needle.lower() in lines[0].lower(), out
    return lines[0]
