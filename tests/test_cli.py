"""Every command through click's CliRunner: stored values, output, help, errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli.main import cli

SAMPLE_DATA = Path(__file__).resolve().parent.parent / "sample_data"
SEED_FILE = SAMPLE_DATA / "000_d13f4cea6e1b214d.txt"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


def assert_one_line_error(result, contains: str = "") -> None:
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reader: error: ")
    assert contains in lines[0]
    assert "Traceback" not in result.output + result.stderr


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0
    assert "0.1.0" in result.stdout


def test_every_command_has_help(run):
    assert cli.help
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        result = run(name, "--help")
        assert result.exit_code == 0, name
        if name != "db":  # `reader db copy SRC DST` names both databases as its arguments
            assert "--db" in result.stdout, f"{name} has no --db option"
        sub = getattr(command, "commands", {})
        for sub_name, sub_command in sub.items():
            assert sub_command.help, f"{name} {sub_name} has no help text"
            assert run(name, sub_name, "--help").exit_code == 0


def test_import_and_list(run, store):
    result = run("import", SAMPLE_DATA)
    assert result.exit_code == 0, result.output
    assert "imported 1 article" in result.stdout
    assert "skipped 1 duplicate" in result.stdout
    assert store.count_articles() == 1
    article = store.get_article(1)
    assert article.title == "France's 'Battery Valley' makes use of Asian experts"
    assert article.source == str(SAMPLE_DATA / "000_d13f4cea6e1b214d.txt")

    listed = run("list")
    assert listed.exit_code == 0
    assert "Battery" in listed.stdout and "Energy-Daily.com" in listed.stdout
    rows = [json.loads(line) for line in run("list", "--json").stdout.splitlines()]
    assert rows == [
        {
            "id": 1,
            "title": "France's 'Battery Valley' makes use of Asian experts",
            "site": "Energy-Daily.com",
            "published": "2025-12-10",
            "words": article.word_count,
            "annotations": 0,
            "status": "new",
            "confidence": article.confidence,
            "low_confidence": False,  # a plain, clean article is not marked
        }
    ]
    assert run("list", "--json", "--status", "done").stdout == ""


def test_db_option_on_group_and_command(run, tmp_path):
    group_db = tmp_path / "group.db"
    command_db = tmp_path / "command.db"
    assert run("--db", group_db, "import", SEED_FILE).exit_code == 0
    assert run("import", "--db", command_db, SEED_FILE).exit_code == 0
    assert json.loads(run("list", "--json", "--db", group_db).stdout)["id"] == 1
    assert json.loads(run("--db", command_db, "list", "--json").stdout)["id"] == 1
    assert not (tmp_path / "reader.db").exists()


def test_show(run, seed_db):
    result = run("show", 1)
    assert result.exit_code == 0
    assert "France's 'Battery Valley' makes use of Asian experts" in result.stdout
    assert "Etienne BALMER" in result.stdout
    assert "nearly 150 Chinese experts" in result.stdout
    assert "0 annotations" in result.stdout
    data = json.loads(run("show", 1, "--json").stdout)
    assert data["byline"] == "Etienne BALMER" and data["annotations"] == []


def test_search(run, seed_db):
    result = run("search", "chinese experts")
    assert result.exit_code == 0
    assert "Battery Valley" in result.stdout
    assert "Chinese experts" in result.stdout
    assert "\x02" not in result.stdout
    hits = [json.loads(line) for line in run("search", "Kurose", "--json").stdout.splitlines()]
    assert [h["id"] for h in hits] == [1] and "Kurose" in hits[0]["snippet"]
    assert "no articles match" in run("search", "zzzzqqq").stdout
    assert run("search", "Kurose OR zzz", "--raw").stdout.count("Battery") == 1


def test_search_malformed_raw_query(run, seed_db):
    assert_one_line_error(run("search", '"unbalanced', "--raw"), "cannot search")


def test_unknown_id(run, seed_db):
    assert_one_line_error(run("show", 99), "no article with id 99")


def test_missing_path(run, tmp_path):
    result = run("import", tmp_path / "nope.txt")
    assert_one_line_error(result, "no such file")


def test_corrupt_database(run, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    assert_one_line_error(run("list", "--db", bad), "not a reader database or is corrupt")


@pytest.mark.sqlite_only("a file written by a newer reader (PRAGMA user_version)")
def test_newer_schema(run, tmp_path, store):
    store.close()
    conn = sqlite3.connect(store.path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    assert_one_line_error(run("list"), "newer version of reader")


@pytest.mark.sqlite_only("a read-only file; the server's read-only role is tests/core/test_postgres.py")
def test_read_only_database(run, seed_db, monkeypatch):
    """A database we may read but not write (simulated with query_only: tests run as root too)."""
    seed_db.close()
    import reader.store.connection as store_module

    real_connect = sqlite3.connect

    def read_only_connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.execute("PRAGMA query_only = ON")
        return conn

    monkeypatch.setattr(store_module.sqlite3, "connect", read_only_connect)
    assert run("list", "--json").exit_code == 0
    result = run("import", "-", input="A new article about batteries in France, long enough to keep.\n")
    assert_one_line_error(result, "read-only")


def test_bare_command_without_tui_is_one_line(run, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "reader.tui.app":
            raise ModuleNotFoundError("No module named 'reader.tui.app'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    assert_one_line_error(run(), "terminal interface (TUI) is not available")


def test_bare_paths_import_then_open(run, monkeypatch, store):
    calls = []
    import reader.tui  # noqa: F401

    fake = type(
        "M",
        (),
        {
            "run_app": staticmethod(
                lambda path, annotator, keymap=None, notice=None, highlight=None: calls.append(
                    (path, annotator)
                )
            )
        },
    )
    monkeypatch.setitem(__import__("sys").modules, "reader.tui.app", fake)
    result = run("--annotator", "alice", SEED_FILE)
    assert result.exit_code == 0, result.output
    assert store.count_articles() == 1
    assert calls and calls[0][1] == "alice" and str(calls[0][0]) == str(store.path)
    result = run("open", "--annotator", "bob")
    assert result.exit_code == 0 and calls[-1][1] == "bob"


def test_clean_prints_without_storing(run, store):
    result = run("clean", SEED_FILE)
    assert result.exit_code == 0
    assert "France's 'Battery Valley' makes use of Asian experts" in result.stdout
    assert "byline: Etienne BALMER" in result.stdout and "published: 2025-12-10" in result.stdout
    assert "nearly 150 Chinese experts" in result.stdout
    assert "Subscribe Free To Our Daily Newsletters" not in result.stdout
    assert store.count_articles() == 0


def test_clean_json_lines(run, store):
    result = run("clean", "--json", SAMPLE_DATA)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in rows] == sorted(str(p) for p in SAMPLE_DATA.iterdir())
    keys = ["path", "title", "byline", "dateline", "agency", "published", "language", "site", "url"]
    keys += ["confidence", "confidence_reason", "text"]
    assert list(rows[0]) == keys
    assert rows[0]["agency"] == "AFP" and rows[0]["site"] == "Energy-Daily.com"
    assert rows[0]["text"] == rows[1]["text"]
    assert store.count_articles() == 0


def test_clean_stdin_and_nothing_cleaned(run):
    result = run("clean", "--json", "-", input=SEED_FILE.read_bytes())
    assert json.loads(result.stdout)["path"] == "<stdin>"
    assert_one_line_error(run("clean", "-", input=b""), "cannot clean <stdin>: empty file")


def test_labels(run, store):
    listed = [json.loads(line) for line in run("labels", "--json").stdout.splitlines()]
    assert [label["name"] for label in listed] == ["PERSON", "ORG", "PLACE", "QUANTITY", "DATE", "CLAIM"]
    assert "QUANTITY" in run("labels").stdout

    result = run(
        "labels", "add", "product", "--colour", "#112233", "--hotkey", "7", "--description", "A product"
    )
    assert result.exit_code == 0, result.output
    label = store.get_label("PRODUCT")
    assert (label.kind, label.colour, label.hotkey, label.description) == (
        "entity",
        "#112233",
        "7",
        "A product",
    )
    assert run("labels", "add", "verdict", "--kind", "claim").exit_code == 0
    assert store.get_label("VERDICT").kind == "claim"

    assert run("labels", "rename", "product", "gadget").exit_code == 0
    assert store.get_label("GADGET").id == label.id
    assert run("labels", "colour", "gadget", "#abcdef").exit_code == 0
    assert store.get_label("GADGET").colour == "#abcdef"
    assert run("labels", "hotkey", "gadget", "8").exit_code == 0
    assert store.get_label("GADGET").hotkey == "8"
    assert run("labels", "hotkey", "gadget", "none").exit_code == 0
    assert store.get_label("GADGET").hotkey is None

    assert_one_line_error(run("labels", "add", "gadget"), "already exists")
    assert_one_line_error(run("labels", "colour", "gadget", "red"), "#rrggbb")
    assert_one_line_error(run("labels", "hotkey", "ORG", "1"), "already used by PERSON")
    assert_one_line_error(run("labels", "rename", "nope", "x"), "unknown label")


def test_stats(run, seed_db):
    run("tag", 1, "Ayumi Kurose", "--label", "PERSON", "--annotator", "alice")
    run("tag", 1, "AESC France", "--label", "ORG", "--annotator", "bob")
    data = json.loads(run("stats", "--json").stdout)
    assert data["articles"] == [
        {
            "id": 1,
            "title": "France's 'Battery Valley' makes use of Asian experts",
            "status": "in progress",
            "annotations": 2,
        }
    ]
    by_label = {row["label"]: row["annotations"] for row in data["labels"]}
    assert by_label["PERSON"] == 1 and by_label["ORG"] == 1 and by_label["CLAIM"] == 0
    assert {row["annotator"] for row in data["annotators"]} == {"alice", "bob"}
    text = run("stats").stdout
    assert "1 article in" in text and "alice" in text and "Labels" in text


def test_hostile_text_is_not_markup(run, store):
    page = "\n\n".join(
        [
            "[bold red]PWNED[/bold red] [@click=app.quit]x[/] \x1b[2J title",
            "The mayor of Lille said on Monday that the new tram line will open in March and carry many people.",
            "The council approved a budget of 120 million euros for the work, which starts next week [link=x]y[/link].",
            "Opponents say the line will cut through a park that hundreds of families use every weekend.",
        ]
    )
    from reader.models import CleanResult

    store.add_article(
        CleanResult(text=page, title="[bold red]PWNED[/bold red] \x1b]52;c;aGk=\x07"), page, "/tmp/x", "text"
    )
    for args in (("list",), ("show", 1), ("search", "PWNED")):
        out = run(*args).stdout
        assert "\x1b" not in out, args
        assert "[bold red]PWNED" in out or "[bold" in out, args


def test_annotator_defaults_to_os_user(run, seed_db, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "carol")
    assert run("tag", 1, "Ayumi Kurose", "--label", "PERSON").exit_code == 0
    assert seed_db.annotations(1)[0].annotator == "carol"

    def no_user():
        raise OSError("no user")

    monkeypatch.setattr("getpass.getuser", no_user)
    assert run("tag", 1, "AESC France", "--label", "ORG").exit_code == 0
    assert {a.annotator for a in seed_db.annotations(1)} == {"carol", "annotator"}


def test_main_entry_point_one_line_error(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--db", str(bad), "list"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("reader: error: ")
    assert "Traceback" not in result.stderr


def test_usage_errors_are_one_line_through_the_console_entry(tmp_path):
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "reader", "--db", str(tmp_path / "r.db"), "tag", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        "reader: error: Missing argument 'TEXT'. (see `reader tag --help`)"
    ]


def test_show_says_who_tagged_and_what_came_from_a_suggestion(run, seed_db):
    text = seed_db.get_article(1).text
    start = text.index("Verkor")
    seed_db.add_annotation(1, "ORG", start, start + 6, annotator="jane", origin="suggested")
    start = text.index("Douai")
    seed_db.add_annotation(1, "PLACE", start, start + 5, annotator="jane")
    out = run("show", 1).stdout
    assert "by jane, accepted from a suggestion" in out
    assert out.count("by jane") == 2
    data = json.loads(run("show", 1, "--json").stdout)
    assert {a["text"]: a["origin"] for a in data["annotations"]} == {"Verkor": "suggested", "Douai": "manual"}


def test_output_cut_short_by_the_reader_ends_quietly(tmp_path):
    """`reader keys | head -1`: no error line, no traceback when head stops reading."""
    import subprocess
    import sys

    code = "from reader.cli.main import main; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "keys"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path
    )
    proc.stdout.close()  # like head, gone before the first line: every write fails with EPIPE
    stderr = proc.stderr.read()
    assert proc.wait(timeout=30) == 0
    assert stderr == b""
