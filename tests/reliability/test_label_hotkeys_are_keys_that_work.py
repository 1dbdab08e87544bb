"""Issue 13 item 20: label hotkeys "²" and "٣" pass isdigit() but no key sends them: only ASCII
1-9 are taken, by `reader labels` (and the store under it)."""

from __future__ import annotations

import pytest

from reader.errors import InvalidInput
from reader.store import Store

from .cli_run import assert_refused, reader
from .tui_driver import rows


@pytest.mark.parametrize("hotkey", ["²", "٣", "０", "0", "10", "\x1b"])
def test_a_hotkey_no_key_sends_is_refused(tmp_path, hotkey):
    db = tmp_path / "r.db"
    Store(db).close()
    before = rows(db, "select name, hotkey from labels order by id")
    assert_refused(reader(db, "labels", "hotkey", "PERSON", hotkey), "1-9")
    assert_refused(reader(db, "labels", "add", "SHIP", "--hotkey", hotkey), "1-9")
    assert rows(db, "select name, hotkey from labels order by id") == before
    with Store(db) as store, pytest.raises(InvalidInput):
        store.update_label("PERSON", hotkey=hotkey)


def test_an_ascii_digit_still_works(tmp_path):
    db = tmp_path / "r.db"
    Store(db).close()
    assert reader(db, "labels", "hotkey", "PERSON", "none").code == 0
    assert reader(db, "labels", "hotkey", "DATE", "none").code == 0
    result = reader(db, "labels", "add", "SHIP", "--hotkey", "5")
    assert result.code == 0, result.output
    assert rows(db, "select hotkey from labels where name = 'SHIP'") == [("5",)]
