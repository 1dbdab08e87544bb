"""One helper cuts a text to a short line for a message (reader/short_text.py): white space
folded to single spaces, at most `width` characters, "…" where it was cut. The history's step names,
the store's refusals ("“…” is already tagged PERSON"), `reader tag`'s, `reader body`'s lines and the
TUI's messages (after its own cleaning, reader.tui.safe.shorten) all use it, and no module keeps a
copy of its own (there were eight)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.short_text import short_text

ROOT = Path(__file__).resolve().parents[2] / "reader"


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [
        ("Ayumi Kurose", 30, "Ayumi Kurose"),
        ("  Die Brücke\n\nin   Velmsdorf\t", 30, "Die Brücke in Velmsdorf"),
        ("Łódzka Spółdzielnia Mieszkaniowa", 12, "Łódzka Spół…"),
        ("exactly ten", 11, "exactly ten"),
        ("abc", 1, "…"),
        ("abc", 0, "…"),
    ],
)
def test_short_text(text, width, shown):
    assert short_text(text, width) == shown
    assert len(short_text(text, width)) <= max(width, 1)


def test_the_default_width_is_thirty():
    assert short_text("x" * 31) == "x" * 29 + "…"


def test_the_tui_shortens_what_it_cleaned_with_the_same_helper():
    from reader.tui.safe import shorten

    assert shorten("a\x1b[2J  b\ncd\u200b  e", 30) == "a b cd e"
    assert shorten("Jördis Käßbohrer sprach zuerst im Rathaus", 16) == "Jördis Käßbohre…"
    assert shorten(None, 5) == ""


def test_no_module_keeps_a_copy_of_its_own():
    copies = [
        f"{path.relative_to(ROOT.parent)}: {m.group(0)}"
        for path in sorted(ROOT.rglob("*.py"))
        if path.name != "short_text.py"
        for m in re.finditer(r"^def _?short\(.*", path.read_text(encoding="utf-8"), re.M)
    ]
    assert copies == []
