"""`reader show` and `reader list` piped to another program (not a terminal) do not hard-wrap at 80
columns: a paragraph, and a library row, stay one line each."""

from __future__ import annotations

from pathlib import Path

from reader.models import CleanResult
from reader.store import Store

from .cli_run import reader

PARAGRAPH = "Anna Kurose said the plant hired 300 workers in Douai last year, " * 6 + "and more."
TITLE = "A very long title about the plant in Douai that hired three hundred workers last year " * 2


def test_show_and_list_do_not_wrap_when_piped(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    text = PARAGRAPH.strip() + "\n\nSecond paragraph."
    with Store(db) as store:
        store.add_article(CleanResult(text=text, title=TITLE.strip()), text, None, "text")
    shown = reader(db, "show", "1")
    assert shown.code == 0, shown.output
    assert PARAGRAPH.strip() in shown.stdout.splitlines()
    listed = reader(db, "list")
    assert listed.code == 0, listed.output
    rows = [line for line in listed.stdout.splitlines() if line.strip()]
    assert len(rows) == 2 and TITLE.strip() in rows[1], listed.stdout
