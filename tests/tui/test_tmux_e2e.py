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


def wait_until(session: str, ok, what: str, timeout: float = 30.0) -> str:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if ok(screen):
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{what}: not on screen:\n{screen}")


def at_cursor(session: str) -> tuple[str, str]:
    """The pane's line where the cursor is, cut at it: (before, from it on). The reading view keeps the
    terminal's (hidden) cursor where its own is, once a key has moved it."""
    x, y = (
        int(n) for n in tmux("display-message", "-p", "-t", session, "#{cursor_x},#{cursor_y}").split(",")
    )
    lines = tmux("capture-pane", "-p", "-t", session).splitlines()
    line = lines[y] if y < len(lines) else ""
    return line[:x], line[x:]


def wait_cursor(session: str, ok, what: str, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until ok(before, after) holds of the cursor's line: a key has been read once the cursor
    shows it (polled: the suite runs in parallel on two cores, no fixed pauses)."""
    deadline = time.monotonic() + timeout
    before = after = ""
    while time.monotonic() < deadline:
        before, after = at_cursor(session)
        if ok(before, after):
            return
        time.sleep(0.1)
    raise AssertionError(f"the cursor is not {what}: {before!r} | {after!r}")


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
        wait_cursor(session, lambda _, after: after.startswith("In the Verkor"), "at the second paragraph")
        tmux("send-keys", "-t", session, "C-Right", "C-Right", "Right", "Right")
        wait_cursor(session, lambda before, _: before.endswith("In the Ve"), "in Verkor")
        tmux("send-keys", "-t", session, "w")
        wait_cursor(session, lambda before, _: before.endswith("In the Verkor"), "at the selected word's end")
        tmux("send-keys", "-t", session, "2")
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
        # the whole page, the escape drawn harmless (polled: the page may be drawn after its title)
        wait_until(
            session,
            lambda s: "Original page of article 1" in s and "Most read:" in s and "wind-turbine" in s,
            "the whole original page",
        )
        # the cleaner's candidates are found in a worker: the header counts them (here only its own)
        wait_for(session, "n/N the cleaner's candidates (1)")
        tmux("send-keys", "-t", session, "n")
        wait_for(session, "no other candidate")
        tmux("send-keys", "-t", session, "Home", "Down", "Down", "s", "Down", "e", "Enter")
        wait_until(session, lambda s: "Text replaced" in s and "Accept cookies" not in s, "the text replaced")
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
    with Store(db) as store:
        assert store.get_article(1).text == first + "\n\n" + last


def keys(session: str, *names: str) -> None:
    tmux("send-keys", "-t", session, *names)


def typed(session: str, text: str) -> None:
    tmux("send-keys", "-t", session, "-l", text)


def next_field(session: str, times: int = 1) -> None:
    """Tab to a later field. No pause: the dialogs move the focus as they read the Tab, so what is typed
    next goes to the next field (tests/reliability checks keys sent in the same instant)."""
    keys(session, *["Tab"] * times)


def typed_in(session: str, text: str) -> None:
    """Type into the focused field and wait until the field shows it."""
    typed(session, text)
    wait_for(session, text)


def start_reader(session: str, db: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-m", "reader", "open", "--db", str(db), "--annotator", "e2e"]
    env = f"cd {repo} && PYTHONPATH={repo} exec " + " ".join(f"'{c}'" for c in command)
    tmux("new-session", "-d", "-s", session, "-x", "140", "-y", "45", env)
    # the pane stays when the program exits, so a crash's last screen and traceback are read, not lost
    tmux("set-option", "-t", session, "remain-on-exit", "on")


def close_find(session: str) -> None:
    """Escape closes the find bar and leaves the match selected: wait until it has, so the next key is
    a command of the reading view, not typed into the bar."""
    keys(session, "Escape")
    wait_until(session, lambda s: "Find:" not in s, "the find bar closed")


def wait_closed(session: str, timeout: float = 30.0) -> None:
    """Wait until reader has quit (its pane is dead, kept by remain-on-exit), check it exited cleanly
    and close the session."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if subprocess.run(
            ["tmux", "-L", SOCKET, "has-session", "-t", session], capture_output=True
        ).returncode:
            return
        # "0" while it runs, "1" once it has exited; tmux 3.3 names a non-zero exit status or the
        # signal that ended it, and nothing for a clean exit
        dead, *status = tmux(
            "display-message", "-p", "-t", session, "#{pane_dead} #{pane_dead_status} #{pane_dead_signal}"
        ).split()
        if dead == "1":
            screen = tmux("capture-pane", "-p", "-t", session)
            tmux("kill-session", "-t", session)
            server_gone()
            assert status in ([], ["0"]), f"reader exited with status or signal {status}:\n{screen}"
            return
        time.sleep(0.1)
    raise AssertionError("reader did not quit")


def server_gone(timeout: float = 30.0) -> None:
    """After its last session is killed the tmux server exits; a new-session sent while it is still
    exiting failed (exit 1, under load in a full run). Wait until no server answers on the socket
    (or one still holds other sessions)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        listed = subprocess.run(["tmux", "-L", SOCKET, "list-sessions"], capture_output=True, text=True)
        if listed.returncode or listed.stdout.strip():
            return
        time.sleep(0.05)
    raise AssertionError("the tmux server did not exit")


def test_from_tags_to_a_fact_check(tmp_path: Path):
    """Find a name, tag it and widen the tag, tag a shorter mention and the Kurose claim, merge the
    two mentions in the entity index, add evidence and the verdict in the claims screen, quit,
    reopen, and check `reader claims --json` and `reader entities --json`."""
    import json

    db = tmp_path / "reader.db"
    with Store(db) as store:
        store.add_article(seed_clean(), "raw", "seed.html", "text")
    session = f"reader-check-{os.getpid()}"
    start_reader(session, db)
    try:
        wait_for(session, "Battery Valley")
        keys(session, "Enter")
        wait_for(session, "Etienne BALMER")
        # find the name: the first "Kurose" is the one in "Ayumi Kurose"
        keys(session, "/")
        wait_for(session, "Find:")
        typed(session, "kurose")  # case ignored
        wait_for(session, "1 of 4")
        close_find(session)  # the match stays selected
        keys(session, "1")  # PERSON
        wait_for(session, "PERSON Kurose")
        keys(session, "h")  # widen: the tag starts a word earlier
        wait_for(session, "PERSON Ayumi Kurose")
        # a second mention: "Kurose said", narrowed to "Kurose"
        keys(session, "/")
        wait_for(session, "Find:")
        typed(session, "Kurose said")
        wait_for(session, "1 of 1")
        close_find(session)
        keys(session, "1")
        wait_for(session, "PERSON Kurose said")
        keys(session, "k")  # the end a word earlier
        wait_until(
            session,
            lambda s: any(line.rstrip().endswith("■ PERSON Kurose") for line in s.splitlines()),
            "the narrowed tag in the panel",
        )
        # the claim: its sentence, the claimant the person named before it
        keys(session, "/")
        wait_for(session, "Find:")
        typed(session, "currently nearly")
        wait_for(session, "1 of 1")
        close_find(session)
        keys(session, "s", "6")
        wait_for(session, "Who made it")
        keys(session, "Enter")  # saves, the claimant as proposed ("Kurose")
        wait_for(session, "Claim saved")
        # merge the two mentions in the entity index
        keys(session, "q")
        wait_for(session, "Search titles and text")  # the library
        keys(session, "E")
        screen = wait_until(
            session, lambda s: "PERSON   Kurose" in s and "PERSON   Ayumi Kurose" in s, "both people listed"
        )
        # most mentioned first, then by label and name: Ayumi Kurose, Kurose, the quantities
        assert screen.index("PERSON   Ayumi Kurose") < screen.index("PERSON   Kurose")
        keys(session, "Down", "Space", "Home")  # mark Kurose, back to Ayumi Kurose at the top
        wait_for(session, "1 marked")
        keys(session, "m")
        wait_for(session, "also: Kurose")
        # the claims screen: evidence and the verdict
        keys(session, "q")
        wait_for(session, "Search titles and text")
        keys(session, "C")
        wait_for(session, "Evidence (0)")
        keys(session, "a")
        wait_for(session, "Add evidence")
        typed_in(session, "https://example.org/aesc-staff")
        next_field(session)
        typed_in(session, "800 local staff")
        keys(session, "Enter")
        wait_for(session, "Evidence (1)")
        keys(session, "3")  # mostly true
        wait_for(session, "Marked mostly true")
        keys(session, "v")
        wait_for(session, "Public explanation")
        typed_in(session, "AESC confirmed 800 local hires.")
        next_field(session, times=2)
        typed_in(session, "Mia Jensen")
        keys(session, "Enter")
        wait_for(session, "Verdict saved")
        keys(session, "C-q")
        wait_closed(session)
        # reopen: the claims screen shows it all
        start_reader(session, db)
        wait_for(session, "Battery Valley")
        keys(session, "C")

        def words(screen: str) -> str:
            return " ".join(screen.replace("│", " ").split())  # the pane wraps lines

        # polled: the detail pane may be drawn after the list
        screen = wait_until(
            session,
            lambda s: (
                "Evidence (1)" in s
                and "AESC confirmed 800 local hires." in words(s)
                and "Checked by: e2e (published as Mia Jensen)" in words(s)
            ),
            "the claim's evidence, explanation and checker after reopening",
        )
        keys(session, "C-q")
        wait_closed(session)
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)

    def cli(*args: str) -> list[dict]:
        out = subprocess.run(
            [sys.executable, "-m", "reader", *args, "--db", str(db)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    [claim] = cli("claims", "--json")
    assert claim["text"].startswith("He said there are currently nearly 150 Chinese experts")
    assert (claim["claimant"], claim["claimant_entity"]) == ("Kurose", "Ayumi Kurose")
    assert (claim["status"], claim["explanation"], claim["checked_by"]) == (
        "mostly true",
        "AESC confirmed 800 local hires.",
        "e2e",  # the login; "Mia Jensen" is e2e's display name, what ClaimReview publishes
    )
    assert claim["checked_at"]
    assert [(e["source"], e["quote"]) for e in claim["evidence"]] == [
        ("https://example.org/aesc-staff", "800 local staff")
    ]
    people = [e for e in cli("entities", "--json") if e.get("label") == "PERSON"]
    assert len(people) == 1
    assert people[0]["canonical"] == "Ayumi Kurose" and sorted(people[0]["aliases"]) == [
        "Ayumi Kurose",
        "Kurose",
    ]


def test_a_search_and_enter_typed_ahead_open_the_first_hit(tmp_path: Path):
    """tmux send-keys '/Zürich' Enter Enter: the second Enter arrives before the search's results and
    opens the first hit when they come in, not the article under the cursor before the search."""
    from reader.models import CleanResult

    db = tmp_path / "reader.db"
    with Store(db) as store:
        store.add_article(seed_clean(), "raw", "seed.html", "text")
        store.add_article(
            CleanResult(text="Le marché couvert de Lyon ouvre tôt le samedi.", title="Marché de Lyon"),
            "raw",
            None,
            "text",
        )
        store.add_article(
            CleanResult(text="Die Mieten am Limmatquai in Zürich steigen weiter.", title="Wohnen am See"),
            "raw",
            None,
            "text",
        )
    session = f"reader-ahead-{os.getpid()}"
    start_reader(session, db)
    try:
        wait_for(session, "Battery Valley")
        tmux("send-keys", "-t", session, "/Zürich", "Enter", "Enter")  # one burst, as a paste
        screen = wait_for(session, "Die Mieten am Limmatquai")  # the hit's text: the reading view
        assert "Etienne BALMER" not in screen and "Le marché couvert" not in screen
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
