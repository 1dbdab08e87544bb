"""Issue 13 item 17: `echo text | reader -` opened a TUI that ignored every key (Textual read the
used-up pipe). Keys now come from the terminal (/dev/tty); with no terminal at all, reader says so
in one line and keeps what it imported."""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios
import threading
import time

from .conftest import REPO, child_env
from .tui_driver import rows

TEXT = "Ayumi Kurose met the council in Douai on Monday, and said forty workers were hired there.\n"


def test_piped_article_then_q_from_the_terminal_quits(tmp_path):
    db = tmp_path / "r.db"
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

    def own_terminal() -> None:  # the child's controlling terminal is the pty (as in a real shell)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "--db", str(db), "-"],
        stdin=subprocess.PIPE,
        stdout=slave,
        stderr=slave,
        preexec_fn=own_terminal,  # noqa: PLW1509 - no threads in the child before exec
        env=child_env(TERM="xterm-256color"),
        cwd=str(REPO),
    )
    os.close(slave)
    seen = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader_thread = threading.Thread(target=read, daemon=True)
    reader_thread.start()
    try:
        proc.stdin.write(TEXT.encode())
        proc.stdin.close()
        deadline = time.monotonic() + 30
        while b"Library" not in seen:
            assert proc.poll() is None, bytes(seen)[-2000:]
            assert time.monotonic() < deadline, bytes(seen)[-2000:]
            time.sleep(0.05)
        time.sleep(0.5)
        os.write(master, b"q")  # typed at the terminal
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    assert proc.returncode == 0, bytes(seen)[-2000:]
    assert rows(db, "select count(*) from articles") == [(1,)]


def test_with_no_terminal_at_all_it_says_so_in_one_line(tmp_path):
    db = tmp_path / "r.db"
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "--db", str(db), "-"],
        input=TEXT,
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=str(REPO),
        timeout=60,
        start_new_session=True,  # no controlling terminal: /dev/tty cannot be opened
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("reader: error:")]
    assert len(errors) == 1 and "terminal" in errors[0], proc.stderr
    assert rows(db, "select count(*) from articles") == [(1,)]  # the import is kept
