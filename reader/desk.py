"""The desk's figures from the store: the agreement input (who tagged what, who worked on which
article) and its computation for the CLI and the TUI. No terminal code here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.agreement import Agreement, Doc, Span, compute
from reader.errors import InvalidInput
from reader.store import Store

GOLD = "(gold)"  # the reviewer's gold set, as one more annotator in agreement figures


@dataclass(frozen=True)
class AgreementRequest:
    labels: tuple[str, ...] = ()
    annotators: tuple[str, ...] = ()  # empty: everyone who tagged
    annotator: str | None = None  # only the figures that involve this annotator
    gold: bool = False  # compare with the gold set (only the figures that involve it)


def agreement_docs(store: Store, labels: Sequence[str] = (), *, gold: bool = False) -> list[Doc]:
    """Every tagged or assigned article with its tags; an article counts as worked on by whoever
    tagged in it or is assigned it, and by the gold set once a reviewer decided on one of its tags."""
    spans = store.layer_spans(labels, gold=gold)
    workers: dict[int, set[str]] = {}
    by_article: dict[int, list[Span]] = {}
    for s in spans:
        name = GOLD if s.gold else s.annotator
        by_article.setdefault(s.article_id, []).append(Span(name, s.label, s.start, s.end, s.annotation_id))
        workers.setdefault(s.article_id, set()).add(name)
    for article_id, name in store.assignments():
        workers.setdefault(article_id, set()).add(name)
    if gold:
        for article_id in store.reviewed_articles():
            workers.setdefault(article_id, set()).add(GOLD)
    # An article one person worked on counts for no pair: its text is not read (it stays a Doc,
    # with no text, so that person is still known).
    texts = store.article_texts(a for a, names in workers.items() if len(names) > 1)
    return [
        Doc(article_id, texts.get(article_id, ("", ""))[1], by_article.get(article_id, []), frozenset(names))
        for article_id, names in sorted(workers.items())
    ]


def desk_agreement(store: Store, request: AgreementRequest) -> Agreement:
    """The figures `reader agreement` and the agreement screen show."""
    labels = tuple(store.get_label(name).name for name in request.labels)
    docs = agreement_docs(store, labels, gold=request.gold)
    everyone = sorted({s.annotator for d in docs for s in d.spans} | {n for d in docs for n in d.annotators})
    chosen = list(request.annotators) or [n for n in everyone if n != GOLD]
    if request.gold and GOLD not in chosen:
        chosen.append(GOLD)
    focus = GOLD if request.gold else request.annotator
    if request.annotator and request.annotator not in chosen:
        chosen.append(request.annotator)
    unknown = [n for n in chosen if n not in everyone]
    if unknown:
        what = (
            "the gold set is empty: accept tags in review first"
            if unknown == [GOLD]
            else (f"nobody called {unknown[0]!r} tagged or was assigned anything")
        )
        raise InvalidInput(what)
    if len(chosen) < 2:
        raise InvalidInput("agreement needs two annotators or more")
    result = compute(docs, annotators=chosen, labels=labels or None)
    if focus:
        result.pairs = [p for p in result.pairs if focus in (p.a, p.b)]
        if request.annotator and request.gold:
            result.pairs = [p for p in result.pairs if request.annotator in (p.a, p.b)]
        result.groups = []
        result.disagreements = [d for d in result.disagreements if focus in d.said]
    return result
