"""A delete can be undone: `reader delete` keeps the article whole in the library's trash folder
and says which `reader restore FILE` brings it back; restored, the stored rows are the ones deleted
(page, text, metadata, status, tags with their offsets, labels, notes, claims, verdicts, evidence,
entities, quantity links, the gold set, assignments, rejected suggestions). Invented text, German
and Portuguese, on both backends."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from backends import connect
from click.testing import CliRunner

from reader.cli.main import cli
from reader.factcheck import set_verdict
from reader.models import CleanResult
from reader.store import Store
from reader.title import set_title

TEXTS = {
    "de": (
        "Bürgermeisterin Hanne Osterkamp sagte, die Brücke in Velmsdorf habe 12 Millionen Euro gekostet.\n\n"
        "Der Bund der Steuerzahler widersprach am Dienstag.",
        "Brücke eröffnet",
        "Von Jens Falkenrath",
    ),
    "pt": (
        "A presidente da câmara, Inês Valadares, disse que o porto de Alvorinha recebeu 3 milhões de turistas.\n\n"
        "A associação Mar Limpo contestou os números na terça-feira.",
        "Porto bate recorde",
        "Por Tiago Meireles",
    ),
}


def _seed(store: Store, lang: str) -> int:
    text, title, byline = TEXTS[lang]
    raw = f"<html><head><title>{title}</title></head><body><p>{text}</p></body></html>"
    aid = store.add_article(
        CleanResult(text=text, title=title, byline=byline), raw, "https://example.org/a", "html"
    ).article_id
    set_title(store, aid, title)  # the same title, given by hand: marked (reclean keeps it), restored marked
    words = text.split(",")[1].strip() if lang == "pt" else "Hanne Osterkamp"
    person = store.add_annotation(aid, "PERSON", text.index(words), text.index(words) + len(words), annotator="ana",
                                  note="Sprecherin\nder Stadt")  # fmt: skip
    org = "Bund der Steuerzahler" if lang == "de" else "Mar Limpo"
    ben_org = store.add_annotation(aid, "ORG", text.index(org), text.index(org) + len(org), annotator="ben")
    number = "12 Millionen Euro" if lang == "de" else "3 milhões"
    quantity = store.add_annotation(
        aid, "QUANTITY", text.index(number), text.index(number) + len(number), annotator="ana"
    )
    end = text.index("\n\n")
    claim = store.add_annotation(aid, "CLAIM", 0, end, annotator="ana", claimant=person.text, quantity_ids=[quantity.id],
                                 note="=privat")  # fmt: skip
    store.add_evidence(
        claim.id, "https://example.org/haushalt.pdf", quote="11,8 Mio.", note="S. 4", added_by="ana"
    )
    store.add_evidence(claim.id, "doc:ratsprotokoll 7", added_by="ben")
    set_verdict(
        store,
        claim.id,
        "mostly true",
        explanation="11,8 statt 12.",
        review_state="reviewed",
        checked_by="rita",
    )
    name = byline.split(" ", 1)[1]
    store.add_annotation(
        aid, "PERSON", byline.index(name), byline.index(name) + len(name), annotator="ana", field="byline"
    )
    store.accept(ben_org.id, "rita")  # the reviewer's decisions: a gold copy, and a rejection
    store.reject(person.id, "rita")
    store.assign([aid], "ben", by="rita")
    store.set_status(aid, "done")
    return aid


ARTICLE = (
    "source, format, site, title, byline, dateline, agency, published, language, raw, text, content_hash, "
    "page_hash, word_count, status, imported_at, url, confidence, confidence_reason, body_choice, "
    "title_by_hand"
)


def _rows(location: str | Path, article_id: int) -> dict[str, list]:
    """What is stored about one article, without ids (a restored one may have new ids)."""
    with connect(location) as conn:

        def q(sql: str) -> list:
            return sorted(tuple(r) for r in conn.execute(sql, (article_id,)).fetchall())

        return {
            "article": q(f"SELECT {ARTICLE} FROM articles WHERE id = ?"),
            "annotations": q(
                'SELECT l.name, a.start, a."end", a.text, a.prefix, a.suffix, a.sentence, a.note, a.annotator, '
                "a.created, a.updated, a.origin, a.claimant, a.claim_status, a.explanation, a.review_state, "
                "a.checked_by, a.checked_at, a.field, a.gold, "
                "(SELECT canonical FROM entities e WHERE e.id = a.entity_id), "
                "(SELECT canonical FROM entities e WHERE e.id = a.claimant_entity_id) "
                "FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.article_id = ?"
            ),
            "evidence": q(
                "SELECT c.text, e.source, e.quote, e.note, e.added_at, e.added_by FROM evidence e "
                "JOIN annotations c ON c.id = e.claim_id WHERE c.article_id = ?"
            ),
            "quantities": q(
                "SELECT c.text, q.text FROM claim_quantities cq JOIN annotations c ON c.id = cq.claim_id "
                "JOIN annotations q ON q.id = cq.quantity_id WHERE c.article_id = ?"
            ),
            "reviews": q(
                "SELECT a.text, a.annotator, r.decision, g.text, g.gold, r.reviewer, r.at FROM reviews r "
                "JOIN annotations a ON a.id = r.annotation_id LEFT JOIN annotations g ON g.id = r.gold_id "
                "WHERE a.article_id = ?"
            ),
            "assignments": q(
                "SELECT annotator, assigned_at, assigned_by FROM assignments WHERE article_id = ?"
            ),
            "counts": q("SELECT annotation_count FROM annotation_counts WHERE article_id = ?"),
        }


def _restore_path(output: str) -> Path:
    line = output.splitlines()[-1]
    command = line.split("`")[1]
    argv = shlex.split(command)
    assert argv[:2] == ["reader", "restore"] and len(argv) == 3, line
    return Path(argv[2]).expanduser()  # a file in the home folder is written ~/...


@pytest.mark.parametrize("lang", list(TEXTS))
def test_a_deleted_article_comes_back_whole(db_url, lang):
    store = Store(db_url)
    aid = _seed(store, lang)
    other = store.add_article(
        CleanResult(text="Ein anderer Text über Velmsdorf."), "x", None, "text"
    ).article_id
    before = _rows(db_url, aid)
    assert len(before["annotations"]) == 6 and len(before["evidence"]) == 2 and before["assignments"]
    assert len(before["reviews"]) == 2
    store.close()

    result = CliRunner().invoke(cli, ["delete", "--force", str(aid)])
    assert result.exit_code == 0, result.output
    path = _restore_path(result.stdout)
    assert path.is_file()
    assert _rows(db_url, aid)["article"] == []

    result = CliRunner().invoke(cli, ["restore", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"restored article {aid}: {TEXTS[lang][1]}"]
    assert _rows(db_url, aid) == before
    store = Store(db_url)
    assert sorted(store.article_ids()) == sorted([aid, other])
    store.close()


def test_restoring_twice_changes_nothing_and_an_id_taken_meanwhile_gives_a_new_one(db_url):
    store = Store(db_url)
    aid = _seed(store, "de")
    before = _rows(db_url, aid)
    store.close()
    result = CliRunner().invoke(cli, ["delete", "--force", str(aid)])
    path = _restore_path(result.stdout)
    store = Store(db_url)
    taken = store.add_article(CleanResult(text="Neuer Text in Velmsdorf."), "y", None, "text").article_id
    store.close()
    result = CliRunner().invoke(cli, ["restore", str(path)])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    restored = int(line.split()[2].rstrip(":"))
    assert restored != aid if taken == aid else restored == aid  # SQLite gives a deleted last id again
    assert _rows(db_url, restored) == before
    again = CliRunner().invoke(cli, ["restore", str(path)])
    assert again.exit_code == 0, again.output
    assert "has this text again" in again.stdout and "0 annotations" in again.stderr
    assert _rows(db_url, restored) == before


def test_the_trash_is_beside_an_sqlite_library(tmp_path, monkeypatch):
    db = tmp_path / "desk" / "ana.db"
    db.parent.mkdir()
    monkeypatch.setenv("READER_DB", str(db))
    store = Store(db)
    aid = store.add_article(CleanResult(text="Nous utilisons des cookies."), "raw", None, "text").article_id
    store.close()
    result = CliRunner().invoke(cli, ["delete", str(aid)])
    assert result.exit_code == 0, result.output
    path = _restore_path(result.stdout)
    assert path.parent == tmp_path / "desk" / "ana-trash"
    assert result.stdout.splitlines()[-1].endswith("brings it back")


def test_a_trash_folder_that_cannot_be_written_deletes_nothing(tmp_path, monkeypatch):
    store = Store(tmp_path / "reader.db")
    aid = store.add_article(CleanResult(text="Nous utilisons des cookies."), "raw", None, "text").article_id
    store.close()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("READER_TRASH", str(blocker / "trash"))
    result = CliRunner().invoke(cli, ["delete", str(aid)])
    assert result.exit_code == 1
    assert (
        "cannot keep a copy in the trash folder" in result.stderr and "nothing was deleted" in result.stderr
    )
    store = Store(tmp_path / "reader.db")
    assert store.article_ids() == [aid]
    store.close()


def test_a_tag_added_while_the_copy_is_written_deletes_nothing(db_url, monkeypatch):
    """The copy and the delete are two steps: a colleague's tag between them would be lost with no
    copy, so the delete compares the article with what was copied, under the write lock."""
    import reader.trash as trash
    from reader.errors import EditConflict

    store = Store(db_url)
    text = TEXTS["pt"][0]
    aid = store.add_article(CleanResult(text=text), "raw", None, "text").article_id
    written = trash.write_trash

    def colleague_tags_meanwhile(s: Store, ids: list[int]) -> Path:
        path = written(s, ids)
        other = Store(db_url)
        other.add_annotation(
            aid, "ORG", text.index("Mar Limpo"), text.index("Mar Limpo") + 9, annotator="ben"
        )
        other.close()
        return path

    monkeypatch.setattr(trash, "write_trash", colleague_tags_meanwhile)
    with pytest.raises(EditConflict, match="changed while its copy was being kept"):
        trash.delete_to_trash(store, [aid])
    assert store.article_ids() == [aid] and len(store.annotations(aid)) == 1
    assert list(trash.library_trash(store).glob("*.jsonl")) == []
    store.close()


def test_importing_a_trash_file_points_to_restore(tmp_path):
    store = Store(tmp_path / "reader.db")
    aid = store.add_article(
        CleanResult(text="Nous utilisons des cookies."), "<p>raw</p>", None, "html"
    ).article_id
    store.close()
    path = _restore_path(CliRunner().invoke(cli, ["delete", str(aid)]).stdout)
    result = CliRunner().invoke(cli, ["import", str(path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"reader: error: cannot import {path} line 1: an article `reader delete` kept in the trash: "
        "`reader restore FILE` brings it back whole"
    ]


def test_a_trash_file_in_the_home_folder_is_named_from_there(tmp_path, monkeypatch):
    import os
    import subprocess

    db = Path.home() / "Zeitung Archiv" / "reader.db"
    db.parent.mkdir(parents=True)
    monkeypatch.setenv("READER_DB", str(db))
    store = Store(db)
    aid = store.add_article(CleanResult(text="Nous utilisons des cookies."), "raw", None, "text").article_id
    store.close()
    line = CliRunner().invoke(cli, ["delete", str(aid)]).stdout.splitlines()[-1]
    command = line.split("`")[1]
    assert command.startswith("reader restore ~/'Zeitung Archiv/reader-trash/"), command
    shell = subprocess.run(["sh", "-c", "printf %s " + command.removeprefix("reader restore ")], capture_output=True,
                           text=True, env={**os.environ, "HOME": str(Path.home())}, check=True)  # fmt: skip
    assert Path(shell.stdout).is_file()


def test_a_hand_edited_trash_file_is_restored_with_defaults_or_refused_in_one_line(tmp_path):
    import json

    store = Store(tmp_path / "reader.db")
    aid = store.add_article(
        CleanResult(text="Die Brücke ist offen."), "<p>Die Brücke ist offen.</p>", None, "html"
    ).article_id
    store.close()
    path = _restore_path(CliRunner().invoke(cli, ["delete", str(aid)]).stdout)
    line = json.loads(path.read_text(encoding="utf-8"))
    line["row"].update(status="archived", confidence="high", imported_at=None, title=["x"])
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["restore", str(path)])
    assert result.exit_code == 0, result.output
    store = Store(tmp_path / "reader.db")
    (article,) = [store.get_article(i) for i in store.article_ids()]
    assert (article.status, article.confidence, article.text) == ("new", None, "Die Brücke ist offen.")
    store.close()
    line["row"]["raw"] = 3
    line["text"] = "Ein anderer Text."
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["restore", str(path)])
    assert result.exit_code == 1
    assert (
        result.stderr == f"reader: error: {path} line 1: no page or text to restore (nothing was restored)\n"
    )
