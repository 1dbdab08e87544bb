"""Two colleagues accepting all suggestions at once on two articles that name the same people in
another order: both are stored. On PostgreSQL each new tag locked its entity's name as it came, so
one transaction held "Anna" and waited for "Bruno" while the other held "Bruno" and waited for
"Anna": the server broke the deadlock by refusing one ('deadlock detected', nothing stored). The
names are now locked in one order before any tag is stored. Invented text (Italian); on SQLite
(one writer at a time) the same calls run one after the other."""

from __future__ import annotations

import threading
import time

from reader.models import CleanResult
from reader.store import Store

TEXTS = (
    "Anna Ferri ha incontrato Bruno Salvi a Lucerna per discutere del ponte.",
    "Bruno Salvi ha risposto ad Anna Ferri che il ponte costerà 3 milioni.",
)


def test_two_batches_naming_the_same_people_in_another_order_both_commit(db_url, monkeypatch):
    import reader.store.tag_batch as tag_batch

    setup = Store(db_url)
    ids = [setup.add_article(CleanResult(text=t), f"<p>{t}</p>", None, "html").article_id for t in TEXTS]
    setup.close()
    real = tag_batch.TagBatchMixin._insert_tag

    def slow(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202 - a far server
        found = real(self, *args, **kwargs)
        time.sleep(0.3)
        return found

    monkeypatch.setattr(tag_batch.TagBatchMixin, "_insert_tag", slow)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def accept_all(aid: int, text: str) -> None:
        names = sorted(("Anna Ferri", "Bruno Salvi"), key=text.index)
        with Store(db_url) as store:
            start.wait()
            try:
                store.add_tags(aid, [("PERSON", text.index(n), text.index(n) + len(n)) for n in names])
            except BaseException as e:  # noqa: BLE001 - reported below
                errors.append(e)

    threads = [threading.Thread(target=accept_all, args=(i, t)) for i, t in zip(ids, TEXTS, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    with Store(db_url) as store:
        assert [sorted(a.text for a in store.annotations(i)) for i in ids] == [
            ["Anna Ferri", "Bruno Salvi"]
        ] * 2
        people = sorted((e.canonical, e.mentions) for e in store.entities("PERSON"))
        assert people == [("Anna Ferri", 2), ("Bruno Salvi", 2)]
