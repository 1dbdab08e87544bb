"""End to end in a real terminal: run reader under tmux, tag with a hotkey, SIGKILL, check SQLite."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pilot_helpers import seed_clean

from reader.store import Store

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


# A tmux server of this test's own (-L): the default server may belong to someone else, or to another
# pytest worker, and a session started there gets that server's environment (HOME, READER_DB).
SOCKET = f"reader-e2e-{os.getpid()}"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", SOCKET, *args], check=True, capture_output=True, text=True).stdout


def wait_for(session: str, needle: str, timeout: float = 30.0) -> str:  # generous: the suite runs in parallel
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if needle in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} not on screen:\n{screen}")


def test_tag_then_sigkill_keeps_the_annotation(tmp_path: Path):
    db = tmp_path / "reader.db"
    with Store(db) as store:
        store.add_article(seed_clean(), "raw", "seed.html", "text")
    session = f"reader-e2e-{os.getpid()}"
    repo = Path(__file__).resolve().parents[2]
    if (repo / "reader" / "cli" / "main.py").exists():
        command = [sys.executable, "-m", "reader", "open", "--db", str(db), "--annotator", "e2e"]
    else:
        command = [sys.executable, "-c", f"from reader.tui.app import run_app; run_app({str(db)!r}, 'e2e')"]
    env = f"cd {repo} && PYTHONPATH={repo} exec " + " ".join(f"'{c}'" for c in command)
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", env)
    try:
        wait_for(session, "Battery Valley")  # the library lists the title
        tmux("send-keys", "-t", session, "Enter")
        wait_for(session, "Etienne BALMER")  # the reading view header
        # second paragraph, third word ("Verkor"), select the word, tag ORG (key 2)
        tmux("send-keys", "-t", session, "C-Down")
        time.sleep(0.2)
        tmux("send-keys", "-t", session, "C-Right", "C-Right", "Right", "Right")
        time.sleep(0.2)
        tmux("send-keys", "-t", session, "w", "2")
        wait_for(session, "ORG Verkor")  # the panel shows it: it is saved
        pid = int(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())
        os.kill(pid, signal.SIGKILL)
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
    with Store(db) as store:
        stored = [(a.label, a.text, a.annotator) for a in store.annotations(1)]
    assert stored == [("ORG", "Verkor", "e2e")]


def test_original_page_opens_in_a_real_terminal(tmp_path: Path):
    """P shows the saved page (hostile text drawn as text: the screen is not cleared), s/e/enter fix
    the body, and the text in SQLite is the chosen part."""
    from reader.models import CleanResult

    first = "Rotterdam will close its oldest container terminal in 2027, the port authority said."
    last = "The authority plans to turn the land into a wind-turbine assembly yard by 2030."
    page = "\n\n".join(
        ["Home | News | Sport", "Accept cookies to read on", first, last, "Most read: \x1b[2J x"]
    )
    db = tmp_path / "reader.db"
    with Store(db) as store:
        store.add_article(
            CleanResult(text="Accept cookies to read on\n\n" + first, title="Port"), page, "p.txt", "text"
        )
    session = f"reader-page-{os.getpid()}"
    repo = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-m", "reader", "open", "--db", str(db), "--annotator", "e2e"]
    env = f"cd {repo} && PYTHONPATH={repo} exec " + " ".join(f"'{c}'" for c in command)
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", env)
    try:
        wait_for(session, "Port")
        tmux("send-keys", "-t", session, "Enter")
        wait_for(session, "words")  # the reading view header
        tmux("send-keys", "-t", session, "P")
        screen = wait_for(session, "Original page of article 1")
        assert "Most read:" in screen and "wind-turbine" in screen  # the whole page, escape drawn harmless
        tmux("send-keys", "-t", session, "Home", "Down", "Down", "s", "Down", "e", "Enter")
        wait_for(session, "Text replaced")
        screen = tmux("capture-pane", "-p", "-t", session)
        assert "Accept cookies" not in screen
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
    with Store(db) as store:
        assert store.get_article(1).text == first + "\n\n" + last
