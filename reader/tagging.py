"""Finding an exact text in an article and tagging it (what `reader tag` does), without Textual.

Offsets are code-point offsets into the cleaned text, as everywhere in reader."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.anchor import occurrences
from reader.entities import entity_id_ref
from reader.errors import InvalidInput, NotFound
from reader.factcheck import verdict_stamp
from reader.models import FIELDS, Annotation
from reader.short_text import short_text

QUANTITY_LABEL = "QUANTITY"


def _flexible_occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Matches of the quote where any run of white space may stand for any other (a quote typed
    on one line still finds text that wraps); typographic quotes and apostrophes match plain ones."""
    words = quote.split()
    if not words:
        return []
    parts = []
    for word in words:
        escaped = re.escape(word)
        escaped = re.sub(r"\\?['’‘]", "['’‘]", escaped)
        escaped = re.sub(r'\\?["“”]', '["“”]', escaped)
        parts.append(escaped)
    pattern = re.compile(r"\s+".join(parts))
    found: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return found
        found.append((m.start(), m.end()))
        pos = m.start() + 1


def find_all(text: str, quote: str) -> list[tuple[int, int]]:
    """Every (start, end) where quote stands in text: exact matches, else white-space tolerant ones."""
    return [span for span in _all_matches(text, quote) if _whole_words(text, *span)]


def _all_matches(text: str, quote: str) -> list[tuple[int, int]]:
    if not quote.strip():
        raise InvalidInput("the text to find is empty")
    exact = occurrences(text, quote)
    if exact:
        return [(s, s + len(quote)) for s in exact]
    return _flexible_occurrences(text, quote)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _whole_words(text: str, start: int, end: int) -> bool:
    """A tag covers whole words, as the reading view makes them: "council" is not found inside
    "councillor" (a quote that starts or ends with punctuation is matched where it stands)."""
    if start > 0 and _word_char(text[start - 1]) and _word_char(text[start]):
        return False
    return not (end < len(text) and _word_char(text[end - 1]) and _word_char(text[end]))


def _inside_words(text: str, quote: str) -> str:
    """The words a quote only occurs inside of, for the message (\"councillor\")."""
    words = []
    for start, end in _all_matches(text, quote)[:3]:
        while start > 0 and _word_char(text[start - 1]):
            start -= 1
        while end < len(text) and _word_char(text[end]):
            end += 1
        words.append(text[start:end])
    return ", ".join(f"“{short_text(w, 30)}”" for w in dict.fromkeys(words))


def find_span(
    text: str, quote: str, nth: int | None = None, *, where: str = "the article"
) -> tuple[int, int]:
    """The one span of quote in text. nth is 1-based and required when the quote occurs more than once."""
    spans = find_all(text, quote)
    if not spans:
        inside = _inside_words(text, quote)
        if inside:
            raise InvalidInput(
                f"“{short_text(quote, 60)}” occurs in {where} only inside other words ({inside}); tags cover whole words"
            )
        raise InvalidInput(f"text not found in {where}: “{short_text(quote, 60)}”")
    if nth is None:
        if len(spans) > 1:
            raise InvalidInput(
                f"“{short_text(quote, 60)}” occurs {len(spans)} times in {where}; choose one with --nth 1 to {len(spans)}"
            )
        return spans[0]
    if not 1 <= nth <= len(spans):
        times = "once" if len(spans) == 1 else f"{len(spans)} times"
        raise InvalidInput(
            f"--nth {nth} is out of range: “{short_text(quote, 60)}” occurs {times} in {where}"
        )
    return spans[nth - 1]


@dataclass
class TagResult:
    annotation: Annotation
    quantities_linked: list[Annotation] = field(default_factory=list)  # existing QUANTITY annotations
    quantities_created: list[Annotation] = field(default_factory=list)


def tag(
    store,  # reader.store.Store
    article_id: int,
    quote: str,
    label: str,
    *,
    nth: int | None = None,
    note: str | None = None,
    annotator: str | None = None,
    claimant: str | None = None,
    claim_status: str | None = None,
    quantities: Iterable[str] = (),
    session_id: int | None = None,
    claimant_label: str | None = None,
    field: str = "body",
) -> TagResult:
    """Tag the quote in an article. For a claim, each quantity text is found inside the claim's
    span: an existing QUANTITY annotation with exactly that span is linked, else one is created.
    Everything is checked before anything is stored."""
    lab = store.get_label(label)
    article = store.get_article(article_id)
    quantities = list(quantities)
    if lab.kind != "claim" and (claimant or claim_status or quantities or claimant_label):
        raise InvalidInput(f"--claimant, --status and --quantity are for claim labels; {lab.name} is not one")
    if field not in FIELDS:
        raise InvalidInput(f"unknown field {field!r}; use one of: {', '.join(FIELDS)}")
    if field != "body" and (lab.kind == "claim" or quantities):
        raise InvalidInput(f"a claim is tagged in the article's text, not in its {field}")
    # The text the offsets are counted in: the store places them on a text changed meanwhile (a
    # colleague's body fix between this read and the write) by their words, or refuses them.
    seen = article.text if field == "body" else getattr(article, field) or ""
    where = f"article {article_id}" if field == "body" else f"the {field} of article {article_id}"
    start, end = find_span(seen, quote, nth, where=where)
    claimant_entity_id = None
    ref = entity_id_ref(claimant) if claimant else None
    if ref is not None:
        claimant_entity_id, claimant = ref, None  # an entity by its id
        store.get_entity(claimant_entity_id)
    quantity_spans: list[tuple[int, int]] = []
    quantity_label = store.builtin_label_names()[QUANTITY_LABEL]  # by id: it may have been renamed
    if quantities:
        store.get_label(quantity_label)
        inside = article.text[start:end]
        # A quantity text that occurs several times in the claim: the first --quantity of it takes
        # the first occurrence, a second one the second, and so on.
        given: dict[str, int] = {}
        for q in quantities:
            given[q] = given.get(q, 0) + 1
            spans = find_all(inside, q)
            if not spans:
                raise InvalidInput(f"text not found in the claim: “{short_text(q, 60)}”")
            if given[q] > len(spans):
                times = "once" if len(spans) == 1 else f"{len(spans)} times"
                raise InvalidInput(
                    f"“{short_text(q, 60)}” is given {given[q]} times but occurs {times} in the claim"
                )
            q_start, q_end = spans[given[q] - 1]
            quantity_spans.append((start + q_start, start + q_end))
    existing = {(a.start, a.end): a for a in store.annotations(article_id) if a.label == quantity_label}
    result_linked: list[Annotation] = []
    result_created: list[Annotation] = []
    for span in dict.fromkeys(quantity_spans):
        if span in existing:
            result_linked.append(existing[span])
        else:
            created = store.add_annotation(
                article_id, quantity_label, *span, annotator=annotator, session_id=session_id, seen_text=seen
            )
            existing[span] = created
            result_created.append(created)
    ann = store.add_annotation(
        article_id,
        lab.name,
        start,
        end,
        note=note,
        annotator=annotator,
        claimant=claimant,
        claimant_entity_id=claimant_entity_id,
        claimant_label=claimant_label,
        claim_status=claim_status,
        quantity_ids=[a.id for a in result_linked + result_created],
        session_id=session_id,
        field=field,
        seen_text=seen,
        **(verdict_stamp(claim_status, None, annotator) if lab.kind == "claim" else {}),
    )
    return TagResult(ann, result_linked, result_created)


def find_annotation(store, article_id: int, quote: str, label: str, nth: int | None = None) -> Annotation:  # noqa: ANN001
    """The annotation with this label on exactly the span of quote (for `reader untag ID TEXT --label`)."""
    lab = store.get_label(label)
    article = store.get_article(article_id)
    start, end = find_span(article.text, quote, nth, where=f"article {article_id}")
    for ann in store.annotations(article_id):
        if ann.label == lab.name and (ann.start, ann.end) == (start, end):
            return ann
    raise NotFound(f"no {lab.name} annotation on “{short_text(quote, 60)}” in article {article_id}")
