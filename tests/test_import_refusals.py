"""Refused inputs come with a reason, never stop a batch, and set the exit status right."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_counts import exercised

from reader.cli.main import cli
from reader.importing import import_paths
from reader.importing.read import Refused, decode

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"
SEED = SAMPLE / "000_d13f4cea6e1b214d.txt"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (PNG, "binary"),
        (random.Random(0).randbytes(4096).replace(b"\x00", b"\x01"), "not a text file"),
        (b"", "empty"),
        (b"  \n\t \r\n ", "empty"),
    ],
    ids=["png", "random-bytes-without-nul", "empty", "whitespace"],
)
def test_decode_refuses(data, reason):
    exercised("files", 1)
    with pytest.raises(Refused, match=reason):
        decode(data)


def test_oversize_is_refused_with_limit(store, tmp_path):
    exercised("files", 1)
    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() * 4)
    report = import_paths(store, [big], max_bytes=10_000)
    assert report.imported == []
    assert report.refused == [(str(big), "too large (35 KB; over the 10 KB limit)")]
    with pytest.raises(Refused, match="too large"):
        decode(b"x" * 101, max_bytes=100)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"text": 5}', '"text" must be a string, not a number'),
        ('{"html": "<p>x</p>", "title": ["a"]}', '"title" must be a string, not a list'),
        ('{"title": "no body"}', 'needs a non-empty "text" or "html"'),
        ('"just a string"', "must be an object or a list of objects"),
        ("[]", "empty JSON list"),
        ("{not json", "not valid JSON"),
        ('[1, {"text": "x"}]', "a record must be a JSON object, not a number"),
    ],
)
def test_bad_json_is_refused(store, tmp_path, content, reason):
    exercised("files", 1)
    path = tmp_path / "bad.json"
    path.write_text(content)
    report = import_paths(store, [path])
    assert report.refused and reason in report.refused[0][1], report.refused


def test_batch_continues_past_bad_inputs(store, tmp_path):
    tmp_path = tmp_path / "batch"
    tmp_path.mkdir()
    (tmp_path / "a.png").write_bytes(PNG)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "d.json").write_text('{"text": 1}')
    report = import_paths(store, [tmp_path, tmp_path / "missing.txt"])
    assert report.imported == [1]
    reasons = dict(report.refused)
    assert set(reasons) == {str(tmp_path / n) for n in ("a.png", "b.txt", "d.json", "missing.txt")}
    assert "binary" in reasons[str(tmp_path / "a.png")]
    assert "empty" in reasons[str(tmp_path / "b.txt")]
    assert "no such file" in reasons[str(tmp_path / "missing.txt")]


def test_jsonl_bad_line_refused_others_imported(store, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "A first article about trams in Lille."}\n{oops\n{"text": "A second one about buses."}\n'
    )
    report = import_paths(store, [path])
    assert report.imported == [1, 2]
    assert report.refused[0][0] == f"{path} line 2" and "not valid JSON" in report.refused[0][1]


def test_duplicates_reported_and_reimport_is_noop(store):
    report = import_paths(store, [SAMPLE])
    assert report.imported == [1]
    assert report.duplicates == [(str(SAMPLE / "001_628579cf99bbd99e.txt"), 1)]
    again = import_paths(store, [SAMPLE])
    assert again.imported == [] and len(again.duplicates) == 2
    assert store.count_articles() == 1


def test_exit_status_rules(tmp_path, store):
    (tmp_path / "bin.dat").write_bytes(PNG)
    all_refused = run("import", tmp_path / "bin.dat", tmp_path / "nope.txt")
    assert all_refused.exit_code == 1
    # each refusal said once, on stderr, then the error (nothing on stdout)
    assert (
        all_refused.stderr.strip().splitlines()[-1]
        == "reader: error: nothing imported: all 2 inputs were refused"
    )
    assert "refused: " in all_refused.stderr and "binary" in all_refused.stderr
    assert all_refused.stdout == ""

    mixed = run("import", tmp_path / "bin.dat", SEED)
    assert mixed.exit_code == 0
    assert "imported 1 article (id 1); skipped 0 duplicates; refused 1" in mixed.stdout

    duplicates_only = run("import", SEED)
    assert duplicates_only.exit_code == 0
    assert "already stored as article 1" in duplicates_only.stdout
    assert store.count_articles() == 1


def test_hostile_file_names_are_printed_safely(tmp_path):
    bad = tmp_path / "evil\x1b[2Jname.txt"
    bad.write_bytes(b"")
    result = run("import", bad)
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout + result.stderr


def test_clean_json_reports_errors_per_input(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps({"text": 3}))
    result = run("clean", "--json", SEED, tmp_path / "x.json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["path"] == str(SEED) and rows[0]["byline"] == "Etienne BALMER"
    assert rows[1] == {"path": str(tmp_path / "x.json"), "error": '"text" must be a string, not a number'}


def test_big_batch_shows_progress_on_a_terminal(tmp_path, store, monkeypatch):
    import io

    from rich.console import Console

    import reader.cli.importing as importing_cli

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(25):
        (folder / f"{i:02}.json").write_text(
            json.dumps({"text": f"Story number {i} about the tram in Lille."})
        )
    screen = io.StringIO()
    monkeypatch.setattr(
        importing_cli, "console", lambda stderr=False: Console(file=screen, force_terminal=True, width=80)
    )
    result = run("import", folder)
    assert result.exit_code == 0
    assert "imported 25 articles" in result.stdout
    assert "importing" in screen.getvalue() and "25/25" in screen.getvalue()
    assert store.count_articles() == 25


def _import_with_deadline(store, paths, seconds=10.0):
    """import_paths in a thread, so a regression that blocks fails the test instead of hanging it."""
    import threading

    out: dict[str, object] = {}
    thread = threading.Thread(target=lambda: out.update(report=import_paths(store, paths)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the import blocked"
    return out["report"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_refused_without_blocking(store, tmp_path):
    exercised("files", 1)
    fifo = tmp_path / "ff"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_bytes(SEED.read_bytes())
    report = _import_with_deadline(store, [fifo, good])
    assert report.imported == [1]
    assert report.refused == [(str(fifo), REFUSED_PIPE)]


REFUSED_PIPE = "not a regular file (a named pipe); give a saved file, a folder, a URL or - for stdin"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_is_refused_as_not_a_regular_file(store):
    exercised("files", 1)
    report = _import_with_deadline(store, ["/dev/zero"])
    assert report.refused == [
        ("/dev/zero", "not a regular file (a device); give a saved file, a folder, a URL or - for stdin")
    ]


def test_stdin_over_the_limit_says_over_the_limit(store):
    import io

    report = import_paths(store, ["-"], stdin=io.BytesIO(b"word " * 1000), max_bytes=1000)
    assert report.refused == [("<stdin>", "too large (over the 1000 bytes limit)")]
    limit = 20 * 1024 * 1024
    with pytest.raises(Refused, match=r"^too large \(25\.0 MB; over the 20 MB limit\)$"):
        from reader.importing.read import check_size

        check_size(25 * 1024 * 1024, limit)


def test_stdin_dash_still_works_with_the_cli(tmp_path):
    result = run("import", "--db", tmp_path / "r.db", "-", input=SEED.read_bytes())
    assert result.exit_code == 0, result.output
    assert "imported 1 article (id 1)" in result.output


def test_empty_library_help_does_not_promise_archives(tmp_path):
    pytest.importorskip("textual")
    from reader.tui.library import EMPTY_HELP

    assert "archive" not in EMPTY_HELP
    archive = tmp_path / "pages.zip"
    import zipfile

    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", SEED.read_text(encoding="utf-8"))
    result = run("import", "--db", tmp_path / "r.db", archive)
    assert result.exit_code == 1
    assert "reader: error: cannot import" in result.output


def test_articles_are_committed_in_batches_with_the_same_report(store, tmp_path, monkeypatch):
    """Several articles go in per transaction; duplicates inside one batch and refusals stay per article."""
    from reader.importing import pipeline

    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", 3)
    texts = [f"Article number {n} about the tram line in Lille, with figures." for n in range(7)]
    texts.insert(2, texts[1])  # the same article twice in one batch
    records = [json.dumps({"text": t, "title": f"T{i}"}) for i, t in enumerate(texts)]
    records.insert(5, json.dumps({"text": 5}))
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(records) + "\n")
    commits = []
    real = store.add_articles
    monkeypatch.setattr(store, "add_articles", lambda items: commits.append(len(items)) or real(items))
    report = import_paths(store, [path])
    assert report.imported == [1, 2, 3, 4, 5, 6, 7]
    assert report.duplicates == [(f"{path} line 3", 2)]
    assert [label for label, _ in report.refused] == [f"{path} line 6"]
    assert commits == [3, 3, 2]
    assert [store.get_article(i).text for i in report.imported] == [texts[0], *texts[1:2], *texts[3:]]


def test_links_in_a_folder_that_lead_nowhere_are_named_not_skipped(store, tmp_path):
    """A folder of saved pages with a link to a deleted file, two links pointing at each other and
    a link to a folder elsewhere: each is a refusal line with its reason (nothing was skipped
    silently), and the pages beside them are imported."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "story.txt").write_bytes(SEED.read_bytes())
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    (elsewhere / "other.txt").write_text("Harbour news from Sète.\n\n" + "The port reopened on Monday. " * 20)
    (folder / "usb").symlink_to(elsewhere)
    exercised("files", 4)
    report = import_paths(store, [folder])
    assert report.imported == [1]
    reasons = {Path(label).name: reason for label, reason in report.refused}
    assert set(reasons) == {"gone.txt", "a.txt", "b.txt", "usb"}, reasons
    assert "broken link" in reasons["gone.txt"]
    assert "link" in reasons["a.txt"] and "loop" in reasons["a.txt"]
    assert "link to a folder" in reasons["usb"] and "not followed" in reasons["usb"]
