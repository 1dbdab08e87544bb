"""Keys remapped in keys.toml: the TUI answers to the new keys, not the old; help shows them; a wrong
file is one line, before the TUI starts."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from pilot_helpers import open_first, settle

from reader.errors import InvalidInput
from reader.store import Store
from reader.tui.keymap import load_keymap, remappable


async def test_a_remapped_key_does_the_action_and_the_old_one_does_not(make_app, seeded: Store):
    app = make_app(keymap={"reading.undo": "z", "reading.redo": "Z"})
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        screen.view.move_to(screen.text.index("Verkor"))
        await pilot.press("ctrl+shift+right", "2")
        await settle(pilot)
        assert [a.text for a in seeded.annotations(1)] == ["Verkor"]
        await pilot.press("u")  # no longer undo
        await settle(pilot)
        assert [a.text for a in seeded.annotations(1)] == ["Verkor"]
        await pilot.press("z")
        await settle(pilot)
        assert seeded.annotations(1) == []
        await pilot.press("Z")
        await settle(pilot)
        assert [a.text for a in seeded.annotations(1)] == ["Verkor"]
        await pilot.press("question_mark")
        await pilot.pause()
        rows = dict((desc, keys) for keys, desc in app.screen.rows)
        assert rows["Undo"] == "z" and rows["Redo"] == "Z"


def test_keys_file_is_checked(tmp_path):
    path = tmp_path / "keys.toml"
    assert load_keymap(path) == {}  # no file: the defaults
    path.write_text('[keys]\n"reading.undo" = "z, ctrl+z"\n')
    assert load_keymap(path) == {"reading.undo": "z,ctrl+z"}
    for content, message in [
        ('[keys]\n"reading.undoo" = "z"\n', "no key binding is called 'reading.undoo'"),
        ('[keys]\n"reading.tag1" = "a"\n', "label key"),
        ('[keys]\n"reading.undo" = "n"\n', "'n' would be both reading.next_annotation and reading.undo"),
        ('[keys]\n"reading.undo" = ""\n', "needs keys like"),
        ('[keys]\n"reading.undo" = 3\n', "needs keys like"),
        ("[keys\n", "cannot read the keys file"),
        ('undo = "z"\n', "one [keys] table"),
    ]:
        path.write_text(content)
        with pytest.raises(InvalidInput, match=message.replace("[", r"\[")):
            load_keymap(path)


def test_every_remappable_binding_has_a_description():
    found = remappable()
    assert "reading.undo" in found and "library.open" in found and "app.help" in found
    assert "reading.tag1" not in found and "reading.tag_every" in found  # label keys belong to the labels
    assert all(r.description for r in found.values())


def test_cli_lists_keys_and_refuses_a_bad_file_before_opening(tmp_path, monkeypatch):
    from reader.cli.main import cli

    path = tmp_path / "keys.toml"
    monkeypatch.setenv("READER_KEYS", str(path))
    path.write_text('[keys]\n"reading.undo" = "z"\n')
    out = CliRunner().invoke(cli, ["keys"]).output
    assert f"keys file: {path} (remaps reading.undo)" in out
    assert any(line.startswith("reading.undo") and " z *" in line for line in out.splitlines())
    path.write_text('[keys]\n"reading.nope" = "z"\n')
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "r.db"), "open"])
    assert result.exit_code == 1
    assert "no key binding is called 'reading.nope'" in result.output
