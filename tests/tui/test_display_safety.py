"""The reading view never draws control, escape, bidi or zero-width characters from a stored text,
and replacing them keeps every code-point offset: annotations after them still cover their words.

The store here is written directly (no cleaner), as a database from another tool could be."""

from __future__ import annotations

import re

from hostile_counts import exercised
from pilot_helpers import open_first

from reader.models import CleanResult
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.text_view import display_text

HOSTILE = (
    "Esc \x1b[2J\x1b]52;c;aGVsbG8=\x07 osc8 \x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ "
    "c0 \x00\x01\x07\x08\x0b\x0c\x0e\x1f c1 \x85\x9b\x9d del \x7f tab\there "
    "bidi \u202aA\u202bB\u202cC\u202dD\u202eE\u2066F\u2067G\u2068H\u2069I\u200e\u200f\u061c "
    "zw \u200bJ\ufeffK\u2060L\u180eM joiners kept: \U0001f469\u200d\U0001f4bb a\u200cb."
)
TEXT = "Heading line\n\n" + HOSTILE + " Target Word here.\n\nAfter the paragraph: Second Target."

# C0 but \n, DEL, C1, bidi marks/embeddings/overrides/isolates, zero-width (not ZWJ / ZWNJ)
UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\ufeff\u2060\u180e\u2028\u2029]"
)


def test_display_text_keeps_length_and_hides_payloads() -> None:
    shown = display_text(TEXT)
    assert len(shown) == len(TEXT)
    assert not UNSAFE.search(shown)
    for payload in ("[2J", "]52;", "]8;", "evil.example"):
        assert payload not in shown
    assert "\u200d" in shown and "\u200c" in shown  # ZWJ / ZWNJ kept
    assert "tab here" in shown  # a tab is one space
    # the words around the hostile characters are unchanged, at the same offsets
    for word in (
        "Heading line",
        "Esc ",
        " osc8 ",
        "link",
        " c0 ",
        " del ",
        "bidi ",
        "Target Word here.",
        "Second Target.",
    ):
        i = TEXT.index(word)
        assert shown[i : i + len(word)] == word


async def test_reading_view_strips_are_display_safe_and_spans_stay_aligned(tmp_path) -> None:
    exercised("screens", 1)
    store = Store(tmp_path / "r.db")
    store.add_article(CleanResult(text=TEXT, title="Hostile"), "raw", None, "text")
    s1 = TEXT.index("Target Word")
    s2 = TEXT.index("Second Target")
    store.add_annotation(1, "PERSON", s1, s1 + len("Target Word"))
    store.add_annotation(1, "ORG", s2, s2 + len("Second Target"))
    app = ReaderApp(store, "alice", session=False)
    app.cursor_blink = False
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        view = screen.view
        assert len(view.text) == len(TEXT)
        await pilot.pause()
        rendered = []
        for y in range(view.size.height):
            rendered.append("".join(seg.text for seg in view.render_line(y)))
        joined = "\n".join(rendered)
        assert "Esc" in joined and "Target Word" in joined
        assert not UNSAFE.search(joined), sorted({hex(ord(c)) for c in UNSAFE.findall(joined)})
        for payload in ("[2J", "]52;", "]8;", "evil.example"):
            assert payload not in joined
        # the PERSON span, stored after the hostile characters, covers exactly its words on screen
        colour = {lab.name: lab.colour for lab in store.labels()}["PERSON"]
        line = view.get_line(2)
        spans = [(line.plain[s.start : s.end], s.style.bgcolor.name) for s in line.spans if s.style.bgcolor]
        assert ("Target Word", colour.lower()) in [(t, c.lower()) for t, c in spans]
        line4 = view.get_line(4)
        assert [line4.plain[s.start : s.end] for s in line4.spans if s.style.bgcolor] == ["Second Target"]
        # selecting by stored offsets selects the stored words
        view.select_offsets(s1, s1 + len("Target Word"))
        assert view.selected_text == "Target Word"
        assert screen.view.selected_span == (s1, s1 + len("Target Word"))
    store.close()
