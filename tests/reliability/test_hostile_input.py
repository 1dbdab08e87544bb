"""Hostile input: escape sequences, controls, bidi and zero-width characters, NUL bytes, invalid
UTF-8, huge files and lines, deep or scripted HTML, JSON with wrong types. Import either stores
clean text or refuses with a reason; nothing unsafe reaches a terminal; nothing crashes."""

from __future__ import annotations

import io
import json
import re

import pytest
from hostile_counts import exercised
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from reader.clean import clean
from reader.errors import InvalidInput
from reader.models import CleanResult
from reader.store import Store

from .conftest import add_article, paragraph_text, unsafe_chars

pipeline = pytest.importorskip("reader.importing.pipeline", reason="the import pipeline has not landed")

BODY = paragraph_text(7, 150)
ESCAPES = (
    "\x1b[2J\x1b[H"  # clear the screen
    "\x1b]52;c;aGVsbG8=\x07"  # OSC 52: write the clipboard
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"  # OSC 8 hyperlink
    "\x1b[?1049l"  # leave the alternate screen
    "\x1bP1$r0m\x1b\\"  # DCS
    "\x9b31m\x9d0;title\x9c"  # C1 CSI / OSC / ST
)
C0 = "".join(chr(c) for c in range(0x20) if c not in (0x0A, 0x0D, 0x09))
C1 = "".join(chr(c) for c in range(0x7F, 0xA0))
BIDI = "\u202e\u202d\u202a\u202b\u202c\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad\u180e"


def _nested_html(depth: int) -> str:
    return (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + f"<p>{BODY}</p>"
        + "</div>" * depth
        + "</body></html>"
    )


def hostile_files() -> dict[str, bytes]:
    """name -> content of every hostile input."""
    counter = iter(range(100, 200))

    def sprinkle(junk: str) -> str:
        words = paragraph_text(next(counter), 150).split(" ")
        return " ".join(w + (junk if i % 9 == 0 else "") for i, w in enumerate(words))

    files = {
        "few-escapes.txt": f"Title \x1b[2J\x1b]52;c;aGVsbG8=\x07here\n\n{sprinkle('')}\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\ end.".encode(),
        "few-controls.txt": f"Ti\x07tle\x7f one\n\n{sprinkle('')} \x08\x9b end.".encode(),
        "escapes.txt": f"Title{ESCAPES} here\n\n{sprinkle(ESCAPES)}".encode(),
        "c0.txt": f"Ti{C0}tle\n\n{sprinkle(C0)}".encode(),
        "c1.txt": f"Title{C1}\n\n{sprinkle(C1)}".encode(),
        "bidi.txt": f"\u202eeltiT\u202c one\n\n{sprinkle(BIDI)}".encode(),
        "zero-width.txt": f"Ti\u200btle\n\n{sprinkle(ZERO_WIDTH)}".encode(),
        "nul.txt": f"Title\x00\n\n{sprinkle(chr(0))}".encode(),
        "nul-heavy.txt": b"\x00" * 5000 + BODY.encode(),
        "invalid-utf8.txt": BODY.encode()[:300]
        + b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc"
        + BODY.encode()[300:],
        "lone-surrogates.txt": BODY.encode()[:200] + b"\xed\xa0\x80\xed\xbf\xbf" + BODY.encode()[200:],
        "binary.bin.txt": bytes(range(256)) * 200,
        "one-line-1mb.txt": (BODY.replace("\n", " ") + " ").encode() * (1_000_000 // len(BODY) + 1),
        "huge-50mb.txt": b"word " * (10 * 1024 * 1024),
        "deep.html": _nested_html(5000).encode(),
        "very-deep.html": ("<div>" * 200_000 + "text" + "</div>" * 200_000).encode(),
        "scripts.html": (
            "<html><head><title>Scripts</title><script>document.write('\x1b[2J EVIL SCRIPT');</script>"
            "<style>body { color: red } /* EVIL STYLE */</style></head><body><article>"
            f"<p>{BODY}</p><script>alert('EVIL SCRIPT')</script>"
            "<img src=x onerror=\"alert('EVIL ATTR')\"><iframe src='javascript:alert(1)'></iframe>"
            "</article></body></html>"
        ).encode(),
        "markup-title.md": f"# [@click=app.quit]Quit[/] [bold red]x[/]\n\n{BODY}".encode(),
        "wrong-types.json": json.dumps(
            [
                {"text": 42},
                {"text": ["a", "list"]},
                {"text": None, "html": {"an": "object"}},
                {"title": 3.5, "text": BODY},
                {"text": BODY + " record", "url": ["x"]},
                "a string record",
                7,
                None,
                {"text": BODY + " fine", "title": "OK\x1b[31m red", "date": "not a date"},
            ]
        ).encode(),
        "not-an-array.json": b'{"text": {"nested": [1, 2, {"deep": true}]}}',
        "broken.json": b'[{"text": "unterminated',
        "lines.jsonl": b'{"text": 1}\nnot json\n[]\n'
        + json.dumps({"text": paragraph_text(8, 150), "title": "Good record"}).encode()
        + b"\n",
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\r\n   \n",
    }
    return files


def test_deeply_nested_json_is_refused_not_a_crash(tmp_path):
    exercised("files", 2)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (inputs / "good.txt").write_text(BODY, "utf-8")
    with Store(tmp_path / "deep.db") as store:
        report = pipeline.import_paths(store, [inputs])
    assert len(report.imported) == 1
    assert [label.rsplit("/", 1)[-1] for label, _ in report.refused] == ["deep.json"]


def render_segments(renderable: object, width: int = 100) -> list[str]:
    """The text of every segment rich would write for renderable (no terminal involved)."""
    console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor")
    return [seg.text for seg in console.render(renderable, console.options) if not seg.control]


def assert_renders_safely(value: str | None) -> None:
    for seg in render_segments(Text(value or "")):
        assert not unsafe_chars(seg), (seg, unsafe_chars(seg))
    try:
        from reader.tui.safe import text as safe_text
    except ImportError:
        return
    for seg in render_segments(safe_text(value)):
        assert not unsafe_chars(seg), (seg, unsafe_chars(seg))


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Every hostile file imported into one store: (report, store)."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, data in hostile_files().items():
        (folder / name).write_bytes(data)
    store = Store(folder.parent / "hostile.db")
    report = pipeline.import_paths(store, [folder])
    yield report, store, folder
    store.close()


def test_every_hostile_file_is_stored_clean_or_refused_with_a_reason(imported):
    exercised("files", len(hostile_files()))
    report, store, folder = imported
    inputs = {p.name for p in folder.iterdir()}
    seen = {label.rsplit("/", 1)[-1].split(" ")[0] for label, _ in report.refused}
    stored = [store.get_article(i) for i in report.imported]
    seen |= {(a.source or "").rsplit("/", 1)[-1] for a in stored}
    seen |= {label.rsplit("/", 1)[-1].split(" ")[0] for label, _ in report.duplicates}
    assert inputs <= seen, f"inputs neither stored nor refused: {inputs - seen}"
    for label, reason in report.refused:
        assert reason.strip(), label
        assert not unsafe_chars(reason) and not unsafe_chars(label)
    for art in stored:
        for value in (art.title, art.byline, art.dateline, art.site, art.source, art.text):
            assert not unsafe_chars(value), (art.source, unsafe_chars(value))
        assert "\x1b" not in art.text and "EVIL" not in art.text
        assert art.text.strip()


def test_expected_outcomes(imported):
    report, store, _ = imported
    refused = {label.rsplit("/", 1)[-1]: reason for label, reason in report.refused}
    by_name = {(a.source or "").rsplit("/", 1)[-1]: a for a in map(store.get_article, report.imported)}
    assert "too large" in refused["huge-50mb.txt"]
    assert "empty" in refused["empty.txt"] and "empty" in refused["whitespace.txt"]
    assert "binary" in refused["binary.bin.txt"] or "not a text" in refused["binary.bin.txt"]
    # A page with a few stray escapes or controls is stored, cleaned; one made mostly of them may be
    # refused as binary (either is fine, as long as there is a reason).
    for name in ("few-escapes.txt", "few-controls.txt", "bidi.txt", "zero-width.txt", "invalid-utf8.txt"):
        assert name in by_name, (name, refused.get(name))
    # Whether the cleaner takes the first line as the title is its heuristics' business; if it does,
    # the escape sequences are gone whole (not just their ESC byte).
    assert by_name["few-escapes.txt"].title in (None, "Title here")
    assert "workers were hired" in by_name["few-escapes.txt"].text
    assert by_name["few-controls.txt"].title in (None, "Title one")
    assert "lines.jsonl" in by_name  # the one good record of a file of bad lines
    assert by_name["bidi.txt"].title in (None, "eltiT one")  # the override is gone, the letters kept
    assert "scripts.html" in by_name and "alert" not in by_name["scripts.html"].text
    # Wrong JSON types are refused record by record; the good records of the same file are kept.
    json_refusals = [r for label, r in report.refused if "wrong-types.json" in label]
    assert len(json_refusals) >= 6 and all("must be" in r or "record" in r for r in json_refusals)


def test_stored_fields_render_without_control_characters(imported):
    report, store, _ = imported
    for aid in report.imported:
        art = store.get_article(aid)
        for value in (art.title, art.byline, art.source, art.text[:5000]):
            assert_renders_safely(value)


def test_library_rows_of_hostile_articles_are_safe(imported):
    article_list = pytest.importorskip("reader.tui.article_list")
    report, store, _ = imported
    for row in store.article_rows(report.imported):
        line = article_list.format_row(article_list.row_cells(row), 100)
        assert not unsafe_chars(line), unsafe_chars(line)
        assert "[@click" not in line or "\\" not in line  # shown literally, never parsed as markup


def test_markup_in_a_title_is_shown_literally():
    exercised("strings", 1)
    safe = pytest.importorskip("reader.tui.safe")
    rendered = "".join(render_segments(safe.text("[@click=app.quit]Quit[/] [bold]x[/]")))
    assert "[@click=app.quit]Quit[/]" in rendered


# -- properties -------------------------------------------------------------------------------------

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
hostile_text = st.text(
    st.one_of(
        st.characters(codec=None),
        st.sampled_from(list(C0 + C1 + BIDI + ZERO_WIDTH + "\x1b[]\\;\n\r\u2028<>&\"'")),
    ),
    max_size=400,
)


@FAST
@given(raw=hostile_text, fmt=st.sampled_from(["text", "markdown"]))
def test_cleaner_output_is_always_safe(raw, fmt):
    exercised("strings", 1)
    result = clean(raw, fmt)
    assert isinstance(result, CleanResult)
    for value in (result.text, result.title, result.byline, result.dateline, result.site):
        assert not unsafe_chars(value), unsafe_chars(value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=hostile_text)
def test_html_cleaner_output_is_always_safe(raw):
    exercised("strings", 1)
    result = clean(f"<html><body><p>{raw}</p></body></html>", "html")
    for value in (result.text, result.title, result.byline):
        assert not unsafe_chars(value), unsafe_chars(value)


@FAST
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
def test_importer_never_crashes_on_arbitrary_bytes(data, suffix, tmp_path_factory):
    exercised("files", 1)
    folder = tmp_path_factory.mktemp("bytes", numbered=True)
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    results = pipeline.read_input(pipeline.expand([path])[0])
    for _label, doc in results:
        if isinstance(doc, InvalidInput):
            assert str(doc).strip()
        else:
            assert doc.clean.text.strip()
            assert not unsafe_chars(doc.clean.text) and not unsafe_chars(doc.clean.title)


@FAST
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(["text", "html", "title", "url", "date", "author", "x"]), inner, max_size=5
            )
        ),
        max_leaves=12,
    )
)
def test_json_records_of_any_shape_are_refused_or_clean(value):
    exercised("strings", 1)
    from reader.importing.formats import parse

    for _label, doc in parse(json.dumps(value), "json", "/x.json"):
        if isinstance(doc, InvalidInput):
            assert str(doc).strip()
        else:
            assert not unsafe_chars(doc.clean.text) and not unsafe_chars(doc.clean.title)


@pytest.fixture(scope="module")
def search_store(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("search") / "s.db")
    for i in range(5):
        add_article(store, i)
    yield store
    store.close()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.one_of(hostile_text, st.text(alphabet="\"*()^:+-ANDORNTNEAR{} '", max_size=30)))
def test_search_input_never_raises_anything_but_invalid_input(search_store, query):
    exercised("strings", 1)
    for call in (
        lambda: search_store.search(query),
        lambda: search_store.search(query, raw=True),
        lambda: search_store.article_ids(query=query),
    ):
        try:
            call()
        except InvalidInput:
            pass


# -- what the TUI would write to the terminal ------------------------------------------------------

# The sequences Textual itself writes for a frame: SGR colours and cursor moves. Anything else that
# starts with ESC, or any other control character, came from the data.
_TEXTUAL_OWN = re.compile(r"\x1b\[[0-9;]*m|\x1b\[\d+;\d+H|\x1b\[\?25[lh]")


def frame_text(app) -> str:  # noqa: ANN001
    """The terminal bytes of a full repaint of the current screen (what a real terminal receives).
    Uses the compositor's private render_full_update (Textual is pinned)."""
    update = app.screen._compositor.render_full_update()  # noqa: SLF001
    return update.render_segments(app.console)


def assert_frame_is_safe(app) -> str:  # noqa: ANN001
    raw = frame_text(app)
    leftover = _TEXTUAL_OWN.sub("", raw).replace("\n", "")
    assert not unsafe_chars(leftover), sorted(set(unsafe_chars(leftover)))[:20]
    for payload in ("]52;", "]8;", "?1049", "[2J", "evil.example"):
        assert payload not in leftover, payload
    return leftover


def _hostile_tui_app(tmp_path):  # noqa: ANN202
    """A ReaderApp over a store whose fields hold raw escapes and controls (a database written by
    another tool, or a cleaner bug): the widgets are the last line of defence."""
    app_module = pytest.importorskip("reader.tui.app")
    hostile = ESCAPES + C0.replace("\n", "") + C1 + BIDI + ZERO_WIDTH
    text = (
        f"First paragraph {hostile} ends here.\n\nSecond [@click=app.quit]quit[/] paragraph {ESCAPES} ends."
    )
    store = Store(tmp_path / "hostile-tui.db")
    aid = store.add_article(
        CleanResult(text=text, title=f"Title {hostile}", site=f"site{ESCAPES}", byline=f"By {BIDI}x"),
        text,
        "/x.txt",
        "text",
    ).article_id
    store.add_annotation(aid, "PERSON", 0, 5, note=f"note {ESCAPES}")
    return app_module.ReaderApp(store, "t", session=False), store, aid


async def _until(pilot, condition) -> None:  # noqa: ANN001
    import asyncio
    import time

    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline, "the app never got there"
        await asyncio.sleep(0.01)
    await pilot.pause()


def _frames(tmp_path, open_article: bool) -> list[str]:
    """Safety-checked frames of the library (and of the reading view if open_article)."""
    import asyncio

    app, store, aid = _hostile_tui_app(tmp_path)
    from reader.tui.article_list import ArticleList
    from reader.tui.reading import ReadingScreen

    async def drive() -> list[str]:
        frames = []
        async with app.run_test(size=(120, 40)) as pilot:
            await _until(
                pilot,
                lambda: bool(app.screen.query(ArticleList)) and bool(app.screen.query_one(ArticleList).ids),
            )
            frames.append(assert_frame_is_safe(app))
            if open_article:
                app.open_article(aid)
                await _until(
                    pilot, lambda: isinstance(app.screen, ReadingScreen) and bool(app.screen.annotations)
                )
                frames.append(assert_frame_is_safe(app))
        return frames

    try:
        frames = asyncio.run(drive())
    finally:
        store.close()
    assert app.return_code in (None, 0)  # [@click=app.quit] was not run as an action
    return frames


def test_library_never_writes_hostile_stored_text_to_the_terminal(tmp_path):
    exercised("screens", 1)
    (library,) = _frames(tmp_path, open_article=False)
    assert "Title" in library and "click31m0;title" in library  # the title is shown, defanged


def test_reading_view_never_writes_hostile_stored_text_to_the_terminal(tmp_path):
    exercised("screens", 1)
    _library, reading = _frames(tmp_path, open_article=True)
    assert "First paragraph" in reading
