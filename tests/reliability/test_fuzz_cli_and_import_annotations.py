"""Property-based fuzzing (hypothesis) of the CLI's arguments (ids, labels, phrases, options) and of
`import-annotations` (JSONL, brat, W3C): never a traceback, and a refused input changes nothing
already stored (a dump of every table before and after)."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hostile_counts import exercised
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.models import CleanResult
from reader.store import Store

from .cli_run import dump, reader

TEXT = "Anna Kurose said the councillor hired 300 workers in Douai last year.\n\nThe council agreed."
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

_TEMPLATE: Path | None = None


def fresh_db() -> Path:
    """A copy of one small database (one article, two tags): cheap for every example."""
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = Path(tempfile.mkdtemp(prefix="reader-fuzz-")) / "template.db"
        with Store(_TEMPLATE) as store:
            store.add_article(CleanResult(text=TEXT, title="Plant"), TEXT, None, "text")
            store.add_annotation(1, "PERSON", 0, 11, note="the mayor")
            store.add_annotation(1, "CLAIM", 0, 68, claimant="Anna Kurose")
    folder = Path(tempfile.mkdtemp(prefix="reader-fuzz-"))
    shutil.copy(_TEMPLATE, folder / "r.db")
    return folder / "r.db"


ids = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["1", "2", "0", "-1", "²", "1e3", "", " 1", "0x1", "9" * 30]),
)
words = st.text(min_size=0, max_size=40)
labels = st.one_of(st.sampled_from(["PERSON", "person", "CLAIM", "QUANTITY", "all", "NOPE", ""]), words)
commands = st.one_of(
    st.tuples(st.just("show"), ids),
    st.tuples(st.just("tag"), ids, words, st.just("-l"), labels, st.just("--nth"), ids),
    st.tuples(st.just("tag"), ids, words, st.just("-l"), labels, st.just("--note"), words),
    st.tuples(st.just("untag"), ids),
    st.tuples(st.just("untag"), ids, words, st.just("-l"), labels),
    st.tuples(st.just("suggest"), ids, st.just("--accept"), labels),
    st.tuples(st.just("reclean"), ids),
    st.tuples(st.just("labels"), st.just("rename"), labels, labels),
    st.tuples(st.just("labels"), st.just("add"), labels, st.just("--description"), words),
    st.tuples(st.just("search"), words),
    st.tuples(st.just("search"), words, st.just("--raw")),
    st.tuples(st.just("entities"), st.just("--show"), words),
    st.tuples(st.just("export"), st.just("--article"), ids, st.just("--label"), labels),
    st.tuples(st.just("export"), st.just("--since"), words),
    st.tuples(st.just("list"), st.just("--label"), labels),
)


@SETTINGS
@given(args=commands)
def test_cli_arguments_never_give_a_traceback(args: tuple[str, ...]) -> None:
    exercised("strings", 1)
    db = fresh_db()
    before = dump(db)
    r = reader(db, *args)
    assert "Traceback" not in r.output, (args, r.output)
    if r.code != 0:
        assert dump(db) == before, args
        lines = [line for line in r.stderr.splitlines() if line.startswith("reader: error:")]
        assert len(lines) == 1, (args, r.output)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
span_fields = st.fixed_dictionaries(
    {},
    optional={
        "label": st.one_of(labels, json_values),
        "start": st.one_of(st.integers(-5, 100), json_values, st.sampled_from(["²", "9" * 50, "3"])),
        "end": st.one_of(st.integers(-5, 100), json_values),
        "text": st.one_of(st.sampled_from(["Anna Kurose", "council", " "]), json_values),
        "note": st.one_of(words, json_values),
        "created": st.one_of(st.sampled_from(["9999-99-99", "2025-01-01T00:00:00Z"]), json_values),
        "updated": json_values,
        "claimant": json_values,
        "quantities": json_values,
    },
)
jsonl_lines = st.lists(
    st.one_of(
        st.fixed_dictionaries({"text": st.just(TEXT), "spans": st.lists(span_fields, max_size=4)}),
        json_values,
    ),
    min_size=1,
    max_size=3,
)


def unchanged_except_added(before: dict, after: dict) -> None:
    """Nothing stored before was changed or removed (import-annotations may only add)."""
    for table, rows in before.items():
        # annotation_counts (schema 9) is derived: an added tag raises its article's count
        if table in ("events", "sessions", "articles", "annotation_counts"):
            continue
        missing = [row for row in rows if row not in after[table]]
        assert not missing, (table, missing)
    assert before["articles"] == after["articles"] or len(before["articles"]) == len(after["articles"])


@SETTINGS
@given(lines=jsonl_lines)
def test_import_annotations_jsonl_fuzz(lines: list) -> None:
    exercised("files", 1)
    db = fresh_db()
    path = db.parent / "in.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    before = dump(db)
    r = reader(db, "import-annotations", path)
    assert "Traceback" not in r.output, r.output
    unchanged_except_added(before, dump(db))


@SETTINGS
@given(
    ann=st.lists(
        st.one_of(
            st.builds(lambda lab, s, e, q: f"T1\t{lab} {s} {e}\t{q}", labels, ids, ids, words),
            st.builds(lambda a, b: f"R1\tclaimant Arg1:{a} Arg2:{b}", words, words),
            st.builds(lambda t, v: f"#1\tAnnotatorNotes {t}\t{v}", words, words),
            words,
        ),
        max_size=6,
    )
)
def test_import_annotations_brat_fuzz(ann: list[str]) -> None:
    exercised("files", 1)
    db = fresh_db()
    folder = db.parent / "brat"
    folder.mkdir()
    (folder / "article-1.txt").write_text(TEXT)
    (folder / "article-1.ann").write_text("\n".join(ann) + "\n")
    before = dump(db)
    r = reader(db, "import-annotations", folder, "--map", "article-1=1")
    assert "Traceback" not in r.output, r.output
    unchanged_except_added(before, dump(db))


@SETTINGS
@given(
    item=st.fixed_dictionaries(
        {"type": st.just("Annotation")},
        optional={
            "body": st.one_of(
                json_values, st.just([{"type": "TextualBody", "purpose": "tagging", "value": "ORG"}])
            ),
            "target": st.one_of(
                json_values,
                st.fixed_dictionaries(
                    {
                        "source": st.one_of(st.just("urn:sha256:x"), json_values),
                        "selector": st.lists(
                            st.one_of(
                                json_values,
                                st.fixed_dictionaries(
                                    {
                                        "type": st.sampled_from(
                                            ["TextPositionSelector", "TextQuoteSelector"]
                                        ),
                                        "start": st.one_of(json_values, st.sampled_from(["²", "9" * 5000])),
                                        "end": json_values,
                                        "exact": st.one_of(st.just("Anna Kurose"), json_values),
                                    }
                                ),
                            ),
                            max_size=3,
                        ),
                    }
                ),
            ),
            "created": json_values,
        },
    )
)
def test_import_annotations_w3c_fuzz(item: dict) -> None:
    exercised("files", 1)
    db = fresh_db()
    path = db.parent / "in.jsonld"
    path.write_text(json.dumps({"type": "AnnotationPage", "items": [item]}))
    before = dump(db)
    r = reader(db, "import-annotations", path)
    assert "Traceback" not in r.output, r.output
    unchanged_except_added(before, dump(db))
