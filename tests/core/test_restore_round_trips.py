"""`reader restore` puts an article's tags back in a number of statements that does not grow with
the tags (Store.import_tags: one INSERT per table), on both backends: on PostgreSQL it took three
or four round trips per tag (500 tags: 2,014 round trips). The restored rows are the deleted ones:
labels, spans, words, annotators, notes, times, layers (gold), fields (the dateline), and each tag's
entity with its names (a merged name stays merged), a claim's claimant organisation and evidence.
Invented text, Portuguese and Finnish."""

from __future__ import annotations

import pytest
from backends import connect

from reader.models import CleanResult
from reader.store import Store
from reader.trash import delete_to_trash, restore

SENTENCES = {
    "pt": "A vereadora Teodora Valadares disse que a ponte de Arrifana custou {n} milhões.",
    "fi": "Kunnanjohtaja Aune Kivirikko sanoi, että Pälkäneen silta maksoi {n} miljoonaa.",
}
NAMES = {
    "pt": ("Teodora Valadares", "Valadares", "Arrifana"),
    "fi": ("Aune Kivirikko", "Kivirikko", "Pälkäneen"),
}
ORG = {"pt": "Câmara de Arrifana", "fi": "Pälkäneen kunta"}


class CountingConnection:
    """The store's connection, counting what it sends: each statement, each executemany, each
    pipeline of statements read together (statements deferred to go with the next count nothing)."""

    def __init__(self, conn: object) -> None:
        self._conn, self.sent = conn, 0

    def execute(self, *args: object) -> object:
        self.sent += 1
        return self._conn.execute(*args)  # type: ignore[attr-defined]

    def executemany(self, *args: object) -> object:
        self.sent += 1
        return self._conn.executemany(*args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        found = getattr(self._conn, name)  # read_together: PostgreSQL's only (SQLite runs each alone)
        if name != "read_together":
            return found

        def counted(*args: object) -> object:
            self.sent += 1
            return found(*args)

        return counted


def _article(store: Store, lang: str, sentences: int) -> int:
    """An article of `sentences` sentences, each with a person's full name, their surname alone
    and a place tagged by ines (the surname merged into the full name's entity), a number tagged
    by joel, and the sentence a claim by an organisation holding that number, with evidence (every
    other one with a verdict); a gold copy of the first name and the dateline's place."""
    full, surname, place = NAMES[lang]
    lines = [SENTENCES[lang].format(n=n + 3) + f" {surname} vahvisti." for n in range(sentences)]
    text = " ".join(lines)
    aid = store.add_article(
        CleanResult(text=text, title=f"{lang} {sentences}", dateline=place.upper()), text, None, "text"
    ).article_id
    spans, quantities, at = [], [], 0
    for n, line in enumerate(lines):
        for word in (full, surname, place):
            where = line.index(word) if word != surname else line.rindex(word)
            label = "PLACE" if word == place else "PERSON"
            spans.append((label, at + where, at + where + len(word)))
        number = str(n + 3)
        where = line.index(f" {number} ") + 1
        quantities.append(("QUANTITY", at + where, at + where + len(number)))
        at += len(line) + 1
    tags = store.add_tags(aid, spans, annotator="ines")
    joel = store.add_tags(aid, quantities, annotator="joel")
    by_name = {t.text: t.entity_id for t in tags}
    if by_name[surname] != by_name[full]:  # (merged already by an earlier article's delete: kept)
        store.merge_entities([by_name[surname]], by_name[full])
    store.add_annotation(aid, "PERSON", spans[0][1], spans[0][2], annotator="rita", gold=True, note="ok")
    store.add_annotation(aid, "PLACE", 0, len(place), annotator="ines", field="dateline")
    at = 0
    for n, line in enumerate(lines):  # a claim per sentence, by the organisation, with its number
        number = joel[n]
        claim = store.add_annotation(
            aid, "CLAIM", at, at + len(line), annotator="ines", claimant=ORG[lang], claimant_label="ORG",
            quantity_ids=[number.id], claim_status="false" if n % 2 else "unverified",
            explanation="O registo diz outra coisa." if n % 2 else None,
        )  # fmt: skip
        store.add_evidence(claim.id, f"https://example.org/orcamento/{n}", quote="milhões", added_by="ines")
        at += len(line) + 1
    return aid


def _rows(db_url: str) -> list[tuple]:
    """Every tag as a journalist sees it, without ids: what a restore must give back."""
    with connect(db_url) as conn:
        tags = conn.execute(
            'SELECT l.name, a.start, a."end", a.text, a.annotator, a.note, a.gold, a.field, a.created, '
            "e.canonical, el.name, c.canonical, cl.name, a.claimant, "
            "(SELECT count(*) FROM evidence v WHERE v.claim_id = a.id), a.claim_status, a.explanation, "
            "(SELECT min(q.text) FROM claim_quantities cq JOIN annotations q ON q.id = cq.quantity_id "
            "WHERE cq.claim_id = a.id) "
            "FROM annotations a JOIN labels l ON l.id = a.label_id "
            "LEFT JOIN entities e ON e.id = a.entity_id LEFT JOIN labels el ON el.id = e.label_id "
            "LEFT JOIN entities c ON c.id = a.claimant_entity_id LEFT JOIN labels cl ON cl.id = c.label_id"
        ).fetchall()
        names = conn.execute(
            "SELECT e.canonical, al.alias FROM entity_aliases al JOIN entities e ON e.id = al.entity_id"
        ).fetchall()
    return sorted(tuple(str(v) for v in r) for r in [*tags, *names])


def _sent_by_restore(store: Store, db_url: str, aid: int) -> int:
    before = _rows(db_url)
    path, _ = delete_to_trash(store, [aid])
    with connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
    counting = CountingConnection(store.conn)
    store.conn = counting  # type: ignore[assignment]
    try:
        report = restore(store, path)
    finally:
        store.conn = counting._conn  # type: ignore[assignment]
    assert not report.tags.problems
    assert _rows(db_url) == before
    delete_to_trash(store, [report.articles[0].article_id])  # the next one starts from nothing
    return counting.sent


@pytest.mark.parametrize("lang", list(SENTENCES))
def test_a_restore_sends_as_much_for_many_tags_as_for_few(db_url, lang, tmp_path, monkeypatch):
    monkeypatch.setenv("READER_TRASH", str(tmp_path / "trash"))
    store = Store(db_url)
    few = _sent_by_restore(store, db_url, _article(store, lang, 3))  # 17 tags, 3 of them claims
    many = _sent_by_restore(store, db_url, _article(store, lang, 30))  # 152 tags, 30 of them claims
    assert many == few, (few, many)
    store.close()
