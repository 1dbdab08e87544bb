"""The session log of a deleted article (the events table: who added, changed or deleted which tag
when, in which session) goes into the trash file and comes back with `reader restore`, as it was:
the same actions, annotators, times and sessions, on the restored tags (a tag deleted before keeps
its old id), and `reader stats` counts the sessions as before. Invented text, French and Italian,
both backends."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from backends import connect
from click.testing import CliRunner

from reader.cli.main import cli
from reader.history import History
from reader.models import CleanResult
from reader.store import Store

TEXTS = {
    "fr": ("Le maire de Valbrune, Odile Fenestraz, a promis 40 logements sociaux d'ici mars.", "Odile Fenestraz", "40 logements", "Valbrune"),
    "it": ("La sindaca di Roccaverde, Ilaria Mostacci, ha promesso 25 nuovi autobus entro giugno.", "Ilaria Mostacci", "25 nuovi autobus", "Roccaverde"),
}  # fmt: skip


def _span(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def _log(location: str, article_id: int) -> list[tuple]:
    """The article's events without ids: action, annotator, time, the session (its annotator and
    start) and the tag's words (None for a tag deleted since)."""
    with connect(location) as conn:
        rows = conn.execute(
            "SELECT e.action, e.annotator, e.at, s.annotator, s.started, a.text FROM events e "
            "LEFT JOIN sessions s ON s.id = e.session_id LEFT JOIN annotations a ON a.id = e.annotation_id "
            "WHERE e.article_id = ? ORDER BY e.id",
            (article_id,),
        ).fetchall()
    return [tuple(r) for r in rows]


def _sessions() -> list[dict]:
    result = CliRunner().invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["sessions"]


@pytest.mark.parametrize("lang", list(TEXTS))
def test_the_session_log_comes_back_with_the_article(db_url, lang):
    text, person, quantity, place = TEXTS[lang]
    store = Store(db_url)
    aid = store.add_article(CleanResult(text=text, title=lang), text, None, "text").article_id
    session = store.start_session("lucie")
    history = History(store, session_id=session, annotator="lucie")
    tag = history.add(aid, "PERSON", *_span(text, person))
    history.add(aid, "QUANTITY", *_span(text, quantity))
    history.update(tag.id, note="maire")
    gone = history.add(aid, "PLACE", *_span(text, place))
    history.delete(gone.id)
    store.end_session(session)
    store.close()
    before, sessions = _log(db_url, aid), _sessions()
    assert [r[0] for r in before] == ["added", "added", "changed", "added", "deleted"]
    assert sessions[0]["added"] == 3 and sessions[0]["deleted"] == 1

    result = CliRunner().invoke(cli, ["delete", str(aid)])
    assert result.exit_code == 0, result.output
    assert _log(db_url, aid) == []
    path = Path(shlex.split(result.stdout.splitlines()[-1].split("`")[1])[2]).expanduser()
    result = CliRunner().invoke(cli, ["restore", str(path)])
    assert result.exit_code == 0, result.output
    assert _log(db_url, aid) == before
    assert _sessions() == sessions

    again = CliRunner().invoke(cli, ["restore", str(path)])  # the article is there: nothing added
    assert again.exit_code == 0, again.output
    assert _log(db_url, aid) == before


def test_a_session_the_library_does_not_have_is_left_out_not_invented(db_url, tmp_path):
    """A trash file restored in another library (a colleague's): the events come back without a
    session rather than on one of that library's sessions that has the same number."""
    text, person, quantity, _place = TEXTS["fr"]
    store = Store(db_url)
    aid = store.add_article(CleanResult(text=text, title="fr"), text, None, "text").article_id
    history = History(store, session_id=store.start_session("lucie"), annotator="lucie")
    history.add(aid, "PERSON", *_span(text, person))
    from reader.trash import delete_to_trash, restore

    path, _ = delete_to_trash(store, [aid])
    store.close()
    other = Store(tmp_path / "colleague.db")
    other.start_session("marco")  # session 1 there is marco's
    restore(other, path)
    [(action, annotator, _at, session_annotator, _started, words)] = _log(str(tmp_path / "colleague.db"), aid)
    assert (action, annotator, session_annotator, words) == ("added", "lucie", None, person)
    other.close()
