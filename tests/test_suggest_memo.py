"""The suggester's output is kept per text: on a long article, every tag, accept or reject
(each recomputes what is pending) must not run the whole suggester again."""

from __future__ import annotations

import threading
import time

import reader.suggest
from reader.models import CleanResult
from reader.store import Store
from reader.suggest_memo import rule_suggestions
from reader.suggestions import pending_suggestions

TEXT = "Ingrid Halvorsen told reporters in Port Elsen that 4,200 jobs would go by 2031."


def counting(monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[str] = []
    real = reader.suggest.suggest

    def suggest(text, language=None, dateline=None):  # type: ignore[no-untyped-def]
        calls.append(text)
        time.sleep(0.05)  # long enough for a second thread to ask meanwhile
        return real(text, language, dateline)

    monkeypatch.setattr(reader.suggest, "suggest", suggest)
    return calls, real


def test_same_text_runs_the_suggester_once(monkeypatch, tmp_path):
    calls, real = counting(monkeypatch)
    store = Store(tmp_path / "r.db")
    aid = store.add_article(CleanResult(text=TEXT, title="T"), "raw", "a.txt", "text").article_id
    first = pending_suggestions(store, aid)
    assert first and first == [g for g in real(TEXT, store.get_article(aid).language) if g]
    # tagging one: pending shrinks, the suggester is not run again
    person = next(g for g in first if g.label == "PERSON")
    store.add_annotation(aid, "PERSON", person.start, person.end, annotator="me")
    second = pending_suggestions(store, aid)
    assert person not in second and len(second) == len(first) - 1
    assert len(calls) == 1
    # another text (an edited body, another article, another language) is computed afresh
    assert rule_suggestions(TEXT + " More.", "en", None) != []
    assert rule_suggestions(TEXT, "de", None) is not None
    assert len(calls) == 3
    store.close()


def test_two_threads_asking_at_once_share_one_run(monkeypatch):
    calls, _ = counting(monkeypatch)
    text = "Dario Marchetti said in Valdoria on 3 May 2024 that 17 people were hurt."
    out: list[object] = []
    threads = [
        threading.Thread(target=lambda: out.append(rule_suggestions(text, "en", None))) for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and out[0] == out[1] == out[2]


def test_the_kept_list_cannot_be_changed_by_a_caller(monkeypatch):
    counting(monkeypatch)
    text = "Selin Aksoy met Fenna Zwart in Greystone."
    got = rule_suggestions(text, "en", None)
    got.clear()
    assert rule_suggestions(text, "en", None) != []
