"""Optional model backend for suggestions: a spaCy pipeline's entities merged with the rules.

    load_model(name_or_path) -> nlp              spacy.load; never downloads anything
    model_suggestions(nlp, text) -> list[Suggestion]
    merge(rules, model) -> list[Suggestion]      rules win on overlap; the model adds what they missed
    suggest_with_model(text, language, dateline, model) -> list[Suggestion]

spaCy is imported lazily: it is an extra (`pip install 'reader[nlp]'`), and the rest of reader never
needs it. Mapping of spaCy labels: PERSON/PER -> PERSON, ORG -> ORG, GPE/LOC/FAC -> PLACE,
DATE -> DATE, QUANTITY/MONEY/PERCENT -> QUANTITY, CARDINAL -> QUANTITY only when a noun follows it
(the noun is included, as in the rules: "150 experts").
"""

from __future__ import annotations

import threading
from typing import Any

from reader.errors import InvalidInput
from reader.suggest import Suggestion, suggest

__all__ = ["LABEL_MAP", "load_model", "merge", "model_suggestions", "suggest_with_model"]

LABEL_MAP = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "DATE": "DATE",
    "QUANTITY": "QUANTITY",
    "MONEY": "QUANTITY",
    "PERCENT": "QUANTITY",
    "CARDINAL": "QUANTITY",  # only with a noun after it
}
_ENTITY_LABELS = ("PERSON", "ORG", "PLACE", "QUANTITY", "DATE")

_cache: dict[str, Any] = {}
_cache_lock = threading.Lock()


def load_model(model: Any) -> Any:
    """A spaCy Language from a pipeline name or path (loaded once per process), or `model` itself
    when it is already a pipeline. Never downloads: a name that is not installed is an InvalidInput."""
    if not isinstance(model, str) and not hasattr(model, "__fspath__"):
        if callable(model) and hasattr(model, "pipe_names"):
            return model
        raise InvalidInput(f"not a spaCy pipeline: {model!r}")
    name = str(model)
    with _cache_lock:
        if name in _cache:
            return _cache[name]
        try:
            import spacy
        except ImportError:
            raise InvalidInput(
                "--model needs spaCy, which is not installed: pip install 'reader[nlp]'"
            ) from None
        try:
            nlp = spacy.load(name)
        except (OSError, ValueError, ImportError) as e:
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise InvalidInput(
                f"cannot load the spaCy pipeline {name!r} (reader never downloads one; install it or give "
                f"a path): {first}"
            ) from None
        _cache[name] = nlp
        return nlp


def _noun_after(doc: Any, index: int) -> int | None:
    """The token index just past the noun phrase after token `index` (adjectives then nouns), or
    None. Without part-of-speech tags (a blank pipeline): one following alphabetic non-stop word."""
    if index >= len(doc):
        return None
    if doc.has_annotation("POS"):
        j = index
        while j < len(doc) and doc[j].pos_ == "ADJ":
            j += 1
        k = j
        while k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN"):
            k += 1
        return k if k > j else None
    tok = doc[index]
    if tok.is_alpha and not tok.is_stop and not tok.is_sent_start:
        return index + 1
    return None


def model_suggestions(nlp: Any, text: str) -> list[Suggestion]:
    """The pipeline's entities as entity Suggestions (offsets are code points into text)."""
    if not text or not text.strip():
        return []
    doc = nlp(text)
    out: list[Suggestion] = []
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        if ent.label_ == "CARDINAL":
            stop = _noun_after(doc, ent.end)
            if stop is None:
                continue
            end = doc[stop - 1].idx + len(doc[stop - 1].text)
        # trim white space a pattern may have caught
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Suggestion(label, start, end, text[start:end]))
    return out


def merge(rules: list[Suggestion], model: list[Suggestion]) -> list[Suggestion]:
    """The rules' suggestions plus the model's entities that overlap no rule entity nor each other
    (rules win every conflict). A model QUANTITY inside a rule CLAIM is linked to that claim."""
    taken = [(g.start, g.end) for g in rules if g.label in _ENTITY_LABELS]
    added: list[Suggestion] = []
    for g in sorted(model, key=lambda g: (-(g.end - g.start), g.start)):
        if g.label not in _ENTITY_LABELS:
            continue
        if all(g.end <= s or g.start >= e for s, e in taken):
            taken.append((g.start, g.end))
            added.append(g)
    new_quantities = [(g.start, g.end) for g in added if g.label == "QUANTITY"]
    out: list[Suggestion] = []
    for g in rules:
        if g.label == "CLAIM" and new_quantities:
            inside = [q for q in new_quantities if g.start <= q[0] and q[1] <= g.end]
            if inside:
                qs = tuple(sorted(set(g.quantities) | set(inside)))
                g = Suggestion(g.label, g.start, g.end, g.text, claimant=g.claimant, quantities=qs)
        out.append(g)
    out += added
    out.sort(key=lambda g: (g.start, -g.end, g.label))
    return out


def suggest_with_model(
    text: str, language: str | None = None, dateline: str | None = None, model: Any = None
) -> list[Suggestion]:
    """suggest() merged with a spaCy pipeline's entities (a name, path or loaded pipeline); with
    model None this is suggest() alone."""
    rules = suggest(text, language=language, dateline=dateline)
    if model is None:
        return rules
    return merge(rules, model_suggestions(load_model(model), text))
