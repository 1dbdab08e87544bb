"""import-annotations on broken exports: every wrong type or missing field is one clear problem line,
never a traceback; the other annotations are still imported; the summary counts annotations."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from hostile_counts import exercised

from reader.cli.main import cli
from reader.export import export
from reader.export.importers import import_annotations


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


def exported_line(tagged) -> dict:
    buf = io.StringIO()
    export(tagged.store, "jsonl", buf)
    return json.loads(buf.getvalue())


BAD_SPANS = [
    ({"start": "a", "end": 5, "label": "PERSON"}, "start is a string ('a'), not an offset"),
    ({"start": 0, "end": [5], "label": "PERSON"}, "end is a list, not an offset"),
    ({"start": True, "end": 5, "label": "PERSON"}, "start is true/false"),
    ({"start": -1, "end": 5, "label": "PERSON"}, "start is a number (-1), not an offset"),
    ({"start": 0, "end": 5, "label": 7}, "label is a number, not a string"),
    ({"start": 0, "end": 5}, "no label"),
    ({"label": "PERSON"}, "neither offsets"),
    ({"start": 0, "end": 5, "label": "PERSON", "note": {"a": 1}}, "note is an object, not a string"),
    ({"start": 0, "end": 5, "label": "CLAIM", "quantities": [[1]]}, "quantities holds a list"),
    (5, "not an object (a number)"),
    ("PERSON", "not an object (a string)"),
]


@pytest.mark.parametrize(("span", "reason"), BAD_SPANS, ids=[r for _, r in BAD_SPANS])
def test_jsonl_span_with_wrong_types_is_reported_and_the_others_imported(
    tagged, fresh_store, tmp_path, span, reason
):
    exercised("files", 1)
    line = exported_line(tagged)
    line["spans"].insert(1, span)
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    store, article_id = fresh_store
    report = import_annotations(store, path)
    assert report.added == 16
    assert report.problems == [f"bad.jsonl line 1: span 2: {reason}"] or (
        len(report.problems) == 1 and report.problems[0].startswith(f"bad.jsonl line 1: span 2: {reason}")
    ), report.problems
    assert report.not_imported == 1


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ([1, 2], "not an exported article (a line must be an object, not a list)"),
        ("text", "not an exported article (a line must be an object, not a string)"),
        ({"id": 1, "text": 5, "spans": []}, "not an exported article: text is a number, not a string"),
        ({"id": 1, "text": "x", "spans": "nope"}, "not an exported article: spans is a string, not a list"),
        (
            {"id": [1], "text": "x", "spans": []},
            "not an exported article: id is a list, not a string or a number",
        ),
    ],
)
def test_jsonl_line_with_wrong_types(fresh_store, tmp_path, line, reason):
    exercised("files", 1)
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    store, _ = fresh_store
    report = import_annotations(store, path)
    assert report.problems == [f"b.jsonl line 1: {reason}"]
    assert report.added == 0


def test_jsonl_bad_bytes_and_bad_json_are_one_line_each(tagged, fresh_store, tmp_path):
    good = json.dumps(exported_line(tagged)).encode()
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"{bad\n" + b"\xff\xfe not utf-8\n" + good + b"\n")
    store, _ = fresh_store
    report = import_annotations(store, path)
    assert report.added == 16
    assert report.problems[0].startswith("mixed.jsonl line 1: not valid JSON (")
    assert report.problems[1] == "mixed.jsonl line 2: not UTF-8 text"


def test_cli_reviewer_case_start_is_a_string(fresh_store, tmp_path):
    store, article_id = fresh_store
    path = tmp_path / "b.jsonl"
    path.write_text(
        '{"id":1,"text":"x","spans":[{"start":"a","end":5,"label":"PERSON"}]}\n', encoding="utf-8"
    )
    result = run("import-annotations", "--db", store.path, path, "--map", f"1={article_id}")
    no_traceback(result)
    assert result.exit_code == 1
    assert "reader: not imported: b.jsonl line 1: span 1: start is a string ('a')" in result.stderr
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .startswith("imported 0 annotations into 0 articles; 0 duplicates skipped; 1 annotation not imported")
    )


W3C_BAD = [
    ({"target": 5}, "target is a number, not an object"),
    ({"target": {"source": 5}}, "the target's source is a number, not a string"),
    ({"target": {"selector": []}}, "the target has no source"),
    ({}, "no target"),
    (7, "not an annotation object (a number)"),
    ({"target": {"source": "urn:sha256:x", "selector": [3]}}, "a selector is a number, not an object"),
    (
        {"target": {"source": "urn:sha256:x", "selector": {"type": "TextQuoteSelector", "exact": ["a"]}}},
        "TextQuoteSelector exact is a list, not a string",
    ),
    (
        {
            "target": {
                "source": "urn:sha256:x",
                "selector": [
                    {"type": "TextQuoteSelector", "exact": "a"},
                    {"type": "TextPositionSelector", "start": "a", "end": 2},
                ],
            },
            "body": {"purpose": "tagging", "value": "PERSON"},
        },
        "TextPositionSelector start is a string ('a'), not an offset",
    ),  # fmt: skip
    (
        {
            "target": {"source": "urn:sha256:x", "selector": {"type": "TextQuoteSelector", "exact": "a"}},
            "body": {"purpose": "tagging", "value": 5},
        },
        "a body's value is a number, not a string",
    ),  # fmt: skip
    (
        {
            "target": {"source": "urn:sha256:x", "selector": {"type": "TextQuoteSelector", "exact": "a"}},
            "body": [5],
        },
        "a body is a number, not an object or a string",
    ),  # fmt: skip
    (
        {
            "target": {"source": "urn:sha256:x", "selector": {"type": "TextQuoteSelector", "exact": "a"}},
            "body": "PERSON",
            "creator": 5,
        },
        "no tagging body naming a label",
    ),  # fmt: skip
]


@pytest.mark.parametrize(("item", "reason"), W3C_BAD, ids=[r for _, r in W3C_BAD])
def test_w3c_item_with_wrong_types(fresh_store, tmp_path, item, reason):
    exercised("files", 1)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"items": [item]}), encoding="utf-8")
    store, _ = fresh_store
    report = import_annotations(store, path)
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"bad.json item 1: {reason}"), report.problems
    assert "object is not subscriptable" not in report.problems[0]
    assert report.not_imported == 1


def test_w3c_bad_item_does_not_stop_the_good_ones(tagged, fresh_store, tmp_path):
    path = tmp_path / "out.json"
    export(tagged.store, "w3c", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["items"].insert(0, {"target": 5})
    path.write_text(json.dumps(data), encoding="utf-8")
    store, _ = fresh_store
    report = import_annotations(store, path)
    assert report.added == 16
    assert report.problems == ["out.json item 1: target is a number, not an object"]


def test_cli_reviewer_case_w3c_target_is_a_number(fresh_store, tmp_path):
    store, _ = fresh_store
    path = tmp_path / "bad.json"
    path.write_text('{"items":[{"target":5}]}', encoding="utf-8")
    result = run("import-annotations", "--db", store.path, path)
    no_traceback(result)
    assert "reader: not imported: bad.json item 1: target is a number, not an object" in result.stderr
    assert "subscriptable" not in result.stderr


@pytest.mark.parametrize(
    ("data", "reason"),
    [({"items": 5}, "items is a number, not a list"), (5, "not a W3C annotation")],
)
def test_w3c_wrong_shape_is_one_error_line(fresh_store, tmp_path, data, reason):
    store, _ = fresh_store
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("import-annotations", "--db", store.path, path)
    no_traceback(result)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error: ") and reason in lines[0]


def test_brat_bad_lines_are_reported_and_counted(tagged, fresh_store, tmp_path):
    folder = tmp_path / "brat"
    export(tagged.store, "brat", folder)
    ann = next(folder.glob("*.ann"))
    ann.write_text(
        ann.read_text(encoding="utf-8") + "T90\tPERSON a 5\tHello\nT91\tPERSON 9 3\tx\nR90\tfoo\n",
        encoding="utf-8",
    )
    store, _ = fresh_store
    report = import_annotations(store, folder)
    assert report.added == 16
    assert len(report.problems) == 3
    assert all("cannot read" in p and "(expected " in p for p in report.problems)
    assert report.not_imported == 2  # the two T lines; the relation line is no annotation


def test_brat_file_that_is_not_utf8_does_not_stop_the_folder(tagged, fresh_store, tmp_path):
    folder = tmp_path / "brat"
    export(tagged.store, "brat", folder)
    (folder / "aaa.ann").write_bytes(b"T1\tPERSON 0 3\t\xff\xfe\n")
    store, _ = fresh_store
    report = import_annotations(store, folder)
    assert report.added == 16
    assert report.problems == ["aaa.ann: not UTF-8 text"]


def test_summary_counts_annotations_like_the_problem_lines(tagged, tmp_path):
    """One article the database lacks, with 3 spans: the line says 3 and the summary says 3."""
    from reader.store.store import Store

    line = exported_line(tagged)
    line["text"] = "An article this database does not hold."
    line["content_hash"] = None
    line["spans"] = line["spans"][:3]
    path = tmp_path / "three.jsonl"
    path.write_text(
        json.dumps(line) + "\n" + json.dumps({"id": 9, "spans": [{"label": 5}]}) + "\n", encoding="utf-8"
    )
    db = tmp_path / "other.db"
    Store(db).close()
    result = run("import-annotations", "--db", db, path)
    no_traceback(result)
    lines = result.stderr.strip().splitlines()
    assert "(3 annotations not imported)" in lines[0]
    assert lines[1] == "reader: not imported: three.jsonl line 2: span 1: label is a number, not a string"
    assert lines[-1] == (
        "imported 0 annotations into 0 articles; 0 duplicates skipped; 4 annotations not imported "
        "(2 problems listed above)"
    )
    assert result.exit_code == 1
