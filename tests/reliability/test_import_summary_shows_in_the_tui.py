"""Issue 13 item 30: `reader PATH` opened the TUI and the import summary (duplicates, refusals)
was only seen after quitting (the TUI covers the terminal). The summary is passed to the TUI and
shown there as a notification as it opens."""

from __future__ import annotations

import reader.tui.app as tui_app
from reader.store import Store

from .cli_run import reader
from .tui_driver import make_app, open_article, run


def test_reader_path_shows_duplicates_and_refusals_in_the_tui(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(
        "Ayumi Kurose met the council in Douai on Monday.\n\nShe said forty workers were hired.\n"
    )
    same = tmp_path / "same.txt"
    same.write_text(good.read_text())
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    opened = []
    monkeypatch.setattr(tui_app, "run_app", lambda *args, **kw: opened.append(kw.get("notice")))
    db = tmp_path / "r.db"
    result = reader(db, good, same, binary)
    assert result.code == 0, result.output
    (notice,) = opened
    assert any(line.startswith("duplicate: ") and "same.txt" in line for line in notice), notice
    assert any(line.startswith("refused: ") and "photo.txt" in line for line in notice), notice
    assert notice[-1].startswith("imported 1 article")

    store = Store(db)
    app = make_app(store, notice=notice)

    async def script(pilot):  # type: ignore[no-untyped-def]
        shown = [(n.title, n.message, n.severity) for n in app._notifications]
        (title, message, severity), *_ = [s for s in shown if s[0] == "Import"]
        assert "same.txt" in message and "photo.txt" in message and "imported 1 article" in message
        assert severity == "warning"
        # Opening an article puts the summary away: over the text it would hide what is read.
        await open_article(pilot, 1)
        assert not [n for n in app._notifications if n.title == "Import"]

    try:
        run(app, script)
    finally:
        store.close()


def test_a_long_summary_keeps_the_counts():
    app = tui_app.ReaderApp.__new__(tui_app.ReaderApp)
    seen = []
    app.notify = lambda message, **kw: seen.append(message)  # type: ignore[method-assign]
    lines = [f"refused: f{i}.bin: not text" for i in range(30)] + ["imported 0 articles; refused 30"]
    tui_app.ReaderApp.show_notice(app, lines)
    (message,) = seen
    assert message.splitlines()[-1] == "imported 0 articles; refused 30"
    assert "… and 24 more" in message and len(message.splitlines()) == 8
